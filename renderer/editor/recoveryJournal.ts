// The recovery journal: the last unsaved state of an article, kept in the page's local storage
// until the store acknowledges a save of it. It outlives a renderer crash or reload (local storage
// is held by the browser process), so the next open can offer the text back.
import { articleFieldsSchema, type Article, type ArticleFields } from '../../shared/contract/channels';

const PREFIX = 'redaksi:journal:';

export interface JournalEntry {
  articleId: string;
  /** The store revision the edits were made on. */
  baseRevision: number;
  writtenAt: string;
  fields: ArticleFields;
}

/** Written off the typing path (when a save starts, and when the page goes away). False when storage is full. */
export function writeJournal(articleId: string, baseRevision: number, fields: ArticleFields): boolean {
  const entry: JournalEntry = { articleId, baseRevision, writtenAt: new Date().toISOString(), fields };
  try {
    localStorage.setItem(PREFIX + articleId, JSON.stringify(entry));
    return true;
  } catch {
    // Quota exceeded: the save itself still carries the text; the journal is the second line.
    return false;
  }
}

export function clearJournal(articleId: string): void {
  localStorage.removeItem(PREFIX + articleId);
}

/** The entry for an article, if one is there and well-formed (a damaged entry is dropped). */
export function readJournal(articleId: string): JournalEntry | null {
  const raw = localStorage.getItem(PREFIX + articleId);
  if (raw === null) return null;
  try {
    const entry = JSON.parse(raw) as JournalEntry;
    const fields = articleFieldsSchema.safeParse(entry.fields);
    if (entry.articleId !== articleId || typeof entry.baseRevision !== 'number' || typeof entry.writtenAt !== 'string' || !fields.success)
      throw new Error('malformed');
    return { ...entry, fields: fields.data };
  } catch {
    clearJournal(articleId);
    return null;
  }
}

function fieldsOf(article: Article): ArticleFields {
  const { headline, dek, byline, language, timeZone, publishAt, hero, body } = article;
  return { headline, dek, byline, language, timeZone, publishAt, hero, body };
}

/** The entry to offer on opening `article`: only one that differs from what the store has. */
export function recoverableEntry(article: Article): JournalEntry | null {
  const entry = readJournal(article.id);
  if (!entry) return null;
  if (JSON.stringify(entry.fields) === JSON.stringify(articleFieldsSchema.parse(fieldsOf(article)))) {
    clearJournal(article.id);
    return null;
  }
  return entry;
}
