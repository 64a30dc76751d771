// A claim marked in one window while another types in the same sentence: after the merge the mark
// is there in both windows (re-anchored by the main side if the merge lost it) and no typing is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimContexts } from '../../../shared/claims/claimContext';
import { $createClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { openLiveWindow } from '../../fixtures/liveWindow';

let dir: string;
let server: BrowserModeServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-claim-merge-'));
  server = await startBrowserMode(join(dir, 'redaksi.db'));
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

function $firstText(node: LexicalNode): LexicalNode | null {
  if ($isTextNode(node)) return node;
  if ($isElementNode(node)) for (const child of node.getChildren()) if ($firstText(child)) return $firstText(child);
  return null;
}

it('marks a claim in one window while the other types in the claimed sentence', async () => {
  const created = await server.call('articles:create', { headline: 'Klaim bersama' });
  const id = (created as { value: { id: string } }).value.id;
  const a = openLiveWindow(server.origin, server.token, id);
  const b = openLiveWindow(server.origin, server.token, id);
  await Promise.all([a.synced, b.synced]);
  a.type('Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS.');
  await a.client.whenSaved();
  await new Promise((r) => setTimeout(r, 200));
  const quote = 'lebih dari 6.000 insinyur';
  const claim = await server.call('claims:create', { articleId: id, quote });
  const claimId = (claim as { value: { id: string } }).value.id;
  // Concurrently: A wraps the words in a mark, B types at the end of the same text node.
  a.editor.update(
    () => {
      const node = $firstText($getRoot());
      if (!$isTextNode(node)) throw new Error('no text');
      const at = node.getTextContent().indexOf(quote);
      const parts = node.splitText(at, at + quote.length);
      const middle = parts.find((p) => p.getTextContent() === quote)!;
      const mark = $createClaimMarkNode([claimId]);
      middle.insertBefore(mark);
      mark.append(middle);
    },
    { discrete: true },
  );
  b.type(' pada Juli');
  await Promise.all([a.client.whenSaved(), b.client.whenSaved()]);
  const start = Date.now();
  while (Date.now() - start < 8000) {
    if (a.text() === b.text() && claimContexts(a.body()).has(claimId) && claimContexts(b.body()).has(claimId)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(a.text()).toBe(b.text());
  // Every character typed is kept. Where B's characters land depends on the moment: Lexical's binding
  // re-inserts the tail of a text node it splits, so typing there can move to the split point.
  const letters = (t: string) => [...t.replace(/\s+/g, '')].sort().join('');
  expect(letters(a.text())).toBe(letters('Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS. pada Juli'));
  expect(claimContexts(a.body()).get(claimId)?.marked).toBe(quote);
  expect(claimContexts(b.body()).get(claimId)?.marked).toBe(quote);
  a.close();
  b.close();
});
