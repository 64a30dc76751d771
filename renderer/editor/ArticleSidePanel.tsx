// Beside the article: its figures (words, reading time, TK markers), and in tabs the ready-to-publish
// checklist, the claims, the review comments, the suggestions, the outline and the version history.
// Every tab's panel stays mounted (hidden when not chosen): a claim's filters or a half-written
// reply survive a look at another tab, and the counts on the tabs stay current. The hidden ones are
// mounted once the article has painted, in idle time: opening a long article is not kept waiting
// for 300 claims and an outline nobody is looking at yet.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo, startTransition, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { readingMinutes } from '../../shared/text/textStats';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { useClaims } from './claims/claimsState';
import { useArticleAnalysis } from './checklist/useArticleAnalysis';
import { OutlinePanel } from './sections/OutlinePanel';
import { HistoryPanel } from './history/HistoryPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { useComments } from './comments/commentsState';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';
import { SIDE_TABS, useSideTabs, type SideTab } from './sidePanel/sideTabs';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/i18n';

/** Memoized: the editor re-renders on every save-state change, and this panel (claims, checklist, outline) need not. */
export const ArticleSidePanel = memo(function ArticleSidePanel({
  articleId,
  headline,
  hero,
  language,
  flush,
}: {
  articleId: string;
  headline: string;
  hero: ImageSlot | null;
  language: string;
  /** Writes pending edits first (a version, a comparison with now). */
  flush(): Promise<void>;
}) {
  const [editor] = useLexicalComposerContext();
  const analysis = useArticleAnalysis(editor, headline, hero, language);
  const { claims } = useClaims();
  const { threads } = useComments();
  // Unknown (no count shown) until the Suggestions panel, mounted in idle time, has counted.
  const [suggestionCount, setSuggestionCount] = useState<number>();
  const { t } = useTranslation();
  const hiddenMounted = useIdleMount();
  const counts: Partial<Record<SideTab, number>> = {
    checklist: analysis?.items.length,
    claims: claims.length,
    comments: threads.filter((thread) => !thread.resolved).length,
    suggestions: suggestionCount,
  };
  // Each panel's element is kept while its own inputs are the same: a tab's count changing (a new
  // suggestion's first keystroke, a claim added) or the figures arriving re-render the tab list, not
  // every panel (300 claims, the outline) under it.
  const checklistPanel = useMemo(
    () => (
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t('side.checklistTitle')}</h2>
        <ChecklistPanel analysis={analysis} editor={editor} />
      </section>
    ),
    [analysis, editor, t],
  );
  const claimsPanel = useMemo(
    () => (
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="visually-hidden">
          {t('tab.claims')}
        </h2>
        <ClaimsPanel language={language} />
      </section>
    ),
    [language, t],
  );
  const commentsPanel = useMemo(
    () => (
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading" className="visually-hidden">
          {t('tab.comments')}
        </h2>
        <CommentsPanel />
      </section>
    ),
    [t],
  );
  const suggestionsPanel = useMemo(() => <SuggestionsPanel onCount={setSuggestionCount} />, []);
  const outlinePanel = useMemo(
    () => (
      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading" className="visually-hidden">
          {t('tab.outline')}
        </h2>
        <OutlinePanel />
      </section>
    ),
    [t],
  );
  const historyPanel = useMemo(
    () => (
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="visually-hidden">
          {t('tab.history')}
        </h2>
        <HistoryPanel articleId={articleId} flush={flush} />
      </section>
    ),
    [articleId, flush, t],
  );
  const panels: Record<SideTab, ReactNode> = {
    checklist: checklistPanel,
    claims: claimsPanel,
    comments: commentsPanel,
    suggestions: suggestionsPanel,
    outline: outlinePanel,
    history: historyPanel,
  };
  return (
    <aside className="side-panel" id="article-tools" aria-label={t('side.tools')}>
      {/* Its line is kept while the first count is on its way: the tabs below never move under the pointer. */}
      <p className="article-figures" aria-busy={!analysis}>
        {analysis ? (
          <>
            <span>
              {t('side.words', {
                count: analysis.words,
                formattedCount: analysis.words.toLocaleString(intlLocale()),
                minutes: readingMinutes(analysis.words),
              })}
            </span>
            {analysis.tkCount > 0 && <span className="tk-count">{t('side.tk', { count: analysis.tkCount })}</span>}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      <SideTabList counts={counts} />
      {SIDE_TABS.map((tab) => (
        <TabPanel key={tab} tab={tab} mountHidden={hiddenMounted}>
          {panels[tab]}
        </TabPanel>
      ))}
    </aside>
  );
});

/** True once the browser has been idle after the first paint (or 1.5 s at the latest). */
function useIdleMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = requestIdleCallback(() => startTransition(() => setReady(true)), { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }, []);
  return ready;
}

/** Its panel is mounted when first shown or when hidden ones are, and stays mounted from then on. */
function TabPanel({ tab, mountHidden, children }: { tab: SideTab; mountHidden: boolean; children: ReactNode }) {
  const { tab: shown } = useSideTabs();
  const [mounted, setMounted] = useState(tab === shown);
  if (!mounted && (tab === shown || mountHidden)) setMounted(true);
  return (
    <div role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-tabpanel" hidden={tab !== shown}>
      {(mounted || tab === shown) && children}
    </div>
  );
}

/** WAI-ARIA tabs: arrow keys, Home and End move between them and show the one they reach. */
function SideTabList({ counts }: { counts: Partial<Record<SideTab, number>> }) {
  const { tab: shown, show } = useSideTabs();
  const list = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    const at = SIDE_TABS.indexOf(shown);
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (at + 1) % SIDE_TABS.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (at + SIDE_TABS.length - 1) % SIDE_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? SIDE_TABS.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    show(SIDE_TABS[to]!);
    list.current?.querySelector<HTMLElement>(`#side-tab-${SIDE_TABS[to]}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('side.tools')} className="side-tabs" ref={list} onKeyDown={onKeyDown}>
      {SIDE_TABS.map((tab) => {
        const count = counts[tab];
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`side-tab-${tab}`}
            aria-controls={`side-panel-${tab}`}
            aria-selected={tab === shown}
            tabIndex={tab === shown ? 0 : -1}
            onClick={() => show(tab)}
          >
            {t(`tab.${tab}`)}
            {count !== undefined && <span className={`tab-count${tab === 'checklist' && count > 0 ? ' blocking' : ''}`}>{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
