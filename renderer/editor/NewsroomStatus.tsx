// The article's standing with the newsroom server, beside the save state: nothing at all when no
// server is configured. Announced politely, like the save state.
import { useEffect, useState } from 'react';
import type { LiveClient, LiveState } from '../../shared/collab/liveClient';
import type { NewsroomSync } from '../../shared/contract/liveMessages';

export function newsroomText(sync: NewsroomSync): string {
  const waiting = sync.waiting === 1 ? '1 change waiting' : `${sync.waiting} changes waiting`;
  switch (sync.state) {
    case 'off':
      return '';
    case 'connecting':
      return 'Newsroom: connecting…';
    case 'synced':
      return 'Newsroom: synced';
    case 'waiting':
      return `Newsroom: ${waiting}`;
    case 'offline':
      return sync.waiting > 0 ? `Newsroom: offline — ${waiting}` : 'Newsroom: offline';
    case 'refused':
      return 'Newsroom: refused';
  }
}

export function NewsroomStatus({ client, subscribe }: { client: LiveClient; subscribe(listener: (state: LiveState) => void): () => void }) {
  const [sync, setSync] = useState<NewsroomSync>(client.state.newsroom);
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
  return (
    <span role="status" className={`newsroom-state newsroom-${sync.state}`} title={sync.detail || undefined}>
      {newsroomText(sync)}
    </span>
  );
}
