// Cards in the live document: two people editing one card at once both keep their change — the
// embed's author and its words (separate properties, not one value), two cells of one table, and a
// row added while a cell is typed in.
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { $getTableCellNodeFromLexicalNode, $insertTableRowAtNode } from '@lexical/table';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editBodyInDoc, readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import { $isEmbedNode } from '../../../shared/editor/cards/embed/EmbedNode';
import { renderBody } from '../../../shared/publish/renderBody';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { GOLDEN_CASES } from '../../fixtures/goldenBodies';

const noImages = { resolveImage: () => null };

/** Two replicas of one document, as two windows hold it. */
function twoReplicas(body: Parameters<typeof writeBodyToDoc>[1]): [Y.Doc, Y.Doc] {
  const one = new Y.Doc();
  writeBodyToDoc(one, body);
  const two = new Y.Doc();
  Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
  return [one, two];
}

function sync(one: Y.Doc, two: Y.Doc): void {
  Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
  Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
}

function $all(node: LexicalNode, test: (n: LexicalNode) => boolean): LexicalNode[] {
  const own = test(node) ? [node] : [];
  return $isElementNode(node) ? [...own, ...node.getChildren().flatMap((c) => $all(c, test))] : own;
}

describe('cards edited at once by two people', () => {
  it('an embed: one sets the author while the other types the words; both are kept', () => {
    const [one, two] = twoReplicas(
      bodyOf(paragraph(text('Kata BPBD:')), {
        type: 'embed',
        version: 1,
        url: 'https://x.com/BPBDJakarta/status/1809123456789012345',
        author: '',
        text: '',
      }),
    );
    const $embed = () => $getRoot().getChildren().find($isEmbedNode)!;
    editBodyInDoc(one, () => $embed().setFields({ author: 'BPBD DKI Jakarta' }), 'one');
    editBodyInDoc(two, () => $embed().setFields({ text: 'Air naik 40 cm.' }), 'two');
    sync(one, two);
    for (const doc of [one, two]) {
      const embed = (readBodyFromDoc(doc).root.children as Array<Record<string, unknown>>).find((b) => b.type === 'embed');
      expect(embed).toMatchObject({ author: 'BPBD DKI Jakarta', text: 'Air naik 40 cm.' });
    }
  });

  it('a table: two cells typed in at once, and a row added while a cell is typed in, all kept', () => {
    const [one, two] = twoReplicas(GOLDEN_CASES.table!);
    const $cellWith = (words: string) =>
      $getTableCellNodeFromLexicalNode($all($getRoot(), (n) => $isTextNode(n) && n.getTextContent() === words)[0]!)!;
    editBodyInDoc(
      one,
      () => ($cellWith('24,9').getFirstDescendant() as unknown as { setTextContent(t: string): void }).setTextContent('25,1'),
      'one',
    );
    editBodyInDoc(
      two,
      () => {
        ($cellWith('58,6').getFirstDescendant() as unknown as { setTextContent(t: string): void }).setTextContent('57,9');
        $insertTableRowAtNode($cellWith('Total'), false);
      },
      'two',
    );
    sync(one, two);
    const bodies = [one, two].map((doc) => readBodyFromDoc(doc));
    expect(JSON.stringify(bodies[0])).toBe(JSON.stringify(bodies[1]));
    const html = renderBody(bodies[0]!, noImages);
    expect(html).toContain('<td class="align-right">25,1</td>');
    expect(html).toContain('<td class="align-right">57,9</td>');
    expect(html.match(/<tr>/g)).toHaveLength(5);
  });
});
