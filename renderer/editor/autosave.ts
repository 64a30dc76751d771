// Autosave: edits only mark the document dirty; the whole document is serialized once, about a
// second after typing stops (or on blur, switch, close), never on each keystroke — and at least
// every few seconds while someone types without a pause long enough to trigger it.
import type { ChannelOutput } from '../../shared/contract/channels';
import type { ArticleFields } from '../../shared/contract/channels';
import type { ContractError, Result } from '../../shared/contract/errors';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string }
  | { kind: 'conflict'; currentRevision: number }
  | { kind: 'failed'; message: string };

export const AUTOSAVE_DELAY_MS = 1000;
/** The longest an edit waits for its save (and its journal entry) while typing goes on. */
export const AUTOSAVE_MAX_WAIT_MS = 5000;
const MAX_RETRY_DELAY_MS = 30_000;

export interface SaveRequest {
  baseRevision: number;
  fields: ArticleFields;
  kind: 'auto' | 'manual';
}

export interface AutosaveOptions {
  baseRevision: number;
  snapshot(): ArticleFields;
  save(request: SaveRequest): Promise<Result<ChannelOutput<'articles:save'>>>;
  onState(state: SaveState): void;
  onSaved?(saved: ChannelOutput<'articles:save'>): void;
  /** Keeps unsaved fields where a crash cannot take them (the recovery journal). */
  journal?: { write(fields: ArticleFields, baseRevision: number): void; clear(): void };
  delayMs?: number;
  maxWaitMs?: number;
  /** How a save yields between its steps (tests pass one that does not wait for the event loop). */
  yieldBetweenSteps?: () => Promise<void>;
}

/**
 * Waits for an idle moment with at least `ms` to spare before the next frame (or for `timeoutMs`),
 * so a save's steps fill the gaps between keystrokes instead of delaying one. Where there is no
 * requestIdleCallback (tests under Node), it only yields to the event loop.
 */
function idleMoment(ms = 25, timeoutMs = 1000): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  return new Promise((resolve) => {
    const wait = () =>
      requestIdleCallback((deadline) => (deadline.timeRemaining() >= ms || performance.now() - started > timeoutMs ? resolve() : wait()), {
        timeout: timeoutMs,
      });
    wait();
  });
}

export class Autosaver {
  private baseRevision: number;
  private dirty = false;
  /** When the oldest edit not yet being saved was made. */
  private dirtySince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private retryDelay = AUTOSAVE_DELAY_MS;
  private state: SaveState = { kind: 'saved' };
  private manualRequested = false;
  private disposed = false;

  constructor(private readonly options: AutosaveOptions) {
    this.baseRevision = options.baseRevision;
  }

  get revision(): number {
    return this.baseRevision;
  }

  get current(): SaveState {
    return this.state;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }

  /** Called on every edit: cheap, no serialization. */
  markDirty(): void {
    if (this.disposed) return;
    this.dirty = true;
    this.dirtySince ??= Date.now();
    if (this.state.kind === 'conflict' || this.state.kind === 'failed') return;
    if (this.state.kind !== 'pending' && this.state.kind !== 'retrying') this.setState({ kind: 'pending' });
    const waited = Date.now() - this.dirtySince;
    const untilMax = Math.max(0, (this.options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS) - waited);
    this.schedule(Math.min(this.options.delayMs ?? AUTOSAVE_DELAY_MS, untilMax));
  }

  private schedule(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /**
   * Synchronously puts unsaved edits into the journal: for the moments an async save may not finish
   * (the page is being unloaded or the window closed).
   */
  journalNow(): void {
    if (this.dirty && !this.disposed) this.options.journal?.write(this.options.snapshot(), this.baseRevision);
  }

  /** Saves now if anything is unsaved; resolves when the store has it (or the save failed). */
  async flush(kind: 'auto' | 'manual' = 'auto'): Promise<void> {
    if (kind === 'manual') this.manualRequested = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // Several callers may wait on one save; each checks again once it is done, and only one starts
    // the next (a save's own steps wait for idle moments, so two at once would race to a conflict).
    while (this.inFlight) await this.inFlight;
    if (this.state.kind === 'conflict' || this.disposed) return;
    if (!this.dirty && !this.manualRequested) return;
    const mine = this.saveOnce();
    this.inFlight = mine;
    try {
      await mine;
    } finally {
      if (this.inFlight === mine) this.inFlight = null;
    }
  }

  private async saveOnce(): Promise<void> {
    const kind = this.manualRequested ? 'manual' : 'auto';
    this.manualRequested = false;
    this.setState({ kind: 'saving' });
    // Each step of a save runs in an idle moment of its own, so the keystrokes typed meanwhile are
    // not held up (saves also run every few seconds while someone types).
    const pause = this.options.yieldBetweenSteps ?? idleMoment;
    await pause();
    // What is typed from here on belongs to the next save.
    this.dirty = false;
    this.dirtySince = null;
    const fields = this.options.snapshot();
    await pause();
    // Into the journal first: if the save never completes (crash, full disk), the text is still there.
    this.options.journal?.write(fields, this.baseRevision);
    await pause();
    const result = await this.options.save({ baseRevision: this.baseRevision, fields, kind });
    if (result.ok) {
      this.baseRevision = result.value.revision;
      this.retryDelay = AUTOSAVE_DELAY_MS;
      this.options.onSaved?.(result.value);
      if (this.dirty) {
        this.setState({ kind: 'pending' });
        this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
      } else {
        this.options.journal?.clear();
        this.setState({ kind: 'saved' });
      }
      return;
    }
    // Nothing was stored: the edits are still only here, so the document stays dirty.
    this.dirty = true;
    this.dirtySince ??= Date.now();
    if (kind === 'manual') this.manualRequested = true;
    this.handleFailure(result.error);
  }

  /** Tries a waiting retry now instead of after its back-off. */
  retryNow(): void {
    if (this.state.kind === 'retrying') void this.flush();
  }

  private handleFailure(error: ContractError): void {
    if (error.code === 'conflict') {
      this.setState({ kind: 'conflict', currentRevision: error.currentRevision ?? this.baseRevision });
      return;
    }
    if (error.code === 'invalid_input' || error.code === 'not_found') {
      this.setState({ kind: 'failed', message: error.message });
      return;
    }
    this.setState({ kind: 'retrying', message: error.message });
    this.schedule(this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_DELAY_MS);
  }

  /** "Keep mine": save this copy on top of the revision that won the race. */
  async resolveKeepMine(currentRevision: number): Promise<void> {
    this.baseRevision = currentRevision;
    this.dirty = true;
    this.manualRequested = true;
    this.setState({ kind: 'pending' });
    await this.flush('manual');
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
