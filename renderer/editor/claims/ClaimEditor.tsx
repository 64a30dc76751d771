// Everything about one claim: what it says, who said it, sources, verdict, notes, comments, sign-off.
import { useState } from 'react';
import {
  ATTRIBUTION_QUALITIES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  type Claim,
  type ClaimFields,
  type ClaimSource,
} from '../../../shared/claims/claimSchema';
import { useClaims } from './claimsState';
import { SelectField } from './SelectField';
import { CompareDialog } from '../history/CompareDialog';
import { wordDiff } from '../../../shared/history/compareVersions';
import { checkLinkUrl } from '../../../shared/text/safeUrl';
import { Trans, useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/formatMoment';
import { verdictOption } from './verdictText';

const EMPTY_SOURCE: ClaimSource = {
  url: '',
  title: '',
  publisher: '',
  accessed: '',
  archiveUrl: '',
  excerpt: '',
  primary: true,
  independent: true,
};

/** A text input that saves when it loses focus (not on every keystroke). */
function TextField({
  label,
  value,
  multiline,
  autoFocus,
  onSave,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  autoFocus?: boolean;
  onSave(value: string): void;
}) {
  const [draft, setDraft] = useState(value);
  const commit = () => draft !== value && onSave(draft);
  return (
    <label className="claim-field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input type="text" value={draft} autoFocus={autoFocus} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      )}
    </label>
  );
}

/**
 * A source's title, as a link to it when its address is a web page (Electron hands it to the system
 * browser; browser mode opens a tab with no opener). Anything else stays plain text.
 */
function SourceName({ source }: { source: ClaimSource }) {
  const name = <strong translate="no">{source.title || source.url}</strong>;
  const href = checkLinkUrl(source.url);
  if (!href || href.startsWith('mailto:')) return name;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  );
}

