// The article body inside a Y.Doc, converted with Lexical's own Yjs binding in a headless editor
// (the collaboration FAQ's pattern): the main side writes the first content of every document
// and derives the plain Lexical JSON copy that search, export and the CLI read.
import { createHeadlessEditor } from '@lexical/headless';
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type ExcludedProperties,
  type Provider,
} from '@lexical/yjs';
import { SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import type { Doc, Transaction, YEvent, Text as YText } from 'yjs';
import type { SerializedBody } from '../contract/lexicalState';
import { ARTICLE_NODES } from '../editor/nodes/articleNodes';
import { SectionNode } from '../editor/nodes/SectionNode';
import { skipCleanSubtreesInYjsSync } from './cleanSubtreeSync';

/** The shared type holding the body: the binding's default root, so any Lexical client opens it. */
export const BODY_ROOT = 'root';

/** View state never travels in the document: folding a section in one window folds nothing elsewhere. */
export const EXCLUDED_PROPERTIES: ExcludedProperties = new Map([[SectionNode, new Set(['__collapsed'])]]);

/** Origin of transactions that write a body converted on the main side. */
export const HEADLESS_ORIGIN = 'redaksi-headless';

function noProvider(): Provider {
  const awareness = {
    getLocalState: () => null,
    getStates: () => new Map(),
    off: () => undefined,
    on: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  };
  return { awareness, connect: () => undefined, disconnect: () => undefined, off: () => undefined, on: () => undefined };
}

function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'redaksi-headless',
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

interface Follower {
  editor: LexicalEditor;
  binding: Binding;
  provider: Provider;
  /** Commits what the binding queued, so the editor state is current. */
  settle(): void;
  /** Also sends the editor's own edits into the document, as a window does. */
  writeBack(): void;
  dispose(): void;
}

/**
 * An editor (headless unless given) following `doc`'s body through Lexical's binding: content that
 * arrives after this builds it. The renderer's warm-up (editor/warmUp) follows one with a drawn editor.
 */
export function follow(doc: Doc, editor: LexicalEditor = headlessEditor()): Follower {
  skipCleanSubtreesInYjsSync();
  let binding!: Binding;
  // Made inside a discrete update: the binding's own set-up update then commits with it, here, instead of
  // in a microtask that keeps the whole editor alive until the caller yields (a migration converting
  // 100,000 articles in one synchronous transaction held 50 KB each that way, gigabytes).
  editor.update(
    () => {
      binding = createYjsBinding({ editor, id: 'body', doc, docMap: new Map([['body', doc]]), excludedProperties: EXCLUDED_PROPERTIES });
    },
    { discrete: true },
  );
  const provider = noProvider();
  const observer = (events: Array<YEvent<Y.AbstractType<unknown>>>, transaction: Transaction): void => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as Array<YEvent<YText>>, false);
  };
  const root = binding.root.getSharedType();
  root.observeDeep(observer);
  const removers: Array<() => void> = [() => root.unobserveDeep(observer)];
  return {
    editor,
    binding,
    provider,
    // The binding's updates are queued; a discrete update commits them now.
    settle: () => editor.update(() => undefined, { discrete: true }),
    writeBack: () =>
      removers.push(
        editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
          if (!tags.has(SKIP_COLLAB_TAG))
            syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
        }),
      ),
    dispose: () => removers.forEach((remove) => remove()),
  };
}

function refuseContent(doc: Doc): void {
  // The binding builds the editor from the events of content arriving; it cannot adopt content already there.
  if (doc.get(BODY_ROOT, Y.XmlText).length > 0) throw new Error('Bind the editor before the document receives its content.');
}

/**
 * Runs `fn` with a headless editor following a fresh replica of `source` (empty when null): the
 * binding exists before the content arrives, so the binding's own observer builds the Lexical tree.
 */
