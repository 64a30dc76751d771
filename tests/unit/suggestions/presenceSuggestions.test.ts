// A whole section (or quote) suggested in or out, on a real (headless) Lexical editor with the article
// nodes: a new one is there at once and a public page leaves it out until accepted; one suggested
// deleted stays (and is published) until accepted; one's own new section deleted simply goes; it
// travels through the live document and the checklist lists it. Cards likewise: put in while
// suggesting, or (Delete or Backspace beside them) suggested out.
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import { $markInserted, $presenceSuggestion, $suggestRemoval } from '../../../shared/suggestions/presenceSuggestions';
import { $insertAtCursor, type InsertKind } from '../../../renderer/editor/sections/sectionCommands';
import { $insertedWith } from '../../../renderer/editor/sections/insertedWith';
import { $cardBeside } from '../../../renderer/editor/suggestions/cardBeside';
import { $pendingSuggestions, $resolveSuggestion } from '../../../shared/suggestions/suggestionEdits';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, paragraph, section, text } from '../../fixtures/bodies';
import { headlessEditor } from '../../fixtures/headlessEditor';

let n = 0;
const newId = () => `rina-${++n}`;
const isMine = (id: string) => id.startsWith('rina-');
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const tops = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((c) => c.getTextContent()),
  );
const $section = (index: number) => $getRoot().getChildAtIndex(index) as ElementNode;

const ARTICLE = () =>
  bodyOf(
    paragraph(text('Pembuka.')),
    section(true, 'Latar', paragraph(text('Isi latar.'))),
    section(true, 'Dampak', paragraph(text('Isi dampak.'))),
  );
const WITHOUT_DAMPAK = () => bodyOf(paragraph(text('Pembuka.')), section(true, 'Latar', paragraph(text('Isi latar.'))));

describe('sections suggested in or out', () => {
  it('a new section: there at once, published without it; accept keeps it, reject takes it out', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(ARTICLE());
      update(editor, () => void $markInserted($section(2), newId));
      expect(editor.getEditorState().read(() => $pendingSuggestions().map((s) => [s.id, s.presence]))).toEqual([
        ['rina-1', { kind: 'inserted', block: 'section', words: 'Dampak' }],
      ]);
      expect(published(editor)).toBe(renderBody(WITHOUT_DAMPAK(), { resolveImage: () => null }));
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(tops(editor)).toHaveLength(accept ? 3 : 2);
      expect(JSON.stringify(body(editor))).not.toContain('suggestPresence');
    }
  });

  it('a section suggested deleted stays and is published until accepted; one’s own new section simply goes', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(ARTICLE());
      update(editor, () => void $suggestRemoval($section(2), newId, () => false));
      expect(tops(editor)).toHaveLength(3);
      expect(published(editor)).toBe(renderBody(ARTICLE(), { resolveImage: () => null }));
      expect(editor.getEditorState().read(() => $pendingSuggestions().map((s) => s.presence?.kind))).toEqual(['removed']);
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(tops(editor)).toHaveLength(accept ? 2 : 3);
    }
    const editor = headlessEditor(ARTICLE());
    update(editor, () => void $markInserted($section(2), newId));
    update(editor, () => void $suggestRemoval($section(2), newId, isMine));
    expect(tops(editor)).toHaveLength(2);
    expect(editor.getEditorState().read(() => $pendingSuggestions())).toEqual([]);
  });

  it('travels through the live document, and the checklist lists it', () => {
    n = 0;
    const editor = headlessEditor(ARTICLE());
    update(editor, () => void $markInserted($section(2), newId));
    const read = throughLiveDocument(body(editor));
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    expect(renderBody(read, { resolveImage: () => null })).not.toContain('Dampak');
    const items = analyzeArticle({ headline: 'Banjir', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map((i) => i.message)).toEqual(['Adding section 2 is suggested: accept or reject it']);
    expect(editor.getEditorState().read(() => $isElementNode($section(2)))).toBe(true);
  });
});

