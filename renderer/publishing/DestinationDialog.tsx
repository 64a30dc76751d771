// Adding a site to publish to: WordPress (user + Application Password) or Ghost (Admin API key).
// The secret goes to the main side once, sealed there, and is never shown again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CmsKind } from '../../shared/contract/publishing';
import { FormButtons } from '../dialogs/FormButtons';
import { useModalDialog } from '../dialogs/useModalDialog';
import { bridge } from '../transport/bridge';

export function DestinationDialog({ onClose }: { onClose(added: string | null): void }) {
  const ref = useModalDialog();
  const { t } = useTranslation();
  const [kind, setKind] = useState<CmsKind>('wordpress');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = name.trim() && url.trim() && secret.trim() && (kind === 'ghost' || user.trim());

  async function add() {
    setBusy(true);
    const result = await bridge.call(
      'destinations:add',
      kind === 'wordpress'
        ? { kind, name: name.trim(), url: url.trim(), user: user.trim(), password: secret.trim() }
        : { kind, name: name.trim(), url: url.trim(), key: secret.trim() },
    );
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setSecret('');
    onClose(result.value.name);
  }

  return (
    <dialog ref={ref} aria-label={t('destination.title')} className="confirm-dialog" onCancel={() => onClose(null)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (complete) void add();
        }}
      >
        <h2>{t('destination.title')}</h2>
        <fieldset className="choice-group">
          <legend>{t('destination.kind')}</legend>
          {(['wordpress', 'ghost'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name="cms-kind" checked={kind === choice} onChange={() => setKind(choice)} />
              {t(`destination.${choice}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('destination.name')}</span>
          <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('destination.url')}</span>
          <input type="url" translate="no" value={url} placeholder="https://…" maxLength={2000} onChange={(e) => setUrl(e.target.value)} />
        </label>
        {kind === 'wordpress' && (
          <label className="field">
            <span>{t('destination.user')}</span>
            <input translate="no" value={user} autoComplete="off" maxLength={200} onChange={(e) => setUser(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span>{t(kind === 'wordpress' ? 'destination.password' : 'destination.key')}</span>
          <input type="password" value={secret} autoComplete="off" maxLength={200} onChange={(e) => setSecret(e.target.value)} />
        </label>
        <p className="hint">{t('destination.kept')}</p>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        <FormButtons confirmLabel={t('destination.add')} disabled={busy || !complete} onCancel={() => onClose(null)} />
      </form>
    </dialog>
  );
}
