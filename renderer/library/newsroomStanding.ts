// How each library article stands with the newsroom server (when one is configured): read from this
// desk's store, again whenever the library changes and every few seconds (syncing happens in the
// background, with no library change to tell of it).
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/contract/channels';
import { bridge } from '../transport/bridge';

export type NewsroomStanding = ChannelOutput<'newsroom:standing'>;

const POLL_MS = 5000;
const NONE: NewsroomStanding = { configured: false, articles: {} };

export function useNewsroomStanding(version: number): NewsroomStanding {
  const [standing, setStanding] = useState<NewsroomStanding>(NONE);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const result = await bridge.call('newsroom:standing', {});
      if (live && result.ok) setStanding(result.value);
    };
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [version]);
  return standing;
}

/** An article's standing with the newsroom server, as its pill in the library shows it. */
export type Standing = 'synced' | 'waiting' | 'local';
