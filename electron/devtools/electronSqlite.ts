// Builds better-sqlite3 for Electron's ABI into build/electron-native/, leaving the Node build in
// node_modules untouched (tests and the CLI keep working). Needs internet: it downloads a prebuilt
// binary or Electron's headers. Run by `npm run native:electron`, and by `npm start` when needed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ELECTRON_SQLITE_BINDING = join('build', 'electron-native', 'better_sqlite3.node');

export function buildElectronSqlite(projectRoot: string): string {
  const require = createRequire(join(projectRoot, 'package.json'));
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'redaksi-electron-sqlite-'));
  try {
    cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) });
    const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    try {
      execFileSync(bin('prebuild-install'), ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`], {
        cwd: work,
        stdio: 'inherit',
      });
    } catch {
      execFileSync(bin('node-gyp'), ['rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
        cwd: work,
        stdio: 'inherit',
      });
    }
    const out = join(projectRoot, ELECTRON_SQLITE_BINDING);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function hasElectronSqlite(projectRoot: string): boolean {
  return existsSync(join(projectRoot, ELECTRON_SQLITE_BINDING));
}
