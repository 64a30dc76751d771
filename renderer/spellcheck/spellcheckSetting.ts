// Whether spelling is checked (Settings…): on unless this machine's person turned it off.
import { useSyncExternalStore } from 'react';

const KEY = 'redaksi:spellcheck';
const listeners = new Set<() => void>();

const isOn = () => localStorage.getItem(KEY) !== 'off';

export function setSpellcheckOn(on: boolean): void {
  localStorage.setItem(KEY, on ? 'on' : 'off');
  for (const listener of listeners) listener();
}

export function useSpellcheckOn(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => event.key === KEY && listener();
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }, isOn);
}
