// The article store: articles, their revision history and full-text search, over one SQLite file.
import { normalizeTags } from '../shared/articles/tags';
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ArticleStatus } from '../shared/articles/status';
import { canTransition } from '../shared/articles/status';
import type {
  Article,
  ArticleFields,
  ArticleRecord,
  ArticleSummary,
  RevisionKind,
  RevisionSummary,
  Snippet,
} from '../shared/contract/channels';
import type { Claim } from '../shared/claims/claimSchema';
import type { VersionSnapshot } from '../shared/history/compareVersions';
import { emptyBody, findBodyProblem, type SerializedBody } from '../shared/contract/lexicalState';
import type { ImageSlot } from '../shared/editor/imageSlot';
import { plainTextOf } from '../shared/text/plainText';
import { newArticleDoc } from '../shared/collab/articleDoc';
import { DocVectorStore } from './docVectorStore';
import { DocStore } from './docStore';
import { toFtsQuery } from './ftsQuery';
import { slugFromHeadline, uniqueSlug } from './slug';
import { serviceError, statusPhrase } from '../shared/contract/errorMessages';

/** Autosave snapshots kept in full; older ones thin out to the last of each day. Manual ones are never pruned. */
export const KEEP_RECENT_AUTO_REVISIONS = 50;
/** A saved body larger than this is refused: no article comes near it, a runaway paste might. */
export const MAX_BODY_JSON_BYTES = 32 * 1024 * 1024;

const SNIPPET_OPEN = '\uE000';
const SNIPPET_CLOSE = '\uE001';

interface ArticleRow {
  rowid: number;
  id: string;
  slug: string;
  headline: string;
  dek: string;
  byline: string;
  language: string;
  status: ArticleStatus;
  time_zone: string;
  publish_at: string | null;
  body_json: string;
  hero_json: string | null;
  template_id: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** One tag per line (a line each, so the full-text index reads them as words). */
  tags: string;
}

type RecordRow = Omit<ArticleRow, 'body_json'>;

type SummaryRow = Omit<ArticleRow, 'dek' | 'byline' | 'time_zone' | 'publish_at' | 'body_json' | 'hero_json' | 'template_id' | 'tags'>;

/** Headline matches weigh most, then the tags, then the dek, then the body. */
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0, 6.0)';
/** Searches matching more articles than this are ranked among the newest this many matches. */
export const RANKED_WINDOW = 5000;
const RECORD_COLUMNS =
  'id, slug, headline, dek, byline, language, status, time_zone, publish_at, hero_json, template_id, revision, created_at, updated_at, deleted_at, tags';
const SUMMARY_COLUMNS = 'a.id, a.slug, a.headline, a.status, a.language, a.revision, a.created_at, a.updated_at, a.deleted_at';

export type ListFilter = ArticleStatus | 'trash' | undefined;

export interface NewArticle {
  headline?: string;
  language?: string;
  timeZone?: string;
  /** The template's body and hero slot, already instantiated. */
  body?: SerializedBody;
  hero?: ImageSlot | null;
  templateId?: string | null;
  /** An import brings these too. */
  dek?: string;
  byline?: string;
  publishAt?: string | null;
  tags?: string[];
  /** The slug it had elsewhere (an imported post's, so its address can stay), else made from the headline. */
  slug?: string;
  /** Where it stands (an imported post that was published is published); a draft otherwise. Its document (`prepared`) must say the same. */
  status?: ArticleStatus;
  /** What the first version is (an import: kind "import", label "Imported"); an automatic one otherwise. */
  firstVersion?: VersionInfo;
  /**
   * The live document, already made from exactly these fields (newArticleDoc) where it does not hold
   * up the windows: an import's worker. Made here otherwise.
   */
  prepared?: { state: Uint8Array; body: SerializedBody; stateVector?: Uint8Array };
  /**
   * An article brought down from the newsroom server keeps the server's id, and its document starts
   * empty (`prepared` with an empty state): the server's content arrives by sync, never made twice.
   */
  id?: string;
}

/** What makes a version, and who. Claims: the records as they stand with it (for comparisons). */
export interface VersionInfo {
  kind: Exclude<RevisionKind, 'conflict_copy'>;
  label?: string | null;
  author?: string | null;
  role?: string | null;
  claims?: Claim[] | null;
}

/** One stored version, whole: what a comparison or a restore reads. */
export interface RevisionSnapshot extends VersionSnapshot {
  summary: RevisionSummary;
}

