// Editing in suggestion mode, as Lexical updates: typed words go into an insertion mark, cut words
// into a deletion mark (struck through, still there), a replacement is both under one id; the
// author's own pending insertion is edited directly. Accepting or rejecting a suggestion resolves
// every mark carrying its id. All `$` functions: run inside editor.update.
import { $isLinkNode } from '@lexical/link';
import { $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $blockSuggestion, $isTextBlock, $markSplit, $resolveBlockSuggestion } from './blockSuggestions';
import type { BlockSuggestionKind } from './blockSuggestionJson';
import { describeFormatChange } from './formatSuggestionJson';
import { $formatSuggestion, $resolveFormatSuggestion } from './formatSuggestions';
import { $moveSuggestion, $resolveMoveSuggestion } from './moveSuggestions';
import { linkChange, type LinkChange } from './linkSuggestionJson';
import { $linkSuggestion, $resolveLinkSuggestion } from './linkSuggestions';
import type { PresenceKind } from './presenceSuggestionJson';
import { $presenceSuggestion, $resolvePresenceSuggestion } from './presenceSuggestions';
import type { BlockKind, ListKind } from './retypeSuggestionJson';
import { $listKindOf, $resolveListSuggestion } from './listSuggestions';
import { $blockKind, $resolveRetypeSuggestion, $retypeSuggestion } from './retypeSuggestions';
import { $createSuggestDeleteNode, $isSuggestDeleteNode, type SuggestDeleteNode } from '../editor/nodes/SuggestDeleteNode';
import { $createSuggestInsertNode, $isSuggestInsertNode, type SuggestInsertNode } from '../editor/nodes/SuggestInsertNode';
import { $nodesWhere } from './nodesWhere';

/** Who is suggesting: a fresh id for a new suggestion, and which ids are theirs. */
export interface Suggester {
  newId(): string;
  isMine(id: string): boolean;
}

function $markAbove<T extends MarkNode>(node: LexicalNode, is: (n: LexicalNode | null | undefined) => n is T): T | null {
  return $findMatchingParent(node, (n) => is(n)) as T | null;
}

const ownId = (mark: MarkNode | null, who: Suggester): string | null => mark?.getIDs().find((id) => who.isMine(id)) ?? null;

/**
 * The nodes right before and after a caret at a node's edge. A browser reports a caret at a mark's
 * end as in the text after it (and at its start as in the text before), so these count as at the caret.
 */
function $besideCaret(selection: RangeSelection): { before: LexicalNode | null; after: LexicalNode | null } {
  const point = selection.focus;
  const node = point.getNode();
  if ($isTextNode(node))
    return {
      before: point.offset === 0 ? node.getPreviousSibling() : null,
      after: point.offset === node.getTextContentSize() ? node.getNextSibling() : null,
    };
  if ($isElementNode(node)) return { before: node.getChildAtIndex(point.offset - 1), after: node.getChildAtIndex(point.offset) };
  return { before: null, after: null };
}

/** The author's own mark of one kind the caret is in or beside: a run of typing or backspacing stays one suggestion. */
function $ownMarkAtCaret<T extends MarkNode>(
  selection: RangeSelection,
  is: (n: LexicalNode | null | undefined) => n is T,
  who: Suggester,
): string | null {
  const inside = ownId($markAbove(selection.focus.getNode(), is), who);
  if (inside) return inside;
  const { before, after } = $besideCaret(selection);
  return (is(before) ? ownId(before, who) : null) ?? (is(after) ? ownId(after, who) : null);
}

/**
 * The plain text inside the insertion `id` where the caret continues it: the text the caret is in,
 * or the end (start) of the mark the browser reports the caret just after (before).
 */
function $ownTextAtCaret(selection: RangeSelection, id: string): { node: TextNode; offset: number } | null {
  const point = selection.focus;
  const node = point.getNode();
  const plain = (n: LexicalNode | null): n is TextNode => $isTextNode(n) && n.isSimpleText();
  if (plain(node) && $markAbove(node, $isSuggestInsertNode)?.hasID(id)) return { node, offset: point.offset };
  const { before, after } = $besideCaret(selection);
  if ($isSuggestInsertNode(before) && before.hasID(id)) {
    const last = before.getLastDescendant();
    if (plain(last)) return { node: last, offset: last.getTextContentSize() };
  }
  if ($isSuggestInsertNode(after) && after.hasID(id)) {
    const first = after.getFirstDescendant();
    if (plain(first)) return { node: first, offset: 0 };
  }
  return null;
}

