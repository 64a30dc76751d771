// The node classes an article body may contain. The editor, headless tools and tests register
// exactly this list, so a document that opens in one opens in all.
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { ImageSlotNode } from './ImageSlotNode';
import { SectionNode } from './SectionNode';
import { SectionTitleNode } from './SectionTitleNode';

export const ARTICLE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  SectionNode,
  SectionTitleNode,
  ImageSlotNode,
];
