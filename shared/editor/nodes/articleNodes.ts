// The node classes an article body may contain. The editor, headless tools and tests register
// exactly this list, so a document that opens in one opens in all.
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { MarkNode } from '@lexical/mark';
import type { Klass, LexicalNode, LexicalNodeReplacement } from 'lexical';
import { ClaimMarkNode } from './ClaimMarkNode';
import { CommentMarkNode } from './CommentMarkNode';
import { LanguageMarkNode } from './LanguageMarkNode';
import { SuggestDeleteNode } from './SuggestDeleteNode';
import { SuggestInsertNode } from './SuggestInsertNode';
import { ImageSlotNode } from '../cards/imageSlot/ImageSlotNode';
import { SectionNode } from './SectionNode';
import { SectionTitleNode } from './SectionTitleNode';
import { CARD_NODES } from '../cards/cardNodes';

export const ARTICLE_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  SectionNode,
  SectionTitleNode,
  ImageSlotNode,
  ClaimMarkNode,
  CommentMarkNode,
  SuggestInsertNode,
  SuggestDeleteNode,
  LanguageMarkNode,
  ...CARD_NODES,
  // Lexical's own mark code (splitting a mark on Enter, wrapping a selection) creates plain
  // MarkNodes; in an article every mark is a claim mark.
  MarkNode,
  { replace: MarkNode, with: (node: MarkNode) => new ClaimMarkNode(node.getIDs()), withKlass: ClaimMarkNode },
];
