// `redaksi destination …`, `redaksi publish` and `redaksi unpublish`: publishing to a CMS from a
// terminal, through the same service and contract as the window. A password or key is read from
// standard input (never an argument: arguments show in `ps` and in the shell's history).
import { parseArgs } from 'node:util';
import { ServiceError } from '../../shared/contract/errors';
import { REMOTE_STATUSES, type RemoteStatus } from '../../shared/contract/publishing';
import { createService, type Service } from '../service/createService';
import { resolveDbPath } from '../service/dataLocation';
import type { CliIo } from './cliIo';
import { call } from './callService';

export const PUBLISH_COMMANDS = ['destination', 'publish', 'unpublish'] as const;

export const PUBLISH_COMMANDS_HELP = `  destination add NAME --wordpress URL --user USER --password-stdin
                                     a WordPress site (an Application Password, read from standard input)
  destination add NAME --ghost URL --key-stdin
                                     a Ghost site (an Admin API key, read from standard input)
  destination list | remove NAME     the configured destinations (never their passwords or keys)
  publish ID|SLUG --to NAME [--status draft|scheduled|published] [--canonical URL] [--override] [--overwrite]
          [--correction TEXT]        sends the article, its pictures first; again: updates the same post
                                     (as it stands there unless --status says otherwise; first time: a draft)
                                     (--override: despite open checklist items; --overwrite: over an
                                     edit made on the site since the last push; --correction: a note
                                     published below the text of an article already published there)
  unpublish ID|SLUG --from NAME      takes the post off the site (a draft there again)`;

class UsageError extends Error {}

