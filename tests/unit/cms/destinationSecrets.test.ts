// Publishing credentials at rest: sealed in the store (AES-256-GCM under a key file beside it,
// readable by this user only; the desktop seals with safeStorage instead), never in the store's
// bytes, its WAL or a copy of it in plain text; a copy without the key, or a desktop-sealed entry
// read where the keychain is not, says so instead of failing strangely.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFileFor, type SecretBox } from '../../../db/secretBox';
import { createService } from '../../../electron/service/createService';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';

describe('destinations at rest', () => {
  let t: TestService;
  let articleId: string;
  beforeEach(async () => {
    t = await openTestService();
    ({ id: articleId } = await callOk(t, 'articles:create', { headline: 'Uji' }));
  });
  afterEach(async () => t.close());

  it('keeps only ciphertext in the store, under a key file only this user can read', async () => {
    await callOk(t, 'destinations:add', {
      kind: 'wordpress',
      name: 'Situs',
      url: 'https://situs.example/',
      user: 'editor',
      password: PASSWORD,
    });
    expect(await callOk(t, 'destinations:list', {})).toEqual({
      items: [{ name: 'Situs', kind: 'wordpress', url: 'https://situs.example', user: 'editor', usable: true }],
    });
    const bytes = ['', '-wal'].map((suffix) => {
      try {
        return readFileSync(`${t.dbPath}${suffix}`).toString('latin1');
      } catch {
        return '';
      }
    });
    for (const b of bytes) expect(b).not.toContain(PASSWORD);
    expect(statSync(keyFileFor(t.dbPath)).mode & 0o777).toBe(0o600);
    // Only the publishing code opens it (case-insensitively by name, as people type it).
    expect(t.destinations.open('situs')).toMatchObject({ kind: 'wordpress', user: 'editor', password: PASSWORD });
  });

  it('a copy of the store without its key file cannot use the credential, and says why', async () => {
    await callOk(t, 'destinations:add', {
      kind: 'wordpress',
      name: 'Situs',
      url: 'https://situs.example',
      user: 'editor',
      password: PASSWORD,
    });
    await t.service.close();
    const copy = join(t.dbPath, '..', 'copy.db');
    copyFileSync(t.dbPath, copy);
    const other = await createService(copy, { mode: 'browser', version: 'test', log: () => {} });
    try {
      const result = await other.dispatch('publish:toCms', { articleId, destination: 'Situs', status: 'draft' });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(
          /cannot be read \(the key that sealed it is not on this computer\); add the destination again/,
        );
    } finally {
      await other.close();
    }
  });

  it('a credential the desktop sealed with the keychain is named as such where the keychain is not', async () => {
    await t.service.close();
    // The desktop's box, as Electron's safeStorage would be (an OS service the tests cannot reach).
    const keychain: SecretBox = {
      scheme: 'safeStorage',
      seal: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
      open: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString(),
    };
    const desktop = await createService(t.dbPath, { mode: 'electron', version: 'test', log: () => {}, secretBox: keychain });
    try {
      const added = await desktop.dispatch('destinations:add', {
        kind: 'ghost',
        name: 'Ghost',
        url: 'https://ghost.example',
        key: `${'a'.repeat(24)}:${'b'.repeat(64)}`,
      });
      expect(added.ok).toBe(true);
    } finally {
      await desktop.close();
    }
    const cli = await createService(t.dbPath, { mode: 'browser', version: 'cli', log: () => {} });
    try {
      const list = await cli.dispatch('destinations:list', {});
      expect(list.ok && (list.value as { items: unknown[] }).items).toEqual([
        { name: 'Ghost', kind: 'ghost', url: 'https://ghost.example', user: null, usable: false },
      ]);
      const result = await cli.dispatch('publish:toCms', { articleId, destination: 'Ghost', status: 'draft' });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toContain('were kept by the desktop app (the system keychain), which this run cannot read');
    } finally {
      await cli.close();
    }
  });
});
