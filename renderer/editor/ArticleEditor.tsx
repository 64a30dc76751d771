// One article open for editing: its live document (body and fields, merged with every other window
// through the main side), status, export and the side panels.
import { $restorePassages } from './restorePassages';
import type { DroppedPassage } from '../../shared/import/siteFurniture';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
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
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type MutableRefObject, type ReactNode } from 'react';
import { STATUS_TRANSITIONS, type ArticleStatus } from '../../shared/articles/status';
import * as Y from 'yjs';
import { fieldsMap, readFieldsFromDoc, readStatusFromDoc, writeFieldsToDoc } from '../../shared/collab/articleDoc';
import { EXCLUDED_PROPERTIES } from '../../shared/collab/bodyDoc';
import { LiveClient, type LiveState } from '../../shared/collab/liveClient';
import type { ArticleRecord, ArticleSummary } from '../../shared/contract/channels';
import { ARTICLE_NODES } from '../../shared/editor/nodes/articleNodes';
import { checkLinkUrl } from '../../shared/text/safeUrl';
import { bridge } from '../transport/bridge';
import { setLiveHeadline } from '../library/liveHeadlines';
import { clearLiveJournal, mergeLiveJournal, writeLiveJournal } from '../live/liveJournal';
import { LiveProvider } from '../live/LiveProvider';
import { useNewsroomAccount } from '../live/newsroomAccount';
import { liveTransportFor } from '../live/liveTransport';
import { editorTheme } from './editorTheme';
import { MetaFields, type MetaValues } from './MetaFields';
import { NewsroomStatus } from './NewsroomStatus';
import { SaveStatus } from './SaveStatus';
import { StatusControls } from './StatusControls';
import { ToolbarPlugin } from './ToolbarPlugin';
import { EmptyHeaderLabelPlugin } from './table/EmptyHeaderLabelPlugin';
import { GalleryPlugin } from './gallery/GalleryPlugin';
import { FootnotesPlugin } from './footnotes/FootnotesPlugin';
import { ArticleSidePanel } from './ArticleSidePanel';
import { SideTabsProvider } from './sidePanel/sideTabs';
import { MenuButton } from '../dialogs/MenuButton';
import { PaneSeparator, useStoredWidth } from '../app/PaneSeparator';
import { ExportDialog } from './ExportDialog';
import { PublishDialog } from '../publishing/PublishDialog';
import { PastePlugin } from './PastePlugin';
import { PublishPreview } from './PublishPreview';
import { ClaimHighlightsPlugin } from './claims/ClaimHighlightsPlugin';
import { ClaimsProvider } from './claims/claimsState';
import { CommentsProvider } from './comments/commentsState';
import { SuggestionsProvider } from './suggestions/suggestionsState';
import { SuggestionsPlugin } from './suggestions/SuggestionsPlugin';
import { useProfile } from '../app/profile';
import { HeroSlot } from './images/HeroSlot';
import { ArticleLanguageContext } from './articleLanguage';
import './images/registerSlotView';
import './embed/registerEmbedView';
import { NameDialog } from '../dialogs/NameDialog';
import { SectionsPlugin } from './sections/SectionsPlugin';
import { FindBar, type FindMode } from './find/FindBar';
import { SpellcheckPlugin } from './spellcheck/SpellcheckPlugin';
import { ClaimStepPlugin } from './claims/ClaimStepPlugin';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../i18n/i18n';

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
  /** Resolves when every edit so far is on disk (or after a few seconds offline); 'manual' also saves a named version. */
  flush(kind?: 'auto' | 'manual'): Promise<void>;
  hasUnsavedChanges(): boolean;
  /** Keeps edits not yet on disk in this browser's storage, synchronously (the page may be going away). */
  journalNow(): void;
  /** Ctrl+F / Ctrl+H: the find bar, its query field focused. */
  find(mode: FindMode): void;
  /** What an import left out as furniture, back in the text where it was; false when the text cannot change. */
  restorePassages(passages: DroppedPassage[]): boolean;
}

/** How long flushing waits for the main side before going on (offline, the edits stay in the window). */
const FLUSH_WAIT_MS = 4000;

