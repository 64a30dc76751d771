// The side panel's pending suggestions: each with who, when and what it changes (a click goes
// there), Accept and Reject; all of one author's, or all, at once. Accepting and rejecting are
// edits like any other: the window's undo takes them back.
import type { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createNodeSelection,
  $createRangeSelection,
  $getNodeByKey,
  $isDecoratorNode,
  $setSelection,
  ParagraphNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $isSuggestDeleteNode, SuggestDeleteNode } from '../../../shared/editor/nodes/SuggestDeleteNode';
import { $isSuggestInsertNode, SuggestInsertNode } from '../../../shared/editor/nodes/SuggestInsertNode';
import { $suggestedBlocks } from '../../../shared/suggestions/blockSuggestions';
import { $formatSuggestion, $formattedBy } from '../../../shared/suggestions/formatSuggestions';
import { $movedSections } from '../../../shared/suggestions/moveSuggestions';
import { $retypedBlocks } from '../../../shared/suggestions/retypeSuggestions';
import { SectionNode } from '../../../shared/editor/nodes/SectionNode';
import { $pendingSuggestions, $resolveSuggestion, type PendingSuggestion } from '../../../shared/suggestions/suggestionEdits';
import { selectMarked } from '../markAnchors';
import { useSuggestions } from './suggestionsState';
import { LinkNode } from '@lexical/link';
import { $linksSuggestedBy } from '../../../shared/suggestions/linkSuggestions';
import { $presenceBlocks } from '../../../shared/suggestions/presenceSuggestions';
import { CARD_NODES } from '../../../shared/editor/cards/cardNodes';
import { ImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { pendingFieldSuggestions } from '../../../shared/collab/suggestionsDoc';
import type { SuggestibleField } from '../../../shared/suggestions/suggestionSchema';
import { describeFieldSuggestion, fieldInputId } from '../fieldSuggestions';
import { Trans, useTranslation } from 'react-i18next';
import { t } from '../../i18n/i18n';
import { formatMoment } from '../../i18n/formatMoment';
import { blockKindText, formatChangeText } from './suggestionText';

const REFRESH_DELAY_MS = 300;

const $isSuggestionMark = (node: LexicalNode | null | undefined): node is MarkNode =>
  $isSuggestInsertNode(node) || $isSuggestDeleteNode(node);

function read(editor: LexicalEditor): PendingSuggestion[] {
  return editor.getEditorState().read(() => $pendingSuggestions());
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

/** A card suggested in, by the type of its first node. */
const ADDED_CARDS: Partial<
  Record<string, `suggestion.${'addTable' | 'addPullQuote' | 'addEmbed' | 'addGallery' | 'addPicture' | 'addFootnote'}`>
> = {
  table: 'suggestion.addTable',
  'pull-quote': 'suggestion.addPullQuote',
  embed: 'suggestion.addEmbed',
  gallery: 'suggestion.addGallery',
  'image-slot': 'suggestion.addPicture',
  'footnote-ref': 'suggestion.addFootnote',
  footnote: 'suggestion.addFootnote',
};

/** A card suggested out (with Backspace or Delete beside it), by its type. */
const REMOVED_CARDS: Partial<
  Record<string, `suggestion.${'deleteTable' | 'deletePullQuote' | 'deleteEmbed' | 'deleteGallery' | 'deletePicture'}`>
> = {
  table: 'suggestion.deleteTable',
  'pull-quote': 'suggestion.deletePullQuote',
  embed: 'suggestion.deleteEmbed',
  gallery: 'suggestion.deleteGallery',
  'image-slot': 'suggestion.deletePicture',
};

export function describeSuggestion(
  s: Pick<PendingSuggestion, 'inserted' | 'deleted' | 'block' | 'where' | 'format' | 'moved' | 'retyped' | 'link' | 'presence'>,
): string {
  if (s.presence) {
    const words = s.presence.words ? ` ${quoted(s.presence.words)}` : '';
    const section = s.presence.block === 'section';
    if (s.presence.kind === 'removed')
      return t(REMOVED_CARDS[s.presence.block] ?? (section ? 'suggestion.deleteSection' : 'suggestion.deleteBlock'), { words });
    const card = ADDED_CARDS[s.presence.block];
    if (card) return t(card, { words });
    return t(section ? 'suggestion.addSection' : s.presence.block === 'quote' ? 'suggestion.addQuote' : 'suggestion.addBlock', { words });
  }
  if (s.retyped)
    return t('suggestion.retype', { words: quoted(s.retyped.words), to: blockKindText(s.retyped.to), from: blockKindText(s.retyped.from) });
  if (s.moved !== null) return s.moved ? t('suggestion.moveSection', { words: quoted(s.moved) }) : t('suggestion.moveASection');
  if (s.format) return t('suggestion.format', { words: quoted(s.format.words), change: formatChangeText(s.format.was, s.format.now) });
  if (s.link) {
    if (s.link.change === 'removed') return t('suggestion.unlink', { words: quoted(s.link.words) });
    return t(s.link.change === 'added' ? 'suggestion.link' : 'suggestion.relink', { words: quoted(s.link.words), url: s.link.url });
  }
  if (s.block === 'join') return t('suggestion.join', { what: s.where.trim() ? quoted(s.where) : t('suggestion.emptyParagraph') });
  if (s.block === 'split') {
    // Pasted lines: their words and the new paragraphs between them are one suggestion.
    if (s.inserted)
      return s.deleted
        ? t('suggestion.replaceAsParagraphs', { deleted: quoted(s.deleted), inserted: quoted(s.inserted) })
        : t('suggestion.addAsParagraphs', { inserted: quoted(s.inserted) });
    const at = s.where.trim() ? t('suggestion.before', { where: quoted(s.where) }) : t('suggestion.here');
    return s.deleted ? t('suggestion.replaceWithParagraph', { deleted: quoted(s.deleted), at }) : t('suggestion.newParagraph', { at });
  }
  if (s.inserted && s.deleted) return t('suggestion.replace', { deleted: quoted(s.deleted), inserted: quoted(s.inserted) });
  if (s.inserted) return t('suggestion.add', { inserted: quoted(s.inserted) });
  return t('suggestion.cut', { deleted: quoted(s.deleted) });
}

/** Goes to a suggestion: selects its words, or puts the caret at the start of the block it splits or joins. */
function goTo(editor: LexicalEditor, s: PendingSuggestion): void {
  if (!s.block && !s.format && s.moved === null && !s.retyped && !s.link && !s.presence)
    return selectMarked(editor, $isSuggestionMark, s.id);
  let key: string | null = null;
  editor.update(() => {
    const texts = s.format ? $formattedBy(s.id) : s.link ? $linksSuggestedBy(s.id).flatMap((link) => link.getAllTextNodes()) : [];
    const first = texts[0];
    const last = texts[texts.length - 1];
    if (first && last) {
      key = first.getKey();
      const selection = $createRangeSelection();
      selection.anchor.set(first.getKey(), 0, 'text');
      selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
      $setSelection(selection);
      return;
    }
    const moved = $movedSections().find(({ id }) => id === s.id)?.section;
    const block =
      moved ??
      $presenceBlocks(s.id)[0] ??
      $retypedBlocks(s.id)[0] ??
      $suggestedBlocks().find(({ suggestion }) => suggestion.id === s.id)?.block;
    if (!block) return;
    key = block.getKey();
    // A card (a picture, an embed, a footnote's number) is selected whole; a block gets the caret at its start.
    if ($isDecoratorNode(block)) {
      const selection = $createNodeSelection();
      selection.add(block.getKey());
      $setSelection(selection);
    } else block.selectStart();
  });
  if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
}

/** One card of the panel: a suggestion in the text or in a field above it. */
interface Entry {
  id: string;
  what: string;
  go(): void;
}

function focusField(field: SuggestibleField): void {
  const input = document.getElementById(fieldInputId(field));
  input?.scrollIntoView({ block: 'center' });
  input?.focus();
}

function resolve(editor: LexicalEditor, ids: string[], accept: boolean): void {
  editor.update(() => ids.forEach((id) => $resolveSuggestion(id, accept)));
}

/** `onCount`: how many are pending, for the panel's tab. */
export function SuggestionsPanel({ onCount }: { onCount(count: number): void }) {
  const [editor] = useLexicalComposerContext();
  const { records, decideField } = useSuggestions();
  const [pending, setPending] = useState<PendingSuggestion[]>(() => read(editor));
  useTranslation();

  useEffect(() => {
    // Debounced: while someone types a suggestion its mark changes with every key.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setPending(read(editor)), REFRESH_DELAY_MS);
    };
    setPending(read(editor));
    const unregister = mergeRegister(
      editor.registerMutationListener(SuggestInsertNode, soon, { skipInitialization: true }),
      editor.registerMutationListener(SuggestDeleteNode, soon, { skipInitialization: true }),
      // A split, join or move lives on the block, a link's on the link, a card suggested in on the card: those
      // added, removed, moved or changed.
      ...[ParagraphNode, HeadingNode, QuoteNode, ListItemNode, SectionNode, LinkNode, ...CARD_NODES, ImageSlotNode].map((klass) =>
        editor.registerMutationListener(klass, soon, { skipInitialization: true }),
      ),
      // A formatting change lives on the text, and so do the next letters of words suggested in (their mark is
      // not rewritten as one types on): only the pieces an update touched are looked at.
      editor.registerUpdateListener(({ dirtyLeaves, editorState, prevEditorState }) => {
        const suggested = (state: typeof editorState, key: string) =>
          state.read(() => {
            const node = $getNodeByKey(key);
            return (
              node !== null &&
              ($formatSuggestion(node) !== null ||
                $findMatchingParent(node, (n) => $isSuggestInsertNode(n) || $isSuggestDeleteNode(n)) !== null)
            );
          });
        for (const key of dirtyLeaves)
          if (suggested(editorState, key) || suggested(prevEditorState, key)) {
            soon();
            return;
          }
      }),
    );
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  // The fields' suggestions first (they head the article), then the text's in document order.
  const fieldSuggestions = pendingFieldSuggestions(records);
  const entries: Entry[] = [
    ...fieldSuggestions.map((f) => ({ id: f.id, what: describeFieldSuggestion(f.field, f.value), go: () => focusField(f.field) })),
    ...pending.map((s) => ({ id: s.id, what: describeSuggestion(s), go: () => goTo(editor, s) })),
  ];
  const fieldIds = new Set(fieldSuggestions.map((f) => f.id));
  const decide = (ids: string[], accept: boolean) => {
    for (const id of ids) if (fieldIds.has(id)) decideField(id, accept);
    const inText = ids.filter((id) => !fieldIds.has(id));
    if (inText.length > 0) resolve(editor, inText, accept);
  };
  const authorOf = (id: string) => records.get(id)?.author ?? t('suggestions.someone');
  const authors = [...new Set(entries.map((s) => authorOf(s.id)))].sort((a, b) => a.localeCompare(b));
  const all = entries.map((s) => s.id);
  useEffect(() => onCount(entries.length), [onCount, entries.length]);

  return (
    <section aria-labelledby="pending-suggestions-heading">
      <h2 id="pending-suggestions-heading" className="visually-hidden">
        <Trans
          i18nKey="suggestions.heading"
          values={{ count: entries.length }}
          components={{ count: <span className="heading-count" /> }}
        />
      </h2>
      {entries.length === 0 ? (
        <p className="panel-empty">{t('suggestions.none')}</p>
      ) : (
        <>
          <div className="button-row">
            <button type="button" onClick={() => decide(all, true)}>
              {t('suggestions.acceptAll')}
            </button>
            <button type="button" onClick={() => decide(all, false)}>
              {t('suggestions.rejectAll')}
            </button>
          </div>
          {authors.length > 1 &&
            authors.map((author) => {
              const theirs = entries.filter((s) => authorOf(s.id) === author).map((s) => s.id);
              return (
                <div key={author} className="button-row suggestion-author">
                  <span translate="no">
                    {author} ({theirs.length})
                  </span>
                  <button type="button" aria-label={t('suggestions.acceptAllBy', { author })} onClick={() => decide(theirs, true)}>
                    {t('suggestions.acceptAll')}
                  </button>
                  <button type="button" aria-label={t('suggestions.rejectAllBy', { author })} onClick={() => decide(theirs, false)}>
                    {t('suggestions.rejectAll')}
                  </button>
                </div>
              );
            })}
          <ol className="suggestion-list" aria-label={t('suggestions.list')}>
            {entries.map((s) => {
              const record = records.get(s.id);
              const what = s.what;
              return (
                <li key={s.id}>
                  <article
                    aria-label={t('suggestions.card', { author: authorOf(s.id), what })}
                    className="suggestion-card"
                    style={record ? { borderLeftColor: record.colour } : undefined}
                  >
                    <button type="button" className="link-button suggestion-what" onClick={s.go}>
                      {what}
                    </button>
                    <p className="hint">
                      <span translate="no">{authorOf(s.id)}</span>
                      {record && (
                        <>
                          {' · '}
                          <time dateTime={record.at}>{formatMoment(record.at)}</time>
                        </>
                      )}
                    </p>
                    <div className="button-row">
                      <button type="button" onClick={() => decide([s.id], true)}>
                        {t('common.accept')}
                      </button>
                      <button type="button" onClick={() => decide([s.id], false)}>
                        {t('common.reject')}
                      </button>
                    </div>
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
