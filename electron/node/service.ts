// The main side of the contract as plain Node functions: no Electron here, so the same handlers
// serve the Electron IPC bridge, browser mode and the tests.
import type { ArticleStore } from '../../db/articleStore';
import { channels, isChannel, type Channel, type ChannelOutput, type ParsedInput } from '../../shared/contract/channels';
import { ServiceError, type ContractError, type Result } from '../../shared/contract/errors';

export interface ServiceContext {
  mode: 'electron' | 'browser';
  version: string;
  dbPath: string;
}

type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> };

export function createHandlers(store: ArticleStore, context: ServiceContext): Handlers {
  return {
    'app:info': () => ({ mode: context.mode, version: context.version, dbPath: context.dbPath }),
    // Electron's IPC bridge closes the window once this succeeds; browser mode has nothing to close.
    'app:closeReady': () => ({}),
    'articles:list': (input) => ({ items: store.list(input.filter, input.limit) }),
    'articles:search': (input) => ({ items: store.search(input.query, input.filter, input.limit) }),
    'articles:get': (input) => store.find(input.ref),
    'articles:create': (input) => store.create(input),
    'articles:save': (input) => store.save(input),
    'articles:setStatus': (input) => store.setStatus(input.id, input.from, input.to),
    'articles:trash': (input) => store.trash(input.id),
    'articles:restore': (input) => store.restore(input.id),
    'articles:purge': (input) => {
      store.purge(input.id);
      return {};
    },
    'revisions:list': (input) => ({ items: store.listRevisions(input.articleId) }),
    'revisions:keepCopy': (input) => store.keepCopy(input.articleId, input.baseRevision, input.fields),
  };
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function storageFailure(error: unknown): ContractError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (/^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB)/.test(code)) {
    return { code: 'storage_unavailable', message: `The article store could not be written (${code}). Your text is kept in the editor.` };
  }
  return null;
}

export type Dispatch = (channel: unknown, input: unknown) => Result<unknown>;

/** Validates the channel and input, runs the handler, and turns every failure into a typed error. */
export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.` } };
    }
    const parsed = channels[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Invalid input for ${channel}: ${describeIssues(parsed.error.issues)}` },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.currentRevision === undefined ? {} : { currentRevision: error.currentRevision }),
          },
        };
      }
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage };
      log(`[redaksi] ${channel} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly. Nothing was changed.` } };
    }
  };
}