/** The block (paragraph, heading, list item…) a node sits in. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline()) as ElementNode | null;
}

/** Moves the selection's focus one character, within its block. False at the block's edge. */
export function $extendByCharacter(selection: RangeSelection, isBackward: boolean): boolean {
  const node = selection.focus.getNode();
  if (!$isTextNode(node)) return false;
  const offset = selection.focus.offset;
  const text = node.getTextContent();
  if (isBackward && offset > 0) {
    const step = offset >= 2 && /[\uDC00-\uDFFF]/.test(text[offset - 1]!) ? 2 : 1;
    selection.focus.set(node.getKey(), offset - step, 'text');
    return true;
  }
  if (!isBackward && offset < text.length) {
    const step = /[\uD800-\uDBFF]/.test(text[offset]!) ? 2 : 1;
    selection.focus.set(node.getKey(), offset + step, 'text');
    return true;
  }
  const block = $blockOf(node);
  if (!block) return false;
  const texts = block.getAllTextNodes();
  const at = texts.findIndex((t) => t.is(node));
  for (let i = at + (isBackward ? -1 : 1); i >= 0 && i < texts.length; i += isBackward ? -1 : 1) {
    const next = texts[i]!;
    const size = next.getTextContentSize();
    if (size === 0) continue;
    selection.focus.set(next.getKey(), isBackward ? size - 1 : 1, 'text');
    return true;
  }
  return false;
}

function $caretAt(node: TextNode, offset: number): void {
  const caret = $createRangeSelection();
  caret.anchor.set(node.getKey(), offset, 'text');
  caret.focus.set(node.getKey(), offset, 'text');
  // The next words take the look of the words they follow (a fresh selection would type them plain).
  caret.format = node.getFormat();
  caret.style = node.getStyle();
  $setSelection(caret);
}

/** Every mark of the suggestion under `root` (the whole document unless a block is given), in order. */
function $suggestionMarks(id: string, root: ElementNode = $getRoot()): Array<SuggestInsertNode | SuggestDeleteNode> {
  return $nodesWhere(
    (node): node is SuggestInsertNode | SuggestDeleteNode => ($isSuggestInsertNode(node) || $isSuggestDeleteNode(node)) && node.hasID(id),
    root,
  );
}

/**
 * Marks the selected words as a suggested cut (they stay, struck through) and leaves the caret at
 * the cut's start (backward) or end. The author's own pending insertion is removed outright; words
 * already marked as cut are only stepped over. Returns the id of a new suggestion, or null.
 */
export function $suggestCut(selection: RangeSelection, who: Suggester, caretAtStart: boolean, reuse: string | null = null): string | null {
  if (selection.isCollapsed()) return null;
  const nodes = selection.getNodes().filter($isTextNode);
  const insideOwnInsert = nodes.length > 0 && nodes.every((n) => ownId($markAbove(n, $isSuggestInsertNode), who) !== null);
  if (insideOwnInsert) {
    selection.removeText();
    return null;
  }
  const alreadyCut = nodes.length > 0 && nodes.every((n) => $markAbove(n, $isSuggestDeleteNode) !== null);
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const edge = caretAtStart ? start : end;
  const edgeNode = edge.getNode();
  const edgeOffset = edge.offset;
  if (alreadyCut) {
    if ($isTextNode(edgeNode)) $caretAt(edgeNode, edgeOffset);
    return null;
  }
  const id = reuse ?? who.newId();
  // Only the blocks at the cut's ends are searched afterwards: a keystroke never walks the article.
  const startBlock = $blockOf(start.getNode());
  const endBlock = $blockOf(end.getNode());
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id, (ids) => $createSuggestDeleteNode(ids));
  // A run of Backspace is one mark, not one per character.
  for (const block of new Set([startBlock, endBlock])) if (block) $joinNeighbours(block, id);
  if (caretAtStart && startBlock) {
    const first = $suggestionMarks(id, startBlock).filter($isSuggestDeleteNode)[0]?.getFirstDescendant();
    if ($isTextNode(first)) $caretAt(first, 0);
  }
  if (!caretAtStart && endBlock) {
    const marks = $suggestionMarks(id, endBlock).filter($isSuggestDeleteNode);
    const last = marks[marks.length - 1]?.getLastDescendant();
    if ($isTextNode(last)) $caretAt(last, last.getTextContentSize());
  }
  return reuse ? null : id;
}

