// Where the article store lives. Electron's app.getPath('userData') resolves to the same folder,
// so browser mode, the CLI and the desktop app share one store unless told otherwise.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Redaksi';
export const DB_FILE_NAME = 'redaksi.db';

export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR_NAME);
}

/** `--db PATH` wins, then REDAKSI_DB, then the per-user data folder. */
export function resolveDbPath(flag: string | undefined, env = process.env): string {
  return flag || env.REDAKSI_DB || join(defaultDataDir(process.platform, env), DB_FILE_NAME);
}
