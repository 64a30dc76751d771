// The CMS destinations this desk publishes to, their sealed credentials, and what each article
// became on each of them (the remote post, what was last sent, the pictures already uploaded).
import type Database from 'better-sqlite3';
import type { CmsKind, Destination, DestinationInput, Publication, RemoteStatus } from '../shared/contract/publishing';
import type { SecretBox } from './secretBox';
import { serviceError } from '../shared/contract/errorMessages';

/** A destination with its credential opened: only for the publishing code, never across the contract. */
export type OpenDestination =
  | { kind: 'wordpress'; name: string; url: string; user: string; password: string }
  | { kind: 'ghost'; name: string; url: string; key: string };

/** What Redaksi last sent for a post: to tell, field by field, what changed on the site since. */
export interface SentPost {
  title: string;
  excerpt: string;
  content: string;
  slug: string;
  status: string;
}

export interface PublicationRecord {
  remoteId: string;
  link: string | null;
  status: RemoteStatus | 'unpublished';
  /** The site's own modification time after the last push (WordPress modified_gmt, Ghost updated_at). */
  remoteModified: string;
  sent: SentPost;
  overriddenBy: string | null;
  publishedAt: string;
}

interface DestinationRow {
  name: string;
  kind: CmsKind;
  url: string;
  user: string | null;
  secret: Buffer;
  sealed_with: string;
}

export class DestinationStore {
  constructor(
    private readonly db: Database.Database,
    /** The box new credentials are sealed with; any of them opens what it sealed. */
    private readonly boxes: readonly SecretBox[],
  ) {}

  private row(name: string): DestinationRow {
    const row = this.db.prepare('SELECT * FROM destinations WHERE name = ?').get(name) as DestinationRow | undefined;
    if (!row) throw serviceError('not_found', 'destinationNotFound', { name });
    return row;
  }

  list(): Destination[] {
    const rows = this.db.prepare('SELECT * FROM destinations ORDER BY name').all() as DestinationRow[];
    return rows.map((row) => ({
      name: row.name,
      kind: row.kind,
      url: row.url,
      user: row.user,
      usable: this.boxes.some((box) => box.scheme === row.sealed_with),
    }));
  }

  /** Adds or replaces a destination; a new address forgets what was published under the old one. */
  add(input: DestinationInput): Destination {
    const box = this.boxes[0]!;
    const secret = box.seal(input.kind === 'wordpress' ? input.password : input.key);
    const url = input.url.replace(/\/+$/, '');
    this.db
      .prepare(
        `INSERT INTO destinations (name, kind, url, user, secret, sealed_with, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, url = excluded.url, user = excluded.user,
           secret = excluded.secret, sealed_with = excluded.sealed_with`,
      )
      .run(input.name, input.kind, url, input.kind === 'wordpress' ? input.user : null, secret, box.scheme, new Date().toISOString());
    return this.list().find((d) => d.name.toLowerCase() === input.name.toLowerCase())!;
  }

  remove(name: string): void {
    this.row(name);
    this.db.prepare('DELETE FROM destinations WHERE name = ?').run(name);
  }

  /** The destination with its credential, for one publication. */
  open(name: string): OpenDestination {
    const row = this.row(name);
    const box = this.boxes.find((b) => b.scheme === row.sealed_with);
    if (!box)
      throw serviceError('forbidden', 'destinationUnreadable', {
        reason: `The credentials of "${row.name}" were kept by ${row.sealed_with === 'safeStorage' ? 'the desktop app (the system keychain)' : `"${row.sealed_with}"`}, which this run cannot read: publish from there, or add the destination again here.`,
      });
    let secret: string;
    try {
      secret = box.open(row.secret);
    } catch (error) {
      throw serviceError('forbidden', 'destinationUnreadable', {
        reason: `The credentials of "${row.name}" cannot be read (${(error as Error).message}); add the destination again.`,
      });
    }
    return row.kind === 'wordpress'
      ? { kind: 'wordpress', name: row.name, url: row.url, user: row.user ?? '', password: secret }
      : { kind: 'ghost', name: row.name, url: row.url, key: secret };
  }

  publication(articleId: string, destination: OpenDestination): PublicationRecord | null {
    const row = this.db
      .prepare('SELECT * FROM publications WHERE article_id = ? AND destination = ? AND site = ?')
      .get(articleId, destination.name, destination.url) as
      | {
          remote_id: string;
          link: string | null;
          status: PublicationRecord['status'];
          remote_modified: string;
          sent: string;
          overridden_by: string | null;
          published_at: string;
        }
      | undefined;
    if (!row) return null;
    return {
      remoteId: row.remote_id,
      link: row.link,
      status: row.status,
      remoteModified: row.remote_modified,
      sent: JSON.parse(row.sent) as SentPost,
      overriddenBy: row.overridden_by,
      publishedAt: row.published_at,
    };
  }

  /** Where the article stands on every destination (still configured at the same address) it was sent to. */
  publications(articleId: string): Publication[] {
    const rows = this.db
      .prepare(
        `SELECT p.destination, p.remote_id, p.link, p.status, p.published_at, p.overridden_by FROM publications p
         JOIN destinations d ON d.name = p.destination AND d.url = p.site WHERE p.article_id = ? ORDER BY p.destination`,
      )
      .all(articleId) as Array<{
      destination: string;
      remote_id: string;
      link: string | null;
      status: Publication['status'];
      published_at: string;
      overridden_by: string | null;
    }>;
    return rows.map((r) => ({
      destination: r.destination,
      remoteId: r.remote_id,
      link: r.link,
      status: r.status,
      publishedAt: r.published_at,
      overriddenBy: r.overridden_by,
    }));
  }

  recordPublication(articleId: string, destination: OpenDestination, record: PublicationRecord): void {
    this.db
      .prepare(
        `INSERT INTO publications (article_id, destination, site, remote_id, link, status, remote_modified, sent, overridden_by, published_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (article_id, destination) DO UPDATE SET site = excluded.site, remote_id = excluded.remote_id,
           link = excluded.link, status = excluded.status, remote_modified = excluded.remote_modified, sent = excluded.sent,
           overridden_by = excluded.overridden_by, published_at = excluded.published_at`,
      )
      .run(
        articleId,
        destination.name,
        destination.url,
        record.remoteId,
        record.link,
        record.status,
        record.remoteModified,
        JSON.stringify(record.sent),
        record.overriddenBy,
        record.publishedAt,
      );
  }

  /** The pictures of the article already on the site: asset id → the remote media. */
  uploadedMedia(articleId: string, destination: OpenDestination): Map<string, { id: string; url: string }> {
    const rows = this.db
      .prepare('SELECT asset_id, remote_id, remote_url FROM published_media WHERE article_id = ? AND destination = ? AND site = ?')
      .all(articleId, destination.name, destination.url) as Array<{ asset_id: string; remote_id: string; remote_url: string }>;
    return new Map(rows.map((r) => [r.asset_id, { id: r.remote_id, url: r.remote_url }]));
  }

  recordMedia(articleId: string, destination: OpenDestination, assetId: string, media: { id: string; url: string }): void {
    this.db
      .prepare(
        `INSERT INTO published_media (article_id, destination, site, asset_id, remote_id, remote_url) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (article_id, destination, asset_id) DO UPDATE SET site = excluded.site, remote_id = excluded.remote_id, remote_url = excluded.remote_url`,
      )
      .run(articleId, destination.name, destination.url, assetId, media.id, media.url);
  }
}
