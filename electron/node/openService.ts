// Opens the store and wires the contract handlers to it: shared by browser mode and Electron's main.
import { ArticleStore } from '../../db/articleStore';
import { openDatabase, type OpenStoreOptions } from '../../db/openStore';
import { createDispatch, createHandlers, type Dispatch, type ServiceContext } from './service';

export interface OpenedService {
  store: ArticleStore;
  dispatch: Dispatch;
  close(): void;
}

export function openService(dbPath: string, context: Omit<ServiceContext, 'dbPath'>, storeOptions: OpenStoreOptions = {}): OpenedService {
  const store = new ArticleStore(openDatabase(dbPath, storeOptions));
  const dispatch = createDispatch(createHandlers(store, { ...context, dbPath }));
  let closed = false;
  return {
    store,
    dispatch,
    close() {
      if (closed) return;
      closed = true;
      // Folds the WAL back into the main file so the store is one self-contained file at rest.
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.db.close();
    },
  };
}
