// Autosave: one serialization per pause in typing, nothing lost on failure, conflicts stop and ask.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, Autosaver, type SaveRequest, type SaveState } from '../../../renderer/editor/autosave';
import type { ArticleFields } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { draftFields } from '../../fixtures/bodies';

type SaveReply = Result<{ revision: number; slug: string; updatedAt: string }>;

function setup(replies: Array<SaveReply | ((r: SaveRequest) => SaveReply)> = []) {
  const journal: Array<{ headline: string; baseRevision: number } | 'cleared'> = [];
  let content = 'awal';
  const snapshot = vi.fn((): ArticleFields => draftFields(content, { headline: content }));
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
  const autosaver = new Autosaver({
    baseRevision: 1,
    snapshot,
    save,
    onState: (s) => states.push(s.kind),
    yieldBetweenSteps: () => Promise.resolve(),
    journal: {
      write: (fields, baseRevision) => journal.push({ headline: fields.headline, baseRevision }),
      clear: () => journal.push('cleared'),
    },
  });
  return {
    autosaver,
    journal,
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
  it('saves (and journals) at least every few seconds while someone types without pausing', async () => {
    const t = setup();
    // 12 seconds of typing, a key every 400 ms: never the second of quiet the idle save waits for.
    for (let i = 0; i < 30; i++) {
      t.type(`kata ${i}`);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(t.save.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(12_000 / AUTOSAVE_MAX_WAIT_MS));
    // Each save carried what had been typed by then, and went into the journal first.
    expect(t.requests[0]!.fields.headline).toMatch(/^kata \d+$/);
    expect(t.journal.filter((entry) => entry !== 'cleared').length).toBeGreaterThanOrEqual(t.save.mock.calls.length);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.requests.at(-1)!.fields.headline).toBe('kata 29');
  });

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

  it('several flushes at once make one save at a time, never two racing to a conflict', async () => {
    const meanwhile = { type: () => {} };
    const t = setup([
      (r) => {
        meanwhile.type(); // typing goes on while the first save is under way
        return { ok: true, value: { revision: r.baseRevision + 1, slug: 's', updatedAt: 'now' } };
      },
    ]);
    meanwhile.type = () => t.type('dua');
    t.type('satu');
    // A blur, a switch and the timer, all while the first save is under way.
    await Promise.all([t.autosaver.flush(), t.autosaver.flush(), t.autosaver.flush(), t.autosaver.flush()]);
    expect(t.requests.map((r) => [r.baseRevision, r.fields.headline])).toEqual([
      [1, 'satu'],
      [2, 'dua'],
    ]);
    expect(t.autosaver.current.kind).toBe('saved');
  });

  it('edits made while a save is in flight are saved next, not dropped', async () => {
    const meanwhile = { type: () => {} };
    const t = setup([
      (r) => {
        // The store has the request; the writer goes on typing before the answer comes.
        meanwhile.type();
        return { ok: true, value: { revision: r.baseRevision + 1, slug: 's', updatedAt: 'now' } };
      },
    ]);
    meanwhile.type = () => t.type('kedua');
    t.type('pertama');
    await t.autosaver.flush();
    await t.autosaver.flush();
    expect(t.requests.map((r) => r.fields.headline)).toEqual(['pertama', 'kedua']);
    expect(t.autosaver.hasUnsavedChanges).toBe(false);
  });
});

describe('recovery journal', () => {
  const storageFull: SaveReply = { ok: false, error: { code: 'storage_unavailable', message: 'SQLITE_FULL' } };

  it('is written when a save starts (not on keystrokes) and cleared once the store has the text', async () => {
    const t = setup();
    t.type('satu');
    t.type('satu dua');
    expect(t.journal).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.journal).toEqual([{ headline: 'satu dua', baseRevision: 1 }, 'cleared']);
  });

  it('keeps the entry while the store refuses the save, and rewrites it on each retry', async () => {
    const t = setup([storageFull, storageFull]);
    t.type('disk penuh');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.autosaver.current.kind).toBe('retrying');
    expect(t.journal).toEqual([{ headline: 'disk penuh', baseRevision: 1 }]);
    t.type('disk penuh, lagi');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.journal.at(-1)).toEqual({ headline: 'disk penuh, lagi', baseRevision: 1 });
    expect(t.journal).not.toContain('cleared');
    // The disk has room again: the retry stores it and the journal is cleared.
    await vi.advanceTimersByTimeAsync(4 * AUTOSAVE_DELAY_MS);
    expect(t.autosaver.current.kind).toBe('saved');
    expect(t.requests.at(-1)?.fields.headline).toBe('disk penuh, lagi');
    expect(t.journal.at(-1)).toBe('cleared');
  });

  it('journalNow writes unsaved edits synchronously, and nothing when all is saved', async () => {
    const t = setup();
    t.autosaver.journalNow();
    expect(t.journal).toEqual([]);
    t.type('ditutup mendadak');
    t.autosaver.journalNow();
    expect(t.journal).toEqual([{ headline: 'ditutup mendadak', baseRevision: 1 }]);
    expect(t.save).not.toHaveBeenCalled();
  });

  it('retryNow skips the back-off', async () => {
    const t = setup([storageFull]);
    t.type('coba lagi');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.autosaver.current.kind).toBe('retrying');
    t.autosaver.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.autosaver.current.kind).toBe('saved');
  });
});