/** Joins marks of one suggestion that stand side by side in a block (same kind, only that id). */
function $joinNeighbours(block: ElementNode, id: string): void {
  const alone = (node: LexicalNode | null): node is SuggestInsertNode | SuggestDeleteNode =>
    ($isSuggestDeleteNode(node) || $isSuggestInsertNode(node)) && node.getIDs().length === 1 && node.hasID(id);
  for (const mark of $suggestionMarks(id, block)) {
    if (!mark.isAttached() || !alone(mark)) continue;
    for (let next = mark.getNextSibling(); alone(next) && next.getType() === mark.getType(); next = mark.getNextSibling()) {
      mark.append(...next.getChildren());
      next.remove();
    }
  }
}

/**
 * Backspace (isBackward) or Delete in suggestion mode: the character (or, with a selection, the
 * selected words) becomes a suggested cut, joined to the author's cut right beside it. Returns the
 * id of a new suggestion, or null (joined, stepped over, own insertion removed, block edge).
 */
export function $suggestDelete(who: Suggester, isBackward: boolean, extend = $extendByCharacter): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) return $suggestCut(selection, who, true);
  const beside = $ownMarkAtCaret(selection, $isSuggestDeleteNode, who);
  if (!extend(selection, isBackward)) return null;
  return $suggestCut(selection, who, isBackward, beside);
}

/**
 * Where a suggested insertion goes: a selection is first marked as cut (under the new suggestion's
 * id, so the replacement is one suggestion), and a caret inside cut words moves right after them.
 * Null when there is no range selection; `done` when the cut left no caret to insert at.
 */
function $insertionPoint(who: Suggester): { selection: RangeSelection; id: string | null } | { done: string } | null {
  const initial = $getSelection();
  if (!$isRangeSelection(initial)) return null;
  let selection: RangeSelection = initial;
  let id: string | null = null;
  if (!selection.isCollapsed()) {
    id = who.newId();
    $suggestCut(selection, who, false, id);
    const now = $getSelection();
    if (!$isRangeSelection(now)) return { done: id };
    selection = now;
  }
  // Never inside words marked as cut: the new words go right after them.
  const cut = $markAbove(selection.anchor.getNode(), $isSuggestDeleteNode);
  if (cut) {
    const next = cut.selectNext(0, 0);
    if ($isRangeSelection(next)) selection = next;
  }
  return { selection, id };
}

/**
 * Puts `node` (just inserted) into the suggestion's mark: the one right before or after it, or a new
 * one. Lexical inserts at a mark's end beside the mark, not in it. Only neighbours are looked at.
 */
function $intoInsertMark(node: LexicalNode, suggestion: string): void {
  if ($markAbove(node, $isSuggestInsertNode)?.hasID(suggestion)) return;
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  if ($isSuggestInsertNode(previous) && previous.hasID(suggestion)) previous.append(node);
  else if ($isSuggestInsertNode(next) && next.hasID(suggestion)) next.splice(0, 0, [node]);
  else {
    const mark = $createSuggestInsertNode([suggestion]);
    node.insertBefore(mark);
    mark.append(node);
  }
}

/**
 * Typed (or pasted) text in suggestion mode: inside the author's own pending insertion it is simply
 * typed; otherwise it becomes a new insertion, and replaces a selection as one suggestion (the
 * selected words marked as cut under the same id). Returns the id of a new suggestion, or null.
 */
export function $suggestInsert(text: string, who: Suggester): string | null {
  if (text === '') return null;
  const point = $insertionPoint(who);
  if (!point || 'done' in point) return point?.done ?? null;
  const { selection, id } = point;
  const own = $ownMarkAtCaret(selection, $isSuggestInsertNode, who);
  if (own && id === null && selection.isCollapsed()) {
    const continued = $ownTextAtCaret(selection, own);
    // Only when the words would keep their look (bold switched on at the caret makes a new piece).
    if (continued && continued.node.getFormat() === selection.format && continued.node.getStyle() === selection.style) {
      // The common keystroke: only the text changes, so nothing around it (a claim mark, the
      // paragraph) is rewritten and nothing that watches them wakes up.
      continued.node.spliceText(continued.offset, 0, text, true);
      return null;
    }
  }
  const suggestion = id ?? own ?? who.newId();
  selection.insertText(text);
  const after = $getSelection();
  if (!$isRangeSelection(after)) return own ? id : suggestion;
  const node = after.focus.getNode();
  if (!$isTextNode(node)) return own ? id : suggestion;
  // The typed words, split off the text they landed in, go into the suggestion's mark.
  const end = after.focus.offset;
  const start = Math.max(0, end - text.length);
  let typed: TextNode = node;
  if (!$markAbove(node, $isSuggestInsertNode)?.hasID(suggestion)) {
    const pieces = node.splitText(start, end);
    typed = pieces[start === 0 ? 0 : 1] ?? node;
    $intoInsertMark(typed, suggestion);
  }
  $caretAt(typed, typed.getTextContentSize());
  return own && id === null ? null : suggestion;
}

