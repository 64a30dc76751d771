// Claim records inside the article's Y.Doc, so they merge with the text they anchor: one small map
// per claim (each field its own entry, the attribution a map of its own, comments an append-only
// list), so two people editing different fields of one claim both keep their change, and a record
// is never lost by a merge (only a deliberate delete removes it).
import * as Y from 'yjs';
import { claimSchema, type Claim } from '../claims/claimSchema';

export const CLAIMS_MAP = 'claims';
const ATTRIBUTION = 'attribution';
const COMMENTS = 'comments';
const PLAIN_KEYS = [
  'quote',
  'summary',
  'kind',
  'claimant',
  'attributionQuality',
  'sources',
  'verdict',
  'conclusion',
  'status',
  'notes',
  'assignee',
  'signOff',
  'createdAt',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof Claim>;

export function claimsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(CLAIMS_MAP);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Writes what differs between `claim` and the document's record of it (creating the record if new). */
export function writeClaimToDoc(doc: Y.Doc, claim: Claim, origin: unknown = null): void {
  const claims = claimsMap(doc);
  doc.transact(() => {
    let record = claims.get(claim.id);
    if (!(record instanceof Y.Map)) {
      record = new Y.Map<unknown>();
      claims.set(claim.id, record);
    }
    for (const key of PLAIN_KEYS) if (!same(record.get(key), claim[key])) record.set(key, claim[key]);
    let attribution = record.get(ATTRIBUTION);
    if (!(attribution instanceof Y.Map)) {
      attribution = new Y.Map<unknown>();
      record.set(ATTRIBUTION, attribution);
    }
    const parts = attribution as Y.Map<unknown>;
    for (const [key, value] of Object.entries(claim.attribution)) if (parts.get(key) !== value) parts.set(key, value);
    let comments = record.get(COMMENTS);
    if (!(comments instanceof Y.Array)) {
      comments = new Y.Array<unknown>();
      record.set(COMMENTS, comments);
    }
    // Comments only ever grow: the ones not yet in the list are appended.
    const list = comments as Y.Array<unknown>;
    const have = new Set(list.toArray().map((c) => JSON.stringify(c)));
    const missing = claim.comments.filter((c) => !have.has(JSON.stringify(c)));
    if (missing.length > 0) list.push(missing);
  }, origin);
}

export function deleteClaimFromDoc(doc: Y.Doc, id: string, origin: unknown = null): void {
  const claims = claimsMap(doc);
  if (claims.has(id)) doc.transact(() => claims.delete(id), origin);
}

/** The records as the document holds them; a malformed one (hand-made, from a newer version) is left out. */
export function readClaimsFromDoc(doc: Y.Doc, articleId: string): Claim[] {
  const claims: Claim[] = [];
  for (const [id, record] of claimsMap(doc).entries()) {
    if (!(record instanceof Y.Map)) continue;
    const parsed = claimSchema.safeParse({ ...record.toJSON(), id, articleId });
    if (parsed.success) claims.push(parsed.data);
  }
  return claims.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
