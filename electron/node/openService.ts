// Opens the store and wires the contract handlers to it: shared by browser mode and Electron's main.
import { ArticleStore } from '../../db/articleStore';
import { AssetStore } from '../../db/assetStore';
import { ClaimStore } from '../../db/claimStore';
import { openDatabase, type OpenStoreOptions } from '../../db/openStore';
import { TemplateStore } from '../../db/templateStore';
import { idleCheckpointer } from './idleCheckpoint';
import { createDispatch, createHandlers, type Dispatch, type Handlers, type ServiceContext, type Stores } from './service';

export interface OpenedService extends Stores {
  store: ArticleStore;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): void;
}

/** Images live in a folder beside the store: redaksi.db → redaksi-assets/. */
export function assetDirFor(dbPath: string): string {
  return dbPath.replace(/\.[^./\\]+$/, '') + '-assets';
}

export function openService(dbPath: string, context: Omit<ServiceContext, 'dbPath'>, storeOptions: OpenStoreOptions = {}): OpenedService {
  const db = openDatabase(dbPath, storeOptions);
  const store = new ArticleStore(db);
  const stores: Stores = {
    articles: store,
    templates: new TemplateStore(db),
    assets: new AssetStore(db, assetDirFor(dbPath)),
    claims: new ClaimStore(db),
  };
  const handlers = createHandlers(stores, { ...context, dbPath });
  const checkpointer = storeOptions.readonly ? null : idleCheckpointer(db);
  const dispatchCall = createDispatch(handlers);
  const dispatch: Dispatch = async (channel, input) => {
    const result = await dispatchCall(channel, input);
    checkpointer?.noteActivity();
    return result;
  };
  let closed = false;
  return {
    ...stores,
    store,
    handlers,
    dispatch,
    close() {
      if (closed) return;
      closed = true;
      checkpointer?.stop();
      // Folds the WAL back into the main file so the store is one self-contained file at rest.
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.db.close();
    },
  };
}
