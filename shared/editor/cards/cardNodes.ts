// The Lexical node classes of every card kind (registry.ts lists their renderers): every editor,
// headless ones too, registers them through ARTICLE_NODES.
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { TableCaptionNode } from './table/TableCaptionNode';

export const CARD_NODES: ReadonlyArray<Klass<LexicalNode>> = [TableNode, TableRowNode, TableCellNode, TableCaptionNode];
