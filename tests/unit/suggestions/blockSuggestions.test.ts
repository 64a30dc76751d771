// A paragraph split or join as a suggestion, on a real (headless) Lexical editor with the article
// nodes: Enter splits and the new half says so; the public page shows the paragraph whole until the
// split is accepted; rejecting joins the halves again (a heading stays a heading); a suggested join
// keeps both paragraphs until accepted; the author's own split is taken back by Backspace; the
// suggestion travels through the live document and the checklist blocks publishing while it waits.
import { $createRangeSelection, $getRoot, $isElementNode, $setSelection, type ElementNode, type LexicalEditor } from 'lexical';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { $suggestJoin } from '../../../shared/suggestions/blockSuggestions';
import { pendingSuggestionIds } from '../../../shared/suggestions/pendingInBody';
import {
  $pendingSuggestions,
  $resolveSuggestion,
  $suggestInsert,
  $suggestLineBreak,
  $suggestPaste,
  $suggestSplit,
  type Suggester,
} from '../../../shared/suggestions/suggestionEdits';
import { throughLiveDocument } from '../../fixtures/liveReplica';
import { bodyOf, claimMark, heading, paragraph, section, text } from '../../fixtures/bodies';
import { pendingEntry } from '../../fixtures/pendingEntry';
import { $selectText, headlessEditor } from '../../fixtures/headlessEditor';

const editorWith = headlessEditor;
/** The first real article (Bahasa Indonesia, with its headings, quotes and figures), as a paste. */
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'explainer-id.txt'), 'utf8');

function suggester(author: string): Suggester {
  let n = 0;
  return { newId: () => `${author}-${++n}`, isMine: (id) => id.startsWith(`${author}-`) };
}

/** The caret in block `index`, `offset` characters in (its first text). */
function $caretIn(index: number, offset: number): void {
  const block = $getRoot().getChildAtIndex(index);
  const node = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!node) throw new Error('no text there');
  const caret = $createRangeSelection();
  caret.anchor.set(node.getKey(), offset, 'text');
  caret.focus.set(node.getKey(), offset, 'text');
  $setSelection(caret);
}

const $caretAfter = (phrase: string) => $selectText(phrase, true);

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;
const blocks = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((b) => `${b.getType()}:${b.getTextContent()}`),
  );
const published = (editor: LexicalEditor) => renderBody(body(editor), { resolveImage: () => null });
const pending = (editor: LexicalEditor) => editor.getEditorState().read(() => $pendingSuggestions());

