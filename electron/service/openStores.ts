// Opens the article store file and the stores over it, with the idle WAL checkpointer. Used only by
// the composition root (createService.ts).
import { ImportSourceStore } from '../../db/importSourceStore';
import { DestinationStore } from '../../db/destinationStore';
import { CorrectionStore } from '../../db/correctionStore';
import { keyFileBox, type SecretBox } from '../../db/secretBox';
import type Database from 'better-sqlite3';
import { ArticleStore } from '../../db/articleStore';
import { AssetStore, assetDirFor } from '../../db/assetStore';
import { ClaimStore } from '../../db/claimStore';
import { openDatabase, type OpenStoreOptions } from '../../db/openStore';
import { NewsroomSyncStore } from '../../db/newsroomSyncStore';
import { ProfileStore } from '../../db/profileStore';
import { NewsroomDictionaryStore } from '../../db/newsroomDictionaryStore';
import { TemplateStore } from '../../db/templateStore';
import { idleCheckpointer } from './idleCheckpoint';
import { LiveDocs } from './liveDocs';
import type { NewsroomLink } from './newsroomLink';
import type { Stores } from './serviceTypes';

export interface OpenedStores {
  db: Database.Database;
  stores: Stores;
  /** After every call: counts writes and checkpoints the WAL when the store is idle. */
  noteActivity(): void;
  /** Folds the WAL back into the main file, so the store is one self-contained file at rest. */
  close(): void;
}

export function openStores(
  dbPath: string,
  storeOptions: OpenStoreOptions = {},
  log?: (message: string) => void,
  /** The newsroom server's link as configured now (it can change while the store is open). */
  newsroom: () => NewsroomLink | null = () => null,
  /** Seals new credentials (the desktop's safeStorage); a key file beside the store opens the others, and seals without it. */
  secretBox?: SecretBox,
): OpenedStores {
  const db = openDatabase(dbPath, storeOptions);
  const articles = new ArticleStore(db);
  const claims = new ClaimStore(db);
  const newsroomSync = new NewsroomSyncStore(db);
  const profile = new ProfileStore(db);
  const newsroomDictionary = new NewsroomDictionaryStore(db);
  const checkpointer = storeOptions.readonly ? null : idleCheckpointer(db, log);
  const stores: Stores = {
    articles,
    templates: new TemplateStore(db),
    assets: new AssetStore(db, assetDirFor(dbPath)),
    claims,
    live: new LiveDocs(articles, {
      log,
      claimsOf: (articleId) => claims.list(articleId),
      storeClaims: (articleId, records) => claims.storeFromDoc(articleId, records),
      // Live edits arrive over their own channel, not through dispatch: they count as activity too,
      // or the WAL would grow through a long typing session unseen.
      onWrite: () => checkpointer?.noteActivity(),
      linkDoc: (articleId, doc, awareness, changed) => newsroom()?.link(articleId, doc, awareness, changed) ?? null,
      newsroomSync,
      // Versions made here are signed by this desk's profile, with the newsroom role when known.
      person: () => ({ name: profile.get()?.name ?? null, role: newsroom()?.knownAccount?.role ?? null }),
    }),
    newsroom,
    newsroomSync,
    profile,
    newsroomDictionary,
    importSources: new ImportSourceStore(db),
    destinations: new DestinationStore(db, secretBox ? [secretBox, keyFileBox(dbPath)] : [keyFileBox(dbPath)]),
    corrections: new CorrectionStore(db),
  };
  if (!storeOptions.readonly) {
    const recovered = stores.live.recover();
    if (recovered > 0) log?.(`[redaksi] brought ${recovered} article(s) up to date from their live document logs`);
  }
  let closed = false;
  return {
    db,
    stores,
    noteActivity: () => checkpointer?.noteActivity(),
    close() {
      if (closed || !db.open) return;
      closed = true;
      // Open documents derive their last edits and compact before the store closes.
      stores.live.close();
      checkpointer?.stop();
      if (!storeOptions.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
