// The throwaway document the editor's warm-up draws (warmEditor.ts): made in a worker
// (warmUpWorker.ts), so making it costs the page nothing.
import * as Y from 'yjs';
import { writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { bodyOf, claimMark, imageSlot, link, paragraph, quote, section, text } from '../../../shared/editor/bodyJson';

const WORDS = 'warga desa menanam padi di lahan seluas dua ribu hektare menurut data dinas pertanian tahun lalu'.split(' ');
const sentence = (n: number) => [...WORDS.slice(n % 7), ...WORDS.slice(0, n % 7)].join(' ');

/**
 * What articles are made of, about 1,000 words: numbered sections with paragraphs carrying claims,
 * bold words and links, a quote, a list and an (empty) picture slot.
 */
export function warmBody(sections = 2, paragraphsEach = 12): SerializedBody {
  const list = {
    type: 'list',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: [1, 2, 3].map((value) => ({
      type: 'listitem',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      value,
      children: [text(sentence(value))],
    })),
  };
  return bodyOf(
    ...Array.from({ length: sections }, (_, s) =>
      section(
        true,
        `Bagian ${s + 1}`,
        ...Array.from({ length: paragraphsEach }, (_, p) =>
          paragraph(
            text(`${sentence(p)} ${sentence(p + 1)} `),
            claimMark([`warm-${s}-${p}`], text(sentence(p + 2))),
            text(` ${sentence(p + 3)} `, p % 3 === 0 ? 1 : 0),
            link('https://example.org/', text(WORDS[p]!)),
            text(` ${sentence(p + 4)}.`),
          ),
        ),
        quote(text(sentence(s))),
        list,
        imageSlot(),
      ),
    ),
  );
}

/** The warm body as a document's content, made as the main side makes an article's: one update. */
export function warmUpdate(body: SerializedBody = warmBody()): Uint8Array {
  const doc = new Y.Doc();
  try {
    writeBodyToDoc(doc, body);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