describe('suggested paragraph splits and joins', () => {
  it('Enter splits the paragraph as a suggestion: shown split, published whole; accept keeps it, reject joins it back', () => {
    for (const accept of [true, false]) {
      const editor = editorWith(bodyOf(paragraph(text('Harga beras naik. Pemerintah menambah stok.'))));
      update(editor, () => {
        $caretIn(0, 'Harga beras naik. '.length);
        $suggestSplit(suggester('rina'));
      });
      expect(blocks(editor)).toEqual(['paragraph:Harga beras naik. ', 'paragraph:Pemerintah menambah stok.']);
      expect(pending(editor)).toEqual([pendingEntry({ id: 'rina-1', block: 'split', where: 'Pemerintah menambah stok.' })]);
      expect(published(editor)).toBe('<p>Harga beras naik. Pemerintah menambah stok.</p>');
      expect(renderMarkdown(body(editor), { resolveImage: () => null })).toContain('Harga beras naik. Pemerintah menambah stok.');
      expect([...pendingSuggestionIds(body(editor))]).toEqual(['rina-1']);
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(blocks(editor)).toEqual(
        accept
          ? ['paragraph:Harga beras naik. ', 'paragraph:Pemerintah menambah stok.']
          : ['paragraph:Harga beras naik. Pemerintah menambah stok.'],
      );
      expect(pending(editor)).toEqual([]);
      expect(JSON.stringify(body(editor))).not.toContain('suggestBlock');
    }
  });

  it('a new paragraph after a heading, typed into, goes away whole when rejected; the heading stays a heading', () => {
    const editor = editorWith(bodyOf(heading('h2', text('Stok beras')), paragraph(text('Isi.'))));
    const rina = suggester('rina');
    update(editor, () => {
      $caretIn(0, 'Stok beras'.length);
      $suggestSplit(rina);
      $suggestInsert('Baru', rina);
    });
    expect(blocks(editor)).toEqual(['heading:Stok beras', 'paragraph:Baru', 'paragraph:Isi.']);
    expect(published(editor)).toBe('<h2 id="stok-beras">Stok beras</h2>\n<p>Isi.</p>');
    update(editor, () => pending(editor).forEach((s) => $resolveSuggestion(s.id, false)));
    expect(blocks(editor)).toEqual(['heading:Stok beras', 'paragraph:Isi.']);
  });

  it('Enter at a heading’s start: the empty block before it gives way when rejected', () => {
    const editor = editorWith(bodyOf(paragraph(text('Awal.')), heading('h2', text('Stok beras'))));
    update(editor, () => {
      $caretIn(1, 0);
      $suggestSplit(suggester('rina'));
    });
    expect(blocks(editor)).toEqual(['paragraph:Awal.', 'paragraph:', 'heading:Stok beras']);
    update(editor, () => $resolveSuggestion('rina-1', false));
    expect(blocks(editor)).toEqual(['paragraph:Awal.', 'heading:Stok beras']);
  });

  it('a suggested join keeps both paragraphs until accepted; the author’s own split is simply taken back', () => {
    for (const accept of [true, false]) {
      const editor = editorWith(bodyOf(paragraph(text('Satu.')), paragraph(text('Dua.'))));
      let made: { id: string | null } | null = null;
      update(editor, () => (made = $suggestJoin($getRoot().getChildAtIndex(1), suggester('dewi'))));
      expect(made).toEqual({ id: 'dewi-1' });
      expect(blocks(editor)).toEqual(['paragraph:Satu.', 'paragraph:Dua.']);
      expect(published(editor)).toBe('<p>Satu.</p>\n<p>Dua.</p>');
      expect(pending(editor)).toEqual([pendingEntry({ id: 'dewi-1', block: 'join', where: 'Dua.' })]);
      update(editor, () => $resolveSuggestion('dewi-1', accept));
      expect(blocks(editor)).toEqual(accept ? ['paragraph:Satu.Dua.'] : ['paragraph:Satu.', 'paragraph:Dua.']);
    }
    const editor = editorWith(bodyOf(paragraph(text('Satu. Dua.'))));
    const rina = suggester('rina');
    update(editor, () => {
      $caretIn(0, 'Satu. '.length);
      $suggestSplit(rina);
    });
    // Someone else cannot join over it (they would accept or reject it); its author's Backspace takes it back.
    update(editor, () => expect($suggestJoin($getRoot().getChildAtIndex(1), suggester('dewi'))).toBeNull());
    update(editor, () => expect($suggestJoin($getRoot().getChildAtIndex(1), rina)).toEqual({ id: null }));
    expect(blocks(editor)).toEqual(['paragraph:Satu. Dua.']);
    expect(pending(editor)).toEqual([]);
    // A heading and a section title are not joined into; nor is the first block.
    update(editor, () => expect($suggestJoin($getRoot().getChildAtIndex(0), rina)).toBeNull());
  });

  it('Enter inside suggested words or a comment keeps each half the same kind of mark (not a claim)', () => {
    const editor = editorWith(
      bodyOf(paragraph(text('Harga '), { ...claimMark(['k1'], text('beras naik')), type: 'comment-mark' }, text(' tajam.'))),
    );
    const rina = suggester('rina');
    update(editor, () => {
      $caretAfter(' tajam');
      $suggestInsert(' sekali hari ini', rina);
    });
    update(editor, () => {
      $caretAfter(' sekali');
      $suggestSplit(rina);
    });
    update(editor, () => {
      $caretAfter('beras');
      $suggestSplit(rina);
    });
    const kinds = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => ($isElementNode(block) ? block.getChildren().map((n) => n.getType()) : [])),
    );
    expect(kinds).toEqual([
      ['text', 'comment-mark'],
      ['comment-mark', 'text', 'suggest-insert'],
      ['suggest-insert', 'text'],
    ]);
    update(editor, () => pending(editor).forEach((s) => $resolveSuggestion(s.id, false)));
    expect(blocks(editor)).toEqual(['paragraph:Harga beras naik tajam.']);
  });

  it('travels through the live document, and the checklist lists it', () => {
    const editor = editorWith(bodyOf(paragraph(text('Harga beras naik. Pemerintah menambah stok.'))));
    update(editor, () => {
      $caretIn(0, 'Harga beras naik. '.length);
      $suggestSplit(suggester('rina'));
    });
    const read = throughLiveDocument(body(editor));
    expect([...pendingSuggestionIds(read)]).toEqual(['rina-1']);
    expect(renderBody(read, { resolveImage: () => null })).toBe('<p>Harga beras naik. Pemerintah menambah stok.</p>');
    const items = analyzeArticle({ headline: 'Harga', hero: null, body: read }).items.filter((i) => i.id.startsWith('suggestion:'));
    expect(items.map(({ id, message, target }) => ({ id, message, target }))).toEqual([
      {
        id: 'suggestion:rina-1',
        message: 'A new paragraph is suggested (at “Pemerintah menambah stok.”): accept or reject it',
        target: { kind: 'body', path: [1] },
      },
    ]);
    // A hostile value on a block is not a suggestion.
    const hostile = JSON.parse(JSON.stringify(read).replace('"kind":"split"', '"kind":"<script>"')) as SerializedBody;
    expect([...pendingSuggestionIds(hostile)]).toEqual([]);
  });
});

