// A .docx is a zip archive (as is a zip of a draft and its pictures), and a small zip can inflate to
// gigabytes. Before anything reads one, the archive is checked twice: its directory (the sizes it declares, without inflating anything), then
// a pass that inflates it in small steps and counts, because declared sizes can lie. Either refuses
// past a bound no real Word document comes near.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { serviceError } from '../../shared/contract/errorMessages';

export const MAX_DOCX_ENTRIES = 5000;
/** Text and styles of a book-length report are a few tens of MB; pictures do not inflate. */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;
const STEP = 16 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** The refusals' words: a Word document's, or a zip of a draft and its pictures. */
const MESSAGES = {
  word: { refused: 'wordRefused', unreadable: 'wordUnreadable', damaged: 'wordDamaged', holds: 'a Word document holds a few dozen' },
  zip: {
    refused: 'archiveRefused',
    unreadable: 'archiveUnreadable',
    damaged: 'archiveDamaged',
    holds: 'a draft and its pictures are a few hundred',
  },
} as const;

export function checkDocxArchive(data: Uint8Array): void {
  checkZipArchive(data, 'word');
}

export function checkZipArchive(data: Uint8Array, kind: keyof typeof MESSAGES): void {
  const words = MESSAGES[kind];
  const refuse = (reason: string): never => {
    throw serviceError('invalid_input', words.refused, { reason });
  };
  let entries = 0;
  let declared = 0;
  try {
    unzipSync(data, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw serviceError('invalid_input', words.unreadable, { reason: (error as Error).message });
  }
  if (entries > MAX_DOCX_ENTRIES) refuse(`its archive holds ${entries} files (${words.holds})`);
  if (declared > MAX_DOCX_INFLATED_BYTES)
    refuse(
      `it would unpack to ${mb(declared)}, more than the ${mb(MAX_DOCX_INFLATED_BYTES)} Redaksi reads (a zip bomb, or not a document)`,
    );

  let inflated = 0;
  let over = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) {
        failure = error;
        return;
      }
      inflated += chunk.length;
      if (inflated > MAX_DOCX_INFLATED_BYTES && !over) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length && !over && !failure; at += STEP) unzip.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    failure = error as Error;
  }
  if (over) refuse(`it unpacks to more than ${mb(MAX_DOCX_INFLATED_BYTES)} although it says less (a zip bomb)`);
  if (failure) throw serviceError('invalid_input', words.damaged, { reason: (failure as Error).message });
}
