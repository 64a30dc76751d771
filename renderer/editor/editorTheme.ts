// Class names Lexical puts on the editing surface (editor only; publication HTML has none of these).
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  // The caret beside a card or picture, where no text can take it (Lexical adds and removes it).
  blockCursor: 'ed-block-cursor',
  heading: { h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableCellSelected: 'ed-td-selected',
  tableSelection: 'ed-table-selection',
  tableScrollableWrapper: 'ed-table-scroll',
  link: 'ed-link',
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code',
  },
};
