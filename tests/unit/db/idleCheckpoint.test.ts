// Checkpoints happen when the store is quiet, not inside a save; the WAL still stays small.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKPOINT_IDLE_MS, CHECKPOINT_MAX_WRITES } from '../../../electron/service/idleCheckpoint';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  service = await openTestService();
});
afterEach(async () => {
  await service.close();
  vi.useRealTimers();
});

/** WAL frames not yet copied into the database file. */
function pendingFrames(): number {
  const [row] = service.articles.db.pragma('wal_checkpoint(NOOP)') as Array<{ log: number; checkpointed: number }>;
  return row!.log - row!.checkpointed;
}

describe('idle checkpoints', () => {
  it('leaves saves in the WAL while writing, and folds them in once the store is quiet', async () => {
    expect(service.articles.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    for (let i = 0; i < 5; i++) await service.dispatch('articles:create', { headline: `Artikel ${i}` });
    expect(pendingFrames()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(CHECKPOINT_IDLE_MS - 100);
    expect(pendingFrames()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(pendingFrames()).toBe(0);
  });

  it('checkpoints after many writes even without a pause, and reads do not count', async () => {
    const afterOpen = pendingFrames(); // the migrations' own frames
    for (let i = 0; i < 50; i++) await service.dispatch('articles:list', {});
    await vi.advanceTimersByTimeAsync(CHECKPOINT_IDLE_MS * 2);
    expect(pendingFrames()).toBe(afterOpen);
    for (let i = 0; i < CHECKPOINT_MAX_WRITES; i++) await service.dispatch('articles:create', { headline: `Artikel ${i}` });
    await vi.advanceTimersByTimeAsync(1);
    expect(pendingFrames()).toBe(0);
  });
});
