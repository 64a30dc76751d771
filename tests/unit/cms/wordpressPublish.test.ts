// Publishing to a real WordPress (Debian's 6.1, started by the test: tests/fixtures/wordpressSite.ts)
// through the service the app builds: the post, its pictures with their alt text and credits, the
// featured image, a re-publish that updates the same post, a remote edit that is shown instead of
// overwritten, and a take-down. Checked through WordPress's own REST API.
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { HERO_SPEC, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { bodyOf, claimMark, paragraph, text } from '../../fixtures/bodies';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';
import { publishAll, saveFields, slotFill } from '../../fixtures/publishing';
import { startWordPress, wordpressUnavailable, type WordPressSite } from '../../fixtures/wordpressSite';

const unavailable = wordpressUnavailable();

async function picture(colour: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: colour } })
      .jpeg()
      // A camera's metadata, which must not reach the site.
      .withExif({ IFD0: { Make: 'SecretCam', Artist: 'Sumber Rahasia' } })
      .toBuffer(),
  );
}

type WpPost = {
  id: number;
  status: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  featured_media: number;
  tags: number[];
  author: number;
  modified_gmt: string;
};

describe.skipIf(unavailable)('publishing to a real WordPress', () => {
  let wp: WordPressSite;
  let t: TestService;
  let articleId: string;

  beforeAll(async () => {
    wp = await startWordPress();
  }, 120_000);
  afterAll(async () => wp?.stop());

  beforeEach(async () => {
    t = await openTestService();
    await callOk(t, 'profile:set', { name: 'Dewi Redaktur', initials: 'DR', colour: '#1f5f99' });
    ({ id: articleId } = await callOk(t, 'articles:create', { headline: 'Banjir rob di Jakarta Utara' }));
    const hero = await callOk(t, 'assets:import', { name: 'IMG_0001.jpg', data: await picture('#336699') });
    const inline = await callOk(t, 'assets:import', { name: 'IMG_0002.jpg', data: await picture('#993366') });
    await saveFields(t, articleId, {
      dek: 'Air laut naik setinggi 1,5 meter & merendam 300 rumah.',
      byline: 'Rina Wartawan',
      tags: ['banjir', 'Jakarta Utara'],
      hero: { ...HERO_SPEC, ...slotFill(hero.id, 'Warga berjalan di genangan', 'Genangan di Muara Baru <Utara>.', 'Foto: Andi Lensa') },
      body: bodyOf(
        paragraph(text('Air naik sejak '), claimMark(['00000000-0000-4000-8000-000000000001'], text('pukul 04.00')), text(' pagi.')),
        { type: 'image-slot', version: 1, ...INLINE_SPEC, ...slotFill(inline.id, 'Perahu karet', 'Evakuasi warga.', 'Foto: Sari') },
        paragraph(text('BPBD membuka tiga posko.')),
      ),
    });
    await callOk(t, 'destinations:add', { kind: 'wordpress', name: 'Situs utama', url: wp.url, user: wp.user, password: wp.password });
  }, 60_000);
  afterEach(async () => t?.close());

  it('publishes the post with its pictures, updates the same post again, and asks before overwriting an edit made on the site', async () => {
    // The list never gives the password back.
    const { items } = await callOk(t, 'destinations:list', {});
    expect(items).toEqual([{ name: 'Situs utama', kind: 'wordpress', url: wp.url, user: 'editor', usable: true }]);
    expect(JSON.stringify(items)).not.toContain(wp.password);

    const steps = await publishAll(t, { articleId, destination: 'Situs utama', status: 'published' });
    // One step per picture, then the post, each reported as it went.
    expect(steps.map((s) => s.steps.filter((step) => step.done).length)).toEqual([1, 2, 3]);
    expect(steps[0]!.steps.map((s) => s.kind)).toEqual(['picture', 'picture', 'post']);
    const done = steps.at(-1)!;
    expect(done.finished).toBe(true);
    expect(done.link).toMatch(new RegExp(`^${wp.url}/`));

    const { items: publications } = await callOk(t, 'publish:publications', { articleId });
    expect(publications).toHaveLength(1);
    const postId = publications[0]!.remoteId;
    const post = (await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost;
    expect(post.status).toBe('publish');
    expect(post.title.raw).toBe('Banjir rob di Jakarta Utara');
    expect(post.excerpt.raw).toBe('Air laut naik setinggi 1,5 meter & merendam 300 rumah.');
    // Blocks WordPress's editor keeps editable; the picture is an image block of the uploaded media.
    expect(post.content.raw).toContain('<!-- wp:paragraph -->\n<p>Air naik sejak pukul 04.00 pagi.</p>\n<!-- /wp:paragraph -->');
    expect(post.content.raw).toMatch(/<!-- wp:image \{"id":\d+,"sizeSlug":"full","linkDestination":"none"\} -->/);
    expect(post.content.raw).toContain('alt="Perahu karet"');
    // The claim's mark and id stay in the newsroom.
    expect(post.content.raw).not.toMatch(/claim|00000000-0000/);
    // The byline is the site's user of that name; the tags are the site's (made where missing).
    const me = (await wp.rest('GET', '/wp/v2/users/me')).json as { id: number };
    expect(post.author).toBe(me.id);
    const tagNames = await Promise.all(
      post.tags.map(async (tag) => ((await wp.rest('GET', `/wp/v2/tags/${tag}`)).json as { name: string }).name),
    );
    expect(tagNames.sort()).toEqual(['Jakarta Utara', 'banjir']);

    // The featured image is the hero, with its alt text; its caption carries the credit.
    const featured = (await wp.rest('GET', `/wp/v2/media/${post.featured_media}`, undefined, { context: 'edit' })).json as {
      alt_text: string;
      caption: { raw: string };
      source_url: string;
      media_details: { image_meta: { camera: string; credit: string } };
    };
    expect(featured.alt_text).toBe('Warga berjalan di genangan');
    expect(featured.caption.raw).toContain('Genangan di Muara Baru &lt;Utara&gt;.');
    expect(featured.caption.raw).toContain('Foto: Andi Lensa');
    // Named after the article, its camera metadata stripped before it left.
    expect(featured.source_url).toMatch(/banjir-rob-di-jakarta-utara-1\.jpg$/);
    expect(featured.media_details.image_meta.camera).toBe('');
    const inlineId = Number(/<!-- wp:image \{"id":(\d+)/.exec(post.content.raw)![1]);
    const inlineMedia = (await wp.rest('GET', `/wp/v2/media/${inlineId}`, undefined, { context: 'edit' })).json as {
      alt_text: string;
      caption: { raw: string };
    };
    expect(inlineMedia.alt_text).toBe('Perahu karet');
    expect(inlineMedia.caption.raw).toContain('Foto: Sari');

    // Re-publishing after an edit updates the same post, and uploads no picture again.
    const mediaBefore = ((await wp.rest('GET', '/wp/v2/media', undefined, { per_page: '100' })).json as unknown[]).length;
    await saveFields(t, articleId, { headline: 'Banjir rob surut di Jakarta Utara' });
    const again = await publishAll(t, { articleId, destination: 'Situs utama', status: 'published' });
    expect(again).toHaveLength(1);
    expect(again[0]!.finished).toBe(true);
    const updated = (await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost;
    expect(updated.title.raw).toBe('Banjir rob surut di Jakarta Utara');
    expect(((await wp.rest('GET', '/wp/v2/posts', undefined, { per_page: '100', status: 'publish,draft' })).json as unknown[]).length).toBe(
      2,
    ); // ours and "Hello world!"
    expect(((await wp.rest('GET', '/wp/v2/media', undefined, { per_page: '100' })).json as unknown[]).length).toBe(mediaBefore);

    // Someone edits the post in WordPress: the next push shows what changed and sends nothing.
    // (modified_gmt has a one-second resolution: the edit comes a second after the push.)
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await wp.rest('POST', `/wp/v2/posts/${postId}`, { title: 'Judul diubah di WordPress' });
    await saveFields(t, articleId, { dek: 'Air surut sore hari.' });
    const asked = await publishAll(t, { articleId, destination: 'Situs utama', status: 'published' });
    const question = asked.at(-1)!;
    expect(question.finished).toBe(false);
    expect(question.remoteChanged).toBe(true);
    expect(question.remoteChanges).toEqual([
      { field: 'title', remote: 'Judul diubah di WordPress', sent: 'Banjir rob surut di Jakarta Utara' },
    ]);
    const untouched = (await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost;
    expect(untouched.title.raw).toBe('Judul diubah di WordPress');
    expect(untouched.excerpt.raw).toBe('Air laut naik setinggi 1,5 meter & merendam 300 rumah.');

    // The person chooses to overwrite: Redaksi's version goes up.
    const overwritten = await publishAll(t, { articleId, destination: 'Situs utama', status: 'published', overwrite: true });
    expect(overwritten.at(-1)!.finished).toBe(true);
    const now = (await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost;
    expect(now.title.raw).toBe('Banjir rob surut di Jakarta Utara');
    expect(now.excerpt.raw).toBe('Air surut sore hari.');

    // Taken down: a draft on the site again, and the record says so.
    await callOk(t, 'publish:unpublish', { articleId, destination: 'Situs utama' });
    expect(((await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost).status).toBe('draft');
    expect((await callOk(t, 'publish:publications', { articleId })).items[0]!.status).toBe('unpublished');

    // The history says who sent it where.
    const { items: versions } = await callOk(t, 'revisions:list', { articleId });
    expect(versions.map((v) => v.label)).toEqual(
      expect.arrayContaining(['Sent to Situs utama (published)', 'Taken down from Situs utama']),
    );
  }, 120_000);

  it('schedules at the publish time, in UTC as WordPress keeps it', async () => {
    const at = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    at.setUTCSeconds(0, 0);
    // 10:00 in Jakarta is 03:00 UTC.
    const jakarta = `${at.toISOString().slice(0, 10)}T10:00:00+07:00`;
    await saveFields(t, articleId, { publishAt: jakarta, timeZone: 'Asia/Jakarta' });
    const done = (
      await publishAll(t, { articleId, destination: 'Situs utama', status: 'scheduled', canonicalUrl: 'https://koran.example/banjir' })
    ).at(-1)!;
    expect(done.finished).toBe(true);
    // What WordPress cannot take is said, in the window's language too.
    expect(done.notes).toEqual([
      {
        message: 'WordPress keeps no canonical address of its own (an SEO plugin does): it was not sent.',
        text: { key: 'cmsNoteNoCanonical' },
      },
    ]);
    const postId = (await callOk(t, 'publish:publications', { articleId })).items[0]!.remoteId;
    const post = (await wp.rest('GET', `/wp/v2/posts/${postId}`, undefined, { context: 'edit' })).json as WpPost & { date_gmt: string };
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe(`${at.toISOString().slice(0, 10)}T03:00:00`);

    // A time already past cannot be scheduled: said before anything is sent.
    await saveFields(t, articleId, { publishAt: '2020-01-01T10:00:00+07:00' });
    const refused = await t.dispatch('publish:toCms', { articleId, destination: 'Situs utama', status: 'scheduled' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Scheduling needs a publish time in the future');
  }, 60_000);

  it('stops for the checklist before sending anything, and records who went ahead anyway', async () => {
    const article = await callOk(t, 'articles:get', { ref: articleId });
    const mediaBefore = ((await wp.rest('GET', '/wp/v2/media', undefined, { per_page: '100' })).json as unknown[]).length;
    await saveFields(t, articleId, { hero: { ...article.hero!, alt: '' } });
    const first = await callOk(t, 'publish:toCms', { articleId, destination: 'Situs utama', status: 'draft' });
    expect(first.finished).toBe(false);
    expect(first.blockers.map((b) => b.message)).toEqual(['The hero image needs alt text']);
    expect(first.blockers[0]!.text).toMatchObject({ key: 'slotNeedsAlt' });
    expect(first.steps.every((s) => !s.done)).toBe(true);
    expect(((await wp.rest('GET', '/wp/v2/media', undefined, { per_page: '100' })).json as unknown[]).length).toBe(mediaBefore);

    const done = (await publishAll(t, { articleId, destination: 'Situs utama', status: 'draft', override: true })).at(-1)!;
    expect(done.finished).toBe(true);
    const [publication] = (await callOk(t, 'publish:publications', { articleId })).items;
    expect(publication).toMatchObject({ status: 'draft', overriddenBy: 'Dewi Redaktur' });
    const { items: versions } = await callOk(t, 'revisions:list', { articleId });
    expect(versions.map((v) => v.label).join('\n')).toMatch(
      /Sent to Situs utama \(draft\), with 1 checklist item\(s\) open, by Dewi Redaktur/,
    );
  }, 60_000);

  it('says plainly when the password is refused, without the password in the message', async () => {
    await callOk(t, 'destinations:add', {
      kind: 'wordpress',
      name: 'Situs utama',
      url: wp.url,
      user: wp.user,
      password: 'abcd efgh ijkl mnop qrst uvwx',
    });
    const refused = await t.dispatch('publish:toCms', { articleId, destination: 'Situs utama', status: 'draft' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('remote_failed');
    expect(refused.error.message).toMatch(/refused the credentials/);
    expect(refused.error.message).not.toContain('abcd efgh');
    expect(refused.error.message).not.toContain(Buffer.from(`${wp.user}:abcd efgh ijkl mnop qrst uvwx`).toString('base64'));
  }, 60_000);
});
