// Shown instead of the workstation when the article store cannot be opened (corrupt, unreadable,
// from a newer Redaksi, not Redaksi's, or missing where one was kept). The file is never touched
// from here except by an explicit restore, which keeps it aside.
import { useState, type FormEvent } from 'react';
import type { StoreStatus } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { bridge } from '../transport/bridge';

type Unavailable = Extract<StoreStatus, { state: 'unavailable' }>;
type BackupReasonName = Unavailable['backups'][number]['reason'];

const HEADINGS: Record<Unavailable['reason'], string> = {
  corrupt: 'The article store is damaged',
  unreadable: 'The article store cannot be read',
  newer_version: 'The article store is from a newer Redaksi',
  foreign: 'This file is not a Redaksi article store',
  missing: 'The article store is missing',
};

const REASONS: Record<BackupReasonName, string> = {
  quit: 'at quit',
  daily: 'daily',
  migration: 'before an upgrade',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function StoreProblemScreen({ status, onStatus }: { status: Unavailable; onStatus(status: StoreStatus): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [quit, setQuit] = useState(false);

  async function run(call: () => Promise<Result<StoreStatus>>) {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) onStatus(result.value);
    else setError(result.error.message);
  }

  function openOther(event: FormEvent) {
    event.preventDefault();
    void run(() => bridge.call('store:openOther', status.canChooseFile ? {} : { path: path.trim() }));
  }

  if (quit) return <p className="empty-state">Redaksi has stopped. You can close this window.</p>;
  return (
    <main className="store-problem" aria-labelledby="store-problem-title">
      <h1 id="store-problem-title">{HEADINGS[status.reason]}</h1>
      <p role="alert">{status.message}</p>
      <p>
        Nothing has been changed in <code>{status.path}</code>. Restoring a backup keeps that file aside under a new name, so it can still
        be examined or rescued later.
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="backups-title">
        <h2 id="backups-title">Restore a backup</h2>
        {status.backups.length === 0 ? (
          <p>There are no automatic backups of this store.</p>
        ) : (
          <ul className="backup-list">
            {status.backups.map((backup) => (
              <li key={backup.name}>
                <span>
                  {when(backup.createdAt)} ({REASONS[backup.reason]}, {Math.max(1, Math.round(backup.bytes / 1024))} KiB)
                </span>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Restore the backup from ${when(backup.createdAt)}`}
                  onClick={() => void run(() => bridge.call('store:restoreBackup', { name: backup.name }))}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="other-title">
        <h2 id="other-title">Open another store</h2>
        <form onSubmit={openOther} className="button-row">
          {!status.canChooseFile && (
            <label>
              Store file path
              <input value={path} onChange={(event) => setPath(event.target.value)} required placeholder="/home/…/redaksi.db" />
            </label>
          )}
          <button type="submit" disabled={busy}>
            {status.canChooseFile ? 'Open another store…' : 'Open this store'}
          </button>
        </form>
      </section>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void bridge.call('app:quit', {}).then((result) => {
              if (result.ok) setQuit(true);
            })
          }
        >
          Quit Redaksi
        </button>
      </div>
    </main>
  );
}
