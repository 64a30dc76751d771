// Holds the article store for a running app (Electron or browser mode): opens it, or — when it is
// corrupt, unreadable or from a newer version — stays up without it and offers to restore a backup,
// open another file or quit. Makes the rolling backups: before a migration, daily, and at quit.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import {
  backupBeforeMigration,
  backupDirFor,
  dailyBackupDue,
  listBackups,
  restoreBackup,
  rollingBackup,
  type BackupInfo,
} from '../../db/backups';
import { StoreOpenError, type OpenStoreOptions } from '../../db/openStore';
import { CHANNEL_NAMES, type StoreStatus } from '../../shared/contract/channels';
import { ServiceError } from '../../shared/contract/errors';
import { openService, type OpenedService } from './openService';
import { createDispatch, type Dispatch, type Handlers, type HostHandlers, type ServiceContext } from './service';

const DAILY_CHECK_MS = 60 * 60 * 1000;

export interface StoreHostOptions {
  context: Omit<ServiceContext, 'dbPath'>;
  storeOptions?: OpenStoreOptions;
  /** Electron: the native open dialog. Browser mode has none (the page asks for a path). */
  chooseStoreFile?: () => Promise<string | null>;
  /** Electron quits the app; browser mode stops the server. */
  quit(): void;
  log?: (message: string) => void;
}

export interface StoreHost {
  dispatch: Dispatch;
  readonly dbPath: string;
  /** The open store, or null while the problem screen is shown. */
  service(): OpenedService | null;
  assetFile(id: string): { path: string; mime: string } | null;
  /** A quit backup, then the store is closed with a checkpoint. */
  close(): Promise<void>;
}

type Unavailable = { reason: StoreOpenError['reason']; message: string };

function backupSummaries(dbPath: string) {
  return listBackups(dbPath).map(({ name, reason, createdAt, bytes }: BackupInfo) => ({ name, reason, createdAt, bytes }));
}

export async function openStoreHost(initialPath: string, options: StoreHostOptions): Promise<StoreHost> {
  const log = options.log ?? console.error;
  let dbPath = initialPath;
  let service: OpenedService | null = null;
  let problem: Unavailable | null = null;
  let dispatch: Dispatch = () => Promise.reject(new Error('not ready'));
  let dailyTimer: ReturnType<typeof setInterval> | null = null;

  const backupNow = async (reason: 'daily' | 'quit') => {
    if (!service) return;
    try {
      await rollingBackup(service.store.db, dbPath, reason, new Date(), options.storeOptions);
    } catch (error) {
      log(`[redaksi] ${reason} backup to ${backupDirFor(dbPath)} failed: ${(error as Error).message}`);
    }
  };

  async function open(path: string): Promise<void> {
    service?.close();
    service = null;
    dbPath = path;
    try {
      await backupBeforeMigration(path, options.storeOptions);
      service = openService(path, options.context, options.storeOptions);
      problem = null;
    } catch (error) {
      problem =
        error instanceof StoreOpenError
          ? { reason: error.reason, message: error.message }
          : { reason: 'unreadable', message: `The article store at ${path} could not be opened: ${(error as Error).message}` };
      log(`[redaksi] ${problem.message}`);
    }
    dispatch = createDispatch({ ...(service ? (service as OpenedService).handlers : unavailableHandlers()), ...hostHandlers }, log);
    if (service && dailyBackupDue(path)) void backupNow('daily');
  }

  const status = (): StoreStatus =>
    problem
      ? {
          state: 'unavailable',
          ...problem,
          path: dbPath,
          backups: backupSummaries(dbPath),
          canChooseFile: Boolean(options.chooseStoreFile),
        }
      : { state: 'open', path: dbPath, backups: backupSummaries(dbPath) };

  function unavailableHandlers(): Handlers {
    const refuse = () => {
      throw new ServiceError('storage_unavailable', `The article store is not open: ${problem?.message ?? 'unknown problem'}`);
    };
    return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, refuse])) as unknown as Handlers;
  }

  const hostHandlers: HostHandlers = {
    'app:quit': () => {
      options.quit();
      return {};
    },
    'store:status': () => status(),
    'store:restoreBackup': async ({ name }) => {
      const backup = listBackups(dbPath).find((candidate) => candidate.name === name);
      if (!backup) throw new ServiceError('not_found', `There is no backup called ${name}.`);
      const path = dbPath;
      service?.close();
      service = null;
      try {
        await restoreBackup(path, join(backupDirFor(path), backup.name), options.storeOptions);
      } catch (error) {
        await open(path);
        throw new ServiceError('invalid_input', (error as Error).message);
      }
      await open(path);
      return status();
    },
    'store:openOther': async ({ path }) => {
      const chosen = path ?? (await options.chooseStoreFile?.()) ?? null;
      if (chosen === null) return status();
      if (!isAbsolute(chosen)) throw new ServiceError('invalid_input', `Give the full path of the store file, not "${chosen}".`);
      if (!existsSync(chosen)) throw new ServiceError('not_found', `There is no file at ${chosen}.`);
      await open(chosen);
      return status();
    },
  };

  await open(initialPath);
  dailyTimer = setInterval(() => {
    if (service && dailyBackupDue(dbPath)) void backupNow('daily');
  }, DAILY_CHECK_MS);
  dailyTimer.unref();

  return {
    dispatch: (channel, input) => dispatch(channel, input),
    get dbPath() {
      return dbPath;
    },
    service: () => service,
    assetFile: (id) => service?.assets.file(id) ?? null,
    async close() {
      if (dailyTimer) clearInterval(dailyTimer);
      await backupNow('quit');
      service?.close();
      service = null;
    },
  };
}
