// A local edit reaches the document through Lexical's binding with work for the nodes it changed, not
// for the whole article (shared/collab/cleanSubtreeSync.ts), and every kind of edit still arrives whole.
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindHeadlessEditor, readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { bodyOf, paragraph, section, text } from '../../fixtures/bodies';
import { $isSectionNode } from '../../../shared/editor/nodes/SectionNode';

const SECTIONS = 30;
const PARAGRAPHS = 20;

function bigBody(): SerializedBody {
  return bodyOf(
    ...Array.from({ length: SECTIONS }, (_, s) =>
      section(
        true,
        `Bagian ${s + 1}`,
        ...Array.from({ length: PARAGRAPHS }, (_, p) =>
          paragraph(text(`Paragraf ${p + 1} bagian ${s + 1}. `), text('tebal', 1), text(' lalu biasa.')),
        ),
      ),
    ),
  );
}

/** JSON text, so an absent field and an undefined one compare equal exactly as they will be stored. */
const strict = (body: unknown) => JSON.parse(JSON.stringify(body)) as unknown;

let doc: Y.Doc;
let follower: Y.Doc;
let bound: ReturnType<typeof bindHeadlessEditor>;

beforeEach(() => {
  doc = new Y.Doc();
  bound = bindHeadlessEditor(doc);
  const source = new Y.Doc();
  writeBodyToDoc(source, bigBody());
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  bound.editor.update(() => undefined, { discrete: true });
  // Another replica (a second window, the main side) hears each update as it is sent.
  follower = new Y.Doc();
  Y.applyUpdate(follower, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array) => Y.applyUpdate(follower, update));
});

afterEach(() => bound.dispose());

function edit(fn: () => void): void {
  bound.editor.update(fn, { discrete: true });
}

const sectionAt = (n: number) => $getRoot().getChildAtIndex<ElementNode>(n)!;
/** Paragraph `p` of section `s` (child 0 is the section's title). */
const paragraphAt = (s: number, p: number) => sectionAt(s).getChildAtIndex<ElementNode>(p + 1)!;
const textAt = (s: number, p: number, t: number) => {
  const node: LexicalNode | null = paragraphAt(s, p).getChildAtIndex(t);
  if (!$isTextNode(node)) throw new Error('not a text node');
  return node;
};

function expectFollowerSeesTheEditor(): void {
  expect(strict(readBodyFromDoc(follower))).toEqual(strict(bound.editor.getEditorState().toJSON()));
}

describe('a keystroke deep in a 30-section article', () => {
  it('reads the document attributes of the nodes it changed, not of all 600 paragraphs', () => {
    const getAttribute = Y.XmlText.prototype.getAttribute;
    let reads = 0;
    Y.XmlText.prototype.getAttribute = function (this: Y.XmlText, name: string) {
      reads++;
      return getAttribute.call(this, name);
    };
    try {
      edit(() => textAt(15, 10, 0).spliceText(3, 0, 'x', true));
    } finally {
      Y.XmlText.prototype.getAttribute = getAttribute;
    }
    // The root's 30 sections are compared (cheaply); only section 15's children and the paragraph's text are read.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(100);
    expectFollowerSeesTheEditor();
  });
});

describe('every kind of local edit still reaches the document', () => {
  it('typing, formatting and deleting text in different sections', () => {
    edit(() => textAt(2, 0, 0).spliceText(0, 0, 'Awal: ', true));
    expectFollowerSeesTheEditor();
    edit(() => textAt(29, 19, 2).toggleFormat('italic'));
    expectFollowerSeesTheEditor();
    edit(() => textAt(7, 5, 1).remove());
    expectFollowerSeesTheEditor();
  });

  it('element properties: alignment and indent of a paragraph, a section made unnumbered', () => {
    edit(() => paragraphAt(12, 3).setFormat('center'));
    expectFollowerSeesTheEditor();
    edit(() => paragraphAt(12, 4).setIndent(2));
    expectFollowerSeesTheEditor();
    edit(() => {
      const node = sectionAt(20);
      if (!$isSectionNode(node)) throw new Error('not a section');
      node.getWritable().__numbered = false;
    });
    expectFollowerSeesTheEditor();
  });

  it('paragraphs added, removed and moved between sections; a section removed', () => {
    edit(() => paragraphAt(4, 2).insertAfter($createParagraphNode().append($createTextNode('Paragraf baru.'))));
    expectFollowerSeesTheEditor();
    edit(() => paragraphAt(25, 0).remove());
    expectFollowerSeesTheEditor();
    // A move: out of section 1, to the end of section 18.
    edit(() => sectionAt(18).append(paragraphAt(1, 7)));
    expectFollowerSeesTheEditor();
    edit(() => sectionAt(9).remove());
    expectFollowerSeesTheEditor();
    expect(JSON.stringify(readBodyFromDoc(follower))).toContain('Paragraf 8 bagian 2.');
  });
});
