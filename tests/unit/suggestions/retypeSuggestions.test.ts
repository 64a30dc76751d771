// Changing a block's type as a suggestion, on a real (headless) Lexical editor with the article
// nodes: the block takes the new type at once and remembers the old one; a public page shows the
// old one; accept keeps the new type, reject brings the old one back (with its words and any other
// suggestion on it); toggling back takes it back; the checklist lists it.
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import type { BlockKind } from '../../../shared/suggestions/retypeSuggestionJson';
import { $suggestBlockKind } from '../../../shared/suggestions/retypeSuggestions';
import { $pendingSuggestions, $resolveSuggestion, $suggestSplit } from '../../../shared/suggestions/suggestionEdits';
import { bodyOf, paragraph, quote, text } from '../../fixtures/bodies';
import { pendingEntry } from '../../fixtures/pendingEntry';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';

let n = 0;
const who = { newId: () => `rina-${++n}`, isMine: (id: string) => id.startsWith('rina-') };
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const blocks = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((b) => `${b.getType()}:${b.getTextContent()}`),
  );
const retype = (editor: LexicalEditor, phrase: string, kind: BlockKind) =>
  update(editor, () => {
    $selectText(phrase);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestBlockKind(selection, kind, who.newId);
  });

describe('changing a block’s type as a suggestion', () => {
  it('a paragraph made a heading: shown at once, published as a paragraph; accept keeps it, reject brings it back', () => {
    for (const accept of [true, false]) {
      n = 0;
      const editor = headlessEditor(bodyOf(paragraph(text('Stok beras')), paragraph(text('Isi.'))));
      retype(editor, 'Stok', 'h2');
      expect(blocks(editor)).toEqual(['heading:Stok beras', 'paragraph:Isi.']);
      expect(published(editor)).toBe('<p>Stok beras</p>\n<p>Isi.</p>');
      expect(editor.getEditorState().read(() => $pendingSuggestions())).toEqual([
        pendingEntry({ id: 'rina-1', retyped: { from: 'paragraph', to: 'h2', words: 'Stok beras' } }),
      ]);
      const items = analyzeArticle({ headline: 'Harga', hero: null, body: body(editor) }).items.filter((i) =>
        i.id.startsWith('suggestion:'),
      );
      expect(items.map((i) => i.message)).toEqual(['Making a paragraph a heading 2 is suggested (“Stok beras”): accept or reject it']);
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(blocks(editor)).toEqual(accept ? ['heading:Stok beras', 'paragraph:Isi.'] : ['paragraph:Stok beras', 'paragraph:Isi.']);
      expect(JSON.stringify(body(editor))).not.toContain('suggestRetype');
    }
  });

  it('the new half of a split quote made a heading 3, then toggled back: taken back; the split stays', () => {
    n = 0;
    const editor = headlessEditor(bodyOf(quote(text('Kata pejabat. Kata warga.'))));
    update(editor, () => {
      $selectText('Kata pejabat. ', true);
      $suggestSplit(who);
    });
    // Enter in a quote starts a paragraph.
    expect(blocks(editor)).toEqual(['quote:Kata pejabat. ', 'paragraph:Kata warga.']);
    retype(editor, 'Kata warga', 'h3');
    expect(blocks(editor)).toEqual(['quote:Kata pejabat. ', 'heading:Kata warga.']);
    expect([...pendingSuggestionIds(body(editor))].sort()).toEqual(['rina-1', 'rina-2']);
    // The published page: the block a paragraph again, and the split undone.
    expect(published(editor)).toBe('<blockquote><p>Kata pejabat. Kata warga.</p></blockquote>');
    retype(editor, 'Kata warga', 'h3');
    expect(blocks(editor)).toEqual(['quote:Kata pejabat. ', 'paragraph:Kata warga.']);
    expect([...pendingSuggestionIds(body(editor))]).toEqual(['rina-1']);
  });
});