describe('pasted lines and line breaks as suggestions', () => {
  it('pasted lines become one suggestion: words and the paragraph splits between them; reject gives the paragraph back', () => {
    for (const accept of [true, false]) {
      const editor = editorWith(bodyOf(paragraph(text('Harga beras naik. Stok cukup.'))));
      update(editor, () => {
        $caretIn(0, 'Harga beras naik. '.length);
        $suggestPaste('Menurut BPS:\r\n\r\n  inflasi 2,1 persen.\nPemerintah  menambah stok.\n', suggester('rina'));
      });
      expect(blocks(editor)).toEqual([
        'paragraph:Harga beras naik. Menurut BPS:',
        'paragraph:inflasi 2,1 persen.',
        'paragraph:Pemerintah menambah stok.Stok cukup.',
      ]);
      // One entry in the panel, the lines read apart.
      expect(pending(editor).map((p) => [p.id, p.inserted, p.block])).toEqual([
        ['rina-1', 'Menurut BPS: ¶ inflasi 2,1 persen. ¶ Pemerintah menambah stok.', 'split'],
      ]);
      // The public page has none of it until it is accepted.
      expect(published(editor)).toBe('<p>Harga beras naik. Stok cukup.</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(blocks(editor)).toEqual(
        accept
          ? ['paragraph:Harga beras naik. Menurut BPS:', 'paragraph:inflasi 2,1 persen.', 'paragraph:Pemerintah menambah stok.Stok cukup.']
          : ['paragraph:Harga beras naik. Stok cukup.'],
      );
      expect(pending(editor)).toEqual([]);
    }
  });

  it('a real article pasted as a suggestion (the sample, and the sample 150 times: ~700 KB) loses no word and rejects cleanly', () => {
    const lines = (text: string) =>
      text
        .split(/\s*[\r\n]+\s*/)
        .map((l) => l.replace(/[ \t]+/g, ' '))
        .filter(Boolean);
    for (const pasted of [SAMPLE, Array.from({ length: 150 }, () => SAMPLE).join('\r\n')]) {
      for (const accept of [true, false]) {
        const editor = editorWith(bodyOf(paragraph(text('Harga beras naik. Stok cukup.'))));
        update(editor, () => {
          $caretIn(0, 'Harga beras naik. '.length);
          $suggestPaste(pasted, suggester('rina'));
        });
        const expected = lines(pasted);
        expect(blocks(editor)).toEqual([
          `paragraph:Harga beras naik. ${expected[0]}`,
          ...expected.slice(1, -1).map((line) => `paragraph:${line}`),
          `paragraph:${expected.at(-1)}Stok cukup.`,
        ]);
        expect(pending(editor).map((p) => [p.id, p.block])).toEqual([['rina-1', 'split']]);
        expect(published(editor)).toBe('<p>Harga beras naik. Stok cukup.</p>');
        update(editor, () => $resolveSuggestion('rina-1', accept));
        expect(blocks(editor).length).toBe(accept ? expected.length : 1);
        if (!accept) expect(blocks(editor)).toEqual(['paragraph:Harga beras naik. Stok cukup.']);
        expect(pending(editor)).toEqual([]);
      }
    }
  }, 120_000);

  it('a paste does not join an insertion typed before it; in a section title its lines stay on one line', () => {
    const editor = editorWith(bodyOf(section(true, 'Judul', paragraph(text('Isi.')))));
    const rina = suggester('rina');
    update(editor, () => {
      $caretAfter('Judul');
      $suggestInsert(' baru', rina);
      $suggestPaste(' satu\ndua', rina);
    });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('Judul baru satu dua');
    expect(pending(editor).map((p) => [p.id, p.inserted, p.block])).toEqual([
      ['rina-1', ' baru', null],
      ['rina-2', ' satu dua', null],
    ]);
  });

  it('Shift+Enter suggests a line break inside the insertion: accepted it stays, rejected it goes with the words', () => {
    for (const accept of [true, false]) {
      const editor = editorWith(bodyOf(paragraph(text('Alamat redaksi Jakarta'))));
      const rina = suggester('rina');
      update(editor, () => {
        $caretAfter('Alamat redaksi');
        $suggestLineBreak(rina);
        $suggestInsert('Jalan Sudirman 1', rina);
      });
      const shape = () =>
        editor.getEditorState().read(() =>
          ($getRoot().getFirstChild() as ElementNode).getChildren().map(
            (n) =>
              `${n.getType()}(${
                $isElementNode(n)
                  ? n
                      .getChildren()
                      .map((c) => c.getType())
                      .join(',')
                  : n.getTextContent()
              })`,
          ),
        );
      expect(shape()).toEqual(['text(Alamat redaksi)', 'suggest-insert(linebreak,text)', 'text( Jakarta)']);
      expect(pending(editor).map((p) => [p.id, p.inserted])).toEqual([['rina-1', '\nJalan Sudirman 1']]);
      expect(published(editor)).toBe('<p>Alamat redaksi Jakarta</p>');
      update(editor, () => $resolveSuggestion('rina-1', accept));
      expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
        accept ? 'Alamat redaksi\nJalan Sudirman 1 Jakarta' : 'Alamat redaksi Jakarta',
      );
      expect(published(editor)).toBe(accept ? '<p>Alamat redaksi<br>Jalan Sudirman 1 Jakarta</p>' : '<p>Alamat redaksi Jakarta</p>');
    }
  });
});
