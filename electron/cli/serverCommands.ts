// `redaksi server …`: runs the newsroom server, and manages its accounts (in the server's store;
// safe while the server runs: it reads accounts at every connection and message).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AccountError, Accounts, ROLES } from '../../newsroom/accounts';
import { startNewsroomServer } from '../../newsroom/newsroomServer';
import { isPostgresUrl, redactedUrl } from '../../newsroom/newsroomStore';
import { openNewsroomStore } from '../../newsroom/openStore';
import { resolveDbPath } from '../service/dataLocation';
import type { CliIo } from './cliIo';

export const SERVER_HELP = `Usage: redaksi server [--db PATH|URL] [--redis URL] [--port N] [--host ADDR] [--tls-cert FILE --tls-key FILE]
                     [--max-document-mb N]
       redaksi server user add NAME --role ${ROLES.join('|')}   prints the new user's token (shown once)
       redaksi server user list
       redaksi server user remove NAME
       redaksi server user token NAME                            a new token; the old one stops working

Options:
  --db PATH     the server's store: a SQLite file (default: REDAKSI_SERVER_DB, then newsroom.db in the
                data folder) or a PostgreSQL database, --db postgres://USER:PASSWORD@HOST/DB
  --redis URL   redis://HOST:PORT (or REDAKSI_SERVER_REDIS): several instances on one PostgreSQL
                database serve the same articles, behind any load balancer that passes WebSockets
  --max-document-mb N   the most one article may take on the server (default 64; a 20,000-word
                article takes about 1 MB): a change past it is refused, the desk keeps it
  --port N      default 4455
  --host ADDR   default 127.0.0.1 (use 0.0.0.0 to serve the newsroom's network; then use TLS)`;

/** Resolves when the server stops (Ctrl+C, SIGTERM), with the exit code. */
export async function runServerCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        redis: { type: 'string' },
        'max-document-mb': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`redaksi server: ${(error as Error).message}\n\n${SERVER_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(SERVER_HELP);
    return 0;
  }
  const dbPath = values.db || io.env.REDAKSI_SERVER_DB || join(dirname(resolveDbPath(undefined, io.env)), 'newsroom.db');
  try {
    if (positionals[0] === 'user') return await manageUsers(positionals.slice(1), values.role, dbPath, io);
    if (positionals.length > 0) {
      io.err(`redaksi server: unknown command "${positionals.join(' ')}".\n\n${SERVER_HELP}`);
      return 2;
    }
    const port = values.port === undefined ? 4455 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      io.err(`redaksi server: --port must be a number from 0 to 65535.`);
      return 2;
    }
    if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
      io.err('redaksi server: --tls-cert and --tls-key go together.');
      return 2;
    }
    const tls = values['tls-cert'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']!) } : undefined;
    const redis = values.redis || io.env.REDAKSI_SERVER_REDIS || undefined;
    if (redis && !isPostgresUrl(dbPath)) {
      io.err('redaksi server: --redis joins instances that share one PostgreSQL database: give --db postgres://…');
      return 2;
    }
    const maxDocumentMb = values['max-document-mb'] === undefined ? 64 : Number(values['max-document-mb']);
    if (!(maxDocumentMb >= 1 && maxDocumentMb <= 1024)) {
      io.err('redaksi server: --max-document-mb must be a number of megabytes from 1 to 1024.');
      return 2;
    }
    const maxDocumentBytes = Math.round(maxDocumentMb * 1024 * 1024);
    const server = await startNewsroomServer({ db: dbPath, redis, port, host: values.host, tls, maxDocumentBytes, log: io.err });
    if ((await server.accounts.list()).length === 0) io.err('No accounts yet: add one with "redaksi server user add NAME --role desk".');
    const via = redis ? `, with the other instances through ${redactedUrl(redis)}` : '';
    io.out(`Redaksi newsroom server listening at ${server.url} (store: ${server.store.location}${via})`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  } catch (error) {
    io.err(`redaksi server: ${(error as Error).message}`);
    return 1;
  }
}

async function manageUsers(args: string[], role: string | undefined, dbPath: string, io: CliIo): Promise<number> {
  const [verb, name, ...extra] = args;
  const usage = (line: string) => {
    io.err(`usage: redaksi server user ${line}`);
    return 2;
  };
  if (extra.length > 0) return usage('add|list|remove|token …');
  const store = await openNewsroomStore(dbPath, io.err);
  try {
    const accounts = new Accounts(store);
    try {
      if (verb === 'add') {
        if (!name || !role) return usage(`add NAME --role ${ROLES.join('|')}`);
        const token = await accounts.add(name, role);
        io.err(`Added ${name} (${role}). Their token, shown only now:`);
        io.out(token);
      } else if (verb === 'list') {
        const users = await accounts.list();
        if (users.length === 0) io.out('No accounts.');
        for (const user of users) io.out(`${user.name.padEnd(24)}  ${user.role.padEnd(12)}  since ${user.createdAt.slice(0, 10)}`);
      } else if (verb === 'remove') {
        if (!name) return usage('remove NAME');
        await accounts.remove(name);
        io.err(`Removed ${name}; their connections close at their next message.`);
      } else if (verb === 'token') {
        if (!name) return usage('token NAME');
        const token = await accounts.rotate(name);
        io.err(`New token for ${name}, shown only now (the old one no longer works):`);
        io.out(token);
      } else return usage('add|list|remove|token …');
    } catch (error) {
      if (error instanceof AccountError) {
        io.err(`redaksi server: ${error.message}`);
        return 1;
      }
      throw error;
    }
    return 0;
  } finally {
    await store.close();
  }
}
