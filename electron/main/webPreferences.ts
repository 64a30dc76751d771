// The one set of web preferences every Redaksi window gets (no window is hardened differently).
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads its dictionaries from Google on Windows and Linux: off, until
    // Redaksi checks spelling with its own offline dictionaries.
    spellcheck: false,
  };
}
