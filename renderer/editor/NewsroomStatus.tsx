// The article's standing with the newsroom server, beside the save state: nothing at all when no
// server is configured. Announced politely, like the save state. The header shows a dot and the
// state ("synced"); "Newsroom:" is said to screen readers and in the tooltip, not shown, so the
// header keeps to one row.
import { useEffect, useState } from 'react';
import type { LiveClient, LiveState } from '../../shared/collab/liveClient';
import type { NewsroomSync } from '../../shared/contract/liveMessages';
import { useTranslation } from 'react-i18next';
import { t } from '../i18n/i18n';

export function newsroomText(sync: NewsroomSync): string {
  const waiting = t('newsroomSync.waiting', { count: sync.waiting });
  switch (sync.state) {
    case 'off':
      return '';
    case 'connecting':
      return t('newsroomSync.connecting');
    case 'synced':
      return t('newsroomSync.synced');
    case 'waiting':
      return t('newsroomSync.waitingState', { waiting });
    case 'offline':
      return sync.waiting > 0 ? t('newsroomSync.offlineWaiting', { waiting }) : t('newsroomSync.offline');
    case 'refused':
      return t('newsroomSync.refused');
  }
}

export function NewsroomStatus({ client, subscribe }: { client: LiveClient; subscribe(listener: (state: LiveState) => void): () => void }) {
  const [sync, setSync] = useState<NewsroomSync>(client.state.newsroom);
  useTranslation();
  useEffect(
    () =>
      subscribe((state) =>
        setSync((prev) =>
          prev.state === state.newsroom.state && prev.waiting === state.newsroom.waiting && prev.detail === state.newsroom.detail
            ? prev
            : state.newsroom,
        ),
      ),
    [subscribe],
  );
  if (sync.state === 'off') return null;
  const label = t('newsroomSync.label');
  const text = newsroomText(sync);
  return (
    <span role="status" className={`newsroom-state newsroom-${sync.state}`} title={`${label} ${sync.detail || text}`}>
      <span className="visually-hidden">{label} </span>
      {text}
    </span>
  );
}
