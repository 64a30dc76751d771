// Nothing an import takes in is lost silently: every word of a source's visible text is in what the
// article exports (its headline, dek, byline and body as HTML and Markdown) or in the import's notes
// and the furniture it left out — on the sample, the golden pages, another site's page, a page with
// its menus and sidebar, Markdown and Word.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { isTag, type ChildNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import type { DraftFormat } from '../../../shared/import/draftFormat';
import type { ImportResult } from '../../../shared/import/importResult';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { buildDocx } from '../../fixtures/docx';
import { OTHER_SITE_PAGE } from '../../fixtures/otherSitePage';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const noImages = { resolveImage: () => null };
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/** Never visible on a page: code, styles, the head. (Scripts and the like are dropped and counted, by design.) */
const INVISIBLE = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'form']);

function visibleText(html: string): string {
  const out: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node.data);
      else if (isTag(node) && !INVISIBLE.has(node.name)) visit(node.children);
    }
  };
  visit(parseDocument(html, { decodeEntities: true }).children);
  return out.join(' ');
}

/** The source's words that are neither exported nor named in the notes or the furniture left out. */
function lost(sourceText: string, result: ImportResult): string[] {
  const kept = words(
    [
      result.headline,
      result.dek,
      result.byline,
      visibleText(renderBody(result.body, noImages)),
      renderMarkdown(result.body, noImages),
      // A picture's caption and credit are in its slot, shown once the picture is there.
      ...[result.hero, ...slotsIn(result.body.root)].map((slot) => (slot ? `${slot.caption} ${slot.credit} ${slot.alt}` : '')),
      ...result.report.map((note) => note.message),
      ...result.dropped.map((passage) => passage.text),
    ].join(' '),
  );
  return [...words(sourceText)].filter((word) => !kept.has(word));
}

function slotsIn(node: { type?: unknown; children?: unknown }, found: ImageSlot[] = []): ImageSlot[] {
  if (node.type === 'image-slot') found.push(node as ImageSlot);
  if (Array.isArray(node.children)) for (const child of node.children) slotsIn(child as never, found);
  return found;
}

async function imported(format: DraftFormat, source: string | Uint8Array) {
  return importDraft(format, typeof source === 'string' ? new TextEncoder().encode(source) : source);
}

describe('text retention', () => {
  it('the sample explainer: every word is exported or in the notes', async () => {
    const sample = readFileSync(join(FIXTURES, 'explainer-id.txt'), 'utf8');
    const result = await imported('text', sample);
    // The dateline and the hero's file name are fields, not text: they are in the notes or the export's header.
    expect(lost(sample, result).filter((w) => !['4', 'july', '2025', '17', '00', 'wib'].includes(w))).toEqual([]);
  });

  it('every golden page, another site’s page, and a page with menus and a sidebar', async () => {
    const pages = readdirSync(join(FIXTURES, 'publish'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, readFileSync(join(FIXTURES, 'publish', name), 'utf8')] as const);
    const chrome = `<html><body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
      <article><h1>Gempa Susulan</h1><p>Warga diminta waspada terhadap gempa susulan.</p></article>
      <aside><h2>Terpopuler</h2><ul><li><a href="/a">Harga beras turun</a></li></ul></aside></body></html>`;
    for (const [name, html] of [...pages, ['another site', OTHER_SITE_PAGE] as const, ['menus and sidebar', chrome] as const]) {
      const result = await imported('html', html);
      expect(lost(visibleText(html), result), name).toEqual([]);
    }
  });

  it('Markdown and Word', async () => {
    const md =
      '# Judul\n\nParagraf *miring* dan [tautan](https://contoh.id).\n\n## 1. Bagian\n\n- satu\n- dua\n\n> Kutipan. — Narasumber\n';
    expect(lost(md, await imported('markdown', md)).filter((w) => !['https', 'contoh', 'id'].includes(w))).toEqual([]);
    const docx = buildDocx([
      { style: 'Title', runs: [{ text: 'Judul Dokumen' }] },
      { style: 'Subtitle', runs: [{ text: 'Anak judul dokumen' }] },
      {
        runs: [{ text: 'Isi dengan ' }, { text: 'tebal', bold: true }, { text: ' dan ' }, { text: 'miring', italic: true }, { text: '.' }],
      },
      { style: 'Quote', runs: [{ text: 'Sebuah kutipan.' }] },
    ]);
    const text = 'Judul Dokumen Anak judul dokumen Isi dengan tebal dan miring. Sebuah kutipan.';
    expect(lost(text, await imported('docx', docx))).toEqual([]);
  });
});
