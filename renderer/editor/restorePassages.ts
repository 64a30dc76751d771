// Bringing back what an import left out as another site's furniture: each line a paragraph again,
// where it was ([block] or [section, child] in the body as imported). Places past the end (the
// person has since deleted text) fall back to the end of that section or of the body.
import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import type { DroppedPassage } from '../../shared/import/siteFurniture';
import { $isSectionNode } from '../../shared/editor/nodes/SectionNode';

/** In one update (one undo step). Last place first: an insertion never moves the places before it. */
export function $restorePassages(passages: DroppedPassage[]): void {
  const root = $getRoot();
  const ordered = passages
    .map((passage, order) => ({ passage, order }))
    .sort((a, b) => comparePaths(b.passage.path, a.passage.path) || b.order - a.order);
  for (const { passage } of ordered) {
    const paragraph = $createParagraphNode().append(...$inline(passage));
    const [at, inner] = passage.path as [number, number | undefined];
    const block = root.getChildAtIndex(at);
    if (inner !== undefined && $isSectionNode(block)) {
      const child = block.getChildAtIndex(inner);
      if (child) child.insertBefore(paragraph);
      else block.append(paragraph);
    } else if (block) block.insertBefore(paragraph);
    else root.append(paragraph);
  }
}

/** The line's text, its links linked again. */
function $inline({ text, links }: DroppedPassage): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  let rest = text;
  for (const link of links) {
    const at = rest.indexOf(link.text);
    if (at < 0) continue;
    if (at > 0) nodes.push($createTextNode(rest.slice(0, at)));
    nodes.push($createLinkNode(link.url).append($createTextNode(link.text)));
    rest = rest.slice(at + link.text.length);
  }
  if (rest) nodes.push($createTextNode(rest));
  return nodes;
}

function comparePaths(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
