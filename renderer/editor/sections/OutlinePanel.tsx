// The outline: every section in order with its number, and the buttons to move, fold or delete it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { $isCommentMarkNode } from '../../../shared/editor/nodes/CommentMarkNode';
import { useComments } from '../comments/commentsState';
import { useSuggestionControls } from '../suggestions/suggestionsState';
import { useEffect } from 'react';
import { useKeptState } from '../useKeptState';
import { $isSectionNode, SectionNode } from '../../../shared/editor/nodes/SectionNode';
import { sectionNumbers } from '../../../shared/editor/sectionNumbers';
import { $deleteSection, $toggleCollapsed, MOVE_SECTION_COMMAND } from './sectionCommands';
import { $suggestRemoval } from '../../../shared/suggestions/presenceSuggestions';
import { useTranslation } from 'react-i18next';
import { t } from '../../i18n/i18n';
import { sectionRoleText } from '../../templates/templateText';

export interface OutlineEntry {
  key: NodeKey;
  number: number | null;
  title: string;
  role: string;
  collapsed: boolean;
  /** Comment threads anchored in the section (open or resolved). */
  commentIds: string[];
}

function $commentIdsIn(node: LexicalNode): string[] {
  const ids = new Set<string>();
  const visit = (child: LexicalNode) => {
    if ($isCommentMarkNode(child)) child.getIDs().forEach((id) => ids.add(id));
    if ($isElementNode(child)) child.getChildren().forEach(visit);
  };
  visit(node);
  return [...ids];
}

const REFRESH_DELAY_MS = 300;

function readOutline(editor: LexicalEditor): OutlineEntry[] {
  return editor.getEditorState().read(() => {
    const sections = $getRoot().getChildren().filter($isSectionNode);
    const numbers = sectionNumbers(sections.map((s) => ({ numbered: s.isNumbered() })));
    return sections.map((s, i) => ({
      key: s.getKey(),
      number: numbers[i] ?? null,
      title: s.isTitled() ? (s.getFirstChild()?.getTextContent().trim() ?? '') : '',
      role: s.getRole(),
      collapsed: s.isCollapsed(),
      commentIds: $commentIdsIn(s),
    }));
  });
}

/** The same outline as before: kept, so a pause in typing does not draw the (often hidden) panel again. */
function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.key === y.key &&
        x.number === y.number &&
        x.title === y.title &&
        x.role === y.role &&
        x.collapsed === y.collapsed &&
        x.commentIds.join() === y.commentIds.join()
      );
    })
  );
}

/** How a section is named on its buttons: "section 3", "“Kesimpulan”", or its role. */
export function sectionLabel(entry: Pick<OutlineEntry, 'number' | 'title' | 'role'>): string {
  if (entry.number !== null) return t('outline.section', { number: entry.number });
  if (entry.title) return t('outline.titled', { title: entry.title });
  return sectionRoleText(entry.role);
}

export function scrollToKey(editor: LexicalEditor, key: NodeKey): void {
  // Gliding only for those who have not asked the system for less motion.
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center', behavior });
}

export function OutlinePanel() {
  const [editor] = useLexicalComposerContext();
  const [entries, offerEntries] = useKeptState(() => readOutline(editor), sameOutline);
  const { threads } = useComments();
  // While suggesting, deleting a section is a suggestion (the section stays, marked, until accepted);
  // a move goes through the move command, which suggestion mode turns into a suggestion.
  const { suggesting, suggester } = useSuggestionControls();
  useTranslation();
  const remove = (key: NodeKey) =>
    editor.update(() => {
      const node = $getNodeByKey(key);
      if (!suggesting) $deleteSection(key);
      else if ($isSectionNode(node)) $suggestRemoval(node, () => suggester.newId(), suggester.isMine);
    });
  const move = (key: NodeKey, direction: -1 | 1) =>
    editor.update(() => void editor.dispatchCommand(MOVE_SECTION_COMMAND, { key, direction }));
  const open = new Set(threads.filter((t) => !t.resolved).map((t) => t.id));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => offerEntries(readOutline(editor));
    const refreshSoon = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DELAY_MS);
    };
    const unregister = mergeRegister(
      // Sections added, moved, folded or removed: at once.
      editor.registerMutationListener(SectionNode, refresh, { skipInitialization: true }),
      // Titles typed: once typing pauses.
      editor.registerUpdateListener(({ dirtyElements }) => {
        if (dirtyElements.size > 0) refreshSoon();
      }),
    );
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, offerEntries]);

  if (entries.length === 0) return <p className="panel-empty">{t('outline.none')}</p>;
  return (
    <ol className="outline">
      {entries.map((entry, index) => {
        const label = sectionLabel(entry);
        return (
          <li key={entry.key} className="outline-entry">
            <button
              type="button"
              className="outline-title"
              // A section's own title is the article's words; only a role name stands in for a missing one.
              translate={entry.title ? 'no' : undefined}
              onClick={() => scrollToKey(editor, entry.key)}
            >
              {entry.number !== null && <span className="outline-number">{entry.number}.</span>}{' '}
              {entry.title || <em>{sectionRoleText(entry.role)}</em>}
            </button>
            <CommentCount count={entry.commentIds.filter((id) => open.has(id)).length} />
            <span className="outline-actions">
              <button
                type="button"
                aria-label={t('outline.up', { label })}
                title={t('outline.upTitle')}
                disabled={index === 0}
                onClick={() => move(entry.key, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('outline.down', { label })}
                title={t('outline.downTitle')}
                disabled={index === entries.length - 1}
                onClick={() => move(entry.key, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t(entry.collapsed ? 'outline.expand' : 'outline.collapse', { label })}
                aria-expanded={!entry.collapsed}
                onClick={() => editor.update(() => $toggleCollapsed(entry.key))}
              >
                {entry.collapsed ? '▸' : '▾'}
              </button>
              <button
                type="button"
                aria-label={t('outline.delete', { label })}
                title={suggesting ? t('outline.suggestDelete') : t('outline.deleteTitle')}
                onClick={() => remove(entry.key)}
              >
                ×
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function CommentCount({ count }: { count: number }) {
  if (count === 0) return null;
  const label = t('outline.comments', { count });
  return (
    <span className="outline-comments" role="img" aria-label={label} title={label}>
      {count}
    </span>
  );
}
