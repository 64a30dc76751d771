// The table card: Lexical's own table nodes (@lexical/table) and a caption block before the table.
import type { CardKind } from '../cardKind';
import { tablePlainText } from './plainText';
import { renderTableHtml } from './renderHtml';
import { renderTableMarkdown } from './renderMarkdown';
import { TABLE_CAPTION_TYPE, TABLE_TYPE } from './tableJson';

export const tableCard: CardKind = {
  blockTypes: [TABLE_TYPE, TABLE_CAPTION_TYPE],
  renderHtml: renderTableHtml,
  renderMarkdown: renderTableMarkdown,
  plainText: tablePlainText,
};