describe('cards suggested in (Insert while suggesting)', () => {
  const START = () => bodyOf(paragraph(text('Pembuka.')), paragraph(text('Penutup.')));
  const $caretAfter = (words: string) => {
    const node = $getRoot()
      .getAllTextNodes()
      .find((t) => t.getTextContent() === words)!;
    node.select(words.length, words.length);
  };
  const insertSuggested = (editor: LexicalEditor, kind: InsertKind) =>
    update(editor, () => {
      $caretAfter('Pembuka.');
      $markInserted($insertedWith($insertAtCursor(kind, 'id')!), newId);
    });

  it('each card and what comes with it is one suggestion, left out of the page, listed, and taken out whole on reject', () => {
    const expected: Record<string, string> = {
      table: 'table',
      'pull-quote': 'pull-quote',
      embed: 'embed',
      gallery: 'gallery',
      image: 'image-slot',
      footnote: 'footnote-ref',
    };
    for (const [kind, block] of Object.entries(expected)) {
      for (const accept of [false, true]) {
        n = 0;
        const editor = headlessEditor(START());
        const before = published(editor);
        insertSuggested(editor, kind as InsertKind);
        const pending = editor.getEditorState().read(() => $pendingSuggestions());
        expect(
          pending.map((s) => [s.id, s.presence?.kind, s.presence?.block]),
          kind,
        ).toEqual([['rina-1', 'inserted', block]]);
        // The public page is the article before it (a pull quote's attribution and a footnote's note too).
        expect(published(editor), kind).toBe(before);
        expect([...pendingSuggestionIds(throughLiveDocument(body(editor)))], kind).toEqual(['rina-1']);
        update(editor, () => $resolveSuggestion('rina-1', accept));
        const json = JSON.stringify(body(editor));
        expect(json, kind).not.toContain('suggestPresence');
        // Accepted, the card stays (a plain part of the article); rejected, it is gone and the page is as before.
        expect(json.includes(`"type":"${block}"`), kind).toBe(accept);
        if (!accept) expect(published(editor), kind).toBe(before);
      }
    }
  });

  it('a pull quote’s attribution and a footnote’s note carry the same suggestion as the card', () => {
    n = 0;
    const editor = headlessEditor(START());
    insertSuggested(editor, 'pull-quote');
    insertSuggested(editor, 'footnote');
    const marked = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .flatMap((block) => [block, ...($isElementNode(block) ? block.getChildren() : [])])
        .map((node) => [node.getType(), $presenceSuggestion(node)?.id] as const)
        .filter(([, id]) => id),
    );
    expect(marked).toEqual([
      ['footnote-ref', 'rina-2'],
      ['pull-quote', 'rina-1'],
      ['pull-quote-cite', 'rina-1'],
      ['footnote', 'rina-2'],
    ]);
  });
});