function withReplica<T>(source: Doc | null, fn: (follower: Follower, replica: Doc) => T): T {
  const replica = new Y.Doc();
  const follower = follow(replica);
  try {
    if (source) Y.applyUpdate(replica, Y.encodeStateAsUpdate(source), 'load');
    follower.settle();
    return fn(follower, replica);
  } finally {
    follower.dispose();
    replica.destroy();
  }
}

/**
 * A headless editor kept bound to `doc` both ways, as a window's is (tests and benchmarks type
 * through it as a second window would).
 */
export function bindHeadlessEditor(doc: Doc): { editor: LexicalEditor; dispose(): void } {
  refuseContent(doc);
  const follower = follow(doc);
  follower.writeBack();
  return { editor: follower.editor, dispose: follower.dispose };
}

/** The body as Lexical JSON, kept in step with a document (see mirrorBody). */
export interface BodyMirror {
  read(): SerializedBody;
  /** Builds the headless editor now, if it is not built yet (off the path of whoever waits for `read`). */
  warm(): void;
  dispose(): void;
}

/**
 * A read-only headless editor that follows `doc`'s body the way a window's does, so the main side
 * derives the JSON copy from an up-to-date editor instead of rebuilding one from the whole document
 * each time (8× the cost of parsing JSON for a long article). It follows a replica, built at the
 * first `read` or `warm`: the binding can only build its editor from content arriving, and building
 * it must not hold up the document's first window.
 */
export function mirrorBody(doc: Doc): BodyMirror {
  let built: { replica: Doc; follower: Follower } | null = null;
  const forward = (update: Uint8Array): void => {
    if (built) Y.applyUpdate(built.replica, update, 'load');
  };
  doc.on('update', forward);
  const build = (): Follower => {
    if (built) return built.follower;
    const replica = new Y.Doc();
    const follower = follow(replica);
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), 'load');
    built = { replica, follower };
    return follower;
  };
  return {
    read: () => {
      const follower = build();
      follower.settle();
      return follower.editor.getEditorState().toJSON() as unknown as SerializedBody;
    },
    warm: () => void build(),
    dispose: () => {
      doc.off('update', forward);
      built?.follower.dispose();
      built?.replica.destroy();
      built = null;
    },
  };
}

/**
 * Replaces whatever body the document holds with `body`, as one transaction on `doc`. Used for first
 * content (create, import, migration) and for restoring a version; windows merge it like any edit.
 * Returns the body in Lexical's normal form.
 */
export function writeBodyToDoc(doc: Doc, body: SerializedBody): SerializedBody {
  return withReplica(doc, ({ editor, settle, writeBack }, replica) => {
    const before = Y.encodeStateVector(replica);
    writeBack();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
    settle();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica, before), HEADLESS_ORIGIN);
    // What was written, as Lexical writes it (its normal form): what the document will derive to.
    return editor.getEditorState().toJSON() as unknown as SerializedBody;
  });
}

/**
 * Runs `$edit` in a headless editor over `doc`'s body and applies only what it changed to `doc`, as
 * one update with `origin` (a targeted edit: windows typing elsewhere are undisturbed).
 */
export function editBodyInDoc(doc: Doc, $edit: () => void, origin: unknown): void {
  withReplica(doc, ({ editor, writeBack }, replica) => {
    const before = Y.encodeStateVector(replica);
    writeBack();
    editor.update($edit, { discrete: true });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica, before), origin);
  });
}

/**
 * The body as Lexical itself writes it (what a document derives to): fields filled in, list values
 * counted, and so on. Check the body with findBodyProblem first: this parses it.
 */
export function normalizeBody(body: SerializedBody): SerializedBody {
  const editor = headlessEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}

/** The body as Lexical JSON, read from the document's current state. */
export function readBodyFromDoc(doc: Doc): SerializedBody {
  return withReplica(doc, ({ editor }) => editor.getEditorState().toJSON() as unknown as SerializedBody);
}
