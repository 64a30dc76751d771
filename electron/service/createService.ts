// The composition root. Every way of running Redaksi — the Electron window, browser mode, the CLI,
// the tests and the benchmarks — gets its service from createService, so there is exactly one way
// to assemble the stores, the handlers, the dispatch and the background duties (idle WAL
// checkpoints, rolling backups, the worker for heavy work).
//
// When the store file is corrupt, unreadable, newer, not Redaksi's, or missing where one existed,
// the service stays up without it: every store call answers `storage_unavailable`, and the store
// channels offer to restore a backup, open another file or quit. The file is never written.
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
import { refuseMissingStore } from '../../db/missingStore';
import type { SecretBox } from '../../db/secretBox';
import { StoreOpenError, type OpenStoreOptions } from '../../db/openStore';
import { CHANNEL_NAMES, type StoreStatus } from '../../shared/contract/channels';
import { ServiceError } from '../../shared/contract/errors';
import { writeDurably } from '../../db/writeDurably';
import { buildExport, exportToFolder, zipEntries, type ExportOptions } from '../export/exportArticle';
import { startHeavyWork } from '../worker/heavyWork';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { importArchive, type ArchiveProgress, type ArchiveResult } from './importArchive';
import { ArchiveMedia } from './archiveMedia';
import type { LivePeer, LiveSession } from './liveDocs';
import { NewsroomLink, newsroomAddress, type NewsroomConfig } from './newsroomLink';
import { openStores, type OpenedStores } from './openStores';
import { shareLocalArticles } from './shareArticles';
import type { Handlers, HostHandlers, ServiceContext, Stores } from './serviceTypes';
import { serviceError } from '../../shared/contract/errorMessages';

const DAILY_CHECK_MS = 60 * 60 * 1000;

export interface ServiceOptions {
  mode: ServiceContext['mode'];
  version: string;
  storeOptions?: OpenStoreOptions;
  /** Make a new empty store when there is none (and never was one) at the path. The CLI's read commands say "no store" instead. */
  create?: boolean;
  /** The running app's rolling backups: daily, and at quit. The CLI runs for a moment and makes none. */
  rollingBackups?: boolean;
  /** Electron: the native open dialog. Browser mode has none (the page asks for a path). */
  chooseStoreFile?: () => Promise<string | null>;
  /** Electron: the native save dialog for an export. Browser mode downloads through the page instead. */
  chooseExportFile?: (suggestedName: string) => Promise<string | null>;
  /** Electron quits the app; browser mode stops the server. */
  quit?: () => void;
  log?: (message: string) => void;
  /** The bundled worker; found beside the running bundle by default. */
  workerScript?: string;
  /** The newsroom server given on the command line (`--server URL --token TOKEN`): wins over the saved one. */
  newsroom?: NewsroomConfig;
  /** Where Settings keeps the newsroom server and its token (Electron: encrypted with safeStorage); the store's settings by default. */
  newsroomSecrets?: NewsroomSecrets;
  /** Electron: seals publishing credentials with safeStorage. Elsewhere a key file beside the store does. */
  secretBox?: SecretBox;
  /** The app connects to the server saved in Settings; the CLI (a moment's work) never does. */
  useSavedNewsroom?: boolean;
}

/** Keeps the configured newsroom server and token between runs. */
export interface NewsroomSecrets {
  load(): NewsroomConfig | null;
  save(config: NewsroomConfig | null): void;
}

/** Browser mode: in the store's settings table (the store is the person's own file, like the browser's token). */
function storeSecrets(getDb: () => OpenedStores['db'] | null): NewsroomSecrets {
  return {
    load() {
      const db = getDb();
      if (!db) return null;
      const row = db.prepare("SELECT value FROM settings WHERE key = 'newsroom'").get() as { value: string } | undefined;
      try {
        const parsed = row ? (JSON.parse(row.value) as NewsroomConfig) : null;
        return parsed && typeof parsed.url === 'string' && typeof parsed.token === 'string' ? parsed : null;
      } catch {
        return null;
      }
    },
    save(config) {
      const db = getDb();
      if (!db) throw serviceError('storage_unavailable', 'storeNotOpen');
      if (config === null) db.prepare("DELETE FROM settings WHERE key = 'newsroom'").run();
      else
        db.prepare("INSERT INTO settings (key, value) VALUES ('newsroom', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
          JSON.stringify(config),
        );
    },
  };
}

