// The body as WordPress block markup: golden files for every node kind, and WordPress's own block
// editor (Debian's WordPress 6.1, in Chromium) opening all of it with every block valid, so a
// published post stays editable block by block there.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBody, type RenderContext } from '../../../shared/publish/renderBody';
import { wordpressBlocks, type WordPressMedia } from '../../../shared/publish/wordpressBlocks';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../fixtures/chromium';
import { GOLDEN_ASSET, GOLDEN_CASES } from '../../fixtures/goldenBodies';
import { startWordPress, wordpressUnavailable, type WordPressSite } from '../../fixtures/wordpressSite';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'publish', 'wordpress');

function blocksOf(media: { id: string; url: string }): string[] {
  const ctx: RenderContext = {
    resolveImage: (id) => (id === GOLDEN_ASSET ? { src: media.url, width: 1920, height: 1080, webp: [] } : null),
  };
  const map = new Map<string, WordPressMedia>([[media.url, { id: media.id }]]);
  return Object.values(GOLDEN_CASES).map((body) => wordpressBlocks(renderBody(body, ctx), map));
}

describe('WordPress block markup (golden files)', () => {
  const media = { id: '42', url: 'https://situs.example/wp-content/uploads/2026/12/banjir-1.jpg' };
  const outputs = blocksOf(media);
  Object.keys(GOLDEN_CASES).forEach((name, i) => {
    it(name, () => {
      mkdirSync(GOLDEN, { recursive: true });
      const file = join(GOLDEN, `${name}.html`);
      const markup = `${outputs[i]}\n`;
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, markup);
      expect(markup).toBe(readFileSync(file, 'utf8'));
    });
  });

  it('keeps every word and tag of the rendered body: the blocks add only comments and the classes WordPress saves', () => {
    const strip = (html: string) =>
      html
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, '');
    const ctx: RenderContext = { resolveImage: () => ({ src: media.url, width: 1920, height: 1080, webp: [] }) };
    for (const body of Object.values(GOLDEN_CASES)) {
      const html = renderBody(body, ctx);
      expect(strip(wordpressBlocks(html, new Map([[media.url, { id: '42' }]])))).toBe(strip(html));
    }
  });
});

const unavailable = wordpressUnavailable();

describe.skipIf(unavailable)("WordPress's block editor", () => {
  let wp: WordPressSite;
  beforeAll(async () => {
    wp = await startWordPress();
  }, 120_000);
  afterAll(async () => wp?.stop());

  it('opens the published markup of every node kind with every block valid', async () => {
    const jpeg = await sharp({ create: { width: 1920, height: 1080, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const upload = await fetch(new URL(`${wp.url}/?rest_route=/wp/v2/media`), {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${wp.user}:${wp.password}`).toString('base64')}`,
        'Content-Type': 'image/jpeg',
        'Content-Disposition': 'attachment; filename="banjir-1.jpg"',
      },
      body: new Uint8Array(jpeg),
    });
    const uploaded = (await upload.json()) as { id: number; source_url: string };
    const content = blocksOf({ id: String(uploaded.id), url: uploaded.source_url }).join('\n\n');
    const post = (await wp.rest('POST', '/wp/v2/posts', { title: 'Semua jenis blok', content, status: 'draft' })).json as { id: number };

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${wp.url}/wp-login.php`);
      await page.getByLabel('Username or Email Address').fill(wp.user);
      await page.getByLabel('Password', { exact: true }).fill(wp.loginPassword);
      await page.getByRole('button', { name: 'Log In' }).click();
      await page.waitForURL(/wp-admin/);
      await page.goto(`${wp.url}/wp-admin/post.php?post=${post.id}&action=edit`);
      type Seen = { name: string; valid: boolean; html: string };
      await page.waitForFunction(
        () =>
          ((window as unknown as { wp?: { data?: { select(s: string): { getBlocks(): unknown[] } } } }).wp?.data
            ?.select('core/block-editor')
            .getBlocks().length ?? 0) > 0,
        null,
        { timeout: 60_000 },
      );
      const blocks = await page.evaluate(() => {
        type Block = { name: string; isValid: boolean; originalContent?: string; innerBlocks: Block[] };
        const walk = (list: Block[]): Array<{ name: string; valid: boolean; html: string }> =>
          list.flatMap((b) => [{ name: b.name, valid: b.isValid, html: (b.originalContent ?? '').slice(0, 200) }, ...walk(b.innerBlocks)]);
        const editor = (window as unknown as { wp: { data: { select(s: string): { getBlocks(): Block[] } } } }).wp.data.select(
          'core/block-editor',
        );
        return walk(editor.getBlocks());
      });
      const invalid = (blocks as Seen[]).filter((b) => !b.valid);
      expect(invalid, 'blocks WordPress calls invalid').toEqual([]);
      expect(new Set((blocks as Seen[]).map((b) => b.name))).toEqual(
        new Set([
          'core/paragraph',
          'core/heading',
          'core/list',
          'core/list-item',
          'core/quote',
          'core/pullquote',
          'core/image',
          'core/html',
        ]),
      );
    } finally {
      await browser.close();
    }
  }, 180_000);
});
