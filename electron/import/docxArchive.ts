// A .docx is a zip archive, and a small zip can inflate to gigabytes. Before mammoth reads one, the
// archive is checked twice: its directory (the sizes it declares, without inflating anything), then
// a pass that inflates it in small steps and counts, because declared sizes can lie. Either refuses
// past a bound no real Word document comes near.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { serviceError } from '../../shared/contract/errorMessages';

export const MAX_DOCX_ENTRIES = 5000;
/** Text and styles of a book-length report are a few tens of MB; pictures do not inflate. */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;
const STEP = 16 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

function refuse(reason: string): never {
  throw serviceError('invalid_input', 'wordRefused', { reason });
}

export function checkDocxArchive(data: Uint8Array): void {
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
    throw serviceError('invalid_input', 'wordUnreadable', { reason: (error as Error).message });
  }
  if (entries > MAX_DOCX_ENTRIES) refuse(`its archive holds ${entries} files (a Word document holds a few dozen)`);
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
  if (failure) throw serviceError('invalid_input', 'wordDamaged', { reason: (failure as Error).message });
}
