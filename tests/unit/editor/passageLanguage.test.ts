// A passage marked as another language (an English quote in an Indonesian article): the words get
// the mark and keep it through the live document; marking them back leaves no mark; the innermost
// passage speaks for its words; a marked passage is pasted with its language.
import { $createRangeSelection, $getRoot, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { headlessEditor } from '../../fixtures/headlessEditor';
import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { $passageLanguagesByText, $setPassageLanguage } from '../../../shared/editor/passageLanguage';
import { trustedPastedNodes } from '../../../renderer/editor/pastedEditorJson';

const TEXT = 'Kata Menteri: We will not back down, ujarnya.';

function editorWith(words: string): LexicalEditor {
  return headlessEditor(bodyOf(paragraph(text(words))));
}

/** Marks `words` (found in the paragraph's text, across any marks) as `language`; the article is Indonesian. */
function mark(editor: LexicalEditor, words: string, language: string): boolean {
  let done = false;
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
      const start = paragraph.getTextContent().indexOf(words);
      const end = start + words.length;
      const selection = $createRangeSelection();
      let offset = 0;
      for (const node of paragraph.getAllTextNodes()) {
        const size = node.getTextContentSize();
        if (start >= offset && start <= offset + size) selection.anchor.set(node.getKey(), start - offset, 'text');
        if (end >= offset && end <= offset + size) selection.focus.set(node.getKey(), end - offset, 'text');
        offset += size;
      }
      done = $setPassageLanguage(selection, language, 'id');
    },
    { discrete: true },
  );
  return done;
}

interface Json {
  type: string;
  text?: string;
  ids?: string[];
  children?: Json[];
}

/** The paragraph as [language, words] runs: the words outside any passage mark under the article's ('id'). */
function runs(editor: LexicalEditor): Array<[string, string]> {
  const body = editor.getEditorState().toJSON() as unknown as { root: Json };
  const out: Array<[string, string]> = [];
  const walk = (node: Json, language: string) => {
    const here = node.type === 'lang-mark' ? node.ids![0]! : language;
    if (node.type === 'text') {
      const last = out.at(-1);
      if (last && last[0] === here) last[1] += node.text;
      else out.push([here, node.text!]);
    }
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(body.root, 'id');
  return out;
}

function marks(editor: LexicalEditor): number {
  return (JSON.stringify(editor.getEditorState().toJSON()).match(/"lang-mark"/g) ?? []).length;
}

describe('marking a passage’s language', () => {
  it('marks exactly the selected words, and says the language of each piece of text', () => {
    const editor = editorWith(TEXT);
    expect(mark(editor, 'We will not back down', 'en')).toBe(true);
    expect(runs(editor)).toEqual([
      ['id', 'Kata Menteri: '],
      ['en', 'We will not back down'],
      ['id', ', ujarnya.'],
    ]);
    const languages = editor.getEditorState().read(() => [...$passageLanguagesByText().values()]);
    expect(languages).toEqual(['en']);
  });

  it('lets the innermost passage speak, and leaves no mark when the words are back in the article’s language', () => {
    const editor = editorWith(TEXT);
    mark(editor, 'We will not back down', 'en');
    mark(editor, 'back', 'id');
    expect(runs(editor)).toEqual([
      ['id', 'Kata Menteri: '],
      ['en', 'We will not '],
      ['id', 'back'],
      ['en', ' down'],
      ['id', ', ujarnya.'],
    ]);
    mark(editor, 'We will not back down', 'id');
    expect(runs(editor)).toEqual([['id', TEXT]]);
    expect(marks(editor)).toBe(0);
  });

  it('does nothing without a selection', () => {
    const editor = editorWith(TEXT);
    expect(mark(editor, '', 'en')).toBe(false);
    expect(marks(editor)).toBe(0);
  });

  it('keeps the passage through the live document, as the store keeps it', () => {
    const editor = editorWith(TEXT);
    mark(editor, 'We will not back down', 'en');
    const body = editor.getEditorState().toJSON() as unknown as SerializedBody;
    const doc = new Y.Doc();
    writeBodyToDoc(doc, body);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(JSON.parse(JSON.stringify(readBodyFromDoc(copy)))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('is copied with its language, even a part of it', () => {
    const editor = editorWith(TEXT);
    mark(editor, 'We will not back down', 'en');
    const copied = editor.read(() => {
      const words = $getRoot()
        .getAllTextNodes()
        .find((node) => node.getTextContent() === 'We will not back down')!;
      const selection = $createRangeSelection();
      selection.anchor.set(words.getKey(), 3, 'text');
      selection.focus.set(words.getKey(), 11, 'text');
      return $generateJSONFromSelectedNodes(editor, selection).nodes;
    });
    expect(copied).toMatchObject([{ type: 'lang-mark', ids: ['en'], children: [{ type: 'text', text: 'will not' }] }]);
  });

  it('is pasted with its language (the newsroom’s own marks are not)', () => {
    const editor = editorWith(TEXT);
    mark(editor, 'We will not back down', 'en');
    const paragraph = (editor.getEditorState().toJSON() as unknown as { root: Json }).root.children![0]!;
    const pasted = trustedPastedNodes(
      JSON.stringify({ namespace: 'redaksi-article', nodes: paragraph.children }),
      new Set(['text', 'lang-mark']),
    );
    expect(JSON.stringify(pasted)).toContain('"lang-mark"');
  });
});
