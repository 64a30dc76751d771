// The work that must not run on the thread that serves every window: parsing imported and pasted
// documents, making an imported article's live document, and zipping exports. These functions run inside the worker (heavyWorker.ts).
import { zipSync } from 'fflate';
import { pastedBlocks } from '../../shared/import/importHtml';
import type { DraftFormat } from '../../shared/import/draftFormat';
import { importDraft } from '../import/importDraft';
import { readWxr, type WxrPost } from '../../shared/import/wxr/readWxr';
import { importWxrPost } from '../../shared/import/wxr/importWxrPost';
import { newArticleDoc } from '../../shared/collab/articleDoc';
import type { ArticleFields } from '../../shared/contract/channels';
import type { ArticleStatus } from '../../shared/articles/status';
import { compareVersions, type VersionSnapshot } from '../../shared/history/compareVersions';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Already-compressed data (images) is stored, not deflated again. */
  stored: boolean;
}

export const heavyJobs = {
  importDraft: (format: DraftFormat, data: Uint8Array) => importDraft(format, data),
  pasteBlocks: (html: string) => pastedBlocks(html),
  /** A WordPress archive's posts (a site's history: tens of megabytes of XML). */
  readWxr: (xml: Uint8Array) => readWxr(new TextDecoder().decode(xml)),
  /** One of its posts as an import, with the pictures its site's media folder had for it (by address). */
  importWxrPost: (post: WxrPost, media: Array<[string, Uint8Array]>) => importWxrPost(post, media),
  /** A new article's live document (a headless editor parses the whole body: seconds for a big import). */
  articleDoc: (fields: ArticleFields, status?: ArticleStatus) => newArticleDoc(fields, status),
  /** Two versions of an article compared (word-level diffs of a long article take a while). */
  compareVersions: (from: VersionSnapshot, to: VersionSnapshot) => compareVersions(from, to),
  zip: (entries: ZipEntry[]) =>
    zipSync(Object.fromEntries(entries.map((e) => [e.name, e.stored ? ([e.data, { level: 0 }] as [Uint8Array, { level: 0 }]) : e.data]))),
};

export type HeavyJobs = typeof heavyJobs;
export type HeavyJobName = keyof HeavyJobs;
