// Suggestion mode's edits on a real (headless) Lexical editor with the article nodes: typing,
// replacing and cutting become suggestions (one per run, one per replacement), the author's own
// pending words are edited directly, accept and reject do what they say, and a public page shows
// the text as if every pending suggestion were rejected.
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { plainTextOf } from '../../../shared/text/plainText';
import {
  $pendingSuggestions,
  $resolveSuggestion,
  $suggestDelete,
  $suggestInsert,
  type Suggester,
} from '../../../shared/suggestions/suggestionEdits';
import { bodyOf, claimMark, paragraph, text } from '../../fixtures/bodies';
import { pendingEntry } from '../../fixtures/pendingEntry';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';

const editorWith = (words: string) => headlessEditor(bodyOf(paragraph(text(words))));

function suggester(author: string): Suggester & { made: string[] } {
  const made: string[] = [];
  let n = 0;
  return {
    made,
    newId: () => {
      const id = `${author}-${++n}`;
      made.push(id);
      return id;
    },
    isMine: (id) => id.startsWith(`${author}-`),
  };
}

const $select = $selectText;

const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const pending = (editor: LexicalEditor) => editor.getEditorState().read(() => $pendingSuggestions());
const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

describe('suggestion mode edits', () => {
  it('typing makes one insertion, shown in the draft but not on the public page; accept keeps it, reject drops it', () => {
    for (const accept of [true, false]) {
      const editor = editorWith('Harga beras naik.');
      const rina = suggester('rina');
      update(editor, () => {
        $select('naik', true);
        $suggestInsert(' tajam', rina);
        $suggestInsert('!', rina);
      });
      expect(plainTextOf(body(editor))).toBe('Harga beras naik tajam!.');
      expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', inserted: ' tajam!' })]);
      // Typed a piece at a time, still one mark (a keystroke never splits a suggestion into more marks).
      expect(JSON.stringify(body(editor)).match(/"suggest-insert"/g)).toHaveLength(1);
      expect(published(editor)).toBe('<p>Harga beras naik.</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(plainTextOf(body(editor))).toBe(accept ? 'Harga beras naik tajam!.' : 'Harga beras naik.');
      expect(pending(editor)).toEqual([]);
      expect(JSON.stringify(body(editor))).not.toContain('suggest-');
    }
  });

  it('a caret the browser reports beside the suggestion (not in it) still continues it', () => {
    const editor = editorWith('Harga beras naik.');
    const rina = suggester('rina');
    update(editor, () => {
      $select('naik', true);
      $suggestInsert(' tajam', rina);
    });
    // As Chromium reports a caret at a mark's end: at the start of the text after it.
    update(editor, () => {
      $select('.');
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.focus.set(selection.anchor.key, selection.anchor.offset, 'text');
      $suggestInsert('!', rina);
    });
    expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', inserted: ' tajam!' })]);
    expect(JSON.stringify(body(editor)).match(/"suggest-insert"/g)).toHaveLength(1);
    // And a caret reported just before a cut continues the cut.
    update(editor, () => {
      $select('beras', true);
      $suggestDelete(rina, true);
    });
    update(editor, () => {
      $select('Harga bera', true);
      $suggestDelete(rina, true);
    });
    expect(pending(editor).filter((p) => p.deleted)).toEqual([pendingEntry({ id: 'rina-2', deleted: 'as' })]);
  });

  it('continuing one’s own insertion changes only its text: the claim mark around it is not rewritten', () => {
    const editor = headlessEditor(bodyOf(paragraph(text('Harga '), claimMark(['c1'], text('beras naik')), text('.'))));
    const rina = suggester('rina');
    update(editor, () => {
      $select('beras', true);
      $suggestInsert(' m', rina);
    });
    // Keystroke by keystroke, as typed: the structure around the words is left alone.
    const rewritten: string[] = [];
    const stop = editor.registerUpdateListener(({ dirtyElements }) => {
      for (const [key, intentionally] of dirtyElements)
        if (intentionally && key !== 'root') rewritten.push(editor.getEditorState().read(() => $getNodeByKey(key)?.getType() ?? key));
    });
    for (const key of 'edium') update(editor, () => $suggestInsert(key, rina));
    stop();
    expect(rewritten).toEqual([]);
    expect(plainTextOf(body(editor))).toBe('Harga beras medium naik.');
    expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', inserted: ' medium' })]);
    // The caret follows the words: the next key lands after them.
    update(editor, () => $suggestInsert('!', rina));
    expect(plainTextOf(body(editor))).toBe('Harga beras medium! naik.');
  });

  it('words suggested inside bold text stay bold, keystroke after keystroke', () => {
    const editor = headlessEditor(bodyOf(paragraph(text('Harga '), text('beras naik', 1), text('.'))));
    const rina = suggester('rina');
    update(editor, () => {
      $select('beras', true);
      // As the browser's caret in bold words reports it.
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.format = 1;
      $suggestInsert(' m', rina);
    });
    for (const key of 'erah') update(editor, () => $suggestInsert(key, rina));
    const inserted = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.getParent()?.getType() === 'suggest-insert')
        .map((node) => [node.getTextContent(), node.getFormat()]),
    );
    expect(inserted).toEqual([[' merah', 1]]);
  });

  it('typing over a selection is one replacement: the old words struck, the new ones beside them', () => {
    for (const accept of [true, false]) {
      const editor = editorWith('Harga beras naik.');
      const rina = suggester('rina');
      update(editor, () => {
        $select('beras');
        $suggestInsert('gula', rina);
      });
      expect(plainTextOf(body(editor))).toBe('Harga berasgula naik.');
      expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', inserted: 'gula', deleted: 'beras' })]);
      expect(published(editor)).toBe('<p>Harga beras naik.</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(plainTextOf(body(editor))).toBe(accept ? 'Harga gula naik.' : 'Harga beras naik.');
    }
  });

  it('backspaces in a row are one cut, still visible; backspacing the author’s own new words removes them', () => {
    const editor = editorWith('Harga beras naik.');
    const rina = suggester('rina');
    update(editor, () => {
      $select('naik', true);
      for (let i = 0; i < 4; i++) $suggestDelete(rina, true);
    });
    expect(plainTextOf(body(editor))).toBe('Harga beras naik.');
    expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', deleted: 'naik' })]);
    expect(rina.made).toEqual(['rina-1']);
    expect(published(editor)).toBe('<p>Harga beras naik.</p>');

    // Own new words: typed, then backspaced away for real (no suggestion left of them).
    update(editor, () => {
      $select('beras', true);
      $suggestInsert(' putih', rina);
      $suggestDelete(rina, true);
      $suggestDelete(rina, true);
    });
    expect(plainTextOf(body(editor))).toBe('Harga beras put naik.');
    expect(pending(editor).find((p) => p.inserted)).toEqual(pendingEntry({ id: 'rina-2', inserted: ' put' }));

    update(editor, () => $resolveSuggestion('rina-1', true));
    expect(plainTextOf(body(editor))).toBe('Harga beras put .');
  });

  it("someone else's pending words are not edited in place: cutting them is a suggestion of one's own", () => {
    const editor = editorWith('Harga beras naik.');
    const rina = suggester('rina');
    const dewi = suggester('dewi');
    update(editor, () => {
      $select('beras', true);
      $suggestInsert(' medium', rina);
    });
    update(editor, () => {
      $select('medium', true);
      $suggestDelete(dewi, true);
    });
    expect(
      pending(editor)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['dewi-1', 'rina-1']);
    expect(plainTextOf(body(editor))).toBe('Harga beras medium naik.');
    // Accepting Dewi's cut removes the letter from Rina's suggestion; rejecting Rina's drops the rest.
    update(editor, () => $resolveSuggestion('dewi-1', true));
    expect(plainTextOf(body(editor))).toBe('Harga beras mediu naik.');
    update(editor, () => $resolveSuggestion('rina-1', false));
    expect(plainTextOf(body(editor))).toBe('Harga beras naik.');
  });

  it('a block edge is not crossed (joining paragraphs is not a suggestion yet)', () => {
    const editor = editorWith('Satu.');
    const rina = suggester('rina');
    let made: string | null = 'x';
    update(editor, () => {
      const first = $getRoot().getFirstChild();
      const textNode = $isElementNode(first) ? (first.getFirstChild() as TextNode) : null;
      if (!$isTextNode(textNode)) throw new Error('no text');
      const caret = $createRangeSelection();
      caret.anchor.set(textNode.getKey(), 0, 'text');
      caret.focus.set(textNode.getKey(), 0, 'text');
      $setSelection(caret);
      made = $suggestDelete(rina, true);
    });
    expect(made).toBeNull();
    expect(plainTextOf(body(editor))).toBe('Satu.');
  });
});
