// What the newsroom server keeps, whichever database keeps it: accounts (token hashes only), every
// shared article's live document as a merged state plus an append-only log, the listing's
// headlines, and images. Two implementations: the server's own SQLite file (the default) and
// PostgreSQL (for several server instances behind a load balancer, with Redis between them).
import type { DictionaryLanguage, NewsroomListing, Role } from '../shared/contract/newsroom';

export interface Account {
  name: string;
  role: Role;
  createdAt: string;
}

export interface StoredImage {
  mime: string;
  data: Buffer;
}

/** A word of the newsroom's dictionary. */
export interface DictionaryEntry {
  language: DictionaryLanguage;
  word: string;
}

export class NewsroomStoreError extends Error {}

export interface NewsroomStore {
  /** Where it is, for messages (a PostgreSQL URL without its password). */
  readonly location: string;

  /** False when the name is taken. */
  addUser(account: Account, tokenHash: string): Promise<boolean>;
  listUsers(): Promise<Account[]>;
  /** False when there is no such user. */
  removeUser(name: string): Promise<boolean>;
  replaceTokenHash(name: string, tokenHash: string): Promise<boolean>;
  userByTokenHash(tokenHash: string): Promise<Account | null>;

  /** The merged state followed by every update since, or null for a document never stored. */
  loadDocument(articleId: string): Promise<Uint8Array[] | null>;
  /** Appends one update (creating the document on its first); durable when the promise resolves. */
  appendUpdate(articleId: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces the state and exactly the log rows it was given with `merge(everything stored)`, in
   * one transaction; rows appended meanwhile (by another instance) stay. False when not stored.
   */
  compactDocument(articleId: string, merge: (stored: Uint8Array[]) => Uint8Array): Promise<boolean>;
  /** Changes whenever the document's stored state or log does (cheap: no content read). */
  documentVersion(articleId: string): Promise<string>;
  describeDocument(articleId: string, headline: string, by: string | null): Promise<void>;
  listDocuments(): Promise<NewsroomListing['articles']>;

  imageHashes(): Promise<string[]>;
  image(hash: string): Promise<StoredImage | null>;
  /** A second upload of the same hash is a no-op. */
  putImage(hash: string, image: StoredImage, uploadedBy: string): Promise<void>;

  dictionaryWords(): Promise<DictionaryEntry[]>;
  /** A word already there is a no-op. */
  addDictionaryWord(entry: DictionaryEntry, addedBy: string): Promise<void>;

  close(): Promise<void>;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}
