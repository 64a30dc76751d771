// The window's side of importing a WordPress export: archive:start reads it and keeps the import as
// a job; each archive:next imports a few more posts (a second or so of work) and says how far it is,
// so the window shows progress and the service answers other calls between steps.
import { randomUUID } from 'node:crypto';
import type { ArchiveProgressView } from '../../shared/contract/channels';
import { serviceError } from '../../shared/contract/errorMessages';
import type { HeavyWork } from '../worker/heavyWork';
import { ArchiveImport, type ArchiveResult } from './importArchive';
import type { Handlers, Stores } from './serviceTypes';

/** Posts per step: a few hundred milliseconds of work each time. */
export const ARCHIVE_STEP = 10;
/** Imports left behind by a window that went away do not pile up: the oldest goes. */
const MAX_JOBS = 3;

type ArchiveHandlers = Pick<Handlers, 'archive:start' | 'archive:next' | 'archive:cancel'>;

export function archiveHandlers(
  stores: Stores,
  heavy: HeavyWork,
  log: (message: string) => void,
  person: () => { name: string | null; role: string | null },
): ArchiveHandlers {
  const jobs = new Map<string, ArchiveImport>();
  const view = (job: string, importer: ArchiveImport, result: ArchiveResult): ArchiveProgressView => {
    const { articleIds, problems, ...counts } = result;
    return {
      job,
      ...counts,
      problems: problems.slice(0, 100),
      finished: importer.finished,
      latestArticleId: articleIds.at(-1) ?? null,
      picturesNamed: importer.picturesNamed,
      nextPictures: importer.picturesWanted(ARCHIVE_STEP).slice(0, 2000),
    };
  };
  const jobOf = (job: string): ArchiveImport => {
    const importer = jobs.get(job);
    if (!importer) throw serviceError('not_found', 'archiveJobGone');
    return importer;
  };
  return {
    'archive:start': async ({ data }) => {
      const who = person();
      const importer = await ArchiveImport.open(stores, heavy, data, { author: who.name, role: who.role, log });
      const job = randomUUID();
      jobs.set(job, importer);
      while (jobs.size > MAX_JOBS) jobs.delete(jobs.keys().next().value!);
      return view(job, importer, importer.result());
    },
    'archive:next': async ({ job, pictures }) => {
      const importer = jobOf(job);
      const result = await importer.step(ARCHIVE_STEP, pictures);
      if (importer.finished) jobs.delete(job);
      return view(job, importer, result);
    },
    'archive:cancel': ({ job }) => {
      jobs.delete(job);
      return {};
    },
  };
}
