// Beside the article: its figures (words, reading time, TK markers), the ready-to-publish checklist,
// the claims, the suggestions, the review comments, the outline and the version history.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo } from 'react';
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { readingMinutes } from '../../shared/text/textStats';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { useArticleAnalysis } from './checklist/useArticleAnalysis';
import { OutlinePanel } from './sections/OutlinePanel';
import { HistoryPanel } from './history/HistoryPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';

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
  return (
    <aside className="side-panel" aria-label="Article tools">
      {analysis && (
        <p className="article-figures">
          <span>
            {analysis.words.toLocaleString()} {analysis.words === 1 ? 'word' : 'words'} · {readingMinutes(analysis.words)} min read
          </span>
          {analysis.tkCount > 0 && (
            <span className="tk-count">
              {analysis.tkCount} TK {analysis.tkCount === 1 ? 'marker' : 'markers'}
            </span>
          )}
        </p>
      )}
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Ready to publish</h2>
        <ChecklistPanel analysis={analysis} editor={editor} />
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims</h2>
        <ClaimsPanel language={language} />
      </section>
      <SuggestionsPanel />
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments</h2>
        <CommentsPanel />
      </section>
      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading">Outline</h2>
        <OutlinePanel />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryPanel articleId={articleId} flush={flush} />
      </section>
    </aside>
  );
});
