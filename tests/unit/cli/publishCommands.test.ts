// `redaksi destination …`, `redaksi publish`, `redaksi unpublish`, run as the built bin on plain
// Node (a real process, the secret piped into its standard input), against the Ghost stand-in and
// a real WordPress.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HERO_SPEC } from '../../../shared/editor/imageSlot';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { startGhostStandIn, type GhostStandIn } from '../../fixtures/ghostStandIn';
import { saveFields, slotFill } from '../../fixtures/publishing';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';
import { startWordPress, wordpressUnavailable, type WordPressSite } from '../../fixtures/wordpressSite';

const BIN = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');

function redaksi(dbPath: string, args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, '--db', dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(input ?? '');
  });
}

/** Every byte of the store's files (the database, its WAL, its backups): where a secret must not be. */
function storeBytes(dbPath: string): string {
  const dir = dirname(dbPath);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.secret-key'))
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');
}

/** An article with a hero picture, made through the service; the service is closed before the CLI runs. */
async function articleIn(t: TestService, alt: string): Promise<string> {
  const { id } = await callOk(t, 'articles:create', { headline: 'Gempa di Cianjur' });
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#445566' } })
    .jpeg()
    .toBuffer();
  const hero = await callOk(t, 'assets:import', { name: 'gempa.jpg', data: new Uint8Array(jpeg) });
  await saveFields(t, id, {
    dek: 'Ribuan warga mengungsi.',
    hero: { ...HERO_SPEC, ...slotFill(hero.id, alt, 'Rumah rusak.', 'Foto: Andi') },
    body: bodyOf(paragraph(text('Gempa bermagnitudo 5,6.'))),
  });
  return id;
}

beforeAll(() => {
  expect(existsSync(BIN), 'run `npm run build` first').toBe(true);
});

