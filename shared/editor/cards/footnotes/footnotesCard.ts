// The footnotes card: the notes at the end of the article (their references are inline leaves the
// body's inline renderers hand to this folder).
import type { CardKind } from '../cardKind';
import { FOOTNOTE_TYPE, FOOTNOTES_TYPE } from './footnotesJson';
import { footnotesPlainText } from './plainText';
import { renderFootnotesHtml } from './renderHtml';
import { renderFootnotesMarkdown } from './renderMarkdown';

export const footnotesCard: CardKind = {
  // A note out of its block (a paste) is published as nothing rather than failing the export.
  blockTypes: [FOOTNOTES_TYPE, FOOTNOTE_TYPE],
  renderHtml: (node, siblings, html) => (node.type === FOOTNOTES_TYPE ? renderFootnotesHtml(node, siblings, html) : ''),
  renderMarkdown: (node, siblings, md) => (node.type === FOOTNOTES_TYPE ? renderFootnotesMarkdown(node, siblings, md) : ''),
  plainText: footnotesPlainText,
};
