// `redaksi backup|restore|check|backups`: looking after the store file itself from a terminal. These
// work on the file, not through the service: a restore must work when the store cannot be opened.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assetDirFor } from '../../db/assetStore';
import { backupDirFor, backupTo, checkStoreFile, listBackups, restoreBackup } from '../../db/backups';
import type { CliIo } from './cliIo';

export const STORE_COMMANDS = ['backup', 'restore', 'check', 'backups'] as const;
export type StoreCommand = (typeof STORE_COMMANDS)[number];

export const STORE_COMMANDS_HELP = `  backup --out FILE                  a consistent copy of the store with its images in one file (safe while the app is open)
  restore FILE                       check FILE and its images, then put it in place of the store; the current store is kept aside
  check                              integrity and foreign-key check; exit 1 if the store is damaged
  backups                            the automatic backups, newest first`;

function kib(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

export async function runStoreCommand(
  command: StoreCommand,
  args: { file?: string; out?: string },
  dbPath: string,
  io: CliIo,
): Promise<number> {
  if (command === 'backups') {
    const backups = listBackups(dbPath);
    if (backups.length === 0) io.out(`No automatic backups yet in ${backupDirFor(dbPath)}.`);
    for (const backup of backups)
      io.out(`${backup.createdAt}  ${backup.reason.padEnd(9)}  ${kib(backup.bytes).padStart(10)}  ${backup.file}`);
    return 0;
  }
  if (command === 'restore') {
    const file = resolve(args.file!);
    if (!existsSync(file)) {
      io.err(`redaksi: there is no file at ${file}.`);
      return 1;
    }
    const { asidePath, notes } = await restoreBackup(dbPath, file);
    io.out(`Restored ${dbPath} from ${file}.`);
    for (const note of notes) io.err(`note: ${note}`);
    if (asidePath) io.out(`The store it replaced is kept at ${asidePath}.`);
    return 0;
  }
  if (!existsSync(dbPath)) {
    io.err(`redaksi: no article store at ${dbPath}. Start the app once, or pass --db PATH.`);
    return 1;
  }
  if (command === 'check') {
    const report = checkStoreFile(dbPath);
    if (report.ok) {
      io.out(`ok: ${dbPath} passed the integrity and foreign-key checks (schema ${report.schemaVersion}).`);
      return 0;
    }
    io.err(`redaksi: ${dbPath} is damaged:`);
    for (const problem of report.problems.slice(0, 20)) io.err(`  ${problem}`);
    io.err(`Restore a backup with "redaksi restore FILE" (see "redaksi backups"); the damaged file is kept aside.`);
    return 1;
  }
  const out = resolve(args.out!);
  if (existsSync(out)) {
    io.err(`redaksi: ${out} already exists; choose a new file name.`);
    return 1;
  }
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    // A backup the person carries away: the images go inside the file.
    await backupTo(db, out, assetDirFor(dbPath), 'embedded');
  } finally {
    db.close();
  }
  const report = checkStoreFile(out);
  if (!report.ok) {
    io.err(`redaksi: the backup at ${out} failed its check: ${report.problems.join('; ')}`);
    return 1;
  }
  io.out(`Backed up ${dbPath} to ${out}.`);
  return 0;
}
