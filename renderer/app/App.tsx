// The workstation: the library beside the open article, and the app-wide commands.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { AppCommand, StoreStatus } from '../../shared/contract/channels';
import { StoreProblemScreen } from './StoreProblemScreen';
import { ImportNotice, type ImportOutcome } from './ImportNotice';
import { PaneSeparator, useStoredWidth } from './PaneSeparator';
import { TopBar } from './TopBar';
import { ArchiveImportDialog } from './ArchiveImportDialog';
import { ArticleEditor, type EditorHandle } from '../editor/ArticleEditor';
import { scheduleEditorWarmUp } from '../editor/warmUp/warmEditor';
import { isMac } from '../editor/editorShortcuts';
import { LibraryView } from '../library/LibraryView';
import { draftFormatOf } from '../../shared/import/draftFormat';
import { NewArticleDialog, type NewArticleChoice } from '../templates/NewArticleDialog';
import { TemplateManager } from '../templates/TemplateManager';
import { bridge, isElectron } from '../transport/bridge';
import { useTranslation } from 'react-i18next';

/** Browser mode has no menu: the same commands on the keyboard (Ctrl+N belongs to the browser, so Alt is added). */
function keyCommand(event: KeyboardEvent): AppCommand | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod) return null;
  if (event.code === 'KeyS' && !event.shiftKey && !event.altKey) return 'save-now';
  if (event.code === 'KeyN' && event.altKey) return 'new-article';
  if (event.code === 'KeyF' && event.shiftKey && !event.altKey) return 'find';
  if (event.code === 'KeyF' && !event.altKey) return 'find-in-article';
  if (event.code === 'KeyH' && !event.shiftKey && !event.altKey) return 'replace-in-article';
  if (event.code === 'KeyW' && event.altKey) return 'close-article';
  return null;
}

/** The article open when the app was last closed, reopened on start. */
const LAST_ARTICLE_KEY = 'redaksi:last-article';
const LIBRARY_OPEN_KEY = 'redaksi:library-open';
/** Narrower than this, an open article takes the room: the library shows only when asked for. */
const NARROW_PX = 1100;

function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function App() {
  // The whole tree re-renders in the new language when it changes (no remount: nothing typed is lost).
  const { t } = useTranslation();
  const [store, setStore] = useState<StoreStatus | { state: 'checking' } | { state: 'error'; message: string }>({ state: 'checking' });
  useEffect(() => {
    void bridge
      .call('store:status', {})
      .then((result) => setStore(result.ok ? result.value : { state: 'error', message: result.error.message }));
  }, []);
  if (store.state === 'checking') return <p className="empty-state">{t('app.opening')}</p>;
  if (store.state === 'error')
    return (
      <p className="empty-state" role="alert">
        {store.message}
      </p>
    );
  if (store.state === 'unavailable') return <StoreProblemScreen status={store} onStatus={setStore} />;
  return <Workstation />;
}