export async function runPublishCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        wordpress: { type: 'string' },
        ghost: { type: 'string' },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'key-stdin': { type: 'boolean' },
        to: { type: 'string' },
        from: { type: 'string' },
        status: { type: 'string' },
        canonical: { type: 'string' },
        correction: { type: 'string' },
        override: { type: 'boolean' },
        overwrite: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`redaksi: ${(error as Error).message}\n\n${PUBLISH_COMMANDS_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  let service: Service | null = null;
  try {
    // Everything about the command line is checked before the store is opened or a secret read.
    let input: (() => Promise<void>) | null = null;
    const open = async (): Promise<Service> => {
      service = await createService(resolveDbPath(values.db, io.env), { mode: 'browser', version: 'cli', log: io.err });
      const state = service.status();
      if (state.state === 'unavailable') throw new ServiceError('storage_unavailable', state.message);
      return service;
    };
    if (command === 'destination') {
      const [verb, name, ...extra] = rest;
      if (verb === 'list' && name === undefined) {
        input = async () => {
          const { items } = await call(await open(), 'destinations:list', {});
          if (items.length === 0) io.out('No destinations. Add one with "redaksi destination add".');
          for (const d of items)
            io.out(
              `${d.name}  ${d.kind === 'wordpress' ? 'WordPress' : 'Ghost'}  ${d.url}${d.user ? `  as ${d.user}` : ''}${d.usable ? '' : '  (credentials not readable here: add it again)'}`,
            );
        };
      } else if (verb === 'remove' && name && extra.length === 0) {
        input = async () => {
          await call(await open(), 'destinations:remove', { name });
          io.out(`Removed ${name}.`);
        };
      } else if (verb === 'add' && name && extra.length === 0) {
        if (values.wordpress !== undefined && values.ghost !== undefined)
          throw new UsageError('Give --wordpress URL or --ghost URL, not both.');
        if (values.wordpress !== undefined) {
          if (!values.user) throw new UsageError('A WordPress destination needs --user USER.');
          if (!values['password-stdin']) throw new UsageError('Give the Application Password on standard input, with --password-stdin.');
          const url = values.wordpress;
          const user = values.user;
          input = async () => {
            const password = (await readSecret(io)).trim();
            const added = await call(await open(), 'destinations:add', { kind: 'wordpress', name, url, user, password });
            io.out(`Added ${added.name}: WordPress at ${added.url} as ${added.user}.`);
          };
        } else if (values.ghost !== undefined) {
          if (!values['key-stdin']) throw new UsageError('Give the Admin API key on standard input, with --key-stdin.');
          const url = values.ghost;
          input = async () => {
            const key = (await readSecret(io)).trim();
            const added = await call(await open(), 'destinations:add', { kind: 'ghost', name, url, key });
            io.out(`Added ${added.name}: Ghost at ${added.url}.`);
          };
        } else throw new UsageError('Say which kind: --wordpress URL or --ghost URL.');
      } else {
        throw new UsageError(`usage:\n${PUBLISH_COMMANDS_HELP}`);
      }
    } else if (command === 'publish') {
      if (rest.length !== 1 || !values.to)
        throw new UsageError(`usage: redaksi publish ID|SLUG --to NAME [--status draft|scheduled|published]`);
      const chosen = values.status as RemoteStatus | undefined;
      if (chosen !== undefined && !(REMOTE_STATUSES as readonly string[]).includes(chosen))
        throw new UsageError(`Unknown status "${values.status}"; use ${REMOTE_STATUSES.join(', ')}.`);
      const destination = values.to;
      input = async () => {
        const svc = await open();
        const article = await call(svc, 'articles:get', { ref: rest[0]! });
        // Without --status: as the post stands on the site (a published post stays published), else a draft.
        const { items } = await call(svc, 'publish:publications', { articleId: article.id });
        const standing = items.find((p) => p.destination.toLowerCase() === destination.toLowerCase())?.status;
        const status: RemoteStatus = chosen ?? (standing && standing !== 'unpublished' ? standing : 'draft');
        const request = {
          articleId: article.id,
          destination,
          status,
          ...(values.override ? { override: true } : {}),
          ...(values.overwrite ? { overwrite: true } : {}),
          ...(values.canonical ? { canonicalUrl: values.canonical } : {}),
          ...(values.correction ? { correction: values.correction } : {}),
        };
        for (;;) {
          const progress = await call(svc, 'publish:toCms', request);
          if (progress.blockers.length) {
            io.err(`Not sent: the checklist has ${progress.blockers.length} open item(s):`);
            for (const item of progress.blockers) io.err(`  - ${item.message}`);
            io.err('Fix them, or publish anyway with --override (recorded with your name).');
            throw new Halt();
          }
          if (progress.remoteChanged) {
            io.err(`Not sent: the post was edited on ${progress.destination} since Redaksi last sent it.`);
            for (const change of progress.remoteChanges)
              io.err(`  ${change.field}: now “${change.remote}” (Redaksi sent “${change.sent}”)`);
            io.err('Publish again with --overwrite to replace it with this version.');
            throw new Halt();
          }
          const done = progress.steps.filter((s) => s.done);
          const last = done.at(-1);
          if (last && !progress.finished) io.err(`uploaded ${last.label} (${done.length} of ${progress.steps.length - 1} pictures)`);
          if (progress.finished) {
            for (const note of progress.notes) io.err(`note: ${note.message}`);
            io.out(progress.link ?? `Sent to ${progress.destination}.`);
            return;
          }
        }
      };
    } else if (command === 'unpublish') {
      if (rest.length !== 1 || !values.from) throw new UsageError('usage: redaksi unpublish ID|SLUG --from NAME');
      const from = values.from;
      input = async () => {
        const svc = await open();
        const article = await call(svc, 'articles:get', { ref: rest[0]! });
        await call(svc, 'publish:unpublish', { articleId: article.id, destination: from });
        io.out(`Taken down from ${from} (a draft there now).`);
      };
    } else {
      throw new UsageError(`usage:\n${PUBLISH_COMMANDS_HELP}`);
    }
    await input();
    return 0;
  } catch (error) {
    if (error instanceof Halt) return 1;
    if (error instanceof UsageError) {
      io.err(`redaksi: ${error.message}`);
      return 2;
    }
    io.err(`redaksi: ${(error as Error).message}`);
    return 1;
  } finally {
    await (service as Service | null)?.close();
  }
}

/** Stopped to let the person decide (checklist items open, a remote edit): said already. */
class Halt extends Error {}

async function readSecret(io: CliIo): Promise<string> {
  if (!io.stdin) throw new UsageError('No standard input to read the secret from.');
  const secret = await io.stdin();
  if (!secret.trim()) throw new UsageError('Standard input was empty: pipe the secret in (… | redaksi destination add …).');
  return secret;
}
