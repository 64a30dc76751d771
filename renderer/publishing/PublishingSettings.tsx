// Settings → Publishing: the sites this desk publishes to (never their passwords or keys), added
// and removed here.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Destination } from '../../shared/contract/publishing';
import { bridge } from '../transport/bridge';
import { DestinationDialog } from './DestinationDialog';

export function PublishingSettings() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Destination[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await bridge.call('destinations:list', {});
    if (result.ok) setItems(result.value.items);
    else setError(result.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(name: string) {
    const result = await bridge.call('destinations:remove', { name });
    if (!result.ok) setError(result.error.message);
    await load();
  }

  return (
    <fieldset className="choice-group publishing-settings">
      <legend>{t('settings.publishing')}</legend>
      {items?.length === 0 && <p>{t('settings.noDestinations')}</p>}
      {items && items.length > 0 && (
        <ul className="destination-list">
          {items.map((d) => (
            <li key={d.name}>
              <span translate="no">
                {t(d.usable ? 'settings.destinationLine' : 'settings.destinationUnusable', {
                  name: d.name,
                  kind: t(`destination.${d.kind}`),
                  url: d.url,
                })}
              </span>
              <button type="button" className="quiet" onClick={() => void remove(d.name)}>
                {t('settings.removeDestination', { name: d.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" onClick={() => setAdding(true)}>
          {t('settings.addDestination')}
        </button>
      </div>
      {adding && (
        <DestinationDialog
          onClose={() => {
            setAdding(false);
            void load();
          }}
        />
      )}
    </fieldset>
  );
}
