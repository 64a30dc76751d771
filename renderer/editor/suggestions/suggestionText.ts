// The words the interface uses for block kinds and formatting changes in suggestions, in its language.
import type { BlockKind, ListKind } from '../../../shared/suggestions/retypeSuggestionJson';
import { formatChangeList } from '../../../shared/editor/textFormats';
import { t } from '../../i18n/i18n';

/** "a paragraph", "a heading 2", "a bulleted list item". */
export function blockKindText(kind: BlockKind | ListKind): string {
  return t(`blockKind.${kind}`);
}

/** "bold added, italic removed". */
export function formatChangeText(was: number, now: number): string {
  const changes = formatChangeList(was, now).map(({ name, added }) =>
    t(added ? 'formatChange.added' : 'formatChange.removed', { name: t(`formatName.${name}`) }),
  );
  return changes.join(', ') || t('formatChange.none');
}