describe('cards suggested out (Delete or Backspace beside them while suggesting)', () => {
  const START = () => bodyOf(paragraph(text('Pembuka.')), paragraph(text('Penutup.')));
  const KINDS: Record<string, string> = {
    table: 'table',
    'pull-quote': 'pull-quote',
    embed: 'embed',
    gallery: 'gallery',
    image: 'image-slot',
  };
  /** The card's type that a key from the caret reaches, or null. */
  const $reached = (isBackward: boolean) => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? ($cardBeside(selection, isBackward)?.getType() ?? null) : null;
  };
  const $insertDirectly = (kind: InsertKind) => {
    const words = $getRoot()
      .getAllTextNodes()
      .find((t) => t.getTextContent() === 'Pembuka.')!;
    words.select(8, 8);
    return $insertAtCursor(kind, 'id')!;
  };

  it('Delete at the end of the paragraph before a card, Backspace at the start of the one after, reach it; not from mid-text or inside it', () => {
    for (const [kind, type] of Object.entries(KINDS)) {
      const editor = headlessEditor(START());
      update(editor, () => {
        const card = $insertDirectly(kind as InsertKind);
        $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd();
        expect($reached(false), kind).toBe(type);
        expect($reached(true), kind).toBeNull();
        // After it (after a pull quote's attribution too), the next paragraph's start.
        const after = $insertedWith(card).at(-1)!.getNextSibling() as ElementNode;
        after.selectStart();
        expect($reached(true), kind).toBe(type);
        // Between two blocks: the caret on the root, just after the card (and its attribution).
        const root = $getRoot();
        root.select(after.getIndexWithinParent(), after.getIndexWithinParent());
        expect($reached(true), kind).toBe(type);
        root.getFirstChildOrThrow<ElementNode>().getFirstDescendant<TextNode>()!.select(3, 3);
        expect($reached(false), kind).toBeNull();
        if (kind === 'gallery' && $isElementNode(card)) {
          // A table just before the gallery: Backspace between its pictures does not reach it.
          $insertDirectly('table');
          card.select(1, 1);
          expect($reached(true), 'between a gallery’s pictures').toBeNull();
        }
      });
    }
  });

  it('someone else’s card stays, marked for removal with what came with it, published until accepted; one’s own simply goes', () => {
    for (const [kind, type] of Object.entries(KINDS)) {
      for (const accept of [true, false]) {
        n = 0;
        const editor = headlessEditor(START());
        update(editor, () => void $insertDirectly(kind as InsertKind));
        const before = published(editor);
        update(editor, () => {
          $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd();
          const card = $cardBeside($getSelection() as RangeSelection, false)!;
          expect(
            $suggestRemoval($insertedWith(card), newId, () => false),
            kind,
          ).toBe('rina-1');
        });
        const pending = editor.getEditorState().read(() => $pendingSuggestions());
        expect(pending.map((s) => [s.id, s.presence?.kind, s.presence?.block])).toEqual([['rina-1', 'removed', type]]);
        expect(published(editor), kind).toBe(before);
        update(editor, () => $resolveSuggestion('rina-1', accept));
        const json = JSON.stringify(body(editor));
        expect(json, kind).not.toContain('suggestPresence');
        expect(json.includes(`"type":"${type}"`), kind).toBe(!accept);
        // A pull quote's attribution goes with it.
        if (kind === 'pull-quote') expect(json.includes('"type":"pull-quote-cite"')).toBe(!accept);
      }
      n = 0;
      const editor = headlessEditor(START());
      update(editor, () => void $markInserted($insertedWith($insertDirectly(kind as InsertKind)), newId));
      update(editor, () => {
        $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd();
        const card = $cardBeside($getSelection() as RangeSelection, false)!;
        expect($suggestRemoval($insertedWith(card), newId, isMine), kind).toBeNull();
      });
      const json = JSON.stringify(body(editor));
      expect(json, kind).not.toContain(`"type":"${type}"`);
      expect(json, kind).not.toContain('pull-quote-cite');
      expect(editor.getEditorState().read(() => $pendingSuggestions())).toEqual([]);
    }
  });
});

describe('a card inside one’s own suggested section', () => {
  it('simply goes, as the section’s words would; inside someone else’s, it is marked', () => {
    for (const mine of [true, false]) {
      n = 0;
      const editor = headlessEditor(ARTICLE());
      update(editor, () => {
        $markInserted($section(2), mine ? newId : () => 'budi-1');
        $getRoot()
          .getAllTextNodes()
          .find((t) => t.getTextContent() === 'Isi dampak.')!
          .select(11, 11);
        const table = $insertAtCursor('table', 'id')!;
        expect(table.getParent()?.is($section(2))).toBe(true);
        expect($suggestRemoval(table, newId, isMine)).toBe(mine ? null : 'rina-1');
      });
      expect(JSON.stringify(body(editor)).includes('"type":"table"')).toBe(!mine);
    }
  });
});
