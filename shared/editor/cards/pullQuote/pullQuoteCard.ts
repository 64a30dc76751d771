// The pull quote card: the quote set large, and its attribution just after it.
import type { CardKind } from '../cardKind';
import { pullQuotePlainText } from './plainText';
import { PULL_QUOTE_CITE_TYPE, PULL_QUOTE_TYPE } from './pullQuoteJson';
import { renderPullQuoteHtml } from './renderHtml';
import { renderPullQuoteMarkdown } from './renderMarkdown';

export const pullQuoteCard: CardKind = {
  blockTypes: [PULL_QUOTE_TYPE, PULL_QUOTE_CITE_TYPE],
  renderHtml: renderPullQuoteHtml,
  renderMarkdown: renderPullQuoteMarkdown,
  plainText: pullQuotePlainText,
};
