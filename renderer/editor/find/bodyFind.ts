// The body as find and replace sees it: each block's text (its text nodes joined, marks and links
// included), each picture's caption and each embed's words, in reading order; a match maps back onto the text nodes it
// covers, for highlighting and for replacing through the editor's own commands (so suggestion mode
// turns a replacement into a suggestion like any typing).
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { $isEmbedNode } from '../../../shared/editor/cards/embed/EmbedNode';
import { $isSuggestDeleteNode } from '../../../shared/editor/nodes/SuggestDeleteNode';
import { findInText, type CompiledFind } from '../../../shared/text/findText';

/** A stretch of one text node inside a block's text. */
interface Piece {
  key: NodeKey;
  /** Where the node's text starts in the block's text. */
  at: number;
  length: number;
}

/** A card's text field find looks in: a picture's caption, or what an embedded post says (the field's `name` in the card). */
export type CardField = 'caption' | 'text';

export type BodyPassage =
  { kind: 'text'; text: string; pieces: Piece[] } | { kind: 'caption'; key: NodeKey; field: CardField; text: string };

/** A match in the body: in a block's text (by its text nodes) or in a card's field (a caption, an embed's words). */
export interface TextBodyMatch {
  kind: 'text';
  text: string;
  start: number;
  end: number;
  from: { key: NodeKey; offset: number };
  to: { key: NodeKey; offset: number };
}
export type BodyMatch = TextBodyMatch | { kind: 'caption'; key: NodeKey; field: CardField; text: string; start: number; end: number };

/** Stands for what is not text (an inline picture, a pending suggested cut): nothing matches across it. */
const GAP = '\uFFFC';

/**
 * The body's passages. Words a suggestion proposes cutting are left out (find looks at the text as
 * it will read): otherwise replacing them while suggesting would find the cut words again.
 */
export function $bodyPassages(): BodyPassage[] {
  const passages: BodyPassage[] = [];
  const visit = (node: LexicalNode, block: { text: string; pieces: Piece[] } | null): void => {
    if ($isTextNode(node)) {
      if (!block) return;
      const text = node.getTextContent();
      block.pieces.push({ key: node.getKey(), at: block.text.length, length: text.length });
      block.text += text;
    } else if ($isLineBreakNode(node)) {
      if (block) block.text += '\n';
    } else if ($isImageSlotNode(node)) {
      passages.push({ kind: 'caption', key: node.getKey(), field: 'caption', text: node.getSlot().caption });
    } else if ($isEmbedNode(node)) {
      passages.push({ kind: 'caption', key: node.getKey(), field: 'text', text: node.getFields().text });
    } else if ($isDecoratorNode(node)) {
      if (block) block.text += GAP;
    } else if ($isSuggestDeleteNode(node)) {
      if (block) block.text += GAP;
    } else if ($isElementNode(node)) {
      if (node.isInline() && block) {
        for (const child of node.getChildren()) visit(child, block);
        return;
      }
      const own = { text: '', pieces: [] as Piece[] };
      passages.push({ kind: 'text', ...own });
      const entry = passages[passages.length - 1] as { text: string; pieces: Piece[] };
      for (const child of node.getChildren()) visit(child, entry);
    }
  };
  for (const child of $getRoot().getChildren()) visit(child, null);
  return passages.filter((p) => p.text !== '');
}

/** The node and offset a position in a block's text falls on (a match's end belongs to the piece it ends in). */
function pointAt(pieces: Piece[], position: number, isEnd: boolean): { key: NodeKey; offset: number } | null {
  for (const piece of pieces) {
    const inside = isEnd
      ? position > piece.at && position <= piece.at + piece.length
      : position >= piece.at && position < piece.at + piece.length;
    if (inside) return { key: piece.key, offset: position - piece.at };
  }
  return null;
}

/** The text match covering [start, end) of a block's text, or null where no text node holds it (line breaks only). */
export function textMatchIn(passage: BodyPassage & { kind: 'text' }, start: number, end: number): TextBodyMatch | null {
  const from = pointAt(passage.pieces, start, false);
  const to = pointAt(passage.pieces, end, true);
  return from && to ? { kind: 'text', text: passage.text, start, end, from, to } : null;
}

export function $findInBody(find: CompiledFind & { ok: true }): BodyMatch[] {
  const matches: BodyMatch[] = [];
  for (const passage of $bodyPassages()) {
    for (const m of findInText(passage.text, find)) {
      if (passage.kind === 'caption') matches.push({ kind: 'caption', key: passage.key, field: passage.field, text: passage.text, ...m });
      else {
        const match = textMatchIn(passage, m.start, m.end);
        if (match) matches.push(match);
      }
    }
  }
  return matches;
}

/** Selects a text match in the editor, if its words are still where they were. */
export function $selectMatch(match: TextBodyMatch): boolean {
  const from = $getNodeByKey(match.from.key);
  const to = $getNodeByKey(match.to.key);
  if (!$isTextNode(from) || !$isTextNode(to)) return false;
  if (from.getTextContentSize() < match.from.offset || to.getTextContentSize() < match.to.offset) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(match.from.key, match.from.offset, 'text');
  selection.focus.set(match.to.key, match.to.offset, 'text');
  if (selection.getTextContent() !== match.text.slice(match.start, match.end)) return false;
  $setSelection(selection);
  return true;
}

/** The DOM range a text match covers, for geometry and comparisons (null while the editor has not drawn it). */
export function domRangeOf(editor: LexicalEditor, match: TextBodyMatch): Range | null {
  const points = domPointsOf(editor, match);
  if (!points) return null;
  const range = document.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/**
 * The same as a static range, for highlights: a live Range is updated by the browser on every DOM
 * change, so a thousand of them would tax each keystroke; a static one costs nothing until painted
 * (after an edit it may point a little off until the next count, or at nothing, which is not painted).
 */
export function staticRangeOf(editor: LexicalEditor, match: TextBodyMatch): StaticRange | null {
  const points = domPointsOf(editor, match);
  return points ? new StaticRange(points) : null;
}

function domPointsOf(editor: LexicalEditor, match: TextBodyMatch): StaticRangeInit | null {
  const start = firstTextNode(editor.getElementByKey(match.from.key));
  const end = firstTextNode(editor.getElementByKey(match.to.key));
  if (!start || !end || start.length < match.from.offset || end.length < match.to.offset) return null;
  return { startContainer: start, startOffset: match.from.offset, endContainer: end, endOffset: match.to.offset };
}

/** A text node's DOM: its element (strong, em, span…) holds one text node, possibly a level down. */
function firstTextNode(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}
