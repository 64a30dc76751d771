// The `redaksi` command: the article store from a terminal, on plain Node. Article commands go
// through the same composition root and contract as the app (createService → dispatch).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { RestoreError } from '../../db/backups';
import { StoreOpenError } from '../../db/openStore';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../shared/articles/status';
import type { Article } from '../../shared/contract/channels';
import { ServiceError } from '../../shared/contract/errors';
import { draftFormatOf } from '../../shared/import/draftFormat';
import { zipFolder } from './zipFolder';
import { PublishError } from '../../shared/publish/renderBody';
import { plainTextOf } from '../../shared/text/plainText';
import type { ExportFormat, ImageMode } from '../export/exportArticle';
import { createService, type Service } from '../service/createService';
import { resolveDbPath } from '../service/dataLocation';
import type { CliIo } from './cliIo';
import { call } from './callService';
import { runServerCommand } from './serverCommands';
import { PUBLISH_COMMANDS, PUBLISH_COMMANDS_HELP, runPublishCommand } from './publishCommands';
import { HISTORY_COMMANDS_HELP, historyLines, parseVersion, printComparison } from './historyCommands';
import { formatComparison } from '../../shared/history/formatComparison';
import { runStoreCommand, STORE_COMMANDS, STORE_COMMANDS_HELP, type StoreCommand } from './storeCommands';

export type { CliIo };

export const CLI_HELP = `Usage: redaksi <command> [options]

Commands:
  list [--status STATUS] [--trash]   articles, newest first
  search QUERY [--status STATUS]     full-text search, best match first
  show ID|SLUG [--json]              one article
  import FILE [--template NAME]      a draft (.txt, .html, .md, .docx, a .zip or folder with its pictures);
                                     prints the new article's id
  import SITE.xml [--media DIR]      a WordPress export's posts and pages as articles (again: only the new
                                     ones); DIR: a copy of the site's wp-content/uploads, for their pictures
                                     (default: uploads/ or wp-content/uploads/ beside the export, if there)
  export ID|SLUG --out DIR [--format html|fragment|md] [--images files|inline] [--canonical URL] [--keep-credit]
                                     the article for publication, with its images
${PUBLISH_COMMANDS_HELP}
${HISTORY_COMMANDS_HELP}
${STORE_COMMANDS_HELP}
  server …                           the newsroom server and its accounts (redaksi server --help)

Options:
  --db PATH   the article store (default: REDAKSI_DB, then the per-user data folder)
  -h, --help  this help

Statuses: ${ARTICLE_STATUSES.join(', ')}`;

class UsageError extends Error {}

