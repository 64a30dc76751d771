// A WordPress export (WXR) read into posts, and each post into an article's import: paragraphs made
// from a classic post's blank lines, its [caption] and [gallery] shortcodes read, a block-editor post
// as it is, the title, excerpt, author, time with the site's offset, tags and categories, featured image.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWxr } from '../../../shared/import/wxr/readWxr';
import { importWxrPost, wxrPublishAt, wxrStatus } from '../../../shared/import/wxr/importWxrPost';
import { renderBody } from '../../../shared/publish/renderBody';

const ARCHIVE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'wxr', 'newsroom-export.xml'), 'utf8');
type Json = { type: string; children?: Json[]; [key: string]: unknown };
const blocks = (body: { root: { children: unknown[] } }) =>
  (body.root.children as Json[]).filter((b) => b.type !== 'paragraph' || b.children?.length);

describe('reading a WordPress export', () => {
  const archive = readWxr(ARCHIVE);

  it('finds the posts and pages, counts the rest, and knows the site and its attachments', () => {
    expect(archive.site).toBe('https://kabarkota.example');
    expect(archive.posts.map((p) => [p.type, p.postId])).toEqual([
      ['post', '101'],
      ['post', '102'],
      ['post', '103'],
      ['page', '2'],
    ]);
    expect(archive.others).toEqual({ attachment: 2, nav_menu_item: 1 });
    const [first] = archive.posts;
    expect(first).toMatchObject({
      title: 'Banjir Rendam Tiga Kecamatan & Ribuan Warga Mengungsi',
      slug: 'banjir-rendam-tiga-kecamatan',
      status: 'publish',
      author: 'Rina Wulandari',
      tags: ['Banjir', 'Pengungsi'],
      categories: ['Metropolitan'],
      featuredImage: 'https://kabarkota.example/wp-content/uploads/2025/07/posko.jpg',
    });
    // A comment's words are not the post's.
    expect(first!.content).not.toContain('Semoga');
  });

  it('a classic post: paragraphs from blank lines, a line break kept, the caption a picture, the gallery its pictures', () => {
    const result = importWxrPost(archive.posts[0]!);
    expect(result.headline).toBe('Banjir Rendam Tiga Kecamatan & Ribuan Warga Mengungsi');
    expect(result.dek).toBe('Ribuan warga mengungsi .');
    expect(result.byline).toBe('Rina Wulandari');
    expect(result.publishAt).toBe('2025-07-04T17:00:00+07:00');
    expect(result.timeZone).toBe('Asia/Jakarta');
    expect(result.tags).toEqual(['Banjir', 'Metropolitan', 'Pengungsi']);
    expect(result.heroFileName).toBe('posko.jpg');
    const types = blocks(result.body).map((b) => b.type);
    expect(types).toEqual(['paragraph', 'paragraph', 'image-slot', 'gallery', 'paragraph']);
    const [, second, picture, gallery] = blocks(result.body);
    expect(second!.children!.map((c) => c.type)).toContain('linebreak');
    expect(picture).toMatchObject({
      alt: 'Warga dievakuasi dengan perahu karet',
      caption: 'Warga dievakuasi dengan perahu karet di Kampung Melayu.',
    });
    expect(gallery!.children).toHaveLength(2);
    // Remote pictures wait for their files; the report names them.
    expect(JSON.stringify(result.report)).toContain('perahu.jpg');
  });

  it('a block-editor post as it is; a draft has no publish time', () => {
    const cabai = importWxrPost(archive.posts[1]!);
    // Its h3 is the post's first level under the title: a section (the outline is made valid, as for any page).
    expect(blocks(cabai.body).map((b) => b.type)).toEqual(['paragraph', 'section']);
    expect(renderBody(cabai.body, { resolveImage: () => null })).toContain(
      '<h2 id="pasokan-berkurang">Pasokan berkurang</h2>\n<p>Pedagang menyebut',
    );
    expect(cabai.tags).toEqual(['Ekonomi']);
    expect(importWxrPost(archive.posts[2]!).publishAt).toBeNull();
  });

  it('a page is an article like a post: its title, text and time', () => {
    const page = importWxrPost(archive.posts[3]!);
    expect(page.headline).toBe('Tentang Kami');
    expect(page.publishAt).toBe('2025-01-01T10:00:00+07:00');
    expect(blocks(page.body).map((b) => b.type)).toEqual(['paragraph']);
    expect(archive.posts[3]!.slug).toBe('tentang-kami');
  });

  it('pictures from the site’s media folder fill their slots, the featured one the hero; the ones it lacks wait', () => {
    const posko = new Uint8Array([1, 2, 3]);
    const result = importWxrPost(archive.posts[0]!, [['https://kabarkota.example/wp-content/uploads/2025/07/posko.jpg', posko]]);
    // Body slots in order: the caption's perahu (0), the gallery's perahu (1) and posko (2); then the hero.
    expect(result.pictures.map((p) => [p.slot, p.name])).toEqual([
      [2, 'posko.jpg'],
      ['hero', 'posko.jpg'],
    ]);
    expect(result.pictures.every((p) => p.data === posko)).toBe(true);
    const report = JSON.stringify(result.report);
    expect(report).toContain('perahu.jpg');
    expect(report).not.toContain('posko.jpg');
  });

  it('a picture named like an object’s own members (constructor, __proto__) finds nothing, and the post imports', () => {
    const post = { ...archive.posts[1]!, content: '<p>Teks.</p><img src="constructor" alt="a"><img src="__proto__" alt="b">' };
    const result = importWxrPost(post, [['https://kabarkota.example/x.jpg', new Uint8Array([1])]]);
    expect(result.pictures).toEqual([]);
  });

  it('WordPress’s statuses: published, scheduled (ready), pending review (in review), the rest drafts', () => {
    expect(['publish', 'future', 'pending', 'draft', 'private', 'trash', ''].map(wxrStatus)).toEqual([
      'published',
      'ready',
      'in_review',
      'draft',
      'draft',
      'draft',
      'draft',
    ]);
  });

  it('offsets other than Jakarta’s, and times that are not WordPress’s', () => {
    expect(wxrPublishAt('2025-07-04 12:00:00', '2025-07-04 04:00:00')).toEqual({
      publishAt: '2025-07-04T12:00:00+08:00',
      offset: '+08:00',
    });
    expect(wxrPublishAt('2025-07-04 05:30:00', '2025-07-04 10:00:00')).toEqual({
      publishAt: '2025-07-04T05:30:00-04:30',
      offset: '-04:30',
    });
    expect(wxrPublishAt('kemarin', '2025-07-04 10:00:00')).toBeNull();
  });

  it('a post of three hundred thousand unclosed shortcodes is read in linear time (the patterns look a bounded way ahead)', () => {
    const hostile = '[caption id="x"]Keterangan '.repeat(100_000) + '[gallery ids="1,2" '.repeat(100_000) + '[embed]'.repeat(100_000);
    const post = { ...readWxr(ARCHIVE).posts[2]!, content: hostile };
    // It finishes (unbounded patterns took minutes here: the test's timeout catches that, no clock is read).
    const result = importWxrPost(post);
    expect(result.headline).toBe('Draf: Jadwal Pemadaman Listrik');
  }, 60_000);

  it('an archive cut short: the posts it closed, not the one it cut, and says so; not XML: nothing, no throw', () => {
    const cut = readWxr('<rss><channel><item><title>Satu</title></item><item><title>Dua</title><content:encoded>Setengah');
    expect(cut.posts.map((p) => p.title)).toEqual(['Satu']);
    expect(cut.truncated).toBe(true);
    expect(readWxr('not xml at all').posts).toEqual([]);
  });
});
