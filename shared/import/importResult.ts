// What every importer produces, and the limits they share.
import type { SerializedBody } from '../contract/lexicalState';
import { type ServiceError } from '../contract/errors';
import type { ImageSlot } from '../editor/imageSlot';
import type { ImportNote } from './importMessages';
import type { DroppedPassage } from './siteFurniture';
import { serviceError } from '../contract/errorMessages';

export interface ImportResult {
  headline: string;
  dek: string;
  byline: string;
  language: string;
  timeZone: string;
  publishAt: string | null;
  hero: ImageSlot | null;
  /** The hero image's file name, for the editor to ask for. */
  heroFileName: string | null;
  body: SerializedBody;
  /** What the import left out ("dropped 2 navigation lines at the end"). */
  report: ImportNote[];
  /** Another site's furniture left out, with its text and place: the person can bring it back. */
  dropped: DroppedPassage[];
  /** Pictures inside the file (Word's, data: URIs): stored as assets for their slots, if they are images. */
  pictures: EmbeddedPicture[];
  /** The article's tags, when the file names them (an HTML page's article:tag, a post's tag links). */
  tags?: string[];
}

/** A picture inside an imported file, for the hero or the nth image slot of the body (document order). */
export interface EmbeddedPicture {
  slot: 'hero' | number;
  name: string;
  data: Uint8Array;
}

/** A book has a few thousand paragraphs; past this, one article is the wrong shape for the file. */
export const MAX_IMPORT_BLOCKS = 100_000;

export function tooManyBlocks(): ServiceError {
  return serviceError('invalid_input', 'importTooManyParagraphs', { count: MAX_IMPORT_BLOCKS.toLocaleString('en') });
}
