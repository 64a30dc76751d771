// One article open for editing: its fields, the Lexical body, autosave, status and conflict handling.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
} from '@lexical/markdown';
import type { LexicalEditor } from 'lexical';
import { memo, useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { ArticleStatus } from '../../shared/articles/status';
import type { Article, ArticleFields, ArticleSummary } from '../../shared/contract/channels';
import type { SerializedBody } from '../../shared/contract/lexicalState';
import { ARTICLE_NODES } from '../../shared/editor/nodes/articleNodes';
import { checkLinkUrl } from '../../shared/text/safeUrl';
import { bridge } from '../transport/bridge';
import { Autosaver, type SaveState } from './autosave';
import { clearJournal, recoverableEntry, writeJournal, type JournalEntry } from './recoveryJournal';
import { DirtyTrackerPlugin } from './DirtyTrackerPlugin';
import { editorTheme } from './editorTheme';
import { MetaFields, type MetaValues } from './MetaFields';
import { SaveStatus } from './SaveStatus';
import { StatusControls } from './StatusControls';
import { ToolbarPlugin } from './ToolbarPlugin';
import { ArticleSidePanel } from './ArticleSidePanel';
import { ExportDialog } from './ExportDialog';
import { PastePlugin } from './PastePlugin';
import { PublishPreview } from './PublishPreview';
import { ClaimHighlightsPlugin } from './claims/ClaimHighlightsPlugin';
import { ClaimsProvider } from './claims/claimsState';
import { ImageSlotView } from './images/ImageSlotView';
import './images/registerSlotView';
import { NameDialog } from '../dialogs/NameDialog';
import { SectionsPlugin } from './sections/SectionsPlugin';

/** Markdown-style typing shortcuts ("## " → heading, "> " → quote, "- " → list, **bold**). */
const TYPING_SHORTCUTS = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
];

/** Module-level so LinkPlugin does not re-register (and re-run its transforms) on every render. */
function isAcceptedLinkUrl(url: string): boolean {
  return checkLinkUrl(url) === url;
}

export interface EditorHandle {
  flush(kind?: 'auto' | 'manual'): Promise<void>;
  hasUnsavedChanges(): boolean;
  /** Puts unsaved edits into the recovery journal synchronously (the page may be going away). */
  journalNow(): void;
}

type Loaded = { article: Article; generation: number; recovery: JournalEntry | null; restored: boolean };

interface EditorProps {
  articleId: string;
  /** A new article: the cursor starts in the headline. */
  focusHeadline: boolean;
  handleRef: MutableRefObject<EditorHandle | null>;
  onChanged(summary?: ArticleSummary): void;
  onClosed(): void;
}

/** Memoized: the library refreshing around it (after every autosave) must not re-render the editor. */
export const ArticleEditor = memo(function ArticleEditor({ articleId, focusHeadline, handleRef, onChanged, onClosed }: EditorProps) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | null>(null);
  const load = useCallback(async () => {
    const result = await bridge.call('articles:get', { ref: articleId });
    setLoaded((prev) =>
      result.ok
        ? {
            article: result.value,
            generation: (prev && 'generation' in prev ? prev.generation : 0) + 1,
            recovery: recoverableEntry(result.value),
            restored: false,
          }
        : { error: result.error.message },
    );
  }, [articleId]);
  /**
   * The journal's text replaces the editor's and is saved on top of the newest revision (what was
   * there, including anything typed since opening, stays in the history).
   */
  const restore = useCallback(
    async (entry: JournalEntry) => {
      await handleRef.current?.flush();
      const current = await bridge.call('articles:get', { ref: articleId });
      setLoaded((prev) => {
        if (!prev || !('article' in prev)) return prev;
        if (!current.ok) return { error: current.error.message };
        return { article: { ...current.value, ...entry.fields }, generation: prev.generation + 1, recovery: null, restored: true };
      });
    },
    [articleId, handleRef],
  );
  const discard = useCallback(() => {
    clearJournal(articleId);
    setLoaded((prev) => (prev && 'article' in prev ? { ...prev, recovery: null } : prev));
  }, [articleId]);
  useEffect(() => {
    setLoaded(null);
    void load();
  }, [load]);

  if (loaded === null) return <p className="empty-state">Opening…</p>;
  if ('error' in loaded)
    return (
      <p className="empty-state" role="alert">
        {loaded.error}
      </p>
    );
  return (
    <EditorSession
      key={`${loaded.article.id}:${loaded.generation}`}
      article={loaded.article}
      restored={loaded.restored}
      recovery={loaded.recovery}
      onRestore={(entry) => void restore(entry)}
      onDiscard={discard}
      focusHeadline={focusHeadline}
      handleRef={handleRef}
      onReload={load}
      onChanged={onChanged}
      onClosed={onClosed}
    />
  );
});

const isSaving = (state: SaveState) => state.kind === 'pending' || state.kind === 'saving';

