// Remembers the window's size and position between launches, in a small JSON file beside the store.
import type { BrowserWindow, Rectangle } from 'electron';
import { screen } from 'electron';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
type WindowState = z.infer<typeof stateSchema>;

const DEFAULT_SIZE = { width: 1280, height: 860 };

export function loadWindowState(file: string): Partial<WindowState> & { width: number; height: number } {
  try {
    const state = stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    // A window saved on a monitor that is gone would open off-screen.
    const visible = screen.getAllDisplays().some((d) => intersects(d.workArea, state));
    return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
  } catch {
    return DEFAULT_SIZE;
  }
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function trackWindowState(window: BrowserWindow, file: string): void {
  const save = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(state));
      renameSync(`${file}.tmp`, file);
    } catch {
      // Losing the window position is harmless; never let it interrupt closing.
    }
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