function Workstation() {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  // An import's notes are kept as they came, and said in the interface's language when shown.
  const [error, setError] = useState<string | ImportOutcome | null>(null);
  const [freshArticleId, setFreshArticleId] = useState<string | null>(null);
  const editorHandle = useRef<EditorHandle | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const viewport = useViewportWidth();
  const narrow = viewport < NARROW_PX;
  const [libraryOpen, setLibraryOpen] = useState(() => localStorage.getItem(LIBRARY_OPEN_KEY) !== 'no');
  /** On a narrow window: the library asked for, until an article is picked. */
  const [libraryPeek, setLibraryPeek] = useState(false);
  const libraryShown = !selectedId || (narrow ? libraryPeek : libraryOpen);
  const [libraryWidth, setLibraryWidth] = useStoredWidth('redaksi:library-width', 280);
  const toggleLibrary = useCallback(() => {
    if (narrow) return setLibraryPeek((shown) => !shown);
    setLibraryOpen((open) => {
      localStorage.setItem(LIBRARY_OPEN_KEY, open ? 'no' : 'yes');
      return !open;
    });
  }, [narrow]);

  const flushEditor = useCallback(async () => {
    await editorHandle.current?.flush();
  }, []);

  const refreshLibrary = useCallback(() => setLibraryVersion((n) => n + 1), []);

  const openArticle = useCallback(
    async (id: string) => {
      await flushEditor();
      setLibraryPeek(false);
      setSelectedId(id);
    },
    [flushEditor],
  );

  const closeArticle = useCallback(async () => {
    await flushEditor();
    editorHandle.current = null;
    setSelectedId(null);
  }, [flushEditor]);

  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [managingTemplates, setManagingTemplates] = useState(false);

  const createArticle = useCallback(
    async (choice: NewArticleChoice) => {
      setChoosingTemplate(false);
      await flushEditor();
      const result = await bridge.call('articles:create', {
        language: choice.language,
        ...(choice.templateId ? { templateId: choice.templateId } : {}),
        ...(choice.sectionCount ? { sectionCount: choice.sectionCount } : {}),
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      // The headline is what one writes first.
      setFreshArticleId(result.value.id);
      setSelectedId(result.value.id);
      refreshLibrary();
    },
    [flushEditor, refreshLibrary],
  );

  /** A WordPress export (.xml) being imported, in its progress dialog; the last article it made, to open after. */
  const [archive, setArchive] = useState<Uint8Array | null>(null);
  const archiveLatest = useRef<string | null>(null);

  const importDraft = useCallback(
    async (fileName: string, data: Uint8Array) => {
      await flushEditor();
      if (/\.xml$/i.test(fileName)) {
        archiveLatest.current = null;
        setArchive(data);
        return;
      }
      const result = await bridge.call('articles:import', { data, format: draftFormatOf(fileName) });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(
        result.value.report.length
          ? { articleId: result.value.article.id, imported: result.value.report, dropped: result.value.dropped }
          : null,
      );
      setSelectedId(result.value.article.id);
      refreshLibrary();
    },
    [flushEditor, refreshLibrary],
  );

  const findArticles = useCallback(() => {
    // The library may be hidden: shown first, then its search field focused once it is.
    setLibraryPeek(true);
    setLibraryOpen(true);
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  }, []);

  const runCommand = useCallback(
    (command: AppCommand) => {
      switch (command) {
        case 'new-article':
          setChoosingTemplate(true);
          break;
        case 'save-now':
          void editorHandle.current?.flush('manual');
          break;
        case 'find-in-article':
        case 'replace-in-article':
          // With no article open, Ctrl+F is the library's search.
          if (editorHandle.current) editorHandle.current.find(command === 'find-in-article' ? 'find' : 'replace');
          else findArticles();
          break;
        case 'find':
          findArticles();
          break;
        case 'close-article':
          void closeArticle();
          break;
        case 'prepare-close':
          editorHandle.current?.journalNow();
          void flushEditor().finally(() => bridge.call('app:closeReady', {}));
          break;
      }
    },
    [closeArticle, flushEditor, findArticles],
  );

  useEffect(() => bridge.onCommand(runCommand), [runCommand]);

  useEffect(() => {
    const last = localStorage.getItem(LAST_ARTICLE_KEY);
    if (!last) return;
    void bridge.call('articles:record', { ref: last }).then((result) => {
      if (result.ok && result.value.deletedAt === null) setSelectedId((current) => current ?? result.value.id);
    });
  }, []);

  // While the library is all there is, the first open's code is warmed in idle time (editor/warmUp).
  useEffect(() => (selectedId ? undefined : scheduleEditorWarmUp()), [selectedId]);

  useEffect(() => {
    if (selectedId) localStorage.setItem(LAST_ARTICLE_KEY, selectedId);
    else localStorage.removeItem(LAST_ARTICLE_KEY);
  }, [selectedId]);

  useEffect(() => {
    if (isElectron) return; // Electron's menu owns these accelerators.
    const onKey = (event: KeyboardEvent) => {
      const command = keyCommand(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCommand]);

  useEffect(() => {
    // Leaving the tab or the page (or a reload): journal what is unsaved at once, then save it.
    const onHide = () => {
      if (document.visibilityState !== 'hidden') return;
      editorHandle.current?.journalNow();
      void flushEditor();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!editorHandle.current?.hasUnsavedChanges()) return;
      editorHandle.current.journalNow();
      void flushEditor();
      // Electron closes through prepare-close; only the browser asks before leaving.
      if (!isElectron) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [flushEditor]);

  const onRemoved = useCallback((id: string) => {
    setSelectedId((current) => (current === id ? null : current));
  }, []);

  return (
    <div className="app" style={{ '--library-width': `${libraryWidth}px` } as CSSProperties}>
      <TopBar
        libraryShown={libraryShown}
        onToggleLibrary={selectedId ? toggleLibrary : null}
        onCreate={() => setChoosingTemplate(true)}
        onManageTemplates={() => setManagingTemplates(true)}
        onImport={(fileName, data) => void importDraft(fileName, data)}
        onNewsroomChanged={refreshLibrary}
      />
      <div className={`panes${libraryShown ? '' : ' library-hidden'}`}>
        <LibraryView
          hidden={!libraryShown}
          selectedId={selectedId}
          version={libraryVersion}
          searchRef={searchRef}
          onOpen={(id) => void openArticle(id)}
          onRemoved={onRemoved}
        />
        {choosingTemplate && (
          <NewArticleDialog onCreate={(choice) => void createArticle(choice)} onCancel={() => setChoosingTemplate(false)} />
        )}
        {managingTemplates && <TemplateManager onClose={() => setManagingTemplates(false)} />}
        {archive && (
          <ArchiveImportDialog
            data={archive}
            onImported={(latest) => {
              archiveLatest.current = latest;
              refreshLibrary();
            }}
            onClose={() => {
              setArchive(null);
              if (archiveLatest.current) setSelectedId(archiveLatest.current);
            }}
          />
        )}
        {/* The library's handle sits in the main landmark's first column: all content stays inside landmarks. */}
        <main className={`editor-pane${libraryShown ? ' with-handle' : ''}`} aria-label={t('app.editor')}>
          {libraryShown && (
            <PaneSeparator
              label={t('app.resizeLibrary')}
              controls="library"
              side="left"
              width={libraryWidth}
              min={220}
              max={Math.max(220, Math.min(480, Math.round(viewport * 0.35)))}
              onWidth={setLibraryWidth}
            />
          )}
          <div className="editor-pane-content">
            {typeof error === 'string' && (
              <p className="notice" role="alert">
                {error}
              </p>
            )}
            {error && typeof error !== 'string' && (
              <ImportNotice
                key={`import-${error.articleId}`}
                outcome={error}
                open={selectedId === error.articleId}
                onRestore={(passages) => editorHandle.current?.restorePassages(passages) ?? false}
              />
            )}
            {selectedId ? (
              <ArticleEditor
                key={selectedId}
                articleId={selectedId}
                handleRef={editorHandle}
                focusHeadline={selectedId === freshArticleId}
                onChanged={refreshLibrary}
                onClosed={closeArticle}
              />
            ) : (
              <div className="empty-state">
                <p>{t('app.empty')}</p>
                <p className="hint">{t('app.emptyShortcuts', { newKey: isElectron ? 'Ctrl+N' : 'Ctrl+Alt+N' })}</p>
              </div>
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
