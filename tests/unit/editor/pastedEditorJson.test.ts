// Lexical clipboard JSON from an unknown page is checked like a save before it is pasted.
import { describe, expect, it } from 'vitest';
import { trustedPastedNodes } from '../../../renderer/editor/pastedEditorJson';
import { claimMark, imageSlot, paragraph, text } from '../../fixtures/bodies';

const KNOWN = new Set(['paragraph', 'text', 'image-slot', 'claim-mark', 'link']);
const payload = (nodes: unknown[]) => JSON.stringify({ namespace: 'anything', nodes });

describe('pasted editor JSON', () => {
  it('passes clean nodes, with claim marks unwrapped (their ids belong to another article)', () => {
    const nodes = trustedPastedNodes(payload([paragraph(text('Kata '), claimMark(['0000'], text('klaim')))]), KNOWN);
    expect(nodes).toEqual([paragraph(text('Kata '), text('klaim'))]);
  });

  it('a copied block does not bring its suggested split along (a copy is not the suggestion)', () => {
    const split = { ...paragraph(text('Baru')), $: { suggestBlock: { id: 'r-1', kind: 'split' }, other: 1 } };
    expect(trustedPastedNodes(payload([split]), KNOWN)).toEqual([{ ...paragraph(text('Baru')), $: { other: 1 } }]);
  });

  it('refuses a field of the wrong type, which would break every export (caption: 5)', () => {
    expect(trustedPastedNodes(payload([imageSlot({ caption: 5 })]), KNOWN)).toBeNull();
    expect(trustedPastedNodes(payload([imageSlot({ assetId: '../../etc/passwd' })]), KNOWN)).toBeNull();
    expect(trustedPastedNodes(payload([imageSlot({})]), KNOWN)).toHaveLength(1);
  });

  it('refuses unknown node types, hostile keys, bombs and junk', () => {
    expect(trustedPastedNodes(payload([{ type: 'script', version: 1 }]), KNOWN)).toBeNull();
    expect(trustedPastedNodes('{"nodes":[{"type":"paragraph","__proto__":{"x":1},"children":[]}]}', KNOWN)).toBeNull();
    let deep: Record<string, unknown> = text('x');
    for (let i = 0; i < 100; i++) deep = paragraph(deep);
    expect(trustedPastedNodes(payload([deep]), KNOWN)).toBeNull();
    expect(trustedPastedNodes('not json', KNOWN)).toBeNull();
    expect(trustedPastedNodes('{"nodes":"x"}', KNOWN)).toBeNull();
    expect(trustedPastedNodes('null', KNOWN)).toBeNull();
  });
});
