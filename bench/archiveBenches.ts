// A WordPress archive of 10,000 posts through the CLI's path (createService → ArchiveImport: the
// worker reads the XML and each post, the store writes each article with its document), against
// 1,000 posts in the same run: per post, ten times the archive should cost about the same. Then the
// same 10,000 again: every post is found and skipped, no copy made.
import { strToU8 } from 'fflate';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../electron/service/createService';
import { figure, timed, type Figure } from './stats';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'explainer-id.txt'), 'utf8');
const PARAGRAPHS = SAMPLE.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 80);

/** An archive as WordPress writes it: classic posts (blank lines for paragraphs) with tags and a category. */
export function wxrArchive(posts: number): Uint8Array {
  const items: string[] = [];
  for (let i = 1; i <= posts; i++) {
    const body = Array.from({ length: 6 }, (_, k) => PARAGRAPHS[(i + k) % PARAGRAPHS.length]).join('\n\n');
    items.push(`<item><title><![CDATA[Berita nomor ${i}]]></title><dc:creator><![CDATA[rina]]></dc:creator>
<guid isPermaLink="false">https://arsip.example/?p=${i}</guid>
<content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date><![CDATA[2024-01-01 08:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2024-01-01 01:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[berita-${i}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="nasional"><![CDATA[Nasional]]></category><category domain="post_tag" nicename="tag-${i % 50}"><![CDATA[Topik ${i % 50}]]></category></item>`);
  }
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Arsip</title><link>https://arsip.example</link><wp:base_site_url>https://arsip.example</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[rina]]></wp:author_login><wp:author_display_name><![CDATA[Rina Wulandari]]></wp:author_display_name></wp:author>
${items.join('\n')}</channel></rss>`,
  );
}

export async function benchArchive(dir: string): Promise<Figure[]> {
  const run = async (posts: number, again: boolean) => {
    const dbPath = join(dir, `archive-${posts}.db`);
    if (!again) rmSync(dbPath, { force: true });
    const service = await createService(dbPath, { mode: 'browser', version: 'bench', create: true });
    try {
      const data = wxrArchive(posts);
      let created = 0;
      const ms = await timed(async () => {
        created = (await service.importArchive(data)).created;
      });
      if (created !== (again ? 0 : posts)) throw new Error(`${posts} posts: ${created} imported`);
      return ms;
    } finally {
      await service.close();
    }
  };
  const small = await run(1_000, false);
  const large = await run(10_000, false);
  const again = await run(10_000, true);
  for (const posts of [1_000, 10_000]) rmSync(join(dir, `archive-${posts}.db`), { force: true });
  return [
    figure('WordPress archive, 10,000 posts imported', 'ms', large, { baseline: small }),
    figure('WordPress archive: per post, 10,000 ÷ 1,000 posts', 'ratio', large / 10 / small, { max: 1.5, target: '≤ 1.5 (linear is 1)' }),
    figure('WordPress archive, 10,000 posts again (all found, none copied)', 'ms', again, { baseline: large }),
  ];
}
