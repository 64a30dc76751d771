// The desk's profile through the composition root, as the app asks for it: none at first, saved
// with the store, checked on the way in, and a damaged stored value read as none (asked again).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../electron/service/createService';
import { colourFor, initialsOf, PROFILE_COLOURS } from '../../../shared/people/profile';

let dir: string;
let host: Service | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-profile-'));
});
afterEach(async () => {
  await host?.close();
  host = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<Service> {
  host = await createService(join(dir, 'redaksi.db'), { mode: 'browser', version: 'test', quit: () => undefined, log: () => undefined });
  return host;
}

describe('profile', () => {
  it('makes initials from a name, and picks a colour from the palette', () => {
    expect(initialsOf('Dewi Lestari')).toBe('DL');
    expect(initialsOf('budi')).toBe('B');
    expect(initialsOf('  Siti  Nur  Halimah ')).toBe('SH');
    expect(initialsOf('Ángel ñoño')).toBe('ÁÑ');
    expect(PROFILE_COLOURS).toContain(colourFor('Dewi'));
    expect(colourFor('Dewi')).toBe(colourFor('Dewi'));
  });

  it('is none at first, kept with the store once set, and refused when malformed', async () => {
    let service = await start();
    expect(await service.dispatch('profile:get', {})).toEqual({ ok: true, value: { profile: null, suggested: null, role: null } });
    const profile = { name: 'Dewi Lestari', initials: 'DL', colour: PROFILE_COLOURS[2] };
    expect(await service.dispatch('profile:set', profile)).toMatchObject({ ok: true, value: { profile } });
    for (const bad of [
      { ...profile, name: '  ' },
      { ...profile, initials: 'ABCD' },
      { ...profile, colour: '#ffffff' },
      { ...profile, extra: true },
    ]) {
      const result = await service.dispatch('profile:set', bad);
      expect(result.ok ? null : result.error.code).toBe('invalid_input');
    }
    await service.close();
    service = await start();
    expect(await service.dispatch('profile:get', {})).toMatchObject({ ok: true, value: { profile } });
    await service.close();
    host = null;

    // A stored value that no longer reads as a profile is none: the person is asked again.
    const db = new Database(join(dir, 'redaksi.db'));
    db.prepare("UPDATE settings SET value = '{not json' WHERE key = 'profile'").run();
    db.close();
    service = await start();
    expect(await service.dispatch('profile:get', {})).toMatchObject({ ok: true, value: { profile: null } });
  });
});
