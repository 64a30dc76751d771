// Claim anchors in the document: splitting, overlap, orphaning, and never a duplicated id on paste.
import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { createHeadlessEditor } from '@lexical/headless';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import {
  type ElementNode,
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { anchoredClaimIds, claimContexts } from '../../../shared/claims/claimContext';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { ARTICLE_NODES } from '../../../shared/editor/nodes/articleNodes';
import { $createClaimMarkNode, $isClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';

function editorWith(text: string): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
  return editor;
}

function mark(editor: LexicalEditor, start: number, end: number, id: string) {
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
      // Offsets over the paragraph's text, across any marks already there.
      const nodes = paragraph.getAllTextNodes();
      let offset = 0;
      const selection = $createRangeSelection();
      for (const node of nodes) {
        const length = node.getTextContentSize();
        if (start >= offset && start <= offset + length) selection.anchor.set(node.getKey(), start - offset, 'text');
        if (end >= offset && end <= offset + length) selection.focus.set(node.getKey(), end - offset, 'text');
        offset += length;
      }
      $setSelection(selection);
      $wrapSelectionInMarkNode(selection, false, id, (ids) => $createClaimMarkNode(ids));
    },
    { discrete: true },
  );
}

const body = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;

describe('claim marks', () => {
  it('anchor a claim by id only, and give its text and context', () => {
    const editor = editorWith('Pengiriman ini mencakup lebih dari 6.000 insinyur, menurut NIS.');
    mark(editor, 24, 49, 'claim-1');
    const json = JSON.stringify(body(editor));
    expect(json).toContain('"type":"claim-mark"');
    expect(json).toContain('"ids":["claim-1"]');
    expect(claimContexts(body(editor)).get('claim-1')).toEqual({
      before: 'Pengiriman ini mencakup ',
      marked: 'lebih dari 6.000 insinyur',
      after: ', menurut NIS.',
    });
  });

  it('survive Enter inside the marked text: one claim, two marks', () => {
    const editor = editorWith('Satu dua tiga empat.');
    mark(editor, 0, 13, 'c');
    editor.update(
      () => {
        const markNode = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChild();
        if (!$isClaimMarkNode(markNode)) throw new Error('no mark');
        const text = markNode.getFirstChild() as TextNode;
        text.select(4, 4).insertParagraph();
      },
      { discrete: true },
    );
    const marks = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((t) => [t.getTextContent(), $isClaimMarkNode(t.getParent())]),
    );
    expect(marks).toEqual([
      ['Satu', true],
      [' dua tiga', true],
      [' empat.', false],
    ]);
    expect(claimContexts(body(editor)).get('c')!.marked).toBe('Satu  dua tiga');
  });

  it('overlap: two claims can share words', () => {
    const editor = editorWith('Rusia membayar dengan bahan bakar dan makanan.');
    mark(editor, 0, 33, 'a');
    mark(editor, 22, 45, 'b');
    const contexts = claimContexts(body(editor));
    expect(contexts.get('a')!.marked).toBe('Rusia membayar dengan bahan bakar');
    expect(contexts.get('b')!.marked).toBe('bahan bakar dan makanan');
  });

  it('an anchor whose text is all deleted disappears from the document (the claim becomes an orphan)', () => {
    const editor = editorWith('Menurut para analis, ini strategis.');
    mark(editor, 0, 19, 'orphan');
    expect(anchoredClaimIds(body(editor))).toEqual(new Set(['orphan']));
    editor.update(
      () => {
        const m = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChild();
        if ($isClaimMarkNode(m)) m.remove();
      },
      { discrete: true },
    );
    expect(anchoredClaimIds(body(editor))).toEqual(new Set());
  });

  it('copy and paste of marked text never duplicates a claim id', () => {
    const editor = editorWith('Angka 6.000 dikonfirmasi NIS.');
    mark(editor, 6, 11, 'only-once');
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
        const selection = paragraph.select(0, paragraph.getChildrenSize());
        const copied = $generateJSONFromSelectedNodes(editor, selection);
        const target = $createParagraphNode();
        paragraph.insertAfter(target);
        $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied.nodes), target.select());
      },
      { discrete: true },
    );
    const json = JSON.stringify(body(editor));
    expect(json.match(/only-once/g)).toHaveLength(1);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
      'Angka 6.000 dikonfirmasi NIS.\n\nAngka 6.000 dikonfirmasi NIS.',
    );
  });
});
