// An embed's plain text (search, word counts): the words it quotes and who said them.
import type { CardJson } from '../cardKind';
import { embedFieldsOf } from './embedJson';

export function embedPlainText(node: CardJson): string[] {
  const { text, author } = embedFieldsOf(node);
  return [text.trim(), author.trim()].filter(Boolean);
}
