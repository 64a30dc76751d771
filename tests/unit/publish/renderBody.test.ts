// Golden tests: Lexical JSON in, exact HTML out, for every node type. Run with UPDATE_GOLDEN=1 to
// rewrite the files under tests/fixtures/publish after a deliberate change (and review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { emptySlot, HERO_SPEC, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { PublishError, renderBody, safeHref, type RenderContext } from '../../../shared/publish/renderBody';
import { findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { bodyOf, claimMark, heading, link, paragraph, quote, section, text } from '../../fixtures/bodies';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'publish');
const ASSET = 'a'.repeat(64);
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
type N = Record<string, unknown>;
const list = (listType: 'bullet' | 'number', items: N[][], start = 1): N => ({
  ...el,
  type: 'list',
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items.map((c, i) => ({ ...el, type: 'listitem', value: i + 1, children: c })),
});
const CASES: Record<string, SerializedBody> = {
  'text-formats': bodyOf(
    paragraph(
      text('plain '),
      text('bold', 1),
      text(' '),
      text('italic', 2),
      text(' '),
      text('underline', 8),
      text(' '),
      text('strike', 4),
      text(' '),
      text('code', 16),
      text(' '),
      text('bold italic', 3),
    ),
    paragraph(text('Baris satu'), { type: 'linebreak', version: 1 }, text('baris dua')),
    paragraph(text('Escape <b>this</b> & "that" \'too\'')),
    paragraph(),
  ),
  headings: bodyOf(
    heading('h2', text('Latar belakang')),
    heading('h3', text('Café & crème')),
    heading('h2', text('Latar belakang')),
    heading('h2'),
  ),
  'quote-and-lists': bodyOf(
    quote(text('Kami tidak akan mundur'), { type: 'linebreak', version: 1 }, text('— Menteri')),
    list('bullet', [[text('satu')], [text('dua'), list('bullet', [[text('dua-a')]])]]),
    list('number', [[text('tiga')], [text('empat')]], 3),
  ),
  links: bodyOf(
    paragraph(
      link('https://www.nis.go.kr/?a=1&b=2', text('NIS')),
      text(' '),
      link('mailto:redaksi@example.com', text('surel')),
      text(' '),
      link('/arsip/2025', text('arsip')),
      text(' '),
      link('javascript:alert(1)', text('jahat')),
      text(' '),
      link(' JaVaScRiPt:alert(1)', text('jahat2')),
      text(' '),
      link('data:text/html,<script>', text('data')),
      text(' '),
      link('//evil.example/x', text('protocol-relative')),
    ),
  ),
  'claims-unwrapped': bodyOf(
    paragraph(text('Mencakup '), claimMark(['c1'], text('lebih dari '), claimMark(['c1', 'c2'], text('6.000'))), text(' insinyur.')),
  ),
  sections: bodyOf(
    section(true, 'Dukungan militer', paragraph(text('Satu.'))),
    section(false, 'Latar', paragraph(text('Tanpa nomor.'))),
    section(true, 'Imbalan', paragraph(text('Dua.')), {
      type: 'image-slot',
      version: 1,
      ...emptySlot(INLINE_SPEC),
      assetId: ASSET,
      alt: 'Tentara "berbaris"',
      caption: 'Parade <Pyongyang>',
      credit: 'DW',
    }),
    { ...section(false, '', paragraph(text('Teras tanpa judul.'))), titled: false, children: [paragraph(text('Teras tanpa judul.'))] },
    section(true, '', paragraph()),
    paragraph(),
  ),
  'image-slots': bodyOf(
    { type: 'image-slot', version: 1, ...emptySlot(INLINE_SPEC) },
    { type: 'image-slot', version: 1, ...emptySlot(HERO_SPEC), assetId: ASSET, alt: '', caption: '', credit: '' },
  ),
};

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
    expect(all).not.toMatch(/class="(?!credit")|style=|<span(?! class="credit")|<p><\/p>|data-|claim|guidance|Panduan/);
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
