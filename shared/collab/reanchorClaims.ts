// Lexical's binding keeps a mark's ids as one value and re-inserts the tail of a text node it
// splits, so a claim marked in one window while another types in the same sentence can come out of
// the merge with its mark gone (the record kept, the text unmarked). The main side repairs that after
// every merge: a claim whose record lives but whose mark is missing gets its mark back where its
// quoted words stand, when they stand in exactly one place. Text that was cut stays cut: the claim
// stays an orphan, as a person would expect. The same repair brings back an id that two people's
// concurrent marks of the same words dropped from the mark's (whole-value) id list.
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type TextNode } from 'lexical';
import type { Doc } from 'yjs';
import { $createClaimMarkNode, $isClaimMarkNode, type ClaimMarkNode } from '../editor/nodes/ClaimMarkNode';
import { editBodyInDoc } from './bodyDoc';

export interface ClaimQuote {
  id: string;
  quote: string;
}

function $textNodes(node: LexicalNode, out: TextNode[] = []): TextNode[] {
  if ($isTextNode(node)) out.push(node);
  else if ($isElementNode(node)) for (const child of node.getChildren()) $textNodes(child, out);
  return out;
}

function $markAround(node: LexicalNode): ClaimMarkNode | null {
  for (let parent = node.getParent(); parent; parent = parent.getParent()) if ($isClaimMarkNode(parent)) return parent;
  return null;
}

/** Re-marks each orphan whose quote occurs once, inside one unmarked text node. Returns the ids re-marked. */
export function reanchorClaims(doc: Doc, orphans: readonly ClaimQuote[], origin: unknown): string[] {
  const wanted = orphans.filter((claim) => claim.quote.trim().length >= 3);
  if (wanted.length === 0) return [];
  const done: string[] = [];
  editBodyInDoc(
    doc,
    () => {
      for (const claim of wanted) {
        const nodes = $textNodes($getRoot());
        const hits = nodes.flatMap((node) => {
          const text = node.getTextContent();
          const at = text.indexOf(claim.quote);
          return at >= 0 && text.indexOf(claim.quote, at + 1) < 0
            ? [{ node, at }]
            : at >= 0
              ? [
                  { node, at },
                  { node, at },
                ]
              : [];
        });
        if (hits.length !== 1) continue;
        const { node, at } = hits[0]!;
        const around = $markAround(node);
        if (around) {
          // Two people marked the same words at once and the mark's id list kept one of them: the
          // other id goes back on the same mark. Words inside a different claim's longer mark stay as they are.
          if (around.getTextContent() === claim.quote) {
            around.addID(claim.id);
            done.push(claim.id);
          }
          continue;
        }
        const parts = node.splitText(at, at + claim.quote.length);
        const middle = parts.find((part) => part.getTextContent() === claim.quote && part !== undefined);
        if (!middle) continue;
        const mark = $createClaimMarkNode([claim.id]);
        middle.insertBefore(mark);
        mark.append(middle);
        done.push(claim.id);
      }
    },
    origin,
  );
  return done;
}
