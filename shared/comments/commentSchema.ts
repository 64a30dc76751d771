// Review comments: a thread anchored to words in the draft (by a comment mark carrying its id),
// with replies, @mentions of known people, and a resolved state. They live in the article's
// document beside the claims, travel with it to every desk, and never reach a public page.
import { z } from 'zod';

const name = z.string().trim().min(1).max(120);

export const commentMessageSchema = z.strictObject({
  id: z.string().uuid(),
  author: name,
  at: z.string().max(40),
  text: z.string().trim().min(1).max(4000),
  /** The names this message @mentions (each a known person's). */
  mentions: z.array(name).max(20),
});
export type CommentMessage = z.infer<typeof commentMessageSchema>;

export const commentThreadSchema = z.strictObject({
  id: z.string().uuid(),
  /** The words commented on, as first selected: an orphan (its words cut) still shows them. */
  quote: z.string().max(2000),
  createdBy: name,
  createdAt: z.string().max(40),
  resolved: z.boolean(),
  resolvedBy: name.nullable(),
  resolvedAt: z.string().max(40).nullable(),
  messages: z.array(commentMessageSchema).max(500),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** The names a message mentions: "@Dewi Lestari" counts when Dewi Lestari is a known person (longest name first). */
export function mentionsIn(text: string, people: readonly string[]): string[] {
  const found: string[] = [];
  const byLength = [...new Set(people)].filter(Boolean).sort((a, b) => b.length - a.length);
  let rest = text;
  for (const person of byLength) {
    const at = rest.toLocaleLowerCase().indexOf(`@${person.toLocaleLowerCase()}`);
    if (at < 0) continue;
    found.push(person);
    rest = rest.slice(0, at) + ' '.repeat(person.length + 1) + rest.slice(at + person.length + 1);
  }
  return found;
}