interface EditorProps {
  articleId: string;
  /** A new article: the cursor starts in the headline. */
  focusHeadline: boolean;
  handleRef: MutableRefObject<EditorHandle | null>;
  onChanged(summary?: ArticleSummary): void;
  onClosed(): void;
}

/** Memoized: the library refreshing around it must not re-render the editor. */
export const ArticleEditor = memo(function ArticleEditor({ articleId, focusHeadline, handleRef, onChanged, onClosed }: EditorProps) {
  const [loaded, setLoaded] = useState<{ article: ArticleRecord } | { error: string } | null>(null);
  // The live document is asked for at once, beside the article's record: its content is on its way
  // while the editor is built (and held until the editor is bound to it).
  const live = useMemo(() => createLive(articleId), [articleId]);
  const { t } = useTranslation();
  useEffect(() => {
    live.client.prefetch();
    return () => live.client.pause();
  }, [live]);
  useEffect(() => {
    let current = true;
    setLoaded(null);
    void bridge.call('articles:record', { ref: articleId }).then((result) => {
      if (current) setLoaded(result.ok ? { article: result.value } : { error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [articleId]);

  if (loaded === null) return <p className="empty-state">{t('editor.opening')}</p>;
  if ('error' in loaded)
    return (
      <p className="empty-state" role="alert">
        {loaded.error}
      </p>
    );
  return (
    <EditorSession
      key={loaded.article.id}
      article={loaded.article}
      live={live}
      focusHeadline={focusHeadline}
      handleRef={handleRef}
      onChanged={onChanged}
      onClosed={onClosed}
    />
  );
});

interface SessionProps {
  article: ArticleRecord;
  live: Live;
  focusHeadline: boolean;
  handleRef: MutableRefObject<EditorHandle | null>;
  onChanged(summary?: ArticleSummary): void;
  onClosed(): void;
}

interface Live {
  doc: Y.Doc;
  client: LiveClient;
  provider: LiveProvider;
  /**
   * Field edits made before the main side's content arrived. Written then, a concurrent set of the
   * same key (the document's first content) could win over them; they are written after the welcome.
   */
  pendingFields: Partial<MetaValues>;
  subscribe(listener: (state: LiveState) => void): () => void;
}

/** One document and its channel per opened article; the channel opens when the editor binds it. */
function createLive(articleId: string): Live {
  const doc = new Y.Doc();
  const listeners = new Set<(state: LiveState) => void>();
  let provider: LiveProvider | null = null;
  let journalTimer: ReturnType<typeof setTimeout> | null = null;
  const client = new LiveClient(doc, {
    open: liveTransportFor(articleId),
    onState: (state) => {
      if (state.saved) {
        if (journalTimer) clearTimeout(journalTimer);
        journalTimer = null;
        // Only once synced: a journal left by an earlier window is merged at the welcome first.
        if (client.synced) clearLiveJournal(articleId);
      } else if (state.connection !== 'online' && journalTimer === null) {
        // Cut off from the main side: what is typed goes to this browser's storage too, every half
        // second at most, so even a crash of this page loses nothing.
        journalTimer = setTimeout(() => {
          journalTimer = null;
          if (!client.state.saved) writeLiveJournal(articleId, doc);
        }, 500);
      }
      for (const listener of listeners) listener(state);
      provider?.notify();
    },
    onSynced: () => {
      // A journal left by a window that closed offline merges in now and goes to the main side.
      mergeLiveJournal(articleId, doc);
      writeFieldsToDoc(doc, live.pendingFields);
      live.pendingFields = {};
      provider?.notify();
    },
  });
  provider = new LiveProvider(client);
  const live: Live = {
    pendingFields: {},
    doc,
    client,
    provider,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return live;
}

function EditorSession({ article, live, focusHeadline, handleRef, onChanged, onClosed }: SessionProps) {
  const fallback = useMemo<MetaValues>(
    () => ({
      headline: article.headline,
      dek: article.dek,
      byline: article.byline,
      language: article.language,
      timeZone: article.timeZone,
      publishAt: article.publishAt,
      hero: article.hero,
      tags: article.tags ?? [],
    }),
    [article],
  );
  const [meta, setMeta] = useState<MetaValues>(fallback);
  const [synced, setSynced] = useState(false);
  const [status, setStatus] = useState<ArticleStatus>(article.status);
  const [notice, setNotice] = useState<string | null>(null);
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [templateDialog, setTemplateDialog] = useState(false);
  const [finding, setFinding] = useState<{ mode: FindMode; request: number } | null>(null);
  const openFind = useCallback((mode: FindMode) => setFinding((f) => ({ mode, request: (f?.request ?? 0) + 1 })), []);
  // The toolbar sticks just under the header, whose height changes as its buttons wrap (set on the
  // article straight away: no re-render of the editor for it).
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = headerRef.current;
    if (!header) return;
    const observer = new ResizeObserver(() => header.parentElement?.style.setProperty('--header-height', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const [previewing, setPreviewing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const editorRef = useRef<LexicalEditor | null>(null);

  // The fields follow the document, whoever changed them.
  useEffect(() => {
    const map = fieldsMap(live.doc);
    const read = () => {
      const fields = readFieldsFromDoc(live.doc, fallback);
      setMeta({ ...fields, tags: fields.tags ?? [], ...live.pendingFields });
      // The status follows the document too: another window or desk may have moved it.
      const docStatus = readStatusFromDoc(live.doc);
      if (docStatus) setStatus(docStatus);
    };
    map.observeDeep(read);
    read();
    return () => map.unobserveDeep(read);
  }, [live, fallback]);

  // The library's row follows the headline as typed, here or in another window.
  useEffect(() => setLiveHeadline(article.id, meta.headline), [article.id, meta.headline]);

  // A viewer's account may read the newsroom's articles, never change them (the server refuses too).
  const account = useNewsroomAccount();
  const profileState = useProfile();
  const profile = profileState?.profile ?? null;
  // Who signs comments and suggestions: the profile, else (on a newsroom desk) the account's name
  // offered for it, so a fact-checker who has not opened Profile… still suggests rather than edits.
  const signer = profile ?? profileState?.suggested ?? null;
  const readOnly = account?.role === 'viewer';
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;

  useEffect(() => {
    const ready = () => {
      if (!live.client.synced) return;
      // At once, not after React's next render of the whole editor: the text is in place now.
      editorRef.current?.setEditable(!readOnlyRef.current);
      setSynced(true);
    };
    ready();
    return live.subscribe(ready);
  }, [live]);

  // Editing starts once the main side's content is here: typing into an empty editor first would
  // add a paragraph of its own beside the real one. (Normally `ready` above did it already.)
  useEffect(() => {
    editorRef.current?.setEditable(synced && !readOnly);
  }, [synced, readOnly]);

  useEffect(() => {
    const flush = async (kind: 'auto' | 'manual' = 'auto') => {
      await Promise.race([live.client.whenSaved(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
      if (kind === 'manual') {
        const version = await bridge.call('articles:saveVersion', { id: article.id });
        setNotice(version.ok ? null : translate('editor.versionFailed', { reason: version.error.message }));
      }
      onChanged();
    };
    handleRef.current = {
      flush,
      hasUnsavedChanges: () => !live.client.state.saved,
      journalNow: () => {
        if (!live.client.state.saved) writeLiveJournal(article.id, live.doc);
      },
      find: openFind,
      restorePassages: (passages) => {
        const editor = editorRef.current;
        if (!editor?.isEditable()) return false;
        editor.update(() => $restorePassages(passages));
        return true;
      },
    };
    // The library's "updated" time follows the derived copy, which follows typing by a second or so.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = live.subscribe((state) => {
      if (!state.saved) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => requestIdleCallback(() => onChanged(), { timeout: 3000 }), 2500);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [live, article.id, handleRef, onChanged, openFind]);

  const flushNow = useCallback(async () => {
    await handleRef.current?.flush();
  }, [handleRef]);

  const updateMeta = useCallback(
    (patch: Partial<MetaValues>) => {
      if (live.client.synced) {
        writeFieldsToDoc(live.doc, patch);
        return;
      }
      live.pendingFields = { ...live.pendingFields, ...patch };
      setMeta((current) => ({ ...current, ...patch }));
    },
    [live],
  );

  async function transition(to: ArticleStatus) {
    setBusy(true);
    setNotice(null);
    await flushNow();
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
    await flushNow();
    const result = await bridge.call('articles:trash', { id: article.id });
    setBusy(false);
    if (result.ok) {
      onChanged(result.value);
      onClosed();
    } else setNotice(result.error.message);
  }

  const initialConfig = {
    namespace: 'redaksi-article',
    nodes: [...ARTICLE_NODES],
    theme: editorTheme,
    // The collaboration plugin fills the editor from the document; no window ever seeds one.
    editorState: null,
    editable: false,
    onError: (error: Error) => {
      throw error;
    },
  };

  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Y.Doc>) => {
      docMap.set(id, live.doc);
      return live.provider.asProvider();
    },
    [live],
  );

  async function saveAsTemplate(name: string) {
    await flushNow();
    const result = await bridge.call('templates:saveFromArticle', { articleId: article.id, name });
    setTemplateDialog(false);
    setNotice(result.ok ? t('editor.templateSaved', { name: result.value.name }) : result.error.message);
  }

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <ClaimsProvider articleId={article.id} flushArticle={flushNow} doc={live.doc} synced={synced}>
          <CommentsProvider doc={live.doc} awareness={live.client.awareness} me={signer?.name ?? null} readOnly={readOnly}>
            <SuggestionsProvider doc={live.doc} profile={signer} readOnly={readOnly} startSuggesting={account?.role === 'fact-checker'}>
              <SideTabsProvider>
                <ArticleLanguageContext.Provider value={meta.language}>
                  <EditorLayout
                    article={
                      <article className="editor" aria-label={t('editor.label')}>
                        <header className="editor-header" ref={headerRef}>
                          <div className="editor-header-row">
                            <StatusControls status={status} busy={busy} onTransition={(to) => void transition(to)} />
                            <div className="editor-header-end">
                              <SaveStatus client={live.client} subscribe={live.subscribe} />
                              <NewsroomStatus client={live.client} subscribe={live.subscribe} />
                              {readOnly && <span className="newsroom-state">{t('editor.readOnly')}</span>}
                              <button type="button" onClick={() => setPreviewing(true)}>
                                {t('editor.preview')}
                              </button>
                              <button type="button" onClick={() => setExporting(true)}>
                                {t('editor.export')}
                              </button>
                              <MenuButton
                                label={t('editor.more')}
                                name={t('editor.moreActions')}
                                items={[
                                  ...STATUS_TRANSITIONS[status].slice(1).map((step) => ({
                                    label: t(`transition.${step.name}`),
                                    onSelect: () => void transition(step.to),
                                    disabled: busy,
                                  })),
                                  { label: t('editor.publishTo'), onSelect: () => setPublishing(true) },
                                  { label: t('editor.findReplace'), onSelect: () => openFind('replace') },
                                  { label: t('editor.saveAsTemplate'), onSelect: () => setTemplateDialog(true) },
                                  { label: t('editor.trash'), onSelect: () => void moveToTrash(), disabled: busy },
                                ]}
                              />
                            </div>
                          </div>
                          {finding && (
                            <FindBar
                              mode={finding.mode}
                              request={finding.request}
                              meta={meta}
                              readOnly={readOnly}
                              onMeta={updateMeta}
                              onMode={(mode) => setFinding((f) => f && { ...f, mode })}
                              onClose={() => setFinding(null)}
                            />
                          )}
                        </header>
                        {notice && (
                          <p className="notice" role="alert">
                            {notice}
                          </p>
                        )}
                        {exporting && <ExportDialog articleId={article.id} flush={flushNow} onClose={() => setExporting(false)} />}
                        {publishing && <PublishDialog articleId={article.id} flush={flushNow} onClose={() => setPublishing(false)} />}
                        {previewing && (
                          <PublishPreview
                            articleId={article.id}
                            slug={article.slug}
                            flush={flushNow}
                            onClose={() => setPreviewing(false)}
                          />
                        )}
                        {templateDialog && (
                          <NameDialog
                            title={t('editor.templateTitle')}
                            label={t('editor.templateName')}
                            confirmLabel={t('editor.templateSave')}
                            onConfirm={(name) => void saveAsTemplate(name)}
                            onCancel={() => setTemplateDialog(false)}
                          />
                        )}
                        <MetaFields values={meta} autoFocusHeadline={focusHeadline} readOnly={readOnly} onChange={updateMeta} />
                        {meta.hero && (
                          <HeroSlot
                            slot={meta.hero}
                            readOnly={readOnly}
                            onChange={(patch) => updateMeta({ hero: { ...meta.hero!, ...patch } })}
                          />
                        )}
                        <ToolbarPlugin language={meta.language} />
                        <div className="body-frame" aria-busy={!synced}>
                          <RichTextPlugin
                            contentEditable={
                              <ContentEditable
                                className="editor-body"
                                role="textbox"
                                aria-label={t('editor.body')}
                                aria-multiline="true"
                                // The browser's checker may fetch dictionaries from the network; Redaksi stays offline.
                                spellCheck={false}
                                lang={meta.language}
                                aria-placeholder={synced ? t('editor.placeholder') : t('editor.opening')}
                                placeholder={
                                  <div className="editor-placeholder">{synced ? t('editor.placeholder') : t('editor.opening')}</div>
                                }
                              />
                            }
                            ErrorBoundary={LexicalErrorBoundary}
                          />
                        </div>
                        {/* Before the collaboration plugin: its effect may apply the content at once, and the session then
                  makes the editor editable through this ref. */}
                        <EditorRefPlugin editorRef={editorRef} />
                        {/* Undo and redo are the Yjs undo manager's, per window: only this window's own edits. */}
                        <CollaborationPlugin
                          id={article.id}
                          providerFactory={providerFactory}
                          shouldBootstrap={false}
                          excludedProperties={EXCLUDED_PROPERTIES}
                          // Shown on this window's cursor in the others (windows and desks): the profile's name and colour.
                          username={profile?.name || account?.name || t('editor.anotherWindow')}
                          cursorColor={profile?.colour}
                        />
                        <ListPlugin />
                        <TablePlugin hasHorizontalScroll />
                        <EmptyHeaderLabelPlugin />
                        <GalleryPlugin />
                        <FootnotesPlugin />
                        <LinkPlugin validateUrl={isAcceptedLinkUrl} />
                        <MarkdownShortcutPlugin transformers={TYPING_SHORTCUTS} />
                        <SectionsPlugin />
                        <PastePlugin onError={setNotice} />
                        <SuggestionsPlugin />
                        <SpellcheckPlugin language={meta.language} />
                        <ClaimStepPlugin />
                      </article>
                    }
                    side={
                      <ArticleSidePanel
                        articleId={article.id}
                        headline={meta.headline}
                        hero={meta.hero}
                        language={meta.language}
                        flush={flushNow}
                      />
                    }
                  />
                </ArticleLanguageContext.Provider>
              </SideTabsProvider>
              <ClaimHighlightsPlugin />
            </SuggestionsProvider>
          </CommentsProvider>
        </ClaimsProvider>
      </LexicalComposer>
    </LexicalCollaboration>
  );
}

/** The article and the side panel with the handle between them: dragging it re-renders only this. */
function EditorLayout({ article, side }: { article: ReactNode; side: ReactNode }) {
  const [sideWidth, setSideWidth] = useStoredWidth('redaksi:side-width', 360);
  const { t } = useTranslation();
  return (
    <div className="editor-layout" style={{ '--side-width': `${sideWidth}px` } as CSSProperties}>
      {/* The cell holds the scroller out of the grid's flow: see .editor-column in styles.css. */}
      <div className="editor-column-cell">
        <div className="editor-column">{article}</div>
      </div>
      <PaneSeparator
        label={t('editor.resizeSide')}
        controls="article-tools"
        side="right"
        width={sideWidth}
        min={280}
        max={560}
        onWidth={setSideWidth}
      />
      {side}
    </div>
  );
}