/**
 * Enter in suggestion mode: the block splits at the caret and its new half carries the suggestion
 * (typing over a selection: the selected words are a suggested cut under the same id). Returns the
 * new id, or null where a split cannot be suggested (a section title, an empty list item, which
 * Enter would turn into something else).
 */
export function $suggestSplit(who: Suggester): string | null {
  const initial = $getSelection();
  if (!$isRangeSelection(initial)) return null;
  const block = $blockOf(initial.anchor.getNode());
  if (!$isTextBlock(block) || (block.getType() === 'listitem' && block.getTextContentSize() === 0)) return null;
  const id = who.newId();
  let selection: RangeSelection = initial;
  if (!selection.isCollapsed()) {
    $suggestCut(selection, who, false, id);
    const now = $getSelection();
    if (!$isRangeSelection(now)) return id;
    selection = now;
  }
  selection.insertParagraph();
  const after = $getSelection();
  const half = $isRangeSelection(after) ? $blockOf(after.anchor.getNode()) : null;
  // The half the caret is in comes second (at a block's very start, the new empty block goes before it).
  if (half) $markSplit(half, id);
  return id;
}

/**
 * Pasted or dropped text as one suggestion: its lines become suggested words and the breaks between
 * them suggested paragraph splits, all under one id (one entry to accept or reject). Where a new
 * paragraph cannot be suggested (a section title), the rest goes on in the same line, spaced.
 */
export function $suggestPaste(text: string, who: Suggester): string | null {
  const lines = text
    .split(/\s*[\r\n]+\s*/)
    .map((line) => line.replace(/[ \t]+/g, ' '))
    .filter((line) => line !== '');
  if (lines.length <= 1) return $suggestInsert(lines[0] ?? '', who);
  let id: string | null = null;
  // The paste's own pieces only: it does not continue an insertion typed before it.
  const paste: Suggester = { newId: () => (id ??= who.newId()), isMine: (other) => other === id };
  $suggestInsert(lines[0]!, paste);
  for (let i = 1; i < lines.length; i++) {
    if ($suggestSplit(paste) === null) {
      $suggestInsert(` ${lines.slice(i).join(' ')}`, paste);
      break;
    }
    $suggestInsert(lines[i]!, paste);
  }
  return id;
}

/** Shift+Enter as a suggestion: a line break inside an insertion mark (rejecting it removes the break). */
export function $suggestLineBreak(who: Suggester): string | null {
  const point = $insertionPoint(who);
  if (!point || 'done' in point) return point?.done ?? null;
  const { selection, id } = point;
  const suggestion = id ?? $ownMarkAtCaret(selection, $isSuggestInsertNode, who) ?? who.newId();
  selection.insertLineBreak();
  const after = $getSelection();
  // The break is the node right before the caret (Lexical puts the caret after what it inserted).
  const { before: lineBreak } = $isRangeSelection(after) ? $besideCaret(after) : { before: null };
  if (!$isLineBreakNode(lineBreak)) return suggestion;
  $intoInsertMark(lineBreak, suggestion);
  // The caret goes right after the suggestion's mark; what is typed there next joins the mark
  // after the break (see $suggestInsert).
  const mark = lineBreak.getParentOrThrow();
  if (mark.getLastChild()?.is(lineBreak)) mark.selectNext(0, 0);
  else lineBreak.selectNext(0, 0);
  return suggestion;
}

/** Accepts (the change happens) or rejects (the text stays as it was) one suggestion, wherever its marks are. */
export function $resolveSuggestion(id: string, accept: boolean): void {
  $resolveBlockSuggestion(id, accept);
  $resolveLinkSuggestion(id, accept);
  $resolvePresenceSuggestion(id, accept);
  // List items first: a rejected one becomes its block again outside the list.
  $resolveListSuggestion(id, accept);
  $resolveFormatSuggestion(id, accept);
  $resolveMoveSuggestion(id, accept);
  $resolveRetypeSuggestion(id, accept);
  for (const mark of $suggestionMarks(id)) {
    const dropWords = $isSuggestInsertNode(mark) ? !accept : accept;
    if (dropWords) {
      mark.remove();
      continue;
    }
    for (const child of mark.getChildren()) mark.insertBefore(child);
    mark.remove();
  }
}

