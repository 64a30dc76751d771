// Local articles are shared with the newsroom server on first connection: a background pass brings
// every article the server does not list yet up to it, one at a time (each is a document load), and
// runs again now and then for articles made while offline or by the CLI.
import type { ArticleStore } from '../../db/articleStore';
import type { LiveDocs } from './liveDocs';
import type { NewsroomLink } from './newsroomLink';

export interface SharingOptions {
  articles: ArticleStore;
  live: LiveDocs;
  newsroom: NewsroomLink;
  log: (message: string) => void;
  /** The first pass waits this long (the app starts first), then passes follow at this interval. */
  firstDelayMs?: number;
  intervalMs?: number;
}

export function shareLocalArticles(options: SharingOptions): { stop(): void } {
  const { articles, live, newsroom, log } = options;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pass = async () => {
    timer = null;
    try {
      const listed = new Set((await newsroom.list()).map((item) => item.id));
      for (const article of articles.list(undefined, 100_000)) {
        if (stopped) return;
        if (listed.has(article.id)) continue;
        await live.share(article.id);
      }
    } catch (error) {
      // Offline, or the server refused: the next pass tries again.
      log(`[redaksi] sharing local articles with the newsroom server: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => void pass(), options.intervalMs ?? 120_000);
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
