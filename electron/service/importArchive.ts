// A WordPress archive (WXR) imported as articles, post by post: each read by the HTML importer in
// the worker, with its title, excerpt, author, time, tags and featured image; its pictures come from
// the site's media folder when one is given, else they wait (remote files are never fetched).
// Idempotent: a post already imported from the same site (by its id) is skipped, so an archive can
// be imported again after a failure, or a newer export on top.
import { findBodyProblem } from '../../shared/contract/lexicalState';
import type { ServiceError } from '../../shared/contract/errors';
import type { WxrArchive, WxrPost } from '../../shared/import/wxr/readWxr';
import { wxrStatus } from '../../shared/import/wxr/importWxrPost';
import type { HeavyWork } from '../worker/heavyWork';
import { pictureAddresses, type ArchiveMedia } from './archiveMedia';
import { importedFields, placePictures } from './importPictures';
import type { Stores } from './serviceTypes';

export interface ArchiveProgress {
  /** Posts looked at so far, of `total`. */
  done: number;
  total: number;
  created: number;
  /** Already imported from this site before (found by its post id): left as they are. */
  skipped: number;
  failed: number;
}

export interface ArchiveResult extends ArchiveProgress {
  site: string;
  /** What else the archive holds, not imported (attachments, menus…), by WordPress's type. */
  others: Record<string, number>;
  /** The file ends inside a post: that post was left out. */
  truncated: boolean;
  /** The posts that could not be imported, and why. */
  problems: Array<{ title: string; message: string }>;
  /** The articles made, in the archive's order. */
  articleIds: string[];
}

export interface ArchiveImportOptions {
  /** Who imports (signs the first version of each article). */
  author: string | null;
  role: string | null;
  log: (message: string) => void;
  onProgress?: (progress: ArchiveProgress) => void;
  /** The site's media folder (a copy of wp-content/uploads), when the person gave one. */
  media?: ArchiveMedia;
}

/** The key a post is found by again: its site and its id there. */
export function postSource(site: string, postId: string, guid: string): string {
  return `wordpress:${site.replace(/\/+$/, '')}#${postId || guid}`;
}

/**
 * One archive being imported: read once, then imported a few posts at a time (step), so the desktop
 * app can show its progress between steps and the CLI can print it; both go through this class.
 */
export class ArchiveImport {
  private next = 0;
  private readonly progress: ArchiveProgress;
  private readonly problems: ArchiveResult['problems'] = [];
  private readonly articleIds: string[] = [];
  private named: number | undefined;

  private constructor(
    private readonly stores: Stores,
    private readonly heavy: HeavyWork,
    private readonly archive: WxrArchive,
    private readonly options: ArchiveImportOptions,
  ) {
    this.progress = { done: 0, total: archive.posts.length, created: 0, skipped: 0, failed: 0 };
  }

  /** Reads the archive (in the worker: a site's history is tens of megabytes). */
  static async open(stores: Stores, heavy: HeavyWork, data: Uint8Array, options: ArchiveImportOptions): Promise<ArchiveImport> {
    return new ArchiveImport(stores, heavy, await heavy.run('readWxr', data), options);
  }

  get finished(): boolean {
    return this.next >= this.archive.posts.length;
  }

  /** How many pictures the archive's posts name in all (counted once: the window asks at every step). */
  get picturesNamed(): number {
    this.named ??= this.archive.posts.reduce((total, post) => total + pictureAddresses(post).length, 0);
    return this.named;
  }

  /** The addresses of the pictures the next `count` posts name (the window looks for them in the media folder it was given). */
  picturesWanted(count: number): string[] {
    return [...new Set(this.archive.posts.slice(this.next, this.next + count).flatMap(pictureAddresses))];
  }

  /**
   * Imports up to `count` more posts. `supplied`: pictures the window found in the site's media folder,
   * by address (the command line's folder, given at the start, is read here instead).
   */
  async step(count: number, supplied: ReadonlyArray<[string, Uint8Array]> = []): Promise<ArchiveResult> {
    const end = Math.min(this.archive.posts.length, this.next + count);
    for (; this.next < end; this.next++) {
      await this.importPost(this.archive.posts[this.next]!, supplied);
      this.progress.done++;
      this.options.onProgress?.({ ...this.progress });
    }
    return this.result();
  }

  result(): ArchiveResult {
    const { site, others, truncated } = this.archive;
    return { ...this.progress, site, others, truncated, problems: [...this.problems], articleIds: [...this.articleIds] };
  }

  private async picturesOf(post: WxrPost, supplied: ReadonlyArray<[string, Uint8Array]>): Promise<Array<[string, Uint8Array]>> {
    if (this.options.media) return this.options.media.picturesFor(post);
    const wanted = new Set(pictureAddresses(post));
    return supplied.filter(([address]) => wanted.has(address));
  }

  private async importPost(post: WxrPost, supplied: ReadonlyArray<[string, Uint8Array]>): Promise<void> {
    const { stores, heavy, options } = this;
    const source = postSource(this.archive.site, post.postId, post.guid);
    try {
      if (stores.importSources.articleFor(source)) {
        this.progress.skipped++;
        return;
      }
      const imported = await heavy.run('importWxrPost', post, await this.picturesOf(post, supplied));
      const tooBig = findBodyProblem(imported.body);
      if (tooBig) throw new Error(tooBig);
      await placePictures(imported, stores.assets, options.log);
      const fields = importedFields(imported);
      const status = wxrStatus(post.status);
      const prepared = await heavy.run('articleDoc', fields, status);
      // The article and where it came from in one transaction: a crash between them cannot make a copy next time.
      const id = stores.articles.db.transaction(() => {
        const article = stores.articles.create({
          ...fields,
          slug: post.slug,
          status,
          prepared,
          firstVersion: { kind: 'import', label: 'Imported from WordPress', author: options.author, role: options.role },
        });
        stores.importSources.remember(source, article.id);
        return article.id;
      })();
      this.articleIds.push(id);
      this.progress.created++;
    } catch (error) {
      this.progress.failed++;
      this.problems.push({ title: post.title || `#${post.postId}`, message: (error as ServiceError | Error).message });
    }
  }
}

/** The whole archive at once (the CLI), reporting each post as it goes. */
export async function importArchive(
  stores: Stores,
  heavy: HeavyWork,
  data: Uint8Array,
  options: ArchiveImportOptions,
): Promise<ArchiveResult> {
  const job = await ArchiveImport.open(stores, heavy, data, options);
  options.onProgress?.(job.result());
  return job.step(Number.MAX_SAFE_INTEGER);
}