let idleRefresh: number | null = null;
/** Runs `task` once the page is idle, coalescing repeated requests (at most one wait at a time). */
function whenIdle(task: () => void): void {
  if (idleRefresh !== null) return;
  idleRefresh = requestIdleCallback(
    () => {
      idleRefresh = null;
      task();
    },
    { timeout: 3000 },
  );
}

interface SessionProps {
  article: Article;
  /** Opened with text from the recovery journal, not yet saved. */
  restored: boolean;
  recovery: JournalEntry | null;
  onRestore(entry: JournalEntry): void;
  onDiscard(): void;
  focusHeadline: boolean;
  handleRef: MutableRefObject<EditorHandle | null>;
  onReload(): Promise<void>;
  onChanged(summary?: ArticleSummary): void;
  onClosed(): void;
}

function EditorSession({
  article,
  restored,
  recovery,
  onRestore,
  onDiscard,
  focusHeadline,
  handleRef,
  onReload,
  onChanged,
  onClosed,
}: SessionProps) {
  const metaRef = useRef<MetaValues>({
    headline: article.headline,
    dek: article.dek,
    byline: article.byline,
    language: article.language,
    timeZone: article.timeZone,
    publishAt: article.publishAt,
    hero: article.hero,
  });
  const [meta, setMeta] = useState(metaRef.current);
  const [status, setStatus] = useState<ArticleStatus>(article.status);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [templateDialog, setTemplateDialog] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const editorRef = useRef<LexicalEditor | null>(null);
  const autosaverRef = useRef<Autosaver | null>(null);
  const revisionRef = useRef(article.revision);

  const snapshot = useCallback((): ArticleFields => {
    const editor = editorRef.current;
    const body = (editor ? editor.getEditorState().toJSON() : article.body) as SerializedBody;
    return { ...metaRef.current, body };
  }, [article.body]);

  useEffect(() => {
    const autosaver = new Autosaver({
      baseRevision: revisionRef.current,
      snapshot,
      save: (request) => bridge.call('articles:save', { id: article.id, ...request }),
      // "Pending" and "saving" read the same ("Saving…"): while typing goes on, the periodic saves
      // must not re-render the editor for a change nobody can see.
      onState: (next) => setSaveState((prev) => (isSaving(prev) && isSaving(next) ? prev : next)),
      onSaved: (saved) => {
        revisionRef.current = saved.revision;
        // The library's "updated" time can wait for a quiet moment.
        whenIdle(onChanged);
      },
      journal: {
        write: (fields, baseRevision) => writeJournal(article.id, baseRevision, fields),
        clear: () => clearJournal(article.id),
      },
    });
    autosaverRef.current = autosaver;
    handleRef.current = {
      flush: (kind) => autosaver.flush(kind),
      hasUnsavedChanges: () => autosaver.hasUnsavedChanges,
      journalNow: () => autosaver.journalNow(),
    };
    if (restored) autosaver.markDirty();
    return () => {
      // Switching articles or closing: whatever is unsaved goes to the store first.
      void autosaver.flush().finally(() => autosaver.dispose());
      if (autosaverRef.current === autosaver) autosaverRef.current = null;
    };
  }, [article.id, snapshot, handleRef, onChanged, restored]);

  const markDirty = useCallback(() => autosaverRef.current?.markDirty(), []);
  const flush = useCallback(() => void autosaverRef.current?.flush(), []);
  const flushNow = useCallback(async () => {
    await autosaverRef.current?.flush();
  }, []);

  const updateMeta = useCallback(
    (patch: Partial<MetaValues>) => {
      metaRef.current = { ...metaRef.current, ...patch };
      setMeta(metaRef.current);
      markDirty();
    },
    [markDirty],
  );

  async function transition(to: ArticleStatus) {
    setBusy(true);
    setNotice(null);
    await autosaverRef.current?.flush();
    const result = await bridge.call('articles:setStatus', { id: article.id, from: status, to });
    setBusy(false);
    if (result.ok) {
      setStatus(result.value.status);
      onChanged(result.value);
    } else {
      setNotice(result.error.message);
    }
  }

  async function moveToTrash() {
    setBusy(true);
    await autosaverRef.current?.flush();
    const result = await bridge.call('articles:trash', { id: article.id });
    setBusy(false);
    if (result.ok) {
      onChanged(result.value);
      onClosed();
    } else setNotice(result.error.message);
  }

  async function reloadTheirs() {
    const kept = await bridge.call('revisions:keepCopy', { articleId: article.id, baseRevision: revisionRef.current, fields: snapshot() });
    if (!kept.ok) {
      setNotice(`Your copy could not be kept, so nothing was reloaded: ${kept.error.message}`);
      return;
    }
    // The copy is in the history now; the journal need not offer it again.
    clearJournal(article.id);
    autosaverRef.current?.dispose();
    await onReload();
  }

  async function keepMine() {
    if (saveState.kind !== 'conflict') return;
    await autosaverRef.current?.resolveKeepMine(saveState.currentRevision);
  }

  const initialConfig = {
    namespace: 'redaksi-article',
    nodes: [...ARTICLE_NODES],
    theme: editorTheme,
    editorState: JSON.stringify(article.body),
    onError: (error: Error) => {
      throw error;
    },
  };

  async function saveAsTemplate(name: string) {
    await autosaverRef.current?.flush();
    const result = await bridge.call('templates:saveFromArticle', { articleId: article.id, name });
    setTemplateDialog(false);
    setNotice(result.ok ? `Saved as the template “${result.value.name}”. New articles can start from it.` : result.error.message);
  }

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ClaimsProvider articleId={article.id} flushArticle={flushNow}>
        <div className="editor-layout">
          <article className="editor" aria-label="Article editor" onBlur={flush}>
            <header className="editor-header">
              <StatusControls status={status} busy={busy} onTransition={(to) => void transition(to)} />
              <div className="editor-header-end">
                <SaveStatus state={saveState} />
                <button type="button" onClick={() => setPreviewing(true)}>
                  Preview
                </button>
                <button type="button" onClick={() => setExporting(true)}>
                  Export…
                </button>
                <button type="button" onClick={() => setTemplateDialog(true)}>
                  Save as template
                </button>
                <button type="button" onClick={() => void moveToTrash()} disabled={busy}>
                  Move to trash
                </button>
              </div>
            </header>
            {notice && (
              <p className="notice" role="alert">
                {notice}
              </p>
            )}
            {recovery && (
              <div className="recovery" role="alert">
                <p>
                  Unsaved changes from {new Date(recovery.writtenAt).toLocaleString()} were found: Redaksi closed before it could save them.
                  The article below is the last saved version.
                </p>
                <div className="button-row">
                  <button type="button" onClick={() => onRestore(recovery)}>
                    Restore unsaved changes
                  </button>
                  <button type="button" onClick={onDiscard}>
                    Discard them
                  </button>
                </div>
              </div>
            )}
            {saveState.kind === 'retrying' && (
              <div className="save-problem" role="alert">
                <p>Not saved: {saveState.message} Redaksi keeps trying; nothing typed here is lost, and a copy is kept for recovery.</p>
                <button type="button" onClick={() => autosaverRef.current?.retryNow()}>
                  Retry now
                </button>
              </div>
            )}
            {exporting && <ExportDialog articleId={article.id} flush={flushNow} onClose={() => setExporting(false)} />}
            {previewing && (
              <PublishPreview articleId={article.id} slug={article.slug} flush={flushNow} onClose={() => setPreviewing(false)} />
            )}
            {templateDialog && (
              <NameDialog
                title="Save as template"
                label="Template name"
                confirmLabel="Save template"
                onConfirm={(name) => void saveAsTemplate(name)}
                onCancel={() => setTemplateDialog(false)}
              />
            )}
            {saveState.kind === 'conflict' && (
              <div className="conflict" role="alert">
                <p>
                  This article was saved from another window (revision {saveState.currentRevision}) while you were editing. Your text is
                  still here and nothing has been lost.
                </p>
                <div className="button-row">
                  <button type="button" onClick={() => void keepMine()}>
                    Keep mine
                  </button>
                  <button type="button" onClick={() => void reloadTheirs()}>
                    Reload theirs
                  </button>
                </div>
                <p className="hint">
                  “Keep mine” saves your text as the newest revision (theirs stays in the history); “Reload theirs” keeps your text as a
                  snapshot in the history and opens theirs.
                </p>
              </div>
            )}
            <MetaFields values={meta} autoFocusHeadline={focusHeadline} onChange={updateMeta} />
            {meta.hero && (
              <div className="hero-slot">
                <ImageSlotView
                  slot={meta.hero}
                  label="hero image"
                  onChange={(patch) => updateMeta({ hero: { ...metaRef.current.hero!, ...patch } })}
                />
              </div>
            )}
            <ToolbarPlugin language={meta.language} />
            <div className="body-frame">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="editor-body"
                    role="textbox"
                    aria-label="Article body"
                    aria-multiline="true"
                    // The browser's checker may fetch dictionaries from the network; Redaksi stays offline.
                    spellCheck={false}
                    lang={meta.language}
                    aria-placeholder="Write the article…"
                    placeholder={<div className="editor-placeholder">Write the article…</div>}
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
            <HistoryPlugin />
            <ListPlugin />
            <LinkPlugin validateUrl={isAcceptedLinkUrl} />
            <MarkdownShortcutPlugin transformers={TYPING_SHORTCUTS} />
            <SectionsPlugin />
            <PastePlugin onError={setNotice} />
            <EditorRefPlugin editorRef={editorRef} />
            <DirtyTrackerPlugin onChange={markDirty} />
          </article>
          <ArticleSidePanel headline={meta.headline} hero={meta.hero} language={meta.language} />
        </div>
        <ClaimHighlightsPlugin />
      </ClaimsProvider>
    </LexicalComposer>
  );
}
