// The one gate of the contract: validates the channel and its input, runs the handler, and turns
// every failure into a typed error. Nothing is thrown across the boundary.
import { z } from 'zod';
import { channels, isChannel } from '../../shared/contract/channels';
import { contractError } from '../../shared/contract/errorMessages';
import { ServiceError, type ContractError, type Result } from '../../shared/contract/errors';
import type { AllHandlers } from './serviceTypes';

type Issue = z.core.$ZodIssue;

const INDONESIAN = z.locales.id().localeError;

/** The first few problems, each with where it is; `say` words one (zod's English as it came, or another locale). */
function describeIssues(issues: readonly Issue[], say: (issue: Issue) => string = (issue) => issue.message): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const said = say(issue);
      return issue.path.length ? `${issue.path.map(String).join('.')}: ${said}` : said;
    })
    .map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line)) // hostile input can make one issue huge (100,000 unknown keys)
    .join('; ');
}

function storageFailure(error: unknown): ContractError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (/^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB)/.test(code)) {
    return contractError('storage_unavailable', 'storeNotWritten', { code });
  }
  return null;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates the channel and input, runs the handler, and turns every failure into a typed error. */
export function createDispatch(handlers: Partial<AllHandlers>, log: (message: string) => void = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.` } };
    }
    const parsed = channels[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      const problemsId = describeIssues(parsed.error.issues, (issue) => {
        const said = INDONESIAN(issue as Parameters<typeof INDONESIAN>[0]);
        return (typeof said === 'string' ? said : said?.message) ?? issue.message;
      });
      return {
        ok: false,
        error: contractError('invalid_input', 'invalidInput', { channel, problems: describeIssues(parsed.error.issues), problemsId }),
      };
    }
    if (!Object.hasOwn(handlers, channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `${channel} is not available here.` } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      // Awaited inside the try, so an async failure is typed like a sync one.
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.currentRevision === undefined ? {} : { currentRevision: error.currentRevision }),
            ...(error.text === undefined ? {} : { text: error.text }),
          },
        };
      }
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage };
      log(`[redaksi] ${channel} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: contractError('internal', 'unexpected', { channel }) };
    }
  };
}
