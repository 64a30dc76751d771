// Golden tests: Lexical JSON in, exact HTML out, for every node type. Run with UPDATE_GOLDEN=1 to
// rewrite the files under tests/fixtures/publish after a deliberate change (and review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySlot, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { PublishError, renderBody, safeHref, type RenderContext } from '../../../shared/publish/renderBody';
import { findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { bodyOf, paragraph } from '../../fixtures/bodies';
import { GOLDEN_ASSET, GOLDEN_CASES } from '../../fixtures/goldenBodies';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'publish');
const ASSET = GOLDEN_ASSET;
const CASES = GOLDEN_CASES;
const ctx: RenderContext = {
  resolveImage: (id) =>
    id === ASSET
      ? {
          src: `images/${id.slice(0, 12)}.jpg`,
          width: 1920,
          height: 1080,
          webp: [480, 960, 1600].map((w) => ({ src: `images/${id.slice(0, 12)}-${w}.webp`, width: w })),
        }
      : null,
};
const el = { version: 1, direction: null, format: '', indent: 0 };

describe('publication renderer (golden files)', () => {
  for (const [name, body] of Object.entries(CASES)) {
    it(name, () => {
      const html = `${renderBody(body, ctx)}\n`;
      const file = join(GOLDEN, `${name}.html`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, html);
      expect(html).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('the Explainer template publishes with numbered sections and no guidance text', () => {
    const { body } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' });
    const html = renderBody(body, ctx);
    expect(html).toBe('');
    expect(html).not.toContain('Judul bagian');
  });

  it('never lets editor artifacts through: no classes, styles, spans, empty paragraphs or figures in paragraphs', () => {
    const all = Object.values(CASES)
      .map((b) => renderBody(b, ctx))
      .join('\n');
    // The one span besides a credit's says a passage's language; a table cell's alignment and a pull quote are classes the page styles.
    expect(all).not.toMatch(
      /class="(?!credit"|align-(?:center|right)"|pull-quote"|embed"|gallery"|footnotes")|style=|<span(?! class="credit"| lang="[a-z]{2,3}")|<p><\/p>|data-|claim|guidance|Panduan/,
    );
    expect(all).not.toMatch(/<p>(?:(?!<\/p>)[^])*<figure/);
  });

  it('fails on an unknown node type, naming it', () => {
    expect(() => renderBody(bodyOf({ ...el, type: 'poll', children: [] }), ctx)).toThrow(PublishError);
    expect(() => renderBody(bodyOf(paragraph({ type: 'emoji', version: 1 })), ctx)).toThrow(/unknown inline node type "emoji"/);
  });

  it('fails when an image is missing from the store', () => {
    expect(() => renderBody(bodyOf({ type: 'image-slot', version: 1, ...emptySlot(INLINE_SPEC), assetId: 'b'.repeat(64) }), ctx)).toThrow(
      /missing from the asset store/,
    );
  });

  it('allows only http, https, mailto and relative links', () => {
    expect(['https://a.id', 'http://a.id', 'mailto:x@a.id', '/a', 'a.html', '#top'].map(safeHref)).toEqual([
      'https://a.id',
      'http://a.id',
      'mailto:x@a.id',
      '/a',
      'a.html',
      '#top',
    ]);
    expect(
      ['javascript:x', 'JAVASCRIPT:x', 'vbscript:x', 'data:x', 'file:///x', '//evil.example', 'java\tscript:x', ''].map(safeHref),
    ).toEqual(Array(8).fill(null));
  });
});
