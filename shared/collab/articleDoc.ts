// One Y.Doc per article: the body (Lexical's binding, root "root") and the fields beside it. Each
// field is its own map entry and the hero slot is a map of its own, so two people editing different
// fields (or the hero's alt text and its credit) both keep their change.
import * as Y from 'yjs';
import { ARTICLE_STATUSES, type ArticleStatus } from '../articles/status';
import { articleFieldsSchema, type ArticleFields } from '../contract/channels';
import type { SerializedBody } from '../contract/lexicalState';
import { IMAGE_SLOT_KEYS, imageSlotSchema, type ImageSlot } from '../editor/imageSlot';
import { writeBodyToDoc } from './bodyDoc';
import { normalizeTags, tagKey } from '../articles/tags';

export const FIELDS_MAP = 'fields';
const HERO = 'hero';
/** The tags: a map from each tag's key to its spelling, so two people adding (or removing) different tags at once both keep theirs. */
const TAGS = 'tags';

export type DocFields = Omit<ArticleFields, 'body'>;
type ScalarField = Exclude<keyof DocFields, 'hero' | 'tags'>;
const SCALAR_FIELDS: readonly ScalarField[] = ['headline', 'dek', 'byline', 'language', 'timeZone', 'publishAt'];

export function fieldsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FIELDS_MAP);
}

/** Sets the fields that differ from what the document holds (unchanged ones make no update). */
export function writeFieldsToDoc(doc: Y.Doc, patch: Partial<DocFields>, origin: unknown = null): void {
  const map = fieldsMap(doc);
  doc.transact(() => {
    for (const key of SCALAR_FIELDS) {
      const value = patch[key];
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
    if (patch.tags !== undefined) writeTags(map, patch.tags);
    if (patch.hero === undefined) return;
    if (patch.hero === null) {
      if (map.get(HERO) !== null) map.set(HERO, null);
      return;
    }
    let hero = map.get(HERO);
    if (!(hero instanceof Y.Map)) {
      hero = new Y.Map<unknown>();
      map.set(HERO, hero);
    }
    const slotMap = hero as Y.Map<unknown>;
    for (const key of IMAGE_SLOT_KEYS) {
      const value = patch.hero[key];
      if (JSON.stringify(slotMap.get(key)) !== JSON.stringify(value)) slotMap.set(key, value);
    }
  }, origin);
}

function writeTags(map: Y.Map<unknown>, tags: readonly string[]): void {
  let set = map.get(TAGS);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<unknown>();
    map.set(TAGS, set);
  }
  const tagMap = set as Y.Map<unknown>;
  const wanted = new Map(normalizeTags(tags).map((tag) => [tagKey(tag), tag]));
  for (const key of [...tagMap.keys()]) if (!wanted.has(key)) tagMap.delete(key);
  for (const [key, tag] of wanted) if (tagMap.get(key) !== tag) tagMap.set(key, tag);
}

/** The tags in a stable order (a map's keys come in no agreed order across desks). */
function readTags(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const tags = [...value.values()].filter((tag): tag is string => typeof tag === 'string');
  return normalizeTags(tags);
}

function readHero(value: unknown): ImageSlot | null {
  if (!(value instanceof Y.Map)) return null;
  const parsed = imageSlotSchema.safeParse(value.toJSON());
  return parsed.success ? parsed.data : null;
}

/** The fields as the document holds them; anything missing or malformed falls back to `fallback`'s value. */
export function readFieldsFromDoc(doc: Y.Doc, fallback: DocFields): DocFields {
  const map = fieldsMap(doc);
  const shape = articleFieldsSchema.shape;
  const fields = { ...fallback };
  for (const key of SCALAR_FIELDS) {
    const parsed = shape[key].safeParse(map.get(key));
    if (parsed.success) (fields as Record<string, unknown>)[key] = parsed.data;
  }
  if (map.has(HERO)) fields.hero = readHero(map.get(HERO));
  if (map.has(TAGS)) fields.tags = readTags(map.get(TAGS));
  return fields;
}

/** The workflow status travels with the article too (a desk's "Mark ready" reaches every desk). */
export const STATUS_KEY = 'status';

export function readStatusFromDoc(doc: Y.Doc): ArticleStatus | null {
  const value = fieldsMap(doc).get(STATUS_KEY);
  return (ARTICLE_STATUSES as readonly unknown[]).includes(value) ? (value as ArticleStatus) : null;
}

export function writeStatusToDoc(doc: Y.Doc, status: ArticleStatus, origin: unknown = null): void {
  const map = fieldsMap(doc);
  if (map.get(STATUS_KEY) !== status) doc.transact(() => map.set(STATUS_KEY, status), origin);
}

/**
 * The first content of a new article's document, as one update (made only on the main side), and
 * the body in Lexical's normal form (what the document derives to), from the same single parse.
 */
/** `status`: a new article is a draft; an imported one may come with its own (a published WordPress post). */
export function newArticleDoc(
  fields: ArticleFields,
  status: ArticleStatus = 'draft',
): { state: Uint8Array; body: SerializedBody; stateVector: Uint8Array } {
  const doc = new Y.Doc();
  try {
    const { body, ...rest } = fields;
    const normal = writeBodyToDoc(doc, body);
    writeFieldsToDoc(doc, rest);
    // The status is in the document too (it travels with the article).
    writeStatusToDoc(doc, status);
    return { state: Y.encodeStateAsUpdate(doc), body: normal, stateVector: Y.encodeStateVector(doc) };
  } finally {
    doc.destroy();
  }
}

export function newArticleDocState(fields: ArticleFields): Uint8Array {
  return newArticleDoc(fields).state;
}
