// Shown instead of the workstation when the article store cannot be opened (corrupt, unreadable,
// from a newer Redaksi, not Redaksi's, or missing where one was kept). The file is never touched
// from here except by an explicit restore, which keeps it aside.
import { useState, type FormEvent } from 'react';
import type { StoreStatus } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { bridge } from '../transport/bridge';
import { Trans, useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatMoment';

type Unavailable = Extract<StoreStatus, { state: 'unavailable' }>;
type BackupReasonName = Unavailable['backups'][number]['reason'];

function when(iso: string): string {
  return formatMoment(iso);
}

export function StoreProblemScreen({ status, onStatus }: { status: Unavailable; onStatus(status: StoreStatus): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [quit, setQuit] = useState(false);
  const { t } = useTranslation();

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

  if (quit) return <p className="empty-state">{t('store.stopped')}</p>;
  return (
    <main className="store-problem" aria-labelledby="store-problem-title">
      <h1 id="store-problem-title">{t(`store.heading.${status.reason}`)}</h1>
      <p role="alert">{status.message}</p>
      <p>
        <Trans i18nKey="store.untouched" values={{ path: status.path }} components={{ code: <code translate="no" /> }} />
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="backups-title">
        <h2 id="backups-title">{t('store.restoreTitle')}</h2>
        {status.backups.length === 0 ? (
          <p>{t('store.noBackups')}</p>
        ) : (
          <ul className="backup-list">
            {status.backups.map((backup) => (
              <li key={backup.name}>
                <span>
                  {t('store.backup', {
                    when: when(backup.createdAt),
                    reason: t(`store.reason.${backup.reason satisfies BackupReasonName}`),
                    size: Math.max(1, Math.round(backup.bytes / 1024)),
                  })}
                </span>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('store.restoreLabel', { when: when(backup.createdAt) })}
                  onClick={() => void run(() => bridge.call('store:restoreBackup', { name: backup.name }))}
                >
                  {t('store.restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="other-title">
        <h2 id="other-title">{t('store.otherTitle')}</h2>
        <form onSubmit={openOther} className="button-row">
          {!status.canChooseFile && (
            <label>
              {t('store.path')}
              <input value={path} onChange={(event) => setPath(event.target.value)} required placeholder="/home/…/redaksi.db" />
            </label>
          )}
          <button type="submit" disabled={busy}>
            {status.canChooseFile ? t('store.chooseOther') : t('store.openThis')}
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
          {t('store.quit')}
        </button>
      </div>
    </main>
  );
}