export interface PendingSuggestion {
  id: string;
  /** The words it adds and the words it cuts (either may be empty). */
  inserted: string;
  deleted: string;
  /** A paragraph split or join it suggests, and the first words of the block it is on. */
  block: BlockSuggestionKind | null;
  where: string;
  /** A formatting change it suggests: the words, what changes ("bold added"), and the formats before and after. */
  format: { words: string; change: string; was: number; now: number } | null;
  /** The title of a section it suggests moving. */
  moved: string | null;
  /** A change of a block's type it suggests, and the block's first words. */
  retyped: { from: BlockKind; to: BlockKind | ListKind; words: string } | null;
  /** A link it suggests (new, to a new address, or away), its words and the address suggested. */
  link: { change: LinkChange; words: string; url: string } | null;
  /** A block it suggests in or out: which, what kind of block, and its first words (a section's title). */
  presence: { kind: PresenceKind; block: string; words: string } | null;
}

/** A suggestion's entry before anything it changes is found. */
export function nothingYet(id: string): PendingSuggestion {
  return { id, inserted: '', deleted: '', block: null, where: '', format: null, moved: null, retyped: null, link: null, presence: null };
}

/** The pending suggestions in the editor, in document order. */
export function $pendingSuggestions(): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>();
  const lastBlock = new Map<string, string | null>();
  const entryFor = (id: string): PendingSuggestion => found.get(id) ?? nothingYet(id);
  const visit = (node: LexicalNode) => {
    const onBlock = $blockSuggestion(node);
    if (onBlock) {
      const entry = entryFor(onBlock.id);
      found.set(onBlock.id, { ...entry, block: onBlock.kind, where: node.getTextContent().slice(0, 80) });
    }
    const retype = $retypeSuggestion(node);
    const kind = $blockKind(node) ?? $listKindOf(node);
    if (retype && kind && !found.get(retype.id)?.retyped) {
      found.set(retype.id, { ...entryFor(retype.id), retyped: { from: retype.was, to: kind, words: node.getTextContent().slice(0, 80) } });
    }
    const presence = $presenceSuggestion(node);
    const had = presence ? found.get(presence.id)?.presence : undefined;
    // Named by its first node (a footnote's number in the text), worded by the first that has words (its note).
    if (presence && !had?.words) {
      const words = ($isElementNode(node) ? node.getFirstChild()?.getTextContent() : '') ?? '';
      found.set(presence.id, {
        ...entryFor(presence.id),
        presence: { kind: presence.kind, block: had?.block ?? node.getType(), words: words.trim().slice(0, 80) },
      });
    }
    const link = $linkSuggestion(node);
    if (link && $isLinkNode(node)) {
      const entry = entryFor(link.id);
      const words = `${entry.link ? `${entry.link.words} … ` : ''}${node.getTextContent()}`;
      found.set(link.id, { ...entry, link: { change: linkChange(link), words, url: node.getURL() } });
    }
    const move = $moveSuggestion(node);
    if (move?.role === 'moved' && $isElementNode(node)) {
      found.set(move.id, { ...entryFor(move.id), moved: node.getFirstChild()?.getTextContent().trim() ?? '' });
    }
    const formatted = $formatSuggestion(node);
    if (formatted) {
      const entry = entryFor(formatted.id);
      const words = `${entry.format?.words ?? ''}${node.getTextContent()}`;
      const now = (node as TextNode).getFormat();
      found.set(formatted.id, { ...entry, format: { words, change: describeFormatChange(formatted.was, now), was: formatted.was, now } });
    }
    if ($isSuggestInsertNode(node) || $isSuggestDeleteNode(node)) {
      const block = $blockOf(node)?.getKey() ?? null;
      for (const id of node.getIDs()) {
        const entry = entryFor(id);
        // Words one suggestion adds in several paragraphs (a pasted passage) read with a pilcrow between.
        const gap = lastBlock.has(id) && lastBlock.get(id) !== block ? ' ¶ ' : '';
        lastBlock.set(id, block);
        if ($isSuggestInsertNode(node)) entry.inserted += (entry.inserted ? gap : '') + node.getTextContent();
        else entry.deleted += (entry.deleted ? gap : '') + node.getTextContent();
        found.set(id, entry);
      }
    }
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return [...found.values()];
}