export interface SaveRequest {
  id: string;
  baseRevision: number;
  fields: ArticleFields;
  kind: 'auto' | 'manual';
  label?: string;
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    status: row.status,
    language: row.language,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRecord(row: RecordRow): ArticleRecord {
  return {
    ...toSummary(row),
    dek: row.dek,
    byline: row.byline,
    timeZone: row.time_zone,
    publishAt: row.publish_at,
    hero: row.hero_json === null ? null : (JSON.parse(row.hero_json) as ImageSlot),
    tags: row.tags ? row.tags.split('\n') : [],
    templateId: row.template_id,
  };
}

function toArticle(row: ArticleRow): Article {
  return { ...toRecord(row), body: JSON.parse(row.body_json) as SerializedBody };
}

/** Splits FTS5 snippet text at the highlight markers. */
export function parseSnippet(raw: string): Snippet {
  const segments: Snippet = [];
  let rest = raw;
  while (rest.length > 0) {
    const open = rest.indexOf(SNIPPET_OPEN);
    if (open === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (open > 0) segments.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(SNIPPET_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    segments.push({ text: rest.slice(open + 1, end), match: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return segments;
}

/**
 * Every write path (create, save, import, keep a copy, restore a journal) comes through here, so the
 * store holds its own limits: a body it accepts can always be opened, edited and saved again.
 */
function serializeBody(body: SerializedBody): { json: string; text: string } {
  const problem = findBodyProblem(body);
  if (problem) throw serviceError('invalid_input', 'articleTooBig', { problem });
  const json = JSON.stringify(body);
  if (json.length > MAX_BODY_JSON_BYTES) {
    throw serviceError('invalid_input', 'bodyTooLarge', { mb: Math.round(json.length / 1048576) });
  }
  // The highlight markers must never occur in indexed text.
  const text = plainTextOf(body).replace(/[\uE000\uE001]/g, '');
  return { json, text };
}

export class ArticleStore {
  private readonly statements: Record<string, Statement>;
  readonly docs: DocStore;
  readonly vectors: DocVectorStore;

  constructor(
    readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.docs = new DocStore(db, now);
    this.vectors = new DocVectorStore(db);
    const s = (sql: string) => db.prepare(sql);
    this.statements = {
      byId: s('SELECT rowid, * FROM articles WHERE id = ?'),
      bySlug: s('SELECT rowid, * FROM articles WHERE slug = ?'),
      recordById: s(`SELECT rowid, ${RECORD_COLUMNS} FROM articles WHERE id = ?`),
      recordBySlug: s(`SELECT rowid, ${RECORD_COLUMNS} FROM articles WHERE slug = ?`),
      slugTaken: s('SELECT 1 FROM articles WHERE slug = ? AND id <> ?'),
      insert:
        s(`INSERT INTO articles (id, slug, headline, dek, byline, publish_at, language, time_zone, body_json, body_text, hero_json, template_id, tags, status, revision, created_at, updated_at)
                 VALUES (@id, @slug, @headline, @dek, @byline, @publishAt, @language, @timeZone, @bodyJson, @bodyText, @heroJson, @templateId, @tags, @status, 1, @now, @now)`),
      update: s(`UPDATE articles SET slug = @slug, headline = @headline, dek = @dek, byline = @byline, language = @language,
                   time_zone = @timeZone, publish_at = @publishAt, body_json = @bodyJson, body_text = @bodyText, hero_json = @heroJson,
                   tags = @tags, revision = @revision, updated_at = @now
                 WHERE id = @id AND revision = @baseRevision`),
      insertRevision:
        s(`INSERT INTO revisions (article_id, revision, kind, label, author, role, headline, dek, byline, body_json, hero_json, claims_json, created_at)
                         VALUES (@articleId, @revision, @kind, @label, @author, @role, @headline, @dek, @byline, @bodyJson, @heroJson, @claimsJson, @now)`),
      pruneRevisions: s(`DELETE FROM revisions
        WHERE article_id = @articleId AND kind = 'auto'
          AND revision < (SELECT min(revision) FROM (SELECT revision FROM revisions
                          WHERE article_id = @articleId AND kind = 'auto' ORDER BY revision DESC LIMIT @keep))
          AND id NOT IN (SELECT max(id) FROM revisions WHERE article_id = @articleId AND kind = 'auto'
                         GROUP BY substr(created_at, 1, 10))
          AND revision NOT IN (SELECT json_extract(sign_off_json, '$.revision') FROM claims
                               WHERE article_id = @articleId AND sign_off_json IS NOT NULL)`),
      rankFloor: s('SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @offset').pluck(),
      saveState: s('SELECT id, revision, status, headline, slug, tags FROM articles WHERE id = ?'),
      listRevisions: s(`SELECT id, revision, kind, label, author, role, headline, created_at FROM revisions
                        WHERE article_id = ? ORDER BY id DESC`),
      revision: s('SELECT * FROM revisions WHERE article_id = ? AND revision = ? ORDER BY id DESC LIMIT 1'),
      setStatus: s('UPDATE articles SET status = @to, updated_at = @now WHERE id = @id AND status = @from'),
      adoptStatus: s('UPDATE articles SET status = @to, updated_at = @now WHERE id = @id AND status != @to'),
      setDeleted: s('UPDATE articles SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id'),
      purge: s('DELETE FROM articles WHERE id = ? AND deleted_at IS NOT NULL'),
    };
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private row(id: string): ArticleRow {
    const row = this.statements.byId!.get(id) as ArticleRow | undefined;
    if (!row) throw serviceError('not_found', 'articleNotFound', { id });
    return row;
  }

  private freeSlug(headline: string, ownId: string): string {
    return uniqueSlug(slugFromHeadline(headline), (slug) => this.statements.slugTaken!.get(slug, ownId) !== undefined);
  }

  create(input: NewArticle = {}): Article {
    const id = input.id ?? randomUUID();
    const headline = input.headline ?? '';
    const given = input.body ?? emptyBody();
    const problem = findBodyProblem(given);
    if (problem) throw serviceError('invalid_input', 'articleTooBig', { problem });
    const heroJson = input.hero ? JSON.stringify(input.hero) : null;
    const now = this.stamp();
    const language = input.language ?? 'id';
    const timeZone = input.timeZone ?? 'Asia/Jakarta';
    const dek = input.dek ?? '';
    const byline = input.byline ?? '';
    const publishAt = input.publishAt ?? null;
    const tags = normalizeTags(input.tags ?? []);
    // The live document's first content is made here, on the main side, for every way an article
    // comes to be (new, template, import): no window ever bootstraps a document. The body is stored
    // as the document derives it (one parse for both), so the first derivation finds nothing to change.
    const doc =
      input.prepared ??
      newArticleDoc({ headline, dek, byline, language, timeZone, publishAt, hero: input.hero ?? null, tags, body: given }, input.status);
    const { json, text } = serializeBody(doc.body);
    this.db.transaction(() => {
      this.statements.insert!.run({
        id,
        slug: this.freeSlug(input.slug || headline, id),
        headline,
        dek,
        byline,
        publishAt,
        language,
        timeZone,
        bodyJson: json,
        bodyText: text,
        heroJson,
        templateId: input.templateId ?? null,
        tags: tags.join('\n'),
        status: input.status ?? 'draft',
        now,
      });
      this.statements.insertRevision!.run({
        articleId: id,
        revision: 1,
        ...versionColumns(input.firstVersion ?? { kind: 'auto' }),
        headline,
        dek,
        byline,
        bodyJson: json,
        heroJson,
        now,
      });
      this.docs.create(id, doc.state);
      if (doc.stateVector) this.vectors.remember(id, doc.state, doc.stateVector);
    })();
    return this.get(id);
  }

  get(id: string): Article {
    return toArticle(this.row(id));
  }

  /** By id or by slug, as people type it on the command line. */
  find(ref: string): Article {
    const row = (this.statements.byId!.get(ref) ?? this.statements.bySlug!.get(ref)) as ArticleRow | undefined;
    if (!row) throw serviceError('not_found', 'articleRefNotFound', { ref });
    return toArticle(row);
  }

  /** By id or slug, without the body (never read from disk for it). */
  record(ref: string): ArticleRecord {
    const row = (this.statements.recordById!.get(ref) ?? this.statements.recordBySlug!.get(ref)) as RecordRow | undefined;
    if (!row) throw serviceError('not_found', 'articleRefNotFound', { ref });
    return toRecord(row);
  }

  /**
   * Saves on top of `baseRevision`. A different current revision means someone else saved in
   * between (another window): refused as a conflict, never overwritten.
   */
  save(request: SaveRequest): { revision: number; slug: string; updatedAt: string } {
    return this.write(request.id, request.fields, { kind: request.kind, label: request.label ?? null }, request.baseRevision);
  }

  /**
   * Stores the copy derived from the live document (which merged every window's edits, so there is
   * nothing to conflict with) as the current fields and body, plus a revision snapshot.
   */
  storeDerived(id: string, fields: ArticleFields, version: VersionInfo): { revision: number; slug: string; updatedAt: string } {
    return this.write(id, fields, version, null);
  }

  private write(
    id: string,
    fields: ArticleFields,
    version: VersionInfo,
    baseRevision: number | null,
  ): { revision: number; slug: string; updatedAt: string } {
    const { json, text } = serializeBody(fields.body);
    return this.db.transaction(() => {
      // Only what the checks need: the stored body can be megabytes.
      const current = this.statements.saveState!.get(id) as
        Pick<ArticleRow, 'id' | 'revision' | 'status' | 'headline' | 'slug' | 'tags'> | undefined;
      if (!current) throw serviceError('not_found', 'articleNotFound', { id });
      if (baseRevision !== null && current.revision !== baseRevision) {
        throw serviceError('conflict', 'savedElsewhere', { current: current.revision, base: baseRevision }, current.revision);
      }
      // The slug follows the headline until the article is published; after that its URL is public.
      const slug =
        current.status !== 'published' && fields.headline !== current.headline ? this.freeSlug(fields.headline, current.id) : current.slug;
      const revision = current.revision + 1;
      const now = this.stamp();
      this.statements.update!.run({
        id: current.id,
        baseRevision: current.revision,
        slug,
        headline: fields.headline,
        dek: fields.dek,
        byline: fields.byline,
        language: fields.language,
        timeZone: fields.timeZone,
        publishAt: fields.publishAt,
        bodyJson: json,
        bodyText: text,
        heroJson: fields.hero ? JSON.stringify(fields.hero) : null,
        // Left out of the fields (an older caller): the tags stay as they are.
        tags: fields.tags === undefined ? current.tags : normalizeTags(fields.tags).join('\n'),
        revision,
        now,
      });
      this.statements.insertRevision!.run({
        articleId: current.id,
        revision,
        ...versionColumns(version),
        headline: fields.headline,
        dek: fields.dek,
        byline: fields.byline,
        bodyJson: json,
        heroJson: fields.hero ? JSON.stringify(fields.hero) : null,
        now,
      });
      this.statements.pruneRevisions!.run({ articleId: current.id, keep: KEEP_RECENT_AUTO_REVISIONS });
      return { revision, slug, updatedAt: now };
    })();
  }

  listRevisions(articleId: string): RevisionSummary[] {
    this.row(articleId);
    return (this.statements.listRevisions!.all(articleId) as RevisionRow[]).map(toRevisionSummary);
  }

  /** One version, whole. Throws not_found for a version this store does not keep (thinned, or another desk's). */
  getRevision(articleId: string, revision: number): RevisionSnapshot {
    this.row(articleId);
    const row = this.statements.revision!.get(articleId, revision) as FullRevisionRow | undefined;
    if (!row) throw serviceError('not_found', 'versionNotFound', { revision });
    return {
      summary: toRevisionSummary(row),
      headline: row.headline,
      dek: row.dek,
      byline: row.byline,
      hero: row.hero_json === null ? null : (JSON.parse(row.hero_json) as ImageSlot),
      body: JSON.parse(row.body_json) as SerializedBody,
      claims: row.claims_json === null ? null : (JSON.parse(row.claims_json) as Claim[]),
    };
  }

  setStatus(id: string, from: ArticleStatus, to: ArticleStatus): ArticleSummary {
    if (!canTransition(from, to)) {
      throw serviceError('invalid_transition', 'cannotMove', { from: statusPhrase(from), to: statusPhrase(to) });
    }
    return this.db.transaction(() => {
      const current = this.row(id);
      if (current.status !== from) {
        throw serviceError(
          'conflict',
          'statusChangedElsewhere',
          { now: statusPhrase(current.status), was: statusPhrase(from) },
          current.revision,
        );
      }
      this.statements.setStatus!.run({ id, from, to, now: this.stamp() });
      return toSummary(this.row(id));
    })();
  }

  /**
   * The status as the live document holds it, when another desk changed it (through the newsroom
   * server, which enforces who may publish). True when it changed here.
   */
  adoptStatus(id: string, to: ArticleStatus): boolean {
    return this.statements.adoptStatus!.run({ id, to, now: this.stamp() }).changes > 0;
  }

  summary(id: string): ArticleSummary {
    return toSummary(this.row(id));
  }

  has(id: string): boolean {
    return this.statements.byId!.get(id) !== undefined;
  }

  trash(id: string): ArticleSummary {
    return this.setDeleted(id, this.stamp());
  }

  restore(id: string): ArticleSummary {
    return this.setDeleted(id, null);
  }

  private setDeleted(id: string, deletedAt: string | null): ArticleSummary {
    return this.db.transaction(() => {
      this.row(id);
      this.statements.setDeleted!.run({ id, deletedAt, now: this.stamp() });
      return toSummary(this.row(id));
    })();
  }

  /** Deletes for good, with its revisions. Only an article already in the trash. */
  purge(id: string): void {
    const row = this.row(id);
    if (row.deleted_at === null) {
      throw serviceError('invalid_input', 'purgeOnlyTrash');
    }
    this.statements.purge!.run(id);
  }

  list(filter: ListFilter, limit = 500): ArticleSummary[] {
    const where = filterClause(filter);
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${where.sql} ORDER BY a.updated_at DESC, a.rowid DESC LIMIT @limit`)
      .all({ ...where.params, limit }) as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Ranked full-text search (headline matches first), with a highlighted snippet per hit. */
  search(query: string, filter: ListFilter, limit = 50): Array<{ article: ArticleSummary; snippet: Snippet }> {
    const match = toFtsQuery(query);
    if (match === null) return [];
    const candidates = candidateClause(filter);
    // A word in most of a 50,000-article archive matches tens of thousands of rows, and scoring them
    // all costs ~100 ms; such a search is ranked among its newest RANKED_WINDOW matches instead.
    const floor =
      filter === undefined ? ((this.statements.rankFloor!.get({ match, offset: RANKED_WINDOW - 1 }) as number | undefined) ?? 0) : 0;
    // Scored first without snippets (bm25 with the column weights), then snippets for the top rows
    // only. CROSS JOIN keeps SQLite from driving the search from the articles table.
    const rows = this.db
      .prepare(
        `WITH top (rid, score) AS MATERIALIZED (
           SELECT rowid, ${RANK} FROM articles_fts
           WHERE articles_fts MATCH @match AND rowid >= @floor AND ${candidates.sql}
           ORDER BY 2 LIMIT @limit)
         SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16) AS snippet
         FROM articles_fts CROSS JOIN top ON top.rid = articles_fts.rowid CROSS JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH @match AND articles_fts.rowid >= @floor
         ORDER BY top.score`,
      )
      .all({ ...candidates.params, match, limit, floor }) as Array<SummaryRow & { snippet: string }>;
    return rows.map((row) => ({ article: toSummary(row), snippet: parseSnippet(row.snippet) }));
  }
}

/** Which articles a search may return, decided from the status index, never from the (large) rows. */
function candidateClause(filter: ListFilter): { sql: string; params: Record<string, string> } {
  if (filter === 'trash') return { sql: 'rowid IN (SELECT rowid FROM articles WHERE deleted_at IS NOT NULL)', params: {} };
  if (filter === undefined) return { sql: 'rowid NOT IN (SELECT rowid FROM articles WHERE deleted_at IS NOT NULL)', params: {} };
  return { sql: 'rowid IN (SELECT rowid FROM articles WHERE status = @status AND deleted_at IS NULL)', params: { status: filter } };
}

function filterClause(filter: ListFilter): { sql: string; params: Record<string, string> } {
  if (filter === 'trash') return { sql: 'a.deleted_at IS NOT NULL', params: {} };
  if (filter === undefined) return { sql: 'a.deleted_at IS NULL', params: {} };
  return { sql: 'a.deleted_at IS NULL AND a.status = @status', params: { status: filter } };
}

interface RevisionRow {
  id: number;
  revision: number;
  kind: RevisionKind;
  label: string | null;
  author: string | null;
  role: string | null;
  headline: string;
  created_at: string;
}

interface FullRevisionRow extends RevisionRow {
  dek: string;
  byline: string;
  body_json: string;
  hero_json: string | null;
  claims_json: string | null;
}

function toRevisionSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    revision: row.revision,
    kind: row.kind,
    label: row.label,
    author: row.author,
    role: row.role,
    headline: row.headline,
    createdAt: row.created_at,
  };
}

function versionColumns(version: VersionInfo): Record<string, string | null> {
  return {
    kind: version.kind,
    label: version.label ?? null,
    author: version.author ?? null,
    role: version.role ?? null,
    claimsJson: version.claims ? JSON.stringify(version.claims) : null,
  };
}
