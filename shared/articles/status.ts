// The editorial workflow. Transitions are explicit so the UI can show exactly the next steps.
export const ARTICLE_STATUSES = ['draft', 'in_review', 'fact_check', 'ready', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  fact_check: 'Fact-check',
  ready: 'Ready',
  published: 'Published',
};

export interface StatusTransition {
  to: ArticleStatus;
  /** What the transition is called: the interface says it in its language (`transition.<name>`). */
  name: 'sendReview' | 'sendFactCheck' | 'returnDraft' | 'markReady' | 'returnReview' | 'markPublished' | 'returnFactCheck' | 'reopen';
}

export const STATUS_TRANSITIONS: Record<ArticleStatus, readonly StatusTransition[]> = {
  draft: [{ to: 'in_review', name: 'sendReview' }],
  in_review: [
    { to: 'fact_check', name: 'sendFactCheck' },
    { to: 'draft', name: 'returnDraft' },
  ],
  fact_check: [
    { to: 'ready', name: 'markReady' },
    { to: 'in_review', name: 'returnReview' },
  ],
  ready: [
    { to: 'published', name: 'markPublished' },
    { to: 'fact_check', name: 'returnFactCheck' },
  ],
  // A published piece goes back to draft for a correction, then through the desk again.
  published: [{ to: 'draft', name: 'reopen' }],
};

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return STATUS_TRANSITIONS[from].some((t) => t.to === to);
}
