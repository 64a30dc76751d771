// The embed card: a social post or video as its link, author and words (no platform script).
import type { CardKind } from '../cardKind';
import { EMBED_TYPE } from './embedJson';
import { embedPlainText } from './plainText';
import { renderEmbedHtml } from './renderHtml';
import { renderEmbedMarkdown } from './renderMarkdown';

export const embedCard: CardKind = {
  blockTypes: [EMBED_TYPE],
  renderHtml: renderEmbedHtml,
  renderMarkdown: renderEmbedMarkdown,
  plainText: embedPlainText,
};
