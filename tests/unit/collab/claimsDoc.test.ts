// Claim records in the article's document: small maps, so concurrent edits to different fields of one
// claim both survive a merge, comments from two people both stay, and a record is never merged away.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultClaimFields, type Claim } from '../../../shared/claims/claimSchema';
import { deleteClaimFromDoc, readClaimsFromDoc, writeClaimToDoc } from '../../../shared/collab/claimsDoc';

const ID = '8d6f3a62-1c1b-4a59-9a39-6c1d7f1e2b10';

function claim(patch: Partial<Claim> = {}): Claim {
  return {
    id: ID,
    articleId: 'a',
    quote: 'lebih dari 6.000 insinyur',
    ...defaultClaimFields(),
    comments: [],
    signOff: null,
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
    ...patch,
  };
}

function replicas(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeClaimToDoc(a, claim());
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('claims in the document', () => {
  it('round-trips a record', () => {
    const doc = new Y.Doc();
    const full = claim({
      verdict: 'true',
      attribution: { original: 'NIS', confirming: 'Yonhap', outlet: 'DW' },
      sources: [
        {
          url: 'https://www.nis.go.kr/',
          title: 'Briefing',
          publisher: 'NIS',
          accessed: '2025-07-04',
          archiveUrl: '',
          excerpt: '',
          primary: true,
          independent: true,
        },
      ],
      comments: [{ author: 'Sari', at: '2026-12-02T10:01:00.000Z', text: 'Cek angka' }],
      signOff: { by: 'Budi', at: '2026-12-02T11:00:00.000Z', revision: 4, text: 'lebih dari 6.000 insinyur' },
    });
    writeClaimToDoc(doc, full);
    expect(readClaimsFromDoc(doc, 'a')).toEqual([full]);
  });

  it('keeps both people’s edits to different fields of one claim, and both comments', () => {
    const [a, b] = replicas();
    writeClaimToDoc(a, claim({ verdict: 'mostly-true', comments: [{ author: 'Sari', at: '1', text: 'dari A' }] }));
    writeClaimToDoc(
      b,
      claim({
        attribution: { original: 'NIS', confirming: '', outlet: '' },
        assignee: 'Budi',
        comments: [{ author: 'Budi', at: '2', text: 'dari B' }],
      }),
    );
    sync(a, b);
    for (const doc of [a, b]) {
      const [merged] = readClaimsFromDoc(doc, 'a');
      expect(merged).toMatchObject({ verdict: 'mostly-true', assignee: 'Budi', attribution: { original: 'NIS' } });
      expect(merged!.comments.map((c) => c.text).sort()).toEqual(['dari A', 'dari B']);
    }
  });

  it('an edit in one replica and a delete in the other: the delete stands, nothing else is touched', () => {
    const [a, b] = replicas();
    writeClaimToDoc(a, claim({ id: '11111111-1111-4111-8111-111111111111' }));
    sync(a, b);
    deleteClaimFromDoc(b, ID);
    writeClaimToDoc(a, claim({ verdict: 'false' }));
    sync(a, b);
    expect(readClaimsFromDoc(a, 'a').map((c) => c.id)).toEqual(readClaimsFromDoc(b, 'a').map((c) => c.id));
    expect(readClaimsFromDoc(a, 'a').some((c) => c.id === '11111111-1111-4111-8111-111111111111')).toBe(true);
    expect(readClaimsFromDoc(a, 'a').some((c) => c.id === ID)).toBe(false);
  });
});
