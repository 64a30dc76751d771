// Which better-sqlite3 native module the Electron app loads.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI, kept apart from the Node build that tests and the CLI
 * use. A packaged app loads only its own copy: an environment variable choosing a native module to
 * load is exactly what the fuses exist to prevent, so REDAKSI_SQLITE_BINDING is for development.
 */
export function sqliteBinding(packaged: boolean, env: NodeJS.ProcessEnv, resourcesPath: string, projectRoot: string): string | undefined {
  const candidates = packaged
    ? [join(resourcesPath, 'native', 'better_sqlite3.node')]
    : [env.REDAKSI_SQLITE_BINDING, join(projectRoot, 'build', 'electron-native', 'better_sqlite3.node')];
  return candidates.find((file): file is string => typeof file === 'string' && existsSync(file));
}
