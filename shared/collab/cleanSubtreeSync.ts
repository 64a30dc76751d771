// @lexical/yjs 0.52 sends each local edit to the document by walking every node of the editor: for
// every child of every changed element it re-reads the node's properties and its Y type's `__state`
// attribute, changed or not. In the 20,000-word article that was ~2 ms of every keystroke (a CPU
// profile of typing: `syncChildrenFromLexical` and Yjs's `typeMapGet`), plus the garbage of a children
// array per element. Lexical marks every ancestor of a changed node dirty, so a child that is neither
// dirty nor a different object than before holds no change anywhere below it: the walk skips it.
// The binding's class is not exported; its prototype is reached through a binding's root.
import { createYjsBinding } from '@lexical/yjs';
import { $getNodeByKey, createEditor, type NodeKey, type NodeMap } from 'lexical';
import * as Y from 'yjs';

type SyncChild = (
  this: unknown,
  binding: unknown,
  index: number,
  key: NodeKey,
  prevNodeMap: NodeMap,
  dirtyElements: Map<NodeKey, boolean>,
  dirtyLeaves: Set<NodeKey>,
) => void;

interface CollabElementPrototype {
  _syncChildFromLexical?: SyncChild;
  __redaksiSkipsCleanSubtrees?: true;
}

let installed = false;

/** Installs the skip for every binding of this @lexical/yjs copy, once (later calls return at once). */
export function skipCleanSubtreesInYjsSync(): void {
  if (installed) return;
  const editor = createEditor({
    namespace: 'redaksi-binding-probe',
    onError: (error) => {
      throw error;
    },
  });
  const doc = new Y.Doc();
  let prototype!: CollabElementPrototype;
  editor.update(
    () => {
      const binding = createYjsBinding({ editor, id: 'probe', doc, docMap: new Map([['probe', doc]]) });
      prototype = Object.getPrototypeOf(binding.root) as CollabElementPrototype;
    },
    { discrete: true },
  );
  doc.destroy();
  if (prototype.__redaksiSkipsCleanSubtrees) return void (installed = true);
  const original = prototype._syncChildFromLexical;
  // Pinned at 0.52.0: a new version without this method fails here, loudly, rather than slowly.
  if (typeof original !== 'function' || original.length !== 6)
    throw new Error(
      '@lexical/yjs changed: CollabElementNode._syncChildFromLexical(6 arguments) is gone; review shared/collab/cleanSubtreeSync.ts',
    );
  prototype._syncChildFromLexical = function (binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves) {
    const clean = !dirtyElements.has(key) && !dirtyLeaves.has(key) && prevNodeMap.get(key) === $getNodeByKey(key);
    if (!clean) original.call(this, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves);
  };
  prototype.__redaksiSkipsCleanSubtrees = true;
  installed = true;
}
