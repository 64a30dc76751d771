// What an import says about the file: its notes (what was left out and why), said in the interface's
// language, and — when another site's furniture was left out — a button that brings those lines back
// where they were, in one undoable step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportNote } from '../../shared/import/importMessages';
import type { DroppedPassage } from '../../shared/import/siteFurniture';
import { sayImportNote } from '../i18n/sayPhrase';

export interface ImportOutcome {
  /** The article the import made (each import's notice starts afresh). */
  articleId: string;
  imported: ImportNote[];
  dropped: DroppedPassage[];
}

export function ImportNotice({
  outcome,
  open,
  onRestore,
}: {
  outcome: ImportOutcome;
  /** Whether the imported article is the one open: lines are only ever brought back into it. */
  open: boolean;
  onRestore(passages: DroppedPassage[]): boolean;
}) {
  const { t } = useTranslation();
  const [restored, setRestored] = useState<'no' | 'yes' | 'not-yet'>('no');
  const count = outcome.dropped.length;
  return (
    <div className="notice import-notice">
      <p role="alert">{t('app.imported', { notes: outcome.imported.map(sayImportNote).join('; ') })}</p>
      {count > 0 && open && restored !== 'yes' && (
        <button type="button" onClick={() => setRestored(onRestore(outcome.dropped) ? 'yes' : 'not-yet')}>
          {t('app.bringBack', { count })}
        </button>
      )}
      {restored !== 'no' && <p role="status">{restored === 'yes' ? t('app.broughtBack', { count }) : t('app.bringBackLater')}</p>}
    </div>
  );
}
