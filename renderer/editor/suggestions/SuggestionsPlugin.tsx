// While suggesting, the editor's edits become suggestions: typing, pasting, cutting, Backspace and
// Delete (by character, word or line) go through the suggestion edits instead of changing the text;
// Enter, and Backspace or Delete at a paragraph's edge, suggest a split or a join (pasted lines, the
// splits between them); Shift+Enter a line break; bold, italic and
// the like over words suggest a formatting change, Paragraph/Heading/Quote a change of the block's
// type, the lists make the blocks suggested list items; a link added, readdressed or taken away is
// suggested on the link; moving a section suggests the move; a section or quote inserted or a
// section deleted is suggested in or out (its author's own typing inside a new one is plain). What
// cannot be suggested yet (changing items already in a list, inserting a picture) is refused or
// disabled rather than made untracked.
// Cut copies, then marks the words as a suggested cut. Each suggestion's marks wear its author's
// colour; a block with a suggested split or join shows a pilcrow; reformatted words a dotted line;
// a moved section a dashed outline, and the place it left a dashed line.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  $getNodeByKey,
  $getRoot,
  ParagraphNode,
  TextNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeMutation,
} from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { ListItemNode } from '@lexical/list';
import { useEffect, useRef } from 'react';
import { SuggestDeleteNode } from '../../../shared/editor/nodes/SuggestDeleteNode';
import { SuggestInsertNode } from '../../../shared/editor/nodes/SuggestInsertNode';
import {
  $blockOf,
  $extendByCharacter,
  $suggestCut,
  $suggestDelete,
  $suggestInsert,
  $suggestLineBreak,
  $suggestPaste,
  $suggestSplit,
  type Suggester,
} from '../../../shared/suggestions/suggestionEdits';
import { $blockSuggestion, $suggestJoin } from '../../../shared/suggestions/blockSuggestions';
import { $formatSuggestion, $suggestFormat } from '../../../shared/suggestions/formatSuggestions';
import { $moveSuggestion, $suggestMoveSection } from '../../../shared/suggestions/moveSuggestions';
import { $linkSuggestion, $suggestLink } from '../../../shared/suggestions/linkSuggestions';
import { $suggestList } from '../../../shared/suggestions/listSuggestions';
import { $ownInsertedBlock, $presenceSuggestion, $suggestRemoval } from '../../../shared/suggestions/presenceSuggestions';
import { $cardBeside } from './cardBeside';
import { $insertedWith } from '../sections/insertedWith';
import { CARD_NODES } from '../../../shared/editor/cards/cardNodes';
import { ImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { linkChange } from '../../../shared/suggestions/linkSuggestionJson';
import { $isSectionNode, SectionNode } from '../../../shared/editor/nodes/SectionNode';
import { MOVE_SECTION_COMMAND } from '../sections/sectionCommands';
import { registerUndoneStateRepair } from './repairUndoneState';
import { registerFieldDecisionUndo } from './fieldDecisionUndo';
import { $retypeSuggestion, $suggestBlockKind } from '../../../shared/suggestions/retypeSuggestions';
import { type BlockKind } from '../../../shared/suggestions/retypeSuggestionJson';
import { copyToClipboard } from '@lexical/clipboard';
import type { SuggestionRecord } from '../../../shared/suggestions/suggestionSchema';
import { useSuggestions } from './suggestionsState';
import { matchesShortcut, type ShortcutName } from '../editorShortcuts';
import { checkLinkUrl } from '../../../shared/text/safeUrl';
import { t } from '../../i18n/i18n';
import { formatMoment } from '../../i18n/formatMoment';
import { blockKindText } from './suggestionText';

/** Text an input event carries (typed, dropped, replaced by the spell checker). */
function textOf(payload: InputEvent | string): string {
  if (typeof payload === 'string') return payload;
  return payload.data ?? payload.dataTransfer?.getData('text/plain') ?? '';
}

/** Block types that can be suggested, by their shortcuts (the lists' below). */
const KIND_SHORTCUTS: ReadonlyArray<[ShortcutName, BlockKind]> = [
  ['paragraph', 'paragraph'],
  ['h2', 'h2'],
  ['h3', 'h3'],
  ['quote', 'quote'],
];
const LIST_SHORTCUTS = ['bullet', 'number'] as const;

export const LIST_REFUSED = 'suggesting.listRefused';
const JOIN_REFUSED = 'suggesting.joinRefused';
const SPLIT_REFUSED = 'suggesting.splitRefused';

function registerSuggesting(editor: LexicalEditor, who: Suggester, refuse: (what: string) => void): () => void {
  /** Inside a block this person suggested in, their edits are simply part of it (no marks): Lexical's own. */
  const inOwnNewBlock = () => {
    const selection = $getSelection();
    return (
      $isRangeSelection(selection) &&
      $ownInsertedBlock(selection.anchor.getNode(), who.isMine) !== null &&
      $ownInsertedBlock(selection.focus.getNode(), who.isMine) !== null
    );
  };
  /** A command handler that leaves the edit to Lexical inside one's own new block. */
  const unlessOwnBlock =
    <P,>(handle: (payload: P) => boolean) =>
    (payload: P) =>
      inOwnNewBlock() ? false : handle(payload);
  const insert = (text: string) => {
    // Pasted or dropped lines: suggested words and suggested paragraph splits, as one suggestion.
    if (/[\r\n]/.test(text)) $suggestPaste(text, who);
    else if (text) $suggestInsert(text, who);
    return true;
  };
  /**
   * Backspace or Delete beside a card suggests its removal (one's own suggested card simply goes),
   * from one's own new block too: Lexical's own deletion would take someone's card out untracked.
   */
  const removeCardBeside = (isBackward: boolean) => {
    const selection = $getSelection();
    const card = $isRangeSelection(selection) ? $cardBeside(selection, isBackward) : null;
    if (card) $suggestRemoval($insertedWith(card), () => who.newId(), who.isMine);
    return card !== null;
  };
  /** Backspace or Delete: a card's removal, a suggested cut, or (at a paragraph's edge) a suggested join. */
  const deleteCharacter = (isBackward: boolean) => {
    if (removeCardBeside(isBackward)) return true;
    const selection = $getSelection();
    if ($isRangeSelection(selection) && selection.isCollapsed() && !$extendByCharacter(selection.clone(), isBackward)) {
      const block = $blockOf(selection.focus.getNode());
      // Backspace joins this block to the one before; Delete joins the next one to this.
      if (!$suggestJoin(isBackward ? block : (block?.getNextSibling() ?? null), who)) refuse(t(JOIN_REFUSED));
      return true;
    }
    $suggestDelete(who, isBackward);
    return true;
  };
  /** Word or line deletions: the browser measures the word, then the range becomes a cut. */
  const cutBy = (isBackward: boolean, unit: 'word' | 'lineboundary') => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    if (selection.isCollapsed()) selection.modify('extend', isBackward, unit);
    $suggestCut(selection, who, isBackward);
    return true;
  };
  return mergeRegister(
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        if (inOwnNewBlock()) return false;
        switch (event.inputType) {
          case 'insertText':
          case 'insertReplacementText':
          case 'insertFromDrop':
          case 'insertFromYank': {
            if (event.data === '\n') return false;
            event.preventDefault();
            // A replacement (autocorrect, a dropped word) replaces its target range: one suggestion.
            const target = event.getTargetRanges()[0];
            const selection = $getSelection();
            if (target && event.inputType !== 'insertText' && $isRangeSelection(selection)) selection.applyDOMRange(target);
            return insert(textOf(event));
          }
          case 'deleteContentBackward':
          case 'deleteContentForward':
            event.preventDefault();
            return deleteCharacter(event.inputType === 'deleteContentBackward');
          case 'deleteByDrag':
          case 'deleteByCut': {
            event.preventDefault();
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $suggestCut(selection, who, true);
            return true;
          }
          default:
            return false;
        }
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      unlessOwnBlock((payload: InputEvent | string) => insert(textOf(payload))),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward: boolean) => removeCardBeside(isBackward) || unlessOwnBlock(deleteCharacter)(isBackward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      unlessOwnBlock((isBackward: boolean) => cutBy(isBackward, 'word')),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      unlessOwnBlock((isBackward: boolean) => cutBy(isBackward, 'lineboundary')),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      unlessOwnBlock(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) $suggestCut(selection, who, true);
        return true;
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      unlessOwnBlock((event: ClipboardEvent | KeyboardEvent | null) => {
        // Copied as usual, then marked as a suggested cut rather than removed.
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() =>
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $suggestCut(selection, who, true);
          }),
        );
        return true;
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      unlessOwnBlock((event: ClipboardEvent | InputEvent | KeyboardEvent) => {
        if (!(event instanceof ClipboardEvent)) return false;
        event.preventDefault();
        // Pasted as words: a suggestion carries text, not another document's structure.
        return insert(event.clipboardData?.getData('text/plain') ?? '');
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_PARAGRAPH_COMMAND,
      unlessOwnBlock(() => {
        if ($suggestSplit(who) === null) refuse(t(SPLIT_REFUSED));
        return true;
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      unlessOwnBlock(() => {
        $suggestLineBreak(who);
        return true;
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const kind = KIND_SHORTCUTS.find(([name]) => matchesShortcut(event, name))?.[1];
        if (kind) {
          event.preventDefault();
          const selection = $getSelection();
          if ($isRangeSelection(selection)) $suggestBlockKind(selection, kind, () => who.newId());
          return true;
        }
        const list = LIST_SHORTCUTS.find((name) => matchesShortcut(event, name));
        if (!list) return false;
        event.preventDefault();
        const selection = $getSelection();
        if ($isRangeSelection(selection) && $suggestList(selection, list, () => who.newId()) === null) refuse(t(LIST_REFUSED));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      MOVE_SECTION_COMMAND,
      ({ key, direction }) => {
        const section = $getNodeByKey(key);
        if (!$isSectionNode(section)) return false;
        if ($suggestMoveSection(section, direction, who) === 'cannot') refuse(t('suggesting.moveRefused'));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      TOGGLE_LINK_COMMAND,
      (payload) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        const url = payload === null ? null : typeof payload === 'string' ? payload : payload.url;
        // The link plugin's own check of the address, which this handler comes before.
        if (url !== null && checkLinkUrl(url) !== url) return true;
        $suggestLink(selection, url, () => who.newId());
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      FORMAT_TEXT_COMMAND,
      (format) => {
        const selection = $getSelection();
        // At a caret it is the look of the words about to be typed (and those are a suggestion anyway).
        if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
        $suggestFormat(selection, format, () => who.newId());
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

/** Paints a suggestion in its author's colour (a CSS variable), with who and when as its tooltip. */
function paint(element: HTMLElement, record: SuggestionRecord | undefined, what = t('mark.suggested')): void {
  if (!record) return;
  element.style.setProperty('--suggest-colour', record.colour);
  element.title = t('mark.by', { what, author: record.author, when: formatMoment(record.at) });
}

const BLOCK_TITLES = { split: 'mark.split', join: 'mark.join' } as const;
const MOVE_TITLES = { moved: 'mark.moved', before: 'mark.before', after: 'mark.after' } as const;

/** A suggestion kept on a node's state, as the page shows it: its data attribute, value and tooltip. */
interface StateLook {
  attribute: 'suggestBlock' | 'suggestFormat' | 'suggestMove' | 'suggestRetype' | 'suggestLink' | 'suggestPresence';
  id: string;
  value: string;
  title: string;
}

/** A block's suggested split or join (the stylesheet draws a pilcrow), or a piece of text's formatting change. */
function $stateLook(key: string): StateLook | null {
  const node = $getNodeByKey(key);
  if (!node) return null;
  const block = $blockSuggestion(node);
  if (block) return { attribute: 'suggestBlock', id: block.id, value: block.kind, title: t(BLOCK_TITLES[block.kind]) };
  const format = $formatSuggestion(node);
  if (format) return { attribute: 'suggestFormat', id: format.id, value: '', title: t('mark.format') };
  const retype = $retypeSuggestion(node);
  if (retype)
    return { attribute: 'suggestRetype', id: retype.id, value: retype.was, title: t('mark.retype', { kind: blockKindText(retype.was) }) };
  const presence = $presenceSuggestion(node);
  if (presence) return { attribute: 'suggestPresence', id: presence.id, value: presence.kind, title: t(PRESENCE_TITLES[presence.kind]) };
  const link = $linkSuggestion(node);
  if (link) {
    const change = linkChange(link);
    return { attribute: 'suggestLink', id: link.id, value: change, title: t(LINK_TITLES[change]) };
  }
  const move = $moveSuggestion(node);
  return move ? { attribute: 'suggestMove', id: move.id, value: move.role, title: t(MOVE_TITLES[move.role]) } : null;
}

const LINK_TITLES = { added: 'mark.linkAdded', changed: 'mark.linkChanged', removed: 'mark.linkRemoved' } as const;

const PRESENCE_TITLES = { inserted: 'mark.inserted', removed: 'mark.removed' } as const;

const ATTRIBUTES = ['suggestBlock', 'suggestFormat', 'suggestMove', 'suggestRetype', 'suggestLink', 'suggestPresence'] as const;

type Records = ReadonlyMap<string, SuggestionRecord>;

/** Whether a suggestion's record shows the same (its author, colour and time). */
function sameRecord(a: SuggestionRecord | undefined, b: SuggestionRecord | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.author === b.author && a.colour === b.colour && a.at === b.at);
}

/** Shows (or clears) the suggestion on the state of the node `key`. */
function paintState(editor: LexicalEditor, key: string, records: ReadonlyMap<string, SuggestionRecord>): void {
  const element = editor.getElementByKey(key);
  if (!element) return;
  const look = editor.getEditorState().read(() => $stateLook(key));
  if (!look) {
    if (!ATTRIBUTES.some((attribute) => element.dataset[attribute] !== undefined)) return;
    for (const attribute of ATTRIBUTES) delete element.dataset[attribute];
    element.style.removeProperty('--suggest-colour');
    element.removeAttribute('title');
    return;
  }
  element.dataset[look.attribute] = look.value;
  paint(element, records.get(look.id), look.title);
}

/** The nodes whose state carries a suggestion: the blocks and text an update can touch, and the cards (suggested in). */
const STATE_CLASSES = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode, TextNode, SectionNode, LinkNode, ...CARD_NODES, ImageSlotNode];

export function SuggestionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { suggesting, suggester, records, refuse, doc, fieldDecisionOrigin } = useSuggestions();

  useEffect(() => (suggesting ? registerSuggesting(editor, suggester, refuse) : undefined), [editor, suggesting, suggester, refuse]);
  // Whoever undoes (suggesting or not), a suggestion the undo removed must not stay on its node.
  useEffect(() => registerUndoneStateRepair(editor, doc), [editor, doc]);
  // Accepting or rejecting a field's suggestion is a step of this window's Undo and Redo.
  useEffect(() => registerFieldDecisionUndo(editor, doc, fieldDecisionOrigin), [editor, doc, fieldDecisionOrigin]);

  // The records this editor's marks and blocks were last painted with: after the first painting, a
  // change of records (each new suggestion's first keystroke adds one) repaints only what shows the
  // records that changed.
  const painted = useRef<{ editor: LexicalEditor; marks: Records | null; states: Records | null } | null>(null);
  useEffect(() => {
    if (painted.current?.editor !== editor) painted.current = { editor, marks: null, states: null };
    const shown = painted.current;
    const changedSince = (before: Records | null) => (id: string) => before === null || !sameRecord(before.get(id), records.get(id));
    const markChanged = changedSince(shown.marks);
    shown.marks = records;
    const paintMark = (element: HTMLElement) => paint(element, records.get(element.dataset.suggestionIds?.split(' ')[0] ?? ''));
    for (const element of editor.getRootElement()?.querySelectorAll<HTMLElement>('.suggest-insert, .suggest-delete') ?? [])
      if (markChanged(element.dataset.suggestionIds?.split(' ')[0] ?? '')) paintMark(element);
    const repaint = (mutations: Map<string, unknown>) => {
      for (const key of mutations.keys()) {
        const element = editor.getElementByKey(key);
        if (element) paintMark(element);
      }
    };
    // Blocks and text with a suggestion on their state, found in the state (not the page) by one walk
    // of the whole article: at once when the article opens; after a change of records when the page
    // is idle, not on the keystroke that made it.
    // Compared with the records the blocks were last painted with: a walk cancelled by a newer change
    // of records leaves its changes to the next one.
    const statesBefore = shown.states;
    const paintStates = () => {
      const stateChanged = changedSince(statesBefore);
      shown.states = records;
      const withState = editor.getEditorState().read(() => {
        const found: { key: string; id: string }[] = [];
        const visit = (node: LexicalNode) => {
          const look = $stateLook(node.getKey());
          if (look) found.push({ key: node.getKey(), id: look.id });
          if ($isElementNode(node)) node.getChildren().forEach(visit);
        };
        visit($getRoot());
        return found;
      });
      for (const { key, id } of withState) if (stateChanged(id)) paintState(editor, key, records);
    };
    const idle = statesBefore === null ? (paintStates(), null) : requestIdleCallback(paintStates, { timeout: 500 });
    const repaintState = (mutations: Map<string, NodeMutation>) => {
      for (const [key, kind] of mutations) if (kind !== 'destroyed') paintState(editor, key, records);
    };
    return mergeRegister(
      () => idle !== null && cancelIdleCallback(idle),
      editor.registerMutationListener(SuggestInsertNode, repaint, { skipInitialization: true }),
      editor.registerMutationListener(SuggestDeleteNode, repaint, { skipInitialization: true }),
      ...STATE_CLASSES.map((klass) => editor.registerMutationListener(klass, repaintState, { skipInitialization: true })),
    );
  }, [editor, records]);

  return null;
}
