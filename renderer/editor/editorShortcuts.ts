// Keyboard shortcuts beyond Lexical's built-in Mod+B / Mod+I / Mod+U, named for tooltips and aria-keyshortcuts.
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? 'Meta' : 'Control';

export const SHORTCUTS = {
  bold: `${MOD}+B`,
  italic: `${MOD}+I`,
  underline: `${MOD}+U`,
  strikethrough: `${MOD}+Shift+X`,
  code: `${MOD}+E`,
  link: `${MOD}+K`,
  paragraph: `${MOD}+Alt+0`,
  h2: `${MOD}+Alt+2`,
  h3: `${MOD}+Alt+3`,
  bullet: `${MOD}+Shift+8`,
  number: `${MOD}+Shift+7`,
  quote: `${MOD}+Shift+9`,
  comment: `${MOD}+Alt+C`,
  suggesting: `${MOD}+Alt+Shift+S`,
  undo: `${MOD}+Z`,
  redo: isMac ? `${MOD}+Shift+Z` : `${MOD}+Y`,
} as const;
export type ShortcutName = keyof typeof SHORTCUTS;

/** True when the event is the named shortcut (matched by physical key so Shift+8 is "8", not "*"). */
export function matchesShortcut(event: KeyboardEvent, name: ShortcutName): boolean {
  const parts = SHORTCUTS[name].split('+');
  const key = parts[parts.length - 1]!;
  const want = new Set(parts.slice(0, -1));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== want.has(MOD) || event.shiftKey !== want.has('Shift') || event.altKey !== want.has('Alt')) return false;
  const code = /^\d$/.test(key) ? `Digit${key}` : `Key${key}`;
  return event.code === code;
}
