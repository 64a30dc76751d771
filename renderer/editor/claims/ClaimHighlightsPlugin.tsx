// Colours claim marks by verdict, and drops ids of claims that no longer exist (undo can bring
// back a mark whose claim was dismissed).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COLLABORATION_TAG } from 'lexical';
import { useEffect } from 'react';
import { findVerdict } from '../../../shared/claims/verdictScales';
import { $isClaimMarkNode, ClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { useClaims } from './claimsState';

export function ClaimHighlightsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { claims, scale, loaded, isKnown } = useClaims();

  useEffect(() => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const paint = () => {
      editor.getEditorState().read(() => {
        for (const element of editor.getRootElement()?.querySelectorAll<HTMLElement>('.claim-mark') ?? []) {
          const ids = (element.dataset.claimIds ?? '').split(' ').filter(Boolean);
          const claim = ids.map((id) => byId.get(id)).find(Boolean);
          element.dataset.tone = claim ? findVerdict(scale, claim.verdict).tone : 'none';
        }
      });
    };
    const prune = (keys: string[]) => {
      if (!loaded) return;
      editor.update(() => {
        for (const key of keys) {
          const node = $getNodeByKey(key);
          if (!$isClaimMarkNode(node)) continue;
          for (const id of node.getIDs()) if (!isKnown(id)) node.deleteID(id);
          if (node.getIDs().length === 0) {
            // An anchor without a claim: keep the words, drop the mark.
            for (const child of node.getChildren()) node.insertBefore(child);
            node.remove();
          }
        }
      });
    };
    paint();
    return editor.registerMutationListener(
      ClaimMarkNode,
      (mutations, { updateTags }) => {
        // Marks arriving from another window are theirs to keep: their records come through the
        // document too. Only this window's own edits (an undo, a paste) can bring back a mark whose
        // record was dismissed.
        if (!updateTags.has(COLLABORATION_TAG)) prune([...mutations].filter(([, kind]) => kind !== 'destroyed').map(([key]) => key));
        paint();
      },
      { skipInitialization: false },
    );
  }, [editor, claims, scale, loaded, isKnown]);
  return null;
}
