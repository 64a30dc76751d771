// A full disk and a read-only store, for real: the save is refused with a typed error the editor
// shows and retries, the store is left intact, and the same save succeeds once there is room.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, type OpenedService } from '../../../electron/node/openService';
import { draftFields } from '../../fixtures/bodies';

let dir: string;
let dbPath: string;
let service: OpenedService | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-faults-'));
  dbPath = join(dir, 'redaksi.db');
});
afterEach(() => {
  service?.close();
  service = null;
  rmSync(dir, { recursive: true, force: true });
});

function fields(words: number) {
  return draftFields(Array.from({ length: words }, (_, i) => `kata${i}`).join(' '), { headline: 'Disk penuh' });
}

describe('storage faults', () => {
  it('a full disk refuses the save as storage_unavailable, changes nothing, and the retry succeeds once there is room', async () => {
    service = openService(dbPath, { mode: 'browser', version: 'test' });
    const created = await service.dispatch('articles:create', { headline: 'Disk penuh' });
    const article = created.ok ? (created.value as { id: string; revision: number }) : null;
    expect(article).not.toBeNull();
    const db = service.store.db;
    // Fault injection: the file may not grow by a single page, as on a disk with no space left.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const request = { id: article!.id, baseRevision: article!.revision, kind: 'auto' as const, fields: fields(20_000) };

    const refused = await service.dispatch('articles:save', request);
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/SQLITE_FULL.*Your text is kept in the editor/);
    expect(service.store.get(article!.id).revision).toBe(article!.revision);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    db.pragma('max_page_count = 1073741823');
    const retried = await service.dispatch('articles:save', request);
    expect(retried).toMatchObject({ ok: true, value: { revision: article!.revision + 1 } });
    expect(service.store.get(article!.id).body).toEqual(request.fields.body);
  });

  it('a read-only store refuses saves with a typed error and still reads', async () => {
    const writable = openService(dbPath, { mode: 'browser', version: 'test' });
    const created = await writable.dispatch('articles:create', { headline: 'Hanya baca' });
    const article = created.ok ? (created.value as { id: string; revision: number }) : null;
    writable.close();
    service = openService(dbPath, { mode: 'browser', version: 'test' }, { readonly: true });
    const refused = await service.dispatch('articles:save', {
      id: article!.id,
      baseRevision: article!.revision,
      kind: 'auto',
      fields: fields(10),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    if (!refused.ok) expect(refused.error.message).toContain('SQLITE_READONLY');
    expect(await service.dispatch('articles:get', { ref: article!.id })).toMatchObject({ ok: true, value: { headline: 'Hanya baca' } });
  });
});