describe('redaksi publish (Ghost stand-in)', () => {
  let ghost: GhostStandIn;
  let t: TestService;
  let dbPath: string;

  beforeEach(async () => {
    ghost = await startGhostStandIn();
    t = await openTestService();
    dbPath = t.dbPath;
  });
  afterEach(async () => {
    await t.close();
    await ghost.stop();
  });

  it('adds a destination from standard input, publishes, asks before overwriting a remote edit, and takes the post down', async () => {
    await articleIn(t, 'Rumah roboh');
    await t.service.close();

    // The key is read from standard input only; never printed, never in the store in plain text.
    const added = await redaksi(dbPath, ['destination', 'add', 'Ghost kami', '--ghost', ghost.url, '--key-stdin'], `${ghost.key}\n`);
    expect(added).toMatchObject({ code: 0, out: expect.stringContaining('Added Ghost kami: Ghost at') });
    const listed = await redaksi(dbPath, ['destination', 'list']);
    expect(listed.out).toContain(`Ghost kami  Ghost  ${ghost.url}`);
    expect(listed.out + listed.err).not.toContain(ghost.key.split(':')[1]);
    expect(storeBytes(dbPath)).not.toContain(ghost.key.split(':')[1]);

    const published = await redaksi(dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Ghost kami', '--status', 'published']);
    expect(published.err).toContain('uploaded gempa-di-cianjur-1.jpg (1 of 1 pictures)');
    expect(published).toMatchObject({ code: 0, out: `${ghost.url}/gempa-di-cianjur/\n` });
    const [post] = [...ghost.posts.values()];
    expect(post).toMatchObject({ title: 'Gempa di Cianjur', status: 'published', feature_image_alt: 'Rumah roboh' });

    ghost.editOnSite(post!.id, { title: 'Judul dari Ghost' });
    const asked = await redaksi(dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Ghost kami', '--status', 'published']);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('title: now “Judul dari Ghost” (Redaksi sent “Gempa di Cianjur”)');
    expect(asked.err).toContain('--overwrite');
    expect(post!.title).toBe('Judul dari Ghost');
    // Without --status, a published post is sent again as published.
    expect((await redaksi(dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Ghost kami', '--overwrite'])).code).toBe(0);
    expect(post!.status).toBe('published');
    expect(post!.title).toBe('Gempa di Cianjur');

    expect(await redaksi(dbPath, ['unpublish', 'gempa-di-cianjur', '--from', 'Ghost kami'])).toMatchObject({ code: 0 });
    expect(post!.status).toBe('draft');

    expect((await redaksi(dbPath, ['destination', 'remove', 'Ghost kami'])).code).toBe(0);
    expect((await redaksi(dbPath, ['destination', 'list'])).out).toContain('No destinations.');
  }, 60_000);

  it('stops at open checklist items unless told --override', async () => {
    await articleIn(t, '');
    await t.service.close();
    await redaksi(dbPath, ['destination', 'add', 'Ghost', '--ghost', ghost.url, '--key-stdin'], ghost.key);
    const stopped = await redaksi(dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Ghost']);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toMatch(/Not sent: the checklist has 1 open item\(s\):\n {2}- .*alt/i);
    expect(ghost.requests).toEqual([]);
    expect((await redaksi(dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Ghost', '--override'])).code).toBe(0);
    expect([...ghost.posts.values()][0]!.status).toBe('draft');
  }, 60_000);

  it('refuses a secret given as an argument, a missing user, an unknown status', async () => {
    await t.service.close();
    expect(
      (await redaksi(dbPath, ['destination', 'add', 'WP', '--wordpress', 'https://situs.example', '--password', 'rahasia'])).code,
    ).toBe(2);
    const noUser = await redaksi(
      dbPath,
      ['destination', 'add', 'WP', '--wordpress', 'https://situs.example', '--password-stdin'],
      'rahasia',
    );
    expect(noUser).toMatchObject({ code: 2, err: expect.stringContaining('needs --user USER') });
    const empty = await redaksi(
      dbPath,
      ['destination', 'add', 'WP', '--wordpress', 'https://situs.example', '--user', 'u', '--password-stdin'],
      '',
    );
    expect(empty).toMatchObject({ code: 2, err: expect.stringContaining('Standard input was empty') });
    const status = await redaksi(dbPath, ['publish', 'x', '--to', 'WP', '--status', 'live']);
    expect(status).toMatchObject({ code: 2, err: expect.stringContaining('Unknown status "live"') });
    const bad = await redaksi(
      dbPath,
      ['destination', 'add', 'WP', '--wordpress', 'ftp://situs.example', '--user', 'u', '--password-stdin'],
      'p',
    );
    expect(bad).toMatchObject({ code: 1, err: expect.stringContaining('an http or https address') });
  }, 60_000);
});

describe.skipIf(wordpressUnavailable())('redaksi publish (real WordPress)', () => {
  let wp: WordPressSite;
  beforeAll(async () => {
    wp = await startWordPress();
  }, 120_000);
  afterAll(async () => wp?.stop());

  it('publishes to WordPress with an Application Password piped in', async () => {
    const t = await openTestService();
    try {
      await articleIn(t, 'Rumah roboh');
      await t.service.close();
      const added = await redaksi(
        t.dbPath,
        ['destination', 'add', 'Situs', '--wordpress', wp.url, '--user', wp.user, '--password-stdin'],
        wp.password,
      );
      expect(added.code).toBe(0);
      expect(storeBytes(t.dbPath)).not.toContain(wp.password);
      const published = await redaksi(t.dbPath, ['publish', 'gempa-di-cianjur', '--to', 'Situs', '--status', 'published']);
      expect(published.code, published.err).toBe(0);
      const link = published.out.trim();
      expect(link).toMatch(new RegExp(`^${wp.url}/\\?p=\\d+$`));
      const post = (await wp.rest('GET', `/wp/v2/posts/${/p=(\d+)/.exec(link)![1]}`, undefined, { context: 'edit' })).json as {
        title: { raw: string };
        status: string;
      };
      expect(post).toMatchObject({ title: { raw: 'Gempa di Cianjur' }, status: 'publish' });
    } finally {
      await t.close();
    }
  }, 120_000);
});