/** A WordPress media folder beside an export (uploads/ or wp-content/uploads/), if there is one. */
function mediaFolderBeside(file: string): string | undefined {
  return [join(dirname(file), 'uploads'), join(dirname(file), 'wp-content', 'uploads')].find(
    (folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false,
  );
}

function parseStatus(value: string | undefined): ArticleStatus | undefined {
  if (value === undefined) return undefined;
  if (!(ARTICLE_STATUSES as readonly string[]).includes(value)) {
    throw new UsageError(`Unknown status "${value}". Use one of: ${ARTICLE_STATUSES.join(', ')}.`);
  }
  return value as ArticleStatus;
}

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim() || '(untitled)';
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function describe(article: Article): string {
  const lines = [
    article.headline || '(untitled)',
    article.dek ? `  ${article.dek}` : null,
    `id: ${article.id}`,
    `slug: ${article.slug}`,
    `status: ${STATUS_LABELS[article.status]}${article.deletedAt ? ' (in trash)' : ''}`,
    article.byline ? `byline: ${article.byline}` : null,
    `language: ${article.language}`,
    `publish time: ${article.publishAt ?? 'not set'} (${article.timeZone})`,
    `revision: ${article.revision}, updated ${article.updatedAt}`,
    '',
    plainTextOf(article.body),
  ];
  return lines.filter((line) => line !== null).join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'server') return runServerCommand(argv.slice(1), io);
  if ((PUBLISH_COMMANDS as readonly string[]).includes(argv[0] ?? '')) return runPublishCommand(argv, io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        status: { type: 'string' },
        trash: { type: 'boolean' },
        json: { type: 'boolean' },
        template: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        images: { type: 'string' },
        canonical: { type: 'string' },
        media: { type: 'string' },
        'keep-credit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`redaksi: ${(error as Error).message}\n\n${CLI_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out(CLI_HELP);
    return 0;
  }
  if (!command) {
    io.err(`redaksi: no command given.\n\n${CLI_HELP}`);
    return 2;
  }
  const dbPath = resolveDbPath(values.db, io.env);
  let service: Service | null = null;
  try {
    const status = parseStatus(values.status);
    const expectArgs = (n: number, usage: string) => {
      if (rest.length !== n) throw new UsageError(`usage: redaksi ${usage}`);
    };
    if (!['list', 'search', 'show', 'import', 'import-wxr', 'export', 'history', 'diff', ...STORE_COMMANDS].includes(command))
      throw new UsageError(`Unknown command "${command}".\n\n${CLI_HELP}`);
    if ((STORE_COMMANDS as readonly string[]).includes(command)) {
      if (command === 'restore') expectArgs(1, 'restore FILE [--db PATH]');
      else expectArgs(0, `${command}${command === 'backup' ? ' --out FILE' : ''} [--db PATH]`);
      if (command === 'backup' && !values.out) throw new UsageError('backup needs --out FILE.');
      return await runStoreCommand(command as StoreCommand, { file: rest[0], out: values.out }, dbPath, io);
    }
    if (command === 'import') expectArgs(1, 'import FILE [--template NAME] [--db PATH]   or   import SITE.xml [--media DIR] [--db PATH]');
    if (command === 'import-wxr') expectArgs(1, 'import SITE.xml [--media DIR] [--db PATH]');
    // A WordPress export (WordPress names it site.WordPress.2025-07-04.xml); import-wxr is its older name.
    const archive = command === 'import-wxr' || (command === 'import' && /\.xml$/i.test(rest[0]!));
    if (values.media !== undefined) {
      if (!archive) throw new UsageError('--media goes with a WordPress export (import SITE.xml --media DIR).');
      if (!statSync(values.media, { throwIfNoEntry: false })?.isDirectory())
        throw new UsageError(`--media ${values.media}: not a folder (give the copy of the site's wp-content/uploads).`);
    }
    if (archive && values.template) throw new UsageError('--template goes with a draft, not a WordPress export.');
    // Without --media, the site's media folder beside the export, where WordPress's own layout puts it.
    const media = archive ? (values.media ?? mediaFolderBeside(rest[0]!)) : undefined;
    if (archive && values.media === undefined && media) io.err(`pictures from the media folder beside the export: ${media}`);
    if (command === 'export') {
      expectArgs(1, 'export ID|SLUG --out DIR [--format html|fragment|md] [--images files|inline] [--db PATH]');
      if (!values.out) throw new UsageError('export needs --out DIR.');
      if (values.format && !['html', 'fragment', 'md'].includes(values.format))
        throw new UsageError(`Unknown format "${values.format}"; use html, fragment or md.`);
      if (values.images && !['files', 'inline'].includes(values.images))
        throw new UsageError(`Unknown image mode "${values.images}"; use files or inline.`);
    }
    if (command === 'list') expectArgs(0, 'list [--status STATUS] [--trash] [--db PATH]');
    if (command === 'search') expectArgs(1, 'search QUERY [--status STATUS] [--db PATH]');
    if (command === 'show') expectArgs(1, 'show ID|SLUG [--json] [--db PATH]');
    if (command === 'history') expectArgs(1, 'history ID|SLUG [--db PATH]');
    let versions: [number, number | 'now'] | null = null;
    if (command === 'diff') {
      expectArgs(3, 'diff ID|SLUG A B [--db PATH]   (A, B: version numbers from "redaksi history"; B may be "now")');
      const a = parseVersion(rest[1]!, false);
      const b = parseVersion(rest[2]!, true);
      if (a === null || b === null) throw new UsageError(`Versions are numbers from "redaksi history" (and "now" for the second).`);
      versions = [a as number, b];
    }
    let data: Uint8Array | null = null;
    if (archive) {
      try {
        data = readFileSync(rest[0]!);
      } catch (error) {
        io.err(`redaksi: cannot read ${rest[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        return 1;
      }
    }
    if (command === 'import' && !archive) {
      try {
        // A folder: its draft and pictures, zipped here for the same importer as a zip file.
        data = statSync(rest[0]!).isDirectory() ? zipFolder(rest[0]!) : readFileSync(rest[0]!);
      } catch (error) {
        io.err(`redaksi: cannot read ${rest[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        return 1;
      }
    }
    // Only an import may start a new store; an older store is backed up before it is migrated.
    service = await createService(dbPath, {
      mode: 'browser',
      version: 'cli',
      create: command === 'import' || command === 'import-wxr',
      log: io.err,
    });
    const state = service.status();
    if (state.state === 'unavailable') {
      io.err(`redaksi: ${state.message}`);
      if (state.backups.length)
        io.err(`Backups: ${state.backups.length} (see "redaksi backups"); restore one with "redaksi restore FILE".`);
      return 1;
    }
    if (archive) {
      let shown = 0;
      const result = await service.importArchive(
        data!,
        (progress) => {
          // A line every 100 posts (a site's history is thousands), and the last.
          if (progress.done - shown >= 100 || (progress.done === progress.total && progress.done > shown)) {
            shown = progress.done;
            io.err(`${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} posts and pages…`);
          }
        },
        media,
      );
      for (const problem of result.problems) io.err(`not imported: “${problem.title}”: ${problem.message}`);
      if (result.truncated) io.err('note: the file ends inside a post (cut short?); that post was left out.');
      const others = Object.entries(result.others).map(([type, count]) => `${count} ${type}`);
      io.out(
        `${result.total} posts and pages from ${result.site || 'the archive'}: ${result.created} imported, ${result.skipped} already imported, ${result.failed} failed` +
          (others.length ? ` (not imported: ${others.join(', ')})` : ''),
      );
      return result.failed > 0 ? 1 : 0;
    } else if (command === 'import') {
      const { article, report } = await call(service, 'articles:import', {
        data: data!,
        format: statSync(rest[0]!).isDirectory() ? 'zip' : draftFormatOf(rest[0]!),
        ...(values.template ? { templateId: values.template } : {}),
      });
      for (const note of report) io.err(`note: ${note.message}`);
      io.out(article.id);
    } else if (command === 'export') {
      const files = await service.exportToFolder(rest[0]!, values.out!, {
        format: (values.format ?? 'html') as ExportFormat,
        images: (values.images ?? 'files') as ImageMode,
        ...(values.canonical ? { canonicalUrl: values.canonical } : {}),
        keepCredit: values['keep-credit'] === true,
      });
      for (const file of files) io.out(file);
    } else if (command === 'list') {
      const { items } = await call(service, 'articles:list', { filter: values.trash ? 'trash' : status });
      if (items.length === 0) io.out('No articles.');
      for (const a of items)
        io.out(
          `${a.updatedAt.slice(0, 16).replace('T', ' ')}  ${STATUS_LABELS[a.status].padEnd(10)}  ${oneLine(a.headline, 60)}  ${a.slug}`,
        );
    } else if (command === 'search') {
      const { items } = await call(service, 'articles:search', { query: rest[0]!, filter: status });
      if (items.length === 0) io.out(`No article matches "${rest[0]}".`);
      for (const hit of items) {
        io.out(`${oneLine(hit.article.headline, 70)}  (${hit.article.slug})`);
        io.out(
          `  ${hit.snippet
            .map((s) => (s.match ? `[${s.text}]` : s.text))
            .join('')
            .replace(/\s+/g, ' ')}`,
        );
      }
    } else if (command === 'history') {
      const article = await call(service, 'articles:get', { ref: rest[0]! });
      const { items } = await call(service, 'revisions:list', { articleId: article.id });
      io.out(`${article.headline || '(untitled)'} (${article.slug})`);
      for (const line of historyLines(items)) io.out(line);
    } else if (command === 'diff') {
      const article = await call(service, 'articles:get', { ref: rest[0]! });
      const [from, to] = versions!;
      const result = await call(service, 'revisions:compare', { articleId: article.id, from, to });
      printComparison(io, result.from, result.to, formatComparison(result.comparison));
    } else {
      const article = await call(service, 'articles:get', { ref: rest[0]! });
      io.out(values.json ? JSON.stringify(article, null, 2) : describe(article));
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`redaksi: ${error.message}`);
      return 2;
    }
    if (
      error instanceof ServiceError ||
      error instanceof PublishError ||
      error instanceof RestoreError ||
      error instanceof StoreOpenError
    ) {
      io.err(`redaksi: ${error.message}`);
      return 1;
    }
    io.err(`redaksi: ${(error as Error).message}`);
    return 1;
  } finally {
    await service?.close();
  }
}
