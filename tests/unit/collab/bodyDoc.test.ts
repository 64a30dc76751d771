// The body travels in a Y.Doc through Lexical's own binding: JSON → Y.Doc → JSON is identical for
// every golden fixture, every built-in template and the sample article, and a rewrite is a diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { ARTICLE_NODES } from '../../../shared/editor/nodes/articleNodes';
import { mirrorBody, readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { importPlainText } from '../../../shared/import/importPlainText';
import { BUILTIN_TEMPLATES } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { bodyOf, paragraph, section, text } from '../../fixtures/bodies';
import { GOLDEN_CASES } from '../../fixtures/goldenBodies';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'explainer-id.txt'), 'utf8');

/** JSON text, so an absent field and an undefined one compare equal exactly as they will be stored. */
function strict(body: SerializedBody): unknown {
  return JSON.parse(JSON.stringify(body));
}

function lexicalCopy(body: SerializedBody): SerializedBody {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}

function roundTrip(body: SerializedBody): SerializedBody {
  const doc = new Y.Doc();
  writeBodyToDoc(doc, body);
  // Through bytes, as the store keeps it.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return readBodyFromDoc(copy);
}

describe('JSON → Y.Doc → JSON', () => {
  for (const [name, body] of Object.entries(GOLDEN_CASES)) {
    // Lexical normalizes on load (a nested list item's indent, list values from the start): the
    // round trip must equal what Lexical itself makes of the fixture, field for field.
    it(`golden fixture "${name}"`, () => expect(strict(roundTrip(body))).toEqual(strict(lexicalCopy(body))));
  }
  for (const template of BUILTIN_TEMPLATES) {
    it(`template "${template.id}"`, () => {
      const { body } = instantiateTemplate(template.definition, { language: 'id' });
      expect(strict(roundTrip(body))).toEqual(strict(body));
    });
  }
  it('the sample article', () => {
    const { body } = importPlainText(SAMPLE);
    expect(strict(roundTrip(body))).toEqual(strict(body));
    expect(JSON.stringify(roundTrip(body))).toContain('Korea Utara');
  });
});

describe('writing a body into a document that has one', () => {
  // A write replaces the body (first content, restoring a version): concurrent edits still converge.
  it('converges with a concurrent edit in another replica', () => {
    const first = bodyOf(paragraph(text('Paragraf satu.')), paragraph(text('Paragraf dua.')));
    const server = new Y.Doc();
    writeBodyToDoc(server, first);
    const window = new Y.Doc();
    Y.applyUpdate(window, Y.encodeStateAsUpdate(server));
    // The window edits the first paragraph while the server rewrites the second.
    const edited = bodyOf(paragraph(text('Paragraf satu, disunting.')), paragraph(text('Paragraf dua.')));
    writeBodyToDoc(window, edited);
    writeBodyToDoc(server, bodyOf(paragraph(text('Paragraf satu.')), paragraph(text('Paragraf dua, dipulihkan.'))));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(window));
    Y.applyUpdate(window, Y.encodeStateAsUpdate(server));
    expect(strict(readBodyFromDoc(server))).toEqual(strict(readBodyFromDoc(window)));
    expect(JSON.stringify(readBodyFromDoc(server))).toContain('Paragraf dua, dipulihkan.');
  });

  it('keeps section folding out of the document', () => {
    const folded = bodyOf({ ...section(true, 'Bagian', paragraph(text('isi'))), collapsed: true });
    const back = roundTrip(folded);
    expect((back.root.children[0] as { collapsed: boolean }).collapsed).toBe(false);
  });
});

describe('the derived copy follows its document', () => {
  it('starts from content already there, then follows every later update, and stops when disposed', () => {
    const doc = new Y.Doc();
    writeBodyToDoc(doc, bodyOf(paragraph(text('Sudah ada.'))));
    const mirror = mirrorBody(doc);
    expect(strict(mirror.read())).toEqual(strict(readBodyFromDoc(doc)));
    // An edit from a window arrives as an update.
    const window = new Y.Doc();
    Y.applyUpdate(window, Y.encodeStateAsUpdate(doc));
    writeBodyToDoc(window, bodyOf(paragraph(text('Sudah ada.')), paragraph(text('Baru datang.'))));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(window, Y.encodeStateVector(doc)));
    expect(JSON.stringify(mirror.read())).toContain('Baru datang.');
    expect(strict(mirror.read())).toEqual(strict(readBodyFromDoc(doc)));
    mirror.dispose();
    writeBodyToDoc(doc, bodyOf(paragraph(text('Sesudahnya.'))));
    expect(JSON.stringify(readBodyFromDoc(doc))).toContain('Sesudahnya.');
  });

  it('built ahead with warm(), it has followed updates that came in between', () => {
    const doc = new Y.Doc();
    const mirror = mirrorBody(doc);
    writeBodyToDoc(doc, bodyOf(paragraph(text('Satu.'))));
    mirror.warm();
    writeBodyToDoc(doc, bodyOf(paragraph(text('Satu.')), paragraph(text('Dua.'))));
    expect(strict(mirror.read())).toEqual(strict(readBodyFromDoc(doc)));
    mirror.dispose();
  });
});

describe('documents made in one synchronous run (a store migration, an import loop)', () => {
  it('hold on to nothing once made: no editor waits in a microtask for the caller to yield', () => {
    // Node's own collector, asked for by name so the measure is what stays reachable, not garbage not yet collected.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const retained = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
    const body = bodyOf(...Array.from({ length: 20 }, (_, i) => paragraph(text(`Paragraf ${i} dengan beberapa kata untuk diuji.`))));
    const doc = () => {
      const d = new Y.Doc();
      writeBodyToDoc(d, body);
      d.destroy();
    };
    doc(); // the modules' own first-use allocations are not the runs'
    const before = retained();
    for (let i = 0; i < 2000; i++) doc();
    // Each editor left pending held ~50 KB (100 MB for these 2,000); what is left now is noise.
    expect((retained() - before) / 2000).toBeLessThan(5_000);
  }, 60_000);
});
