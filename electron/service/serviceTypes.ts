// The shapes the service is built from: its stores, what it knows about the running app, and the
// handler maps. Their own module, so the handlers, the export and the composition root share them
// without importing each other.
import type { NewsroomSyncStore } from '../../db/newsroomSyncStore';
import type { ProfileStore } from '../../db/profileStore';
import type { NewsroomDictionaryStore } from '../../db/newsroomDictionaryStore';
import type { ArticleStore } from '../../db/articleStore';
import type { ImportSourceStore } from '../../db/importSourceStore';
import type { DestinationStore } from '../../db/destinationStore';
import type { CorrectionStore } from '../../db/correctionStore';
import type { AssetStore } from '../../db/assetStore';
import type { ClaimStore } from '../../db/claimStore';
import type { TemplateStore } from '../../db/templateStore';
import type { LiveDocs } from './liveDocs';
import type { NewsroomLink } from './newsroomLink';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract/channels';

export interface ServiceContext {
  mode: 'electron' | 'browser';
  version: string;
  dbPath: string;
}

export interface Stores {
  articles: ArticleStore;
  templates: TemplateStore;
  assets: AssetStore;
  claims: ClaimStore;
  /** The articles' live documents (the owner of every body and field edit). */
  live: LiveDocs;
  /** The newsroom server's link as configured now (null: Redaksi makes no network request). */
  newsroom: () => NewsroomLink | null;
  /** How each article stands with that server. */
  newsroomSync: NewsroomSyncStore;
  /** Who works at this desk. */
  profile: ProfileStore;
  /** The newsroom dictionary's words as last heard from the server (for spelling offline). */
  newsroomDictionary: NewsroomDictionaryStore;
  /** Where imported articles came from (an archive imported twice makes no copies). */
  importSources: ImportSourceStore;
  /** The CMSs this desk publishes to, and what each article became there. */
  destinations: DestinationStore;
  /** Corrections published with an article. */
  corrections: CorrectionStore;
}

type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
/** Channels about the store itself and the app around it: answered by the composition root, even without a store. */
export type HostChannel =
  'app:quit' | 'store:status' | 'store:restoreBackup' | 'store:openOther' | 'publish:exportToFile' | 'newsroom:configure';
export type ServiceChannel = Exclude<Channel, HostChannel>;
export type Handlers = { [C in ServiceChannel]: Handler<C> };
export type HostHandlers = { [C in HostChannel]: Handler<C> };
export type AllHandlers = Handlers & HostHandlers;
