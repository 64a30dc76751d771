// @lexical/yjs 0.52 does not apply an undo (or redo) that removes a node's whole state map — as
// when the suggestion was the first state the node ever carried: the window keeps the suggestion
// on its node, and its next edit of that node would write it back. So after an undo or redo that
// touches a node carrying a suggestion on its state, the node is checked against the live document
// (read afresh: an undo is rare, never on the typing path) and the suggestion dropped if it is gone
// there. The repair is tagged as coming from the document, so it is not written back to it.
import {
  $getNodeByKey,
  $getState,
  $setState,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  type LexicalEditor,
  type LexicalNode,
  type StateConfig,
} from 'lexical';
import type * as Y from 'yjs';
import { readBodyFromDoc } from '../../../shared/collab/bodyDoc';
import { blockSuggestionState } from '../../../shared/suggestions/blockSuggestions';
import { formatSuggestionState } from '../../../shared/suggestions/formatSuggestions';
import { moveSuggestionState } from '../../../shared/suggestions/moveSuggestions';
import { retypeSuggestionState } from '../../../shared/suggestions/retypeSuggestions';
import { linkSuggestionState } from '../../../shared/suggestions/linkSuggestions';
import { presenceSuggestionState } from '../../../shared/suggestions/presenceSuggestions';

type JsonNode = { type?: unknown; children?: unknown; $?: unknown };

const $carriesSuggestion = (node: LexicalNode) =>
  $getState(node, blockSuggestionState) !== null ||
  $getState(node, formatSuggestionState) !== null ||
  $getState(node, moveSuggestionState) !== null ||
  $getState(node, retypeSuggestionState) !== null ||
  $getState(node, linkSuggestionState) !== null ||
  $getState(node, presenceSuggestionState) !== null;

/** Drops one suggestion state from the node when the document's copy of the node has none. */
function $dropIfGone<K extends string, V>(node: LexicalNode, config: StateConfig<K, V | null>, saved: Record<string, unknown>): void {
  if ($getState(node, config) !== null && config.parse(saved[config.key]) === null) $setState(node, config, null);
}

/** The node's place as child indexes from the root. */
function $pathOf(node: LexicalNode): number[] {
  const path: number[] = [];
  for (let current: LexicalNode | null = node; current?.getParent(); current = current.getParent())
    path.unshift(current.getIndexWithinParent());
  return path;
}

function jsonAt(root: JsonNode, path: number[]): JsonNode | null {
  let node: JsonNode | null = root;
  for (const index of path) node = Array.isArray(node?.children) ? ((node.children as JsonNode[])[index] ?? null) : null;
  return node;
}

export function registerUndoneStateRepair(editor: LexicalEditor, doc: Y.Doc): () => void {
  return editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves, editorState }) => {
    if (!tags.has(HISTORIC_TAG)) return;
    const keys = [...dirtyLeaves, ...dirtyElements.keys()];
    const suspects = editorState.read(() =>
      keys.filter((key) => {
        const node = $getNodeByKey(key);
        return node !== null && $carriesSuggestion(node);
      }),
    );
    if (suspects.length === 0) return;
    const truth = readBodyFromDoc(doc).root as JsonNode;
    editor.update(
      () => {
        for (const key of suspects) {
          const node = $getNodeByKey(key);
          const json = node ? jsonAt(truth, $pathOf(node)) : null;
          if (!node || json?.type !== node.getType()) continue;
          const saved = typeof json.$ === 'object' && json.$ !== null ? (json.$ as Record<string, unknown>) : {};
          $dropIfGone(node, blockSuggestionState, saved);
          $dropIfGone(node, formatSuggestionState, saved);
          $dropIfGone(node, moveSuggestionState, saved);
          $dropIfGone(node, retypeSuggestionState, saved);
          $dropIfGone(node, linkSuggestionState, saved);
          $dropIfGone(node, presenceSuggestionState, saved);
        }
      },
      { tag: COLLABORATION_TAG },
    );
  });
}
