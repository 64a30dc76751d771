// An article's images, between this desk's asset store and the newsroom server: the ones the
// server lacks go up, the ones this desk lacks come down (checked as images on the way in, like any
// import). Articles are synced by Yjs; their image files by this, over the same server and token.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AssetStore } from '../../db/assetStore';
import type { Article } from '../../shared/contract/channels';
import { assetCreditsOf } from '../export/exportArticle';
import type { NewsroomLink } from './newsroomLink';

export async function syncArticleImages(
  article: Article,
  assets: AssetStore,
  newsroom: NewsroomLink,
  onServer?: Set<string>,
): Promise<{ sent: number; received: number }> {
  const ids = [...assetCreditsOf(article).keys()];
  if (ids.length === 0) return { sent: 0, received: 0 };
  const there = onServer ?? (await newsroom.imageIds());
  let sent = 0;
  let received = 0;
  for (const id of ids) {
    if (assets.has(id) && !there.has(id)) {
      const file = assets.file(id)!;
      const data = readFileSync(file.path);
      await newsroom.uploadImage(id, data, file.mime, createHash('sha256').update(data).digest('hex'));
      there.add(id);
      sent++;
    } else if (!assets.has(id) && there.has(id)) {
      await assets.import(`${id.slice(0, 12)}`, await newsroom.downloadImage(id), id);
      received++;
    }
  }
  return { sent, received };
}
