// Settings → Newsroom server: the address and the token an administrator gave (`redaksi server user
// add`). The token is kept by the main side (encrypted on the desktop) and never shown again.
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/contract/channels';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import { bridge } from '../transport/bridge';
import { useTranslation } from 'react-i18next';
import { t } from '../i18n/i18n';
import { roleText } from '../i18n/roleText';

type Status = ChannelOutput<'newsroom:status'>;

export function describeNewsroom(status: Status): string {
  if (!status.configured) return t('newsroom.notConnected');
  return status.account
    ? t('newsroom.connectedAs', { url: status.url, name: status.account.name, role: roleText(status.account.role) })
    : t('newsroom.connectedUnanswered', { url: status.url });
}

export function NewsroomDialog({ onClose }: { onClose(changed: boolean): void }) {
  const ref = useModalDialog();
  const [status, setStatus] = useState<Status | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTranslation();

  useEffect(() => {
    void bridge.call('newsroom:status', {}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setStatus(result.value);
      setUrl(result.value.url ?? '');
    });
  }, []);

  async function configure(input: { url: string; token: string } | { url: null }) {
    setBusy(true);
    const result = await bridge.call('newsroom:configure', input);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setToken('');
    setStatus(result.value);
    onClose(true);
  }

  return (
    <dialog ref={ref} aria-label={t('newsroom.title')} className="confirm-dialog" onCancel={() => onClose(false)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim() && token.trim()) void configure({ url: url.trim(), token: token.trim() });
        }}
      >
        <h2>{t('newsroom.title')}</h2>
        <p role="status">{status ? describeNewsroom(status) : t('newsroom.checking')}</p>
        <label className="field">
          <span>{t('newsroom.address')}</span>
          <input
            type="url"
            translate="no"
            value={url}
            placeholder="wss://redaksi.example.id"
            onChange={(e) => setUrl(e.target.value)}
            maxLength={2000}
          />
        </label>
        <label className="field">
          <span>{t('newsroom.token')}</span>
          <input type="password" value={token} autoComplete="off" onChange={(e) => setToken(e.target.value)} maxLength={500} />
        </label>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        <FormButtons confirmLabel={t('newsroom.connect')} disabled={busy || !url.trim() || !token.trim()} onCancel={() => onClose(false)} />
        {status?.configured && (
          <div className="button-row">
            <button type="button" className="danger" disabled={busy} onClick={() => void configure({ url: null })}>
              {t('newsroom.disconnect')}
            </button>
          </div>
        )}
      </form>
    </dialog>
  );
}
