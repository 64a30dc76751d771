// Formatting as a suggestion, on a real (headless) Lexical editor with the article nodes: the words
// take the new look at once and remember the old one; a public page and the Markdown export show
// the old one; accept keeps the new look, reject brings the old one back; toggling back takes the
// suggestion back; it travels through the live document and blocks publishing while it waits.
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { $suggestFormat } from '../../../shared/suggestions/formatSuggestions';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import { $pendingSuggestions, $resolveSuggestion } from '../../../shared/suggestions/suggestionEdits';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { pendingEntry } from '../../fixtures/pendingEntry';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';

const editorWith = headlessEditor;

const $select = (phrase: string) => $selectText(phrase);

let n = 0;
const newId = () => `rina-${++n}`;
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const pending = (editor: LexicalEditor) => editor.getEditorState().read(() => $pendingSuggestions());
const format = (editor: LexicalEditor, phrase: string, type: TextFormatType) =>
  update(editor, () => {
    $select(phrase);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestFormat(selection, type, newId);
  });

describe('formatting as a suggestion', () => {
  it('bold over words: shown bold, published plain; accept keeps it, reject takes it back', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = editorWith(bodyOf(paragraph(text('Harga beras naik 12 persen.'))));
      format(editor, 'naik 12 persen', 'bold');
      expect(published(editor)).toBe('<p>Harga beras naik 12 persen.</p>');
      expect(renderMarkdown(body(editor), { resolveImage: () => null })).not.toContain('**');
      expect(pending(editor)).toEqual([
        pendingEntry({ id: 'rina-1', format: { words: 'naik 12 persen', change: 'bold added', was: 0, now: 1 } }),
      ]);
      expect([...pendingSuggestionIds(body(editor))]).toEqual(['rina-1']);
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(published(editor)).toBe(accept ? '<p>Harga beras <strong>naik 12 persen</strong>.</p>' : '<p>Harga beras naik 12 persen.</p>');
      expect(pending(editor)).toEqual([]);
      expect(JSON.stringify(body(editor))).not.toContain('suggestFormat');
    }
  });

  it('italic taken off words that had it, across pieces; toggling back takes the suggestion back', () => {
    n = 0;
    const editor = editorWith(bodyOf(paragraph(text('Kata '), text('asing', 2), text(' dan '), text('lain', 3), text('.'))));
    update(editor, () => {
      const texts = $getRoot().getAllTextNodes();
      const selection = $createRangeSelection();
      selection.anchor.set(texts[1]!.getKey(), 0, 'text');
      selection.focus.set(texts[3]!.getKey(), 4, 'text');
      $setSelection(selection);
      $suggestFormat(selection, 'italic', newId);
    });
    // The first words had italic, so it comes off all of them; " dan " had none and keeps none.
    expect(pending(editor)).toEqual([
      pendingEntry({ id: 'rina-1', format: { words: 'asinglain', change: 'italic removed', was: 3, now: 1 } }),
    ]);
    expect(published(editor)).toBe('<p>Kata <em>asing</em> dan <em><strong>lain</strong></em>.</p>');
    format(editor, 'asing', 'italic');
    expect(pending(editor).map((s) => s.format?.words)).toEqual(['lain']);
    format(editor, 'lain', 'italic');
    expect(pending(editor)).toEqual([]);
    expect(published(editor)).toBe('<p>Kata <em>asing</em> dan <em><strong>lain</strong></em>.</p>');
  });

  it('travels through the live document, and the checklist lists it', () => {
    n = 0;
    const editor = editorWith(bodyOf(paragraph(text('Harga beras naik.'))));
    format(editor, 'beras', 'underline');
    const read = throughLiveDocument(body(editor));
    expect(renderBody(read, { resolveImage: () => null })).toBe('<p>Harga beras naik.</p>');
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    const items = analyzeArticle({ headline: 'Harga', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map((i) => i.message)).toEqual(['A formatting change is suggested (“beras”): accept or reject it']);
    // A hostile "was" is not trusted: the words publish as they are.
    const hostile = JSON.parse(JSON.stringify(read).replace(/"was":0/, '"was":"<b>"')) as SerializedBody;
    expect([...pendingSuggestionIds(hostile)]).toEqual([]);
    expect(renderBody(hostile, { resolveImage: () => null })).toBe('<p>Harga <u>beras</u> naik.</p>');
  });
});
