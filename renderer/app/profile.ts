// This desk's profile as every part of the page sees it: asked of the main side once, kept here,
// and changed for everyone at once when the person edits it.
import { useSyncExternalStore } from 'react';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { Profile } from '../../shared/people/profile';
import { bridge } from '../transport/bridge';

export type ProfileState = ChannelOutput<'profile:get'>;

let current: ProfileState | null = null;
let asked = false;
const listeners = new Set<() => void>();

function publish(next: ProfileState): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Asks again (the newsroom account, and so the role, may have changed). */
export function refreshProfile(): void {
  void bridge.call('profile:get', {}).then((result) => result.ok && publish(result.value));
}

export async function saveProfile(profile: Profile): Promise<string | null> {
  const result = await bridge.call('profile:set', profile);
  if (!result.ok) return result.error.message;
  publish(result.value);
  return null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!asked) {
    asked = true;
    refreshProfile();
  }
  return () => listeners.delete(listener);
}

/** Null until the main side answered. */
export function useProfile(): ProfileState | null {
  return useSyncExternalStore(subscribe, () => current);
}
