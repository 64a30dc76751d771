// Accepting or rejecting a suggested headline, dek, byline or hero text is a step of the window's
// Undo and Redo, in order with its edits of the text. The text's steps are Lexical's collaboration
// UndoManager's (it covers the body only); the field decisions get an UndoManager of their own over
// the fields and the suggestion records that tracks only this window's decisions (never the other
// windows' or desks', never typing in the fields, which the inputs undo themselves). Each step is
// stamped as it is made; Undo and Redo take the newer of the two managers' steps.
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_HIGH, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import * as Y from 'yjs';
import { fieldsMap } from '../../../shared/collab/articleDoc';
import { suggestionsMap } from '../../../shared/collab/suggestionsDoc';

/** Where the collaboration plugin publishes its UndoManager on the editor. */
const BODY_UNDO = Symbol.for('@lexical/yjs/UndoManager');
const STAMP = 'redaksi:step';

interface StackEvent {
  stackItem: { meta: Map<unknown, unknown> };
  type: 'undo' | 'redo';
}

let steps = 0;
const stamp = ({ stackItem }: StackEvent): void => void stackItem.meta.set(STAMP, ++steps);
/** The stamp of a stack's top step; -1 when it is empty, 0 for a step made before it was watched. */
const topStamp = (stack: ReadonlyArray<{ meta: Map<unknown, unknown> }>): number =>
  stack.length === 0 ? -1 : ((stack[stack.length - 1]!.meta.get(STAMP) as number | undefined) ?? 0);

export function registerFieldDecisionUndo(editor: LexicalEditor, doc: Y.Doc, origin: object): () => void {
  const decisions = new Y.UndoManager([fieldsMap(doc), suggestionsMap(doc)], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  let body: Y.UndoManager | null = null;
  let unwatchBody = () => {};

  const announce = () => {
    editor.dispatchCommand(CAN_UNDO_COMMAND, decisions.undoStack.length + (body?.undoStack.length ?? 0) > 0);
    editor.dispatchCommand(CAN_REDO_COMMAND, decisions.redoStack.length + (body?.redoStack.length ?? 0) > 0);
  };
  /** A new step (not one brought back by Redo) on one side: the other side's redo steps are void, as in any editor. */
  const newStepClears = (own: Y.UndoManager, other: () => Y.UndoManager | null) => (event: StackEvent) => {
    stamp(event);
    if (event.type === 'undo' && !own.redoing) {
      const manager = other();
      if (manager && manager.redoStack.length > 0) manager.clear(false, true);
    }
  };

  /** The body's manager appears once the editor is bound (and is replaced if it is bound again). */
  const watchBody = () => {
    const current = (editor as unknown as Record<symbol, Y.UndoManager | undefined>)[BODY_UNDO] ?? null;
    if (current === body) return;
    unwatchBody();
    body = current;
    if (!body) return;
    const manager = body;
    const added = newStepClears(manager, () => decisions);
    // Registered after the plugin's own listeners: what they announce for the body alone is corrected here.
    manager.on('stack-item-added', added);
    manager.on('stack-item-updated', stamp);
    manager.on('stack-item-popped', announce);
    manager.on('stack-cleared', announce);
    manager.on('stack-item-added', announce);
    unwatchBody = () => {
      manager.off('stack-item-added', added);
      manager.off('stack-item-updated', stamp);
      manager.off('stack-item-popped', announce);
      manager.off('stack-cleared', announce);
      manager.off('stack-item-added', announce);
    };
  };
  watchBody();

  const decisionAdded = newStepClears(decisions, () => body);
  decisions.on('stack-item-added', decisionAdded);
  decisions.on('stack-item-added', announce);
  decisions.on('stack-item-popped', announce);

  /** Undo or Redo: this window's newest step of the two managers; the body's goes on to the plugin's own handler. */
  const takeNewer = (stack: 'undoStack' | 'redoStack', act: () => void) => () => {
    watchBody();
    if (topStamp(decisions[stack]) <= topStamp(body?.[stack] ?? [])) return false;
    act();
    return true;
  };
  return mergeRegister(
    editor.registerUpdateListener(watchBody),
    editor.registerCommand(
      UNDO_COMMAND,
      takeNewer('undoStack', () => decisions.undo()),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      REDO_COMMAND,
      takeNewer('redoStack', () => decisions.redo()),
      COMMAND_PRIORITY_HIGH,
    ),
    () => {
      unwatchBody();
      decisions.destroy();
    },
  );
}
