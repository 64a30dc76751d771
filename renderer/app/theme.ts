// Light or dark: the system's choice unless this machine's Settings… say otherwise. Kept in the
// browser's storage (a preference of the machine, not of an article), applied before the first
// paint and followed by every window.
import { useSyncExternalStore } from 'react';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = 'redaksi:theme';
const listeners = new Set<() => void>();

function isChoice(value: string | null): value is ThemeChoice {
  return (THEME_CHOICES as readonly (string | null)[]).includes(value);
}

export function storedTheme(): ThemeChoice {
  const value = localStorage.getItem(KEY);
  return isChoice(value) ? value : 'system';
}

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function apply(): void {
  const choice = storedTheme();
  const dark = choice === 'dark' || (choice === 'system' && systemDark().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  for (const listener of listeners) listener();
}

export function setTheme(choice: ThemeChoice): void {
  localStorage.setItem(KEY, choice);
  apply();
}

/** Once, before React renders: the theme now, and again when the system or another window changes it. */
export function startTheme(): void {
  apply();
  systemDark().addEventListener('change', apply);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) apply();
  });
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, storedTheme);
}
