// The Lexical node classes of every card kind (registry.ts lists their renderers): every editor,
// headless ones too, registers them through ARTICLE_NODES.
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { TableCaptionNode } from './table/TableCaptionNode';
import { PullQuoteNode } from './pullQuote/PullQuoteNode';
import { PullQuoteCiteNode } from './pullQuote/PullQuoteCiteNode';
import { EmbedNode } from './embed/EmbedNode';
import { GalleryNode } from './gallery/GalleryNode';
import { FootnotesNode } from './footnotes/FootnotesNode';
import { FootnoteNode } from './footnotes/FootnoteNode';
import { FootnoteRefNode } from './footnotes/FootnoteRefNode';

export const CARD_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  TableNode,
  TableRowNode,
  TableCellNode,
  TableCaptionNode,
  PullQuoteNode,
  PullQuoteCiteNode,
  EmbedNode,
  GalleryNode,
  FootnotesNode,
  FootnoteNode,
  FootnoteRefNode,
];