export function ClaimEditor({
  claim,
  currentText,
  userName,
  focusSummary = false,
}: {
  claim: Claim;
  currentText: string | null;
  userName: string;
  /** Just marked: the cursor starts in Summary. */
  focusSummary?: boolean;
}) {
  const { articleId, update, comment, signOff, scale, flushArticle } = useClaims();
  const [showingChanges, setShowingChanges] = useState(false);
  const [source, setSource] = useState<ClaimSource>(EMPTY_SOURCE);
  const [note, setNote] = useState('');
  const save = (patch: Partial<ClaimFields>) => void update(claim.id, patch);
  const changedSinceSignOff = claim.signOff !== null && currentText !== null && currentText !== claim.signOff.text;
  const { t } = useTranslation();

  return (
    <div className="claim-editor">
      <TextField label={t('claim.summary')} value={claim.summary} autoFocus={focusSummary} onSave={(summary) => save({ summary })} />
      <div className="claim-grid">
        <SelectField
          label={t('claim.kind')}
          value={claim.kind}
          options={CLAIM_KINDS.map((k) => [k, t(`claimKind.${k}`)] as const)}
          onChange={(kind) => save({ kind: kind as ClaimFields['kind'] })}
        />
        <SelectField
          label={t('claim.verdict')}
          value={claim.verdict}
          options={scale.verdicts.map((v) => verdictOption(scale, v))}
          onChange={(verdict) => save({ verdict, ...(claim.status === 'open' ? { status: 'in_progress' as const } : {}) })}
        />
        <SelectField
          label={t('claim.status')}
          value={claim.status}
          options={CLAIM_STATUSES.map((x) => [x, t(`claimStatus.${x}`)] as const)}
          onChange={(status) => save({ status: status as ClaimFields['status'] })}
        />
        <SelectField
          label={t('claim.attributionQuality')}
          value={claim.attributionQuality}
          options={ATTRIBUTION_QUALITIES.map((q) => [q, t(`attribution.${q}`)] as const)}
          onChange={(quality) => save({ attributionQuality: quality as ClaimFields['attributionQuality'] })}
        />
      </div>
      {claim.kind === 'opinion' && <p className="hint">{t('claim.opinionHint')}</p>}
      <TextField label={t('claim.conclusion')} value={claim.conclusion} onSave={(conclusion) => save({ conclusion })} />
      <TextField label={t('claim.claimant')} value={claim.claimant} onSave={(claimant) => save({ claimant })} />
      <fieldset className="claim-fieldset">
        <legend>{t('claim.chain')}</legend>
        <TextField
          label={t('claim.original')}
          value={claim.attribution.original}
          onSave={(original) => save({ attribution: { ...claim.attribution, original } })}
        />
        <TextField
          label={t('claim.confirming')}
          value={claim.attribution.confirming}
          onSave={(confirming) => save({ attribution: { ...claim.attribution, confirming } })}
        />
        <TextField
          label={t('claim.outlet')}
          value={claim.attribution.outlet}
          onSave={(outlet) => save({ attribution: { ...claim.attribution, outlet } })}
        />
      </fieldset>
      <TextField label={t('claim.assignee')} value={claim.assignee} onSave={(assignee) => save({ assignee })} />
      <TextField label={t('claim.notes')} value={claim.notes} multiline onSave={(notes) => save({ notes })} />

      <fieldset className="claim-fieldset">
        <legend>{t('claim.sources', { count: claim.sources.length })}</legend>
        <ul className="source-list" aria-label={t('claim.sourceList')}>
          {claim.sources.map((s, i) => (
            <li key={i}>
              <span>
                <SourceName source={s} /> {s.publisher && <span translate="no">· {s.publisher}</span>}{' '}
                {s.accessed && <span translate="no">· {s.accessed}</span>} · {s.primary ? t('claim.primary') : t('claim.secondary')} ·{' '}
                {s.independent ? t('claim.independent') : t('claim.notIndependent')}
              </span>
              <button
                type="button"
                aria-label={t('claim.removeSource', { name: s.title || s.url })}
                onClick={() => save({ sources: claim.sources.filter((_, j) => j !== i) })}
              >
                {t('claim.remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="claim-grid">
          {(
            [
              ['url', t('claim.sourceUrl')],
              ['title', t('claim.sourceTitle')],
              ['publisher', t('claim.publisher')],
              ['archiveUrl', t('claim.archiveUrl')],
            ] as const
          ).map(([key, label]) => (
            <label className="claim-field" key={key}>
              <span>{label}</span>
              <input type="text" value={source[key]} onChange={(e) => setSource({ ...source, [key]: e.target.value })} />
            </label>
          ))}
          <label className="claim-field">
            <span>{t('claim.accessed')}</span>
            <input type="date" value={source.accessed} onChange={(e) => setSource({ ...source, accessed: e.target.value })} />
          </label>
        </div>
        <label className="claim-field">
          <span>{t('claim.excerpt')}</span>
          <textarea rows={2} value={source.excerpt} onChange={(e) => setSource({ ...source, excerpt: e.target.value })} />
        </label>
        <div className="button-row">
          <label className="check">
            <input type="checkbox" checked={source.primary} onChange={(e) => setSource({ ...source, primary: e.target.checked })} />{' '}
            {t('claim.primarySource')}
          </label>
          <label className="check">
            <input type="checkbox" checked={source.independent} onChange={(e) => setSource({ ...source, independent: e.target.checked })} />{' '}
            {t('claim.independentSource')}
          </label>
          <button
            type="button"
            disabled={!source.url.trim() && !source.title.trim()}
            onClick={() => {
              save({ sources: [...claim.sources, source] });
              setSource(EMPTY_SOURCE);
            }}
          >
            {t('claim.addSource')}
          </button>
        </div>
      </fieldset>

      <fieldset className="claim-fieldset">
        <legend>{t('claim.comments', { count: claim.comments.length })}</legend>
        <ol className="comment-list">
          {claim.comments.map((c, i) => (
            <li key={i}>
              <strong translate="no">{c.author}</strong> <time dateTime={c.at}>{formatMoment(c.at)}</time>
              <p translate="no">{c.text}</p>
            </li>
          ))}
        </ol>
        <label className="claim-field">
          <span>{t('claim.newComment')}</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!note.trim() || !userName}
          title={userName ? undefined : t('claim.needName')}
          onClick={() => {
            void comment(claim.id, userName, note);
            setNote('');
          }}
        >
          {t('claim.addComment')}
        </button>
      </fieldset>

      <div className="sign-off">
        {claim.signOff ? (
          <p>
            <Trans
              i18nKey="claim.signedOff"
              values={{ name: claim.signOff.by, when: formatMoment(claim.signOff.at), revision: claim.signOff.revision }}
              components={{ b: <strong translate="no" /> }}
            />
            {changedSinceSignOff && <strong className="changed">{t('claim.changedSince')}</strong>}
          </p>
        ) : (
          <p className="hint">{t('claim.notSignedOff')}</p>
        )}
        {claim.signOff && changedSinceSignOff && (
          <button type="button" onClick={() => setShowingChanges(true)}>
            {t('claim.showChanges')}
          </button>
        )}
        {showingChanges && claim.signOff && (
          <CompareDialog
            articleId={articleId}
            from={claim.signOff.revision}
            to="now"
            claimWords={wordDiff(claim.signOff.text, currentText ?? '')}
            flush={flushArticle}
            onRestored={() => undefined}
            onClose={() => setShowingChanges(false)}
          />
        )}
        <button
          type="button"
          disabled={!userName || currentText === null}
          title={userName ? undefined : t('claim.needName')}
          onClick={() => void signOff(claim.id, userName)}
        >
          {claim.signOff ? t('claim.signOffAgain') : t('claim.signOff')}
        </button>
      </div>
    </div>
  );
}
