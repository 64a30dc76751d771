// Comment threads in the article's document: concurrent replies both kept, resolve and reopen,
// malformed records from a peer left out, mentions only of known people, and never published.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentsMap, createThreadInDoc, readThreadsFromDoc, replyInDoc, resolveInDoc } from '../../../shared/collab/commentsDoc';
import { mentionsIn, type CommentMessage } from '../../../shared/comments/commentSchema';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { plainTextOf } from '../../../shared/text/plainText';
import { claimContexts } from '../../../shared/claims/claimContext';
import { bodyOf, claimMark, paragraph, text } from '../../fixtures/bodies';

const THREAD = '0b5a4d5e-3c1f-4e8a-9a57-2f0c6d1e8b11';
const CLAIM = '6f1c7a52-9d0e-4a8e-9c1a-0b7f3d2e1a55';
let n = 0;
const message = (author: string, text: string): CommentMessage => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  author,
  at: `2026-12-03T0${n % 10}:00:00.000Z`,
  text,
  mentions: [],
});

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment threads in the document', () => {
  it('two people replying at once both keep their reply; resolve and reopen say who', () => {
    const editor = new Y.Doc();
    const checker = new Y.Doc();
    createThreadInDoc(editor, {
      id: THREAD,
      quote: 'lebih dari 6.000 insinyur',
      createdBy: 'Dewi',
      createdAt: '2026-12-03T01:00:00.000Z',
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      messages: [message('Dewi', 'Sumbernya?')],
    });
    sync(editor, checker);
    replyInDoc(editor, THREAD, message('Dewi', 'NIS, laporan Juli.'));
    replyInDoc(checker, THREAD, message('Rina', 'Saya cek dulu.'));
    sync(editor, checker);
    const [thread] = readThreadsFromDoc(checker);
    expect(thread!.messages.map((m) => m.author).sort()).toEqual(['Dewi', 'Dewi', 'Rina']);
    expect(readThreadsFromDoc(editor)).toEqual(readThreadsFromDoc(checker));

    resolveInDoc(checker, THREAD, true, 'Rina', '2026-12-03T05:00:00.000Z');
    sync(editor, checker);
    expect(readThreadsFromDoc(editor)[0]).toMatchObject({ resolved: true, resolvedBy: 'Rina' });
    resolveInDoc(editor, THREAD, false, 'Dewi', '2026-12-03T06:00:00.000Z');
    expect(readThreadsFromDoc(editor)[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
  });

  it('a malformed thread or message from a peer is left out, not the rest', () => {
    const doc = new Y.Doc();
    createThreadInDoc(doc, {
      id: THREAD,
      quote: 'kata',
      createdBy: 'Dewi',
      createdAt: '2026-12-03T01:00:00.000Z',
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      messages: [message('Dewi', 'Satu')],
    });
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('quote', 42);
      commentsMap(doc).set('not-a-uuid', bad);
      (commentsMap(doc).get(THREAD)!.get('messages') as Y.Array<unknown>).push([{ id: 'x', author: '', text: '<script>' }]);
    });
    const threads = readThreadsFromDoc(doc);
    expect(threads.map((t) => t.id)).toEqual([THREAD]);
    expect(threads[0]!.messages.map((m) => m.text)).toEqual(['Satu']);
    expect(() => replyInDoc(doc, THREAD, { ...message('Dewi', ''), text: '   ' })).toThrow();
  });

  it('mentions only known people, the longest name first', () => {
    const people = ['Dewi', 'Dewi Lestari', 'Rina'];
    expect(mentionsIn('@Dewi Lestari tolong cek, cc @rina', people)).toEqual(['Dewi Lestari', 'Rina']);
    expect(mentionsIn('email dewi@example.com, @Budi', people)).toEqual([]);
  });

  it('comment marks never reach a public page, and claims inside them are still found', () => {
    const body = bodyOf(
      paragraph(
        text('Menurut NIS, '),
        {
          type: 'comment-mark',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          ids: [THREAD],
          children: [claimMark([CLAIM], text('6.000 insinyur'))],
        },
        text(' dikirim.'),
      ),
    );
    const html = renderBody(body, { resolveImage: () => null });
    expect(html).toBe('<p>Menurut NIS, 6.000 insinyur dikirim.</p>');
    expect(renderMarkdown(body, { resolveImage: () => null })).toBe('Menurut NIS, 6.000 insinyur dikirim.\n');
    expect(plainTextOf(body)).toBe('Menurut NIS, 6.000 insinyur dikirim.');
    expect(claimContexts(body).get(CLAIM)?.marked).toBe('6.000 insinyur');
  });
});
