// Links as suggestions, on a real (headless) Lexical editor with the article nodes: a new link, a new
// address or a link taken away is suggested on the link itself; the draft shows the new link or
// address at once (a link suggested away stays, struck through); a public page and the Markdown export
// show the links as they were; accept keeps the change, reject undoes it; a suggestion only made is
// taken back by undoing it; it travels through the live document and blocks publishing while it waits.
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { $suggestLink } from '../../../shared/suggestions/linkSuggestions';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import { $pendingSuggestions, $resolveSuggestion } from '../../../shared/suggestions/suggestionEdits';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, link, paragraph, text } from '../../fixtures/bodies';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';

let n = 0;
const newId = () => `rina-${++n}`;
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const pending = (editor: LexicalEditor) => editor.getEditorState().read(() => $pendingSuggestions().map((s) => [s.id, s.link]));
const suggest = (editor: LexicalEditor, phrase: string, url: string | null) =>
  update(editor, () => {
    $selectText(phrase);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestLink(selection, url, newId);
  });
/** The paragraph as the draft has it: text, and links with their address and suggested change. */
const draft = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const show = (node: LexicalNode): string => {
      if (!$isElementNode(node)) return node.getTextContent();
      const inner = node.getChildren().map(show).join('');
      if (node.getType() !== 'link') return inner;
      const state = (node.exportJSON() as { $?: { suggestLink?: { removed?: boolean; was: string | null } } }).$?.suggestLink;
      const mark = state ? (state.removed ? '-' : state.was === null ? '+' : '~') : '';
      return `[${inner}](${(node as unknown as { getURL(): string }).getURL()})${mark}`;
    };
    return show($getRoot().getFirstChild()!);
  });

const SOURCE = 'https://bps.go.id/rilis';

describe('links as suggestions', () => {
  it('a new link: in the draft at once, published as plain words; accept keeps it, reject takes it away', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(bodyOf(paragraph(text('Menurut data BPS, inflasi turun.'))));
      suggest(editor, 'data BPS', SOURCE);
      expect(draft(editor)).toBe(`Menurut [data BPS](${SOURCE})+, inflasi turun.`);
      expect(pending(editor)).toEqual([['rina-1', { change: 'added', words: 'data BPS', url: SOURCE }]]);
      expect(published(editor)).toBe('<p>Menurut data BPS, inflasi turun.</p>');
      expect(renderMarkdown(body(editor), { resolveImage: () => null })).not.toContain('bps.go.id');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(draft(editor)).toBe(accept ? `Menurut [data BPS](${SOURCE}), inflasi turun.` : 'Menurut data BPS, inflasi turun.');
      expect(pending(editor)).toEqual([]);
      expect(published(editor)).toBe(
        accept ? `<p>Menurut <a href="${SOURCE}">data BPS</a>, inflasi turun.</p>` : '<p>Menurut data BPS, inflasi turun.</p>',
      );
    }
  });

  it('a new address: published with the old one until accepted; reject puts it back; the old address again takes it back', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(bodyOf(paragraph(text('Lihat '), link('https://lama.example/', text('laporan')), text('.'))));
      suggest(editor, 'laporan', SOURCE);
      expect(draft(editor)).toBe(`Lihat [laporan](${SOURCE})~.`);
      expect(pending(editor)).toEqual([['rina-1', { change: 'changed', words: 'laporan', url: SOURCE }]]);
      expect(published(editor)).toBe('<p>Lihat <a href="https://lama.example/">laporan</a>.</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(draft(editor)).toBe(`Lihat [laporan](${accept ? SOURCE : 'https://lama.example/'}).`);
    }
    const editor = headlessEditor(bodyOf(paragraph(text('Lihat '), link('https://lama.example/', text('laporan')), text('.'))));
    suggest(editor, 'laporan', SOURCE);
    suggest(editor, 'laporan', 'https://lama.example/');
    expect(pending(editor)).toEqual([]);
    expect(draft(editor)).toBe('Lihat [laporan](https://lama.example/).');
  });

  it('a link taken away stays (struck) until accepted; a link only suggested goes at once', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(bodyOf(paragraph(text('Lihat '), link('https://lama.example/', text('laporan')), text('.'))));
      suggest(editor, 'laporan', null);
      expect(draft(editor)).toBe('Lihat [laporan](https://lama.example/)-.');
      expect(pending(editor)).toEqual([['rina-1', { change: 'removed', words: 'laporan', url: 'https://lama.example/' }]]);
      expect(published(editor)).toBe('<p>Lihat <a href="https://lama.example/">laporan</a>.</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(draft(editor)).toBe(accept ? 'Lihat laporan.' : 'Lihat [laporan](https://lama.example/).');
    }
    const editor = headlessEditor(bodyOf(paragraph(text('Menurut data BPS.'))));
    suggest(editor, 'data BPS', SOURCE);
    suggest(editor, 'data BPS', null);
    expect(draft(editor)).toBe('Menurut data BPS.');
    expect(pending(editor)).toEqual([]);
  });

  it('travels through the live document, and the checklist lists it; a hostile value is not trusted', () => {
    n = 0;
    const editor = headlessEditor(bodyOf(paragraph(text('Menurut data BPS, inflasi turun.'))));
    suggest(editor, 'data BPS', SOURCE);
    const read = throughLiveDocument(body(editor));
    expect(renderBody(read, { resolveImage: () => null })).toBe('<p>Menurut data BPS, inflasi turun.</p>');
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    const items = analyzeArticle({ headline: 'Inflasi', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map((i) => i.message)).toEqual(['A link added is suggested (“data BPS”): accept or reject it']);
    // A hostile "was" is not a suggestion: the link publishes as it is (the renderer checks its address).
    const hostile = JSON.parse(JSON.stringify(read).replace('"was":null', '"was":{"x":1}')) as SerializedBody;
    expect([...pendingSuggestionIds(hostile)]).toEqual([]);
    expect(renderBody(hostile, { resolveImage: () => null })).toBe(`<p>Menurut <a href="${SOURCE}">data BPS</a>, inflasi turun.</p>`);
  });
});
