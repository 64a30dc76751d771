// A WordPress site's media folder beside its export: a post's pictures are found by their path
// under uploads/, then by file name; no address reaches a file outside the folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveMedia, mediaCandidates, pictureAddresses } from '../../../electron/service/archiveMedia';
import type { WxrPost } from '../../../shared/import/wxr/readWxr';

const root = mkdtempSync(join(tmpdir(), 'redaksi-media-'));
const folder = join(root, 'uploads');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const post = (content: string, extra: Partial<WxrPost> = {}): WxrPost => ({
  type: 'post',
  postId: '1',
  guid: '',
  title: 'T',
  slug: 't',
  status: 'publish',
  date: '',
  dateGmt: '',
  author: '',
  excerpt: '',
  content,
  tags: [],
  categories: [],
  featuredImage: null,
  attachments: {},
  ...extra,
});

describe('a site’s media folder', () => {
  mkdirSync(join(folder, '2025', '07'), { recursive: true });
  writeFileSync(join(folder, '2025', '07', 'posko.jpg'), 'posko');
  writeFileSync(join(folder, 'perahu.jpg'), 'perahu');
  writeFileSync(join(root, 'secret.txt'), 'rahasia');

  it('names the pictures a post has: the featured one, its gallery’s, its <img>s, each once', () => {
    const addresses = pictureAddresses(
      post('<p><img class="a" src="https://s/a.jpg" alt="x"></p><img src=\'https://s/b.jpg\'><img src="https://s/a.jpg">', {
        featuredImage: 'https://s/f.jpg',
        attachments: { 7: 'https://s/g.jpg' },
      }),
    );
    expect(addresses).toEqual(['https://s/f.jpg', 'https://s/g.jpg', 'https://s/a.jpg', 'https://s/b.jpg']);
  });

  it('finds a picture by its path under uploads/, else by its name; what it lacks is simply not there', async () => {
    const media = new ArchiveMedia(folder);
    const found = await media.picturesFor(
      post(
        '<img src="https://kabarkota.example/wp-content/uploads/2025/07/posko.jpg">' +
          '<img src="https://cdn.example/2019/01/perahu.jpg?resize=300">' +
          '<img src="https://kabarkota.example/wp-content/uploads/2025/07/hilang.jpg">',
      ),
    );
    expect(Object.fromEntries(found.map(([k, v]) => [k, Buffer.from(v).toString()]))).toEqual({
      'https://kabarkota.example/wp-content/uploads/2025/07/posko.jpg': 'posko',
      'https://cdn.example/2019/01/perahu.jpg?resize=300': 'perahu',
    });
  });

  it('no address leaves the folder: dot segments, encoded slashes, a NUL', async () => {
    for (const address of [
      'https://s/wp-content/uploads/2025/..%2f..%2f..%2fsecret.txt',
      'https://s/wp-content/uploads/%2e%2e/secret.txt',
      'https://s/wp-content/uploads/2025/%2e%2e%2f%2e%2e%2fsecret.txt',
      '../secret.txt',
      'https://s/uploads/a%00b/secret.txt',
    ])
      for (const path of mediaCandidates(folder, address)) expect(path.startsWith(folder + '/'), `${address} → ${path}`).toBe(true);
    const media = new ArchiveMedia(folder);
    const found = await media.picturesFor(post('<img src="https://s/wp-content/uploads/2025/..%2f..%2f..%2fsecret.txt">'));
    expect(found).toEqual([]);
  });

  it('a folder that is not there, or a link in it to something that is not a file, finds nothing and does not throw', async () => {
    symlinkSync(root, join(folder, 'loop.jpg'));
    expect(await new ArchiveMedia(join(root, 'hilang')).picturesFor(post('<img src="https://s/posko.jpg">'))).toEqual([]);
    expect(await new ArchiveMedia(folder).picturesFor(post('<img src="https://s/loop.jpg">'))).toEqual([]);
  });
});
