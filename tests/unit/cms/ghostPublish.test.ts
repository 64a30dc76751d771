// Publishing to Ghost, through the service the app builds, against a stand-in for Ghost's Admin
// API that checks the token and the updated_at collision as Ghost's source does
// (tests/fixtures/ghostStandIn.ts): Ghost itself cannot be installed on these machines.
import jwt from 'jsonwebtoken';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HERO_SPEC, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { ghostAdminToken } from '../../../electron/cms/ghostToken';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { startGhostStandIn, type GhostStandIn } from '../../fixtures/ghostStandIn';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';
import { publishAll, saveFields, slotFill } from '../../fixtures/publishing';

describe('publishing to Ghost (stand-in)', () => {
  let ghost: GhostStandIn;
  let t: TestService;
  let articleId: string;

  beforeEach(async () => {
    ghost = await startGhostStandIn();
    t = await openTestService();
    ({ id: articleId } = await callOk(t, 'articles:create', { headline: 'Harga beras naik lagi' }));
    const jpeg = async (colour: string) =>
      new Uint8Array(
        await sharp({ create: { width: 1600, height: 900, channels: 3, background: colour } })
          .jpeg()
          .toBuffer(),
      );
    const hero = await callOk(t, 'assets:import', { name: 'pasar.jpg', data: await jpeg('#336699') });
    const inline = await callOk(t, 'assets:import', { name: 'timbangan.jpg', data: await jpeg('#996633') });
    await saveFields(t, articleId, {
      dek: 'Rp 15.000 per kilogram di Pasar Induk.',
      byline: 'Rina Wartawan',
      tags: ['ekonomi', 'pangan'],
      hero: { ...HERO_SPEC, ...slotFill(hero.id, 'Pedagang beras', 'Pasar Induk Cipinang <Jakarta>.', 'Foto: Andi') },
      body: bodyOf(paragraph(text('Harga naik 5 persen.')), {
        type: 'image-slot',
        version: 1,
        ...INLINE_SPEC,
        ...slotFill(inline.id, 'Timbangan beras', 'Ditimbang.', 'Foto: Sari'),
      }),
    });
    await callOk(t, 'destinations:add', { kind: 'ghost', name: 'Ghost', url: ghost.url, key: ghost.key });
  });
  afterEach(async () => {
    await t?.close();
    await ghost?.stop();
  });

  it('signs each request with a short-lived token Ghost accepts: kid, HS256, audience /admin/, five minutes at most', async () => {
    const token = await ghostAdminToken(ghost.key, new Date());
    const { header, payload } = jwt.decode(token, { complete: true }) as { header: jwt.JwtHeader; payload: jwt.JwtPayload };
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: ghost.key.split(':')[0] });
    expect(payload.aud).toBe('/admin/');
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(300);
    // Verified with the hex-decoded secret, as Ghost does; the plain text of the secret is not the key.
    expect(() =>
      jwt.verify(token, Buffer.from(ghost.key.split(':')[1]!, 'hex'), { algorithms: ['HS256'], audience: '/admin/' }),
    ).not.toThrow();
    expect(() => jwt.verify(token, ghost.key.split(':')[1]!, { algorithms: ['HS256'] })).toThrow();

    // A token signed ten minutes ago is refused by the stand-in, as by Ghost (maxAge 5m).
    const old = await ghostAdminToken(ghost.key, new Date(Date.now() - 10 * 60 * 1000));
    const answer = await fetch(`${ghost.url}/ghost/api/admin/users/`, { headers: { Authorization: `Ghost ${old}` } });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(
      /Invalid token: (jwt expired|maxAge exceeded)/,
    );
  });

  it('publishes the post with its pictures, updates the same post, and asks before overwriting an edit made in Ghost', async () => {
    const steps = await publishAll(t, {
      articleId,
      destination: 'Ghost',
      status: 'published',
      canonicalUrl: 'https://koran.example/harga-beras',
    });
    expect(steps.map((s) => s.steps.filter((x) => x.done).length)).toEqual([1, 2, 3]);
    expect(steps.at(-1)!.finished).toBe(true);
    expect([...ghost.images.values()].map((i) => i.name)).toEqual(['harga-beras-naik-lagi-1.jpg', 'harga-beras-naik-lagi-2.jpg']);
    const [post] = [...ghost.posts.values()];
    expect(post).toMatchObject({
      title: 'Harga beras naik lagi',
      custom_excerpt: 'Rp 15.000 per kilogram di Pasar Induk.',
      status: 'published',
      slug: 'harga-beras-naik-lagi',
      canonical_url: 'https://koran.example/harga-beras',
      tags: [{ name: 'ekonomi' }, { name: 'pangan' }],
      authors: [{ id: 'staff-rina' }],
      feature_image: `${ghost.url}/content/images/2026/12/harga-beras-naik-lagi-1.jpg`,
      feature_image_alt: 'Pedagang beras',
      feature_image_caption: 'Pasar Induk Cipinang &lt;Jakarta&gt;. Foto: Andi',
    });
    // The body from our renderer, the picture at its uploaded address with its alt text and credit.
    expect(post!.html).toContain('<p>Harga naik 5 persen.</p>');
    expect(post!.html).toContain(
      `<img src="${ghost.url}/content/images/2026/12/harga-beras-naik-lagi-2.jpg" width="1600" height="900" alt="Timbangan beras">`,
    );
    expect(post!.html).toContain('<span class="credit">Foto: Sari</span>');
    // Every request carried a fresh token for /admin/, and the posts went as HTML.
    expect(ghost.requests.every((r) => r.jwt?.payload.aud === '/admin/' && r.jwt.payload.exp! - r.jwt.payload.iat! <= 300)).toBe(true);
    expect(ghost.requests.find((r) => r.method === 'POST' && r.path.startsWith('/ghost/api/admin/posts/'))!.path).toContain('source=html');

    // Re-published: the same post, updated (Ghost's collision check passed with the updated_at it gave).
    await saveFields(t, articleId, { headline: 'Harga beras naik lagi, pemerintah operasi pasar' });
    expect((await publishAll(t, { articleId, destination: 'Ghost', status: 'published' })).at(-1)!.finished).toBe(true);
    expect(ghost.posts.size).toBe(1);
    expect(post!.title).toBe('Harga beras naik lagi, pemerintah operasi pasar');
    expect(ghost.images.size).toBe(2);

    // Edited in Ghost meanwhile: shown, not overwritten.
    ghost.editOnSite(post!.id, { custom_excerpt: 'Ringkasan dari editor Ghost' });
    await saveFields(t, articleId, { dek: 'Operasi pasar mulai Senin.' });
    const asked = (await publishAll(t, { articleId, destination: 'Ghost', status: 'published' })).at(-1)!;
    expect(asked.remoteChanged).toBe(true);
    expect(asked.remoteChanges).toEqual([
      { field: 'excerpt', remote: 'Ringkasan dari editor Ghost', sent: 'Rp 15.000 per kilogram di Pasar Induk.' },
    ]);
    expect(post!.custom_excerpt).toBe('Ringkasan dari editor Ghost');
    expect((await publishAll(t, { articleId, destination: 'Ghost', status: 'published', overwrite: true })).at(-1)!.finished).toBe(true);
    expect(post!.custom_excerpt).toBe('Operasi pasar mulai Senin.');

    // Taken down.
    await callOk(t, 'publish:unpublish', { articleId, destination: 'Ghost' });
    expect(post!.status).toBe('draft');
  });

  it('says Ghost’s own words when an edit collides, and sends nothing else', async () => {
    expect((await publishAll(t, { articleId, destination: 'Ghost', status: 'draft' })).at(-1)!.finished).toBe(true);
    const [post] = [...ghost.posts.values()];
    // Someone saves in Ghost between Redaksi's read and its write: Ghost's own check refuses the write.
    const realGet = globalThis.fetch;
    let edited = false;
    globalThis.fetch = async (input, init) => {
      const answer = await realGet(input, init);
      if (!edited && (init?.method ?? 'GET') === 'GET' && String(input).includes(`/posts/${post!.id}/`)) {
        edited = true;
        ghost.editOnSite(post!.id, { title: 'Disunting bersamaan' });
      }
      return answer;
    };
    try {
      const refused = await t.dispatch('publish:toCms', { articleId, destination: 'Ghost', status: 'draft' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toContain('Saving failed! Someone else is editing this post.');
    } finally {
      globalThis.fetch = realGet;
    }
    expect(post!.title).toBe('Disunting bersamaan');
  });

  it('after a failure half-way, a retry reuses the pictures already up and makes one post', async () => {
    ghost.failNextPostWrite = true;
    const first = await publishAll(t, { articleId, destination: 'Ghost', status: 'draft' }).catch((error: Error) => error);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toContain('answered with a web page instead of its API (HTTP 502: “502 Bad Gateway”)');
    expect(ghost.images.size).toBe(2);
    expect(ghost.posts.size).toBe(0);
    const retried = await publishAll(t, { articleId, destination: 'Ghost', status: 'draft' });
    expect(retried).toHaveLength(1);
    expect(retried[0]!.finished).toBe(true);
    expect(ghost.images.size).toBe(2);
    expect(ghost.posts.size).toBe(1);
    expect(ghost.requests.filter((r) => r.path.startsWith('/ghost/api/admin/images/')).length).toBe(2);
  });

  it('two windows publishing the same article at once make one post, each picture uploaded once', async () => {
    const [a, b] = await Promise.all([
      publishAll(t, { articleId, destination: 'Ghost', status: 'draft' }),
      publishAll(t, { articleId, destination: 'ghost', status: 'draft' }),
    ]);
    expect(a.at(-1)!.finished && b.at(-1)!.finished).toBe(true);
    expect(ghost.posts.size).toBe(1);
    expect(ghost.images.size).toBe(2);
    expect(ghost.requests.filter((r) => r.path.startsWith('/ghost/api/admin/images/')).length).toBe(2);
  });

  it('publishes a correction below the text, and keeps it on every later publication', async () => {
    const early = await t.dispatch('publish:toCms', { articleId, destination: 'Ghost', status: 'draft', correction: 'Terlalu dini' });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toBe('A correction goes with an article already published on Ghost; publish it first.');
    await publishAll(t, { articleId, destination: 'Ghost', status: 'published' });
    const [post] = [...ghost.posts.values()];
    expect(post!.html).not.toContain('corrections');
    await publishAll(t, {
      articleId,
      destination: 'Ghost',
      status: 'published',
      correction: 'Harga semula tertulis Rp 51.000 <per kg>; yang benar Rp 15.000.',
    });
    expect(post!.html).toMatch(
      /<aside class="corrections">\n<p><strong>Koreksi<\/strong>, \d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB: Harga semula tertulis Rp 51\.000 &lt;per kg&gt;; yang benar Rp 15\.000\.<\/p>\n<\/aside>$/u,
    );
    await saveFields(t, articleId, { headline: 'Harga beras naik lagi (diperbarui)' });
    await publishAll(t, { articleId, destination: 'Ghost', status: 'published' });
    expect(post!.title).toBe('Harga beras naik lagi (diperbarui)');
    expect(post!.html.match(/<strong>Koreksi<\/strong>/g)).toHaveLength(1);
  });

  it('refuses a wrong key plainly, and never puts the key in the message', async () => {
    const wrong = `${ghost.key.split(':')[0]}:${'ab'.repeat(32)}`;
    await callOk(t, 'destinations:add', { kind: 'ghost', name: 'Ghost', url: ghost.url, key: wrong });
    const refused = await t.dispatch('publish:toCms', { articleId, destination: 'Ghost', status: 'draft' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/refused the credentials: Invalid token: invalid signature/);
    expect(refused.error.message).not.toContain('abab');
    expect(ghost.images.size).toBe(0);
  });
});
