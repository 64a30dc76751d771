// Local articles are shared with the newsroom server on first connection: a background pass brings
// every article the server does not list yet up to it, one at a time (each is a document load), and
// runs again now and then for articles made while offline or by the CLI, and for articles closed
// with changes the server had not acknowledged (edited offline). Their images go with them.
import type { ArticleStore } from '../../db/articleStore';
import type { NewsroomSyncStore } from '../../db/newsroomSyncStore';
import { ROLE_RIGHTS } from '../../shared/contract/newsroom';
import type { AssetStore } from '../../db/assetStore';
import { syncArticleImages } from './newsroomImages';
import type { LiveDocs } from './liveDocs';
import type { NewsroomLink } from './newsroomLink';

export interface SharingOptions {
  articles: ArticleStore;
  assets: AssetStore;
  live: LiveDocs;
  newsroom: NewsroomLink;
  newsroomSync: NewsroomSyncStore;
  log: (message: string) => void;
  /** The first pass waits this long (the app starts first), then passes follow at this interval. */
  firstDelayMs?: number;
  intervalMs?: number;
}

export function shareLocalArticles(options: SharingOptions): { stop(): void } {
  const { articles, live, newsroom, log } = options;
  let stopped = false;
  const imagesDone = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pass = async () => {
    timer = null;
    try {
      const listed = new Set((await newsroom.list()).map((item) => item.id));
      // The account's role may have changed on the server since the last pass; a viewer's desk
      // sends no article (the server would not take it), only brings images down.
      const account = await newsroom.account();
      const sends = !account || ROLE_RIGHTS[account.role].edit;
      const images = await newsroom.imageIds();
      const standing = options.newsroomSync.states();
      for (const article of articles.list(undefined, 100_000)) {
        if (stopped) return;
        // Images first: an article the server lists has its images there too. They go up for every
        // article here and come down for those brought down from the server; an article unchanged
        // since its last pass is not read again.
        try {
          if (imagesDone.get(article.id) !== article.updatedAt) {
            await syncArticleImages(articles.get(article.id), options.assets, newsroom, images);
            imagesDone.set(article.id, article.updatedAt);
          }
          // Not there yet, changes waiting, or never synced from this desk (from before standings were kept).
          if (sends && (!listed.has(article.id) || standing.get(article.id) !== 'synced')) await live.share(article.id);
        } catch (error) {
          // One article that cannot go (an image the server refuses, say) does not hold up the others.
          log(`[redaksi] sharing ${article.id} with the newsroom server: ${(error as Error).message}`);
        }
        // One article at a time, letting the windows' requests in between.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // Offline, or the server refused: the next pass tries again.
      log(`[redaksi] sharing local articles with the newsroom server: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => void pass(), options.intervalMs ?? 60_000);
    timer?.unref?.();
  };
  timer = setTimeout(() => void pass(), options.firstDelayMs ?? 2000);
  timer.unref?.();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