export interface Service {
  dispatch: Dispatch;
  readonly dbPath: string;
  status(): StoreStatus;
  /** The open stores (for the CLI's folder export and for test set-up), or null while the store is unavailable. */
  stores(): Stores | null;
  assetFile(id: string): { path: string; mime: string } | null;
  /** A window opens an article's live document (the transport — MessagePort, WebSocket — is the caller's). */
  connectLive(articleId: string, peer: LivePeer): LiveSession;
  /** The CLI's `export --out DIR`. */
  exportToFolder(ref: string, outDir: string, options: ExportOptions): Promise<string[]>;
  /** The CLI's `import site.xml [--media DIR]`: a WordPress archive's posts and pages as articles, reporting as it goes. */
  importArchive(data: Uint8Array, onProgress?: (progress: ArchiveProgress) => void, mediaFolder?: string): Promise<ArchiveResult>;
  /** The quit backup (when the app makes backups), then the store is closed with a checkpoint. */
  close(): Promise<void>;
}

type Unavailable = { reason: StoreOpenError['reason']; message: string };

function backupSummaries(dbPath: string) {
  return listBackups(dbPath).map(({ name, reason, createdAt, bytes }: BackupInfo) => ({ name, reason, createdAt, bytes }));
}

export async function createService(initialPath: string, options: ServiceOptions): Promise<Service> {
  const log = options.log ?? console.error;
  const heavy = startHeavyWork({ script: options.workerScript, log });
  // The command line's server is checked at start: a malformed address fails here, with its reason.
  let newsroom: NewsroomLink | null = options.newsroom ? new NewsroomLink(options.newsroom, log) : null;
  let sharing: { stop(): void } | null = null;
  const secrets = options.newsroomSecrets ?? storeSecrets(() => opened?.db ?? null);

  /** Connects to `config` (or to none): every open article is linked again, and sharing starts over. */
  function useNewsroom(config: NewsroomConfig | null): void {
    sharing?.stop();
    sharing = null;
    newsroom?.close();
    newsroom = config ? new NewsroomLink(config, log) : null;
    opened?.stores.live.relink();
    startNewsroom();
  }

  /** Asks who this desk is (its role decides what it may do; kept for offline work) and starts sharing. */
  function startNewsroom(): void {
    if (!newsroom) return;
    try {
      opened?.stores.newsroomSync.forServer(newsroom.url);
    } catch (error) {
      log(`[redaksi] recording which newsroom server the articles sync with: ${(error as Error).message}`);
    }
    void newsroom.account();
    if (opened) sharing = shareLocalArticles({ ...opened.stores, newsroom, log });
  }
  let dbPath = initialPath;
  let opened: OpenedStores | null = null;
  let problem: Unavailable | null = null;
  let current: Dispatch = () => Promise.reject(new Error('not ready'));
  let dailyTimer: ReturnType<typeof setInterval> | null = null;

  const backupNow = async (reason: 'daily' | 'quit') => {
    if (!opened) return;
    try {
      await rollingBackup(opened.db, dbPath, reason, new Date(), options.storeOptions);
    } catch (error) {
      log(`[redaksi] ${reason} backup to ${backupDirFor(dbPath)} failed: ${(error as Error).message}`);
    }
  };

  async function open(path: string, create: boolean): Promise<void> {
    sharing?.stop();
    sharing = null;
    opened?.close();
    opened = null;
    dbPath = path;
    try {
      refuseMissingStore(path, { create });
      await backupBeforeMigration(path, options.storeOptions);
      opened = openStores(path, options.storeOptions, log, () => newsroom, options.secretBox);
      // The command line's server, else the one saved in Settings (browser mode keeps it in this store).
      if (!options.newsroom && options.useSavedNewsroom) {
        try {
          newsroom?.close();
          const saved = secrets.load();
          newsroom = saved ? new NewsroomLink(saved, log) : null;
        } catch (error) {
          log(`[redaksi] the saved newsroom server cannot be used: ${(error as Error).message}`);
          newsroom = null;
        }
        // Documents the start-up recovery opened are linked to it too.
        opened.stores.live.relink();
      }
      startNewsroom();
      problem = null;
    } catch (error) {
      problem =
        error instanceof StoreOpenError
          ? { reason: error.reason, message: error.message }
          : { reason: 'unreadable', message: `The article store at ${path} could not be opened: ${(error as Error).message}` };
      // Reported through status(): the app shows the problem screen, the CLI prints it.
    }
    const context: ServiceContext = { mode: options.mode, version: options.version, dbPath: path };
    const handlers = opened ? createHandlers(opened.stores, context, heavy, log) : unavailableHandlers();
    current = createDispatch({ ...handlers, ...hostHandlers }, log);
    if (opened && options.rollingBackups && dailyBackupDue(path)) void backupNow('daily');
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
      throw serviceError('storage_unavailable', 'storeNotOpenBecause', { reason: problem?.message ?? 'unknown problem' });
    };
    return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, refuse])) as unknown as Handlers;
  }

  const openStoresOrRefuse = (): Stores => {
    if (!opened) throw serviceError('storage_unavailable', 'storeNotOpenBecause', { reason: problem?.message ?? 'unknown problem' });
    return opened.stores;
  };

  const hostHandlers: HostHandlers = {
    'newsroom:configure': async (input) => {
      if (options.newsroom) throw serviceError('invalid_input', 'newsroomFromCommandLine');
      if (!options.useSavedNewsroom) throw serviceError('invalid_input', 'newsroomAppOnly');
      const config = input.url === null ? null : { url: input.url, token: input.token };
      // Checked before anything is kept: a malformed address is refused with its reason.
      if (config) newsroomAddress(config.url);
      secrets.save(config);
      useNewsroom(config);
      const link = newsroom as NewsroomLink | null;
      return { configured: link !== null, url: link?.url ?? null, account: link ? await link.account() : null };
    },
    'app:quit': () => {
      options.quit?.();
      return {};
    },
    'store:status': () => status(),
    'store:restoreBackup': async ({ name }) => {
      const backup = listBackups(dbPath).find((candidate) => candidate.name === name);
      if (!backup) throw serviceError('not_found', 'noBackup', { name });
      const path = dbPath;
      opened?.close();
      opened = null;
      try {
        await restoreBackup(path, join(backupDirFor(path), backup.name), options.storeOptions);
      } catch (error) {
        await open(path, false);
        throw new ServiceError('invalid_input', (error as Error).message);
      }
      await open(path, false);
      return status();
    },
    'store:openOther': async ({ path }) => {
      const chosen = path ?? (await options.chooseStoreFile?.()) ?? null;
      if (chosen === null) return status();
      if (!isAbsolute(chosen)) throw serviceError('invalid_input', 'storePathNotAbsolute', { path: chosen });
      if (!existsSync(chosen)) throw serviceError('not_found', 'noFileAt', { path: chosen });
      await open(chosen, false);
      return status();
    },
    'publish:exportToFile': async (input) => {
      if (!options.chooseExportFile) throw serviceError('unknown_channel', 'exportSavedByApp');
      const stores = openStoresOrRefuse();
      stores.live.flush(input.articleId);
      // Ask first, so the dialog opens at once; render and zip only for a chosen place.
      const fileName = `${stores.articles.find(input.articleId).slug}.zip`;
      const target = await options.chooseExportFile(fileName);
      if (target === null) return { saved: false, fileName, bytes: 0 };
      const { files } = await buildExport(stores, input.articleId, {
        format: input.format,
        images: input.images,
        canonicalUrl: input.canonicalUrl,
        keepCredit: input.keepCredit,
      });
      const zip = await heavy.run('zip', zipEntries(files));
      writeDurably(target, zip);
      return { saved: true, fileName: target, bytes: zip.byteLength };
    },
  };

  await open(initialPath, options.create ?? true);
  if (options.rollingBackups) {
    dailyTimer = setInterval(() => {
      if (opened && dailyBackupDue(dbPath)) void backupNow('daily');
    }, DAILY_CHECK_MS);
    dailyTimer.unref();
  }

  return {
    // Every call, whatever its channel, is followed by the idle checkpointer's cheap look at SQLite's change counter.
    dispatch: async (channel, input) => {
      const result = await current(channel, input);
      opened?.noteActivity();
      return result;
    },
    get dbPath() {
      return dbPath;
    },
    status,
    stores: () => opened?.stores ?? null,
    assetFile: (id) => opened?.stores.assets.file(id) ?? null,
    connectLive: (articleId, peer) => openStoresOrRefuse().live.connect(articleId, peer),
    exportToFolder: (ref, outDir, exportOptions) => exportToFolder(openStoresOrRefuse(), ref, outDir, exportOptions),
    importArchive: (data, onProgress, mediaFolder) => {
      const stores = openStoresOrRefuse();
      const profile = stores.profile.get();
      const media = mediaFolder ? new ArchiveMedia(mediaFolder) : undefined;
      return importArchive(stores, heavy, data, { author: profile?.name ?? null, role: null, log, onProgress, media });
    },
    async close() {
      if (dailyTimer) clearInterval(dailyTimer);
      if (options.rollingBackups) await backupNow('quit');
      sharing?.stop();
      opened?.close();
      opened = null;
      newsroom?.close();
      await heavy.close();
    },
  };
}
