// Autosave: one serialization per pause in typing, nothing lost on failure, conflicts stop and ask.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, Autosaver, type SaveRequest, type SaveState } from '../../../renderer/editor/autosave';
import type { ArticleFields } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

type SaveReply = Result<{ revision: number; slug: string; updatedAt: string }>;

function setup(replies: Array<SaveReply | ((r: SaveRequest) => SaveReply)> = []) {
  let content = 'awal';
  const snapshot = vi.fn((): ArticleFields => ({
    headline: content,
    dek: '',
    byline: '',
    language: 'id',
    timeZone: 'Asia/Jakarta',
    publishAt: null,
    hero: null,
    body: bodyOf(paragraph(text(content))),
  }));
  const requests: SaveRequest[] = [];
  const states: SaveState['kind'][] = [];
  let revision = 1;
  const save = vi.fn(async (request: SaveRequest): Promise<SaveReply> => {
    requests.push(request);
    const next = replies.shift();
    if (next) return typeof next === 'function' ? next(request) : next;
    revision = request.baseRevision + 1;
    return { ok: true, value: { revision, slug: 's', updatedAt: 'now' } };
  });
  const autosaver = new Autosaver({ baseRevision: 1, snapshot, save, onState: (s) => states.push(s.kind) });
  return {
    autosaver,
    snapshot,
    save,
    requests,
    states,
    type(value: string) {
      content = value;
      autosaver.markDirty();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('serializes once, about a second after typing stops', async () => {
    const t = setup();
    for (const word of ['a', 'ab', 'abc', 'abcd']) {
      t.type(word);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(t.snapshot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.snapshot).toHaveBeenCalledTimes(1);
    expect(t.requests.map((r) => [r.baseRevision, r.fields.headline])).toEqual([[1, 'abcd']]);
    expect(t.autosaver.current.kind).toBe('saved');
    expect(t.states).toEqual(['pending', 'saving', 'saved']);
  });

  it('flushes at once on demand (blur, switching articles, closing) and saves on top of the new revision', async () => {
    const t = setup();
    t.type('satu');
    await t.autosaver.flush();
    t.type('dua');
    await t.autosaver.flush('manual');
    expect(t.requests.map((r) => [r.baseRevision, r.kind, r.fields.headline])).toEqual([
      [1, 'auto', 'satu'],
      [2, 'manual', 'dua'],
    ]);
    await t.autosaver.flush();
    expect(t.save).toHaveBeenCalledTimes(2);
  });

  it('keeps the edits and retries when the store cannot be written', async () => {
    const failure: SaveReply = { ok: false, error: { code: 'storage_unavailable', message: 'disk full' } };
    const t = setup([failure, failure]);
    t.type('penting');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.autosaver.current).toEqual({ kind: 'retrying', message: 'disk full' });
    expect(t.autosaver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(t.autosaver.current.kind).toBe('saved');
    expect(t.requests.map((r) => r.fields.headline)).toEqual(['penting', 'penting', 'penting']);
  });

  it('stops on a conflict, and "keep mine" saves on top of the winning revision', async () => {
    const t = setup([{ ok: false, error: { code: 'conflict', message: 'saved elsewhere', currentRevision: 7 } }]);
    t.type('versi saya');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.autosaver.current).toEqual({ kind: 'conflict', currentRevision: 7 });
    t.type('versi saya lagi');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 5);
    expect(t.save).toHaveBeenCalledTimes(1);
    await t.autosaver.resolveKeepMine(7);
    expect(t.requests.at(-1)).toMatchObject({ baseRevision: 7, kind: 'manual', fields: { headline: 'versi saya lagi' } });
    expect(t.autosaver.current.kind).toBe('saved');
  });

  it('edits made while a save is in flight are saved next, not dropped', async () => {
    let release!: () => void;
    const t = setup([
      (r) => {
        void new Promise<void>((resolve) => (release = resolve));
        return { ok: true, value: { revision: r.baseRevision + 1, slug: 's', updatedAt: 'now' } };
      },
    ]);
    t.type('pertama');
    const first = t.autosaver.flush();
    t.type('kedua');
    await first;
    release();
    await t.autosaver.flush();
    expect(t.requests.map((r) => r.fields.headline)).toEqual(['pertama', 'kedua']);
    expect(t.autosaver.hasUnsavedChanges).toBe(false);
  });
});
