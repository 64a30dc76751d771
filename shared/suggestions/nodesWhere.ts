// The one walk the suggestion kinds share: every node under a root (the document by default) that
// passes a test, in document order. Run inside an editor read or update.
import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';

export function $nodesWhere<T extends LexicalNode>(test: (node: LexicalNode) => node is T, root: ElementNode = $getRoot()): T[] {
  const out: T[] = [];
  const visit = (node: LexicalNode) => {
    if (test(node)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit(root);
  return out;
}
