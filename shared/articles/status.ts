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
  /** The button text: says what the transition does. */
  label: string;
}

export const STATUS_TRANSITIONS: Record<ArticleStatus, readonly StatusTransition[]> = {
  draft: [{ to: 'in_review', label: 'Send to review' }],
  in_review: [
    { to: 'fact_check', label: 'Send to fact-check' },
    { to: 'draft', label: 'Return to draft' },
  ],
  fact_check: [
    { to: 'ready', label: 'Mark ready' },
    { to: 'in_review', label: 'Return to review' },
  ],
  ready: [
    { to: 'published', label: 'Mark published' },
    { to: 'fact_check', label: 'Return to fact-check' },
  ],
  // A published piece goes back to draft for a correction, then through the desk again.
  published: [{ to: 'draft', label: 'Reopen for correction' }],
};

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return STATUS_TRANSITIONS[from].some((t) => t.to === to);
}
