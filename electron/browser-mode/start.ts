// `npm start`: the Electron app where its binary is installed, otherwise the same app in browser mode.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { findElectronBinary } from '../devtools/electronBinary';
import { buildElectronSqlite, hasElectronSqlite } from '../devtools/electronSqlite';
import { createService } from '../service/createService';
import { resolveDbPath } from '../service/dataLocation';
import { newsroomConfigFrom, type NewsroomConfig } from '../service/newsroomLink';
import { startBrowserServer } from './browserServer';

const HELP = `Usage: npm start -- [--browser] [--port N] [--db PATH] [--server URL --token TOKEN]
  (REDAKSI_BROWSER_TOKEN: keep this access token across restarts, so open tabs reconnect; 32+ URL-safe characters)
  --browser   serve browser mode even where Electron is installed
  --port N    browser mode: listen on 127.0.0.1:N (default: a free port)
  --db PATH   the article store (default: REDAKSI_DB, then the per-user data folder)
  --server URL --token TOKEN
              sync with a newsroom server (redaksi server); the token may be in REDAKSI_SERVER_TOKEN instead`;

async function main(): Promise<void> {
  let values: { browser?: boolean; port?: string; db?: string; server?: string; token?: string; help?: boolean };
  let newsroom: NewsroomConfig | undefined;
  try {
    ({ values } = parseArgs({
      options: {
        browser: { type: 'boolean' },
        port: { type: 'string' },
        db: { type: 'string' },
        server: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
    newsroom = newsroomConfigFrom(values.server, values.token);
  } catch (error) {
    console.error(`redaksi: ${(error as Error).message}\n${HELP}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const distDir = join(__dirname, '..');
  const electron = values.browser ? null : findElectronBinary();
  if (electron) {
    const projectRoot = join(distDir, '..');
    // Electron needs its own build of the store's native module; make it once (this machine has Electron, so it has internet).
    if (!hasElectronSqlite(projectRoot)) buildElectronSqlite(projectRoot);
    const args = [
      join(distDir, 'electron', 'main.cjs'),
      ...(values.db ? ['--db', values.db] : []),
      ...(values.server ? ['--server', values.server] : []),
    ];
    // The token goes by the environment, not the command line another user could read.
    if (newsroom) process.env.REDAKSI_SERVER_TOKEN = newsroom.token;
    const child = spawn(electron, args, { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`redaksi: --port must be a number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  const dbPath = resolveDbPath(values.db);
  let stop: (why: string) => void = () => process.exit(0);
  // A store that cannot be opened does not stop the app: the page shows why and offers backups.
  const service = await createService(dbPath, {
    mode: 'browser',
    version,
    rollingBackups: true,
    newsroom,
    useSavedNewsroom: true,
    // The delay lets the page receive the answer to its quit call.
    quit: () => setTimeout(() => stop('Quit'), 100),
  });
  const state = service.status();
  if (state.state === 'unavailable') console.error(`[redaksi] ${state.message}`);
  if (!values.browser)
    console.log('Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); serving Redaksi in browser mode instead.');
  const running = await startBrowserServer({
    dispatch: service.dispatch,
    staticDir: join(distDir, 'renderer'),
    port,
    assetFile: (id) => service.assetFile(id),
    connectLive: (articleId, peer) => service.connectLive(articleId, peer),
    // Restarting on the same --port with the same token lets open tabs reconnect (and merge what
    // they kept offline). Only a long random value is taken.
    token: /^[A-Za-z0-9_-]{32,}$/.test(process.env.REDAKSI_BROWSER_TOKEN ?? '') ? process.env.REDAKSI_BROWSER_TOKEN : undefined,
  });
  console.log(`Redaksi is running at ${running.url}`);
  console.log(`Article store: ${dbPath} — press Ctrl+C to stop.`);

  let stopping = false;
  stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    void running
      .close()
      .then(() => service.close())
      .then(() => {
        console.log(`Stopped (${why}); the article store was backed up and closed cleanly.`);
        process.exit(0);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
