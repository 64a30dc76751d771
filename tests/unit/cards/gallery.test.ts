// The gallery card: read from WordPress's gallery blocks (new and old), its classic shortcode and
// Ghost's gallery card, each picture with its own alt, caption and credit, and words outside the
// pictures kept as text; published as a figure of figures; held by the editor as it came.
import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { importHtml } from '../../../shared/import/importHtml';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { MAX_GALLERY_IMAGES } from '../../../shared/editor/cards/gallery/galleryJson';
import { headlessEditor } from '../../fixtures/headlessEditor';
import { registerGalleryTransform } from '../../../renderer/editor/gallery/galleryTransform';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalEditor } from 'lexical';

type Block = { type: string; children?: Block[]; [key: string]: unknown };
const blocks = (body: SerializedBody) =>
  (body.root.children as Block[]).filter((b, i, all) => !(i === all.length - 1 && b.type === 'paragraph' && !b.children?.length));
const slots = (gallery: Block) => (gallery.children ?? []).map(({ alt, caption, credit }) => ({ alt, caption, credit }));
const text = (block: Block): string => (typeof block.text === 'string' ? block.text : (block.children ?? []).map(text).join(''));

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const images = {
  resolveImage: (id: string) => (id === A || id === B ? { src: `images/${id[0]}.jpg`, width: 1600, height: 1200, webp: [] } : null),
};
const slot = (assetId: string | null, alt: string, caption = '', credit = '') => ({
  type: 'image-slot',
  version: 1,
  role: 'gallery',
  aspectRatio: null,
  minWidth: 600,
  minHeight: 0,
  required: true,
  assetId,
  alt,
  caption,
  credit,
  rights: '',
  focalPoint: null,
});
const bodyWith = (children: unknown[]): SerializedBody =>
  ({ root: { type: 'root', version: 1, children: [{ type: 'gallery', version: 1, children }] } }) as unknown as SerializedBody;

describe('galleries from other systems', () => {
  it('WordPress’s gallery block: every picture with its alt and caption, the gallery’s caption kept as text after it', () => {
    const result = importHtml(
      '<p>Banjir merendam tiga kecamatan.</p>' +
        '<figure class="wp-block-gallery has-nested-images columns-default is-cropped">' +
        '<figure class="wp-block-image size-large"><img src="https://contoh.id/wp-content/uploads/2025/07/banjir-1.jpg" alt="Warga mengungsi dengan perahu"/><figcaption class="wp-element-caption">Warga mengungsi. <span class="credit">Foto: Rina</span></figcaption></figure>' +
        '<figure class="wp-block-image size-large"><img src="https://contoh.id/wp-content/uploads/2025/07/banjir-2.jpg" alt="Posko di masjid"/></figure>' +
        '<figure class="wp-block-image size-large"><img src="https://contoh.id/wp-content/uploads/2025/07/banjir-3.jpg" alt=""/><figcaption class="wp-element-caption">Air surut pada sore hari.</figcaption></figure>' +
        '<figcaption class="blocks-gallery-caption wp-element-caption">Banjir di Kecamatan Tebet, Jumat.</figcaption></figure>' +
        '<p>Penutup.</p>',
    );
    const [, gallery, caption, last] = blocks(result.body);
    expect(gallery!.type).toBe('gallery');
    expect(slots(gallery!)).toEqual([
      { alt: 'Warga mengungsi dengan perahu', caption: 'Warga mengungsi.', credit: 'Foto: Rina' },
      { alt: 'Posko di masjid', caption: '', credit: '' },
      { alt: '', caption: 'Air surut pada sore hari.', credit: '' },
    ]);
    expect(text(caption!)).toBe('Banjir di Kecamatan Tebet, Jumat.');
    expect(text(last!)).toBe('Penutup.');
    // Remote pictures are never fetched: each slot waits, and the report names them.
    expect(result.report.map((n) => JSON.stringify(n)).join()).toContain('banjir-3.jpg');
    // The editor holds it as it came.
    const json = headlessEditor(result.body).getEditorState().toJSON() as unknown as SerializedBody;
    expect(slots(blocks(json)[1]!)).toEqual(slots(gallery!));
  });

  it('WordPress’s older gallery block (a list of figures) and its classic shortcode (a dl per picture)', () => {
    // From Gutenberg's own fixture (test/integration/fixtures/blocks/core__gallery.html), with captions.
    const block = importHtml(
      '<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid">' +
        '<li class="blocks-gallery-item"><figure><img src="http://localhost:8888/wp-content/uploads/foo.png" alt="title" /><figcaption class="blocks-gallery-item__caption">Satu</figcaption></figure></li>' +
        '<li class="blocks-gallery-item"><figure><img src="http://localhost:8888/wp-content/uploads/foo.jpg" alt="title" /></figure></li>' +
        '</ul></figure>',
    );
    expect(blocks(block.body).map((b) => b.type)).toEqual(['gallery']);
    expect(slots(blocks(block.body)[0]!)).toEqual([
      { alt: 'title', caption: 'Satu', credit: '' },
      { alt: 'title', caption: '', credit: '' },
    ]);

    const classic = importHtml(
      "<div id='gallery-1' class='gallery galleryid-555 gallery-columns-3 gallery-size-thumbnail'>" +
        "<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='https://contoh.id/a/'><img width='150' height='150' src='https://contoh.id/a-150x150.jpg' alt='Pasar pagi' /></a></dt>" +
        "<dd class='wp-caption-text gallery-caption' id='gallery-1-1'>Pedagang sayur di Pasar Minggu</dd></dl>" +
        "<dl class='gallery-item'><dt class='gallery-icon portrait'><a href='https://contoh.id/b/'><img src='https://contoh.id/b-150x150.jpg' alt='' /></a></dt></dl>" +
        "<br style='clear: both' /></div>",
    );
    expect(slots(blocks(classic.body)[0]!)).toEqual([
      { alt: 'Pasar pagi', caption: 'Pedagang sayur di Pasar Minggu', credit: '' },
      { alt: '', caption: '', credit: '' },
    ]);
  });

  it('Ghost’s gallery card, and pictures inside the file (data: URIs) taken for their slots in order', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const result = importHtml(
      '<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row">' +
        `<div class="kg-gallery-image"><img src="${png}" alt="Satu" width="600" height="400" loading="lazy"></div>` +
        `<div class="kg-gallery-image"><img src="${png}" alt="Dua"></div></div>` +
        `<div class="kg-gallery-row"><div class="kg-gallery-image"><img src="${png}" alt="Tiga"></div></div></div>` +
        '<figcaption>Tiga foto dari lapangan</figcaption></figure>',
    );
    const [gallery, caption] = blocks(result.body);
    expect(slots(gallery!).map((s) => s.alt)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(text(caption!)).toBe('Tiga foto dari lapangan');
    expect(result.pictures.map((p) => p.slot)).toEqual([0, 1, 2]);
  });

  it('words beside a picture are kept as text, not lost; one picture under a gallery class is a single picture', () => {
    const result = importHtml(
      '<div class="photo-gallery"><div><img src="a.jpg" alt="A"><p>Keterangan yang bukan figcaption.</p></div><div><img src="b.jpg" alt="B"></div></div>' +
        '<div class="gallery"><img src="c.jpg" alt="C"></div>',
    );
    const types = blocks(result.body).map((b) => b.type);
    expect(types).toEqual(['gallery', 'paragraph', 'image-slot']);
    expect(text(blocks(result.body)[1]!)).toBe('Keterangan yang bukan figcaption.');
  });

  it(`a gallery of more than ${MAX_GALLERY_IMAGES} pictures becomes several, none left out`, () => {
    const figures = Array.from({ length: MAX_GALLERY_IMAGES + 10 }, (_, i) => `<figure><img src="p${i}.jpg" alt="Foto ${i}"></figure>`);
    const result = importHtml(`<figure class="wp-block-gallery">${figures.join('')}</figure>`);
    const galleries = blocks(result.body);
    expect(galleries.map((g) => g.children!.length)).toEqual([MAX_GALLERY_IMAGES, 10]);
    expect(galleries.flatMap((g) => slots(g).map((s) => s.alt)).at(-1)).toBe(`Foto ${MAX_GALLERY_IMAGES + 9}`);
  });
});

describe('galleries published', () => {
  it('a figure of figures, each with its caption and credit; empty slots left out; our export reads back as the same gallery', () => {
    const html = renderBody(
      bodyWith([slot(A, 'Perahu karet', 'Warga mengungsi.', 'Foto: Rina'), slot(null, ''), slot(B, 'Posko <darurat>')]),
      images,
    );
    expect(html).toBe(
      '<figure class="gallery">\n' +
        '<figure><picture><img src="images/a.jpg" width="1600" height="1200" alt="Perahu karet"></picture><figcaption>Warga mengungsi. <span class="credit">Foto: Rina</span></figcaption></figure>\n' +
        '<figure><picture><img src="images/b.jpg" width="1600" height="1200" alt="Posko &lt;darurat&gt;"></picture></figure>\n' +
        '</figure>',
    );
    const back = importHtml(html);
    expect(blocks(back.body).map((b) => b.type)).toEqual(['gallery']);
    expect(slots(blocks(back.body)[0]!)).toEqual([
      { alt: 'Perahu karet', caption: 'Warga mengungsi.', credit: 'Foto: Rina' },
      { alt: 'Posko <darurat>', caption: '', credit: '' },
    ]);
  });

  it('a gallery with no picture yet is left out; Markdown lists its pictures with their captions', () => {
    expect(renderBody(bodyWith([slot(null, ''), slot(null, '')]), images)).toBe('');
    expect(renderMarkdown(bodyWith([slot(A, 'Perahu', 'Warga mengungsi.', 'Rina'), slot(B, 'Posko')]), images)).toBe(
      '![Perahu](images/a.jpg)\n*Warga mengungsi. — Rina*\n\n![Posko](images/b.jpg)\n',
    );
  });
});

describe('galleries in the editor', () => {
  const editorWith = (children: unknown[]) => {
    const editor = headlessEditor({
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'gallery', version: 1, children },
          { type: 'paragraph', version: 1, children: [] },
        ],
      },
    } as unknown as SerializedBody);
    registerGalleryTransform(editor);
    return editor;
  };
  const typesIn = (editor: LexicalEditor) =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getType()),
    );

  it('words that land inside a gallery move out just after it, in order; the pictures stay', () => {
    const editor = editorWith([slot(A, 'Satu'), slot(B, 'Dua')]);
    editor.update(
      () => {
        const gallery = $getRoot().getFirstChildOrThrow<ElementNode>();
        gallery.getFirstChildOrThrow().insertAfter($createParagraphNode().append($createTextNode('Pertama')));
        gallery.append($createParagraphNode().append($createTextNode('Kedua')));
      },
      { discrete: true },
    );
    expect(typesIn(editor)).toEqual(['gallery', 'paragraph', 'paragraph', 'paragraph']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toMatch(/^\s*Pertama\s+Kedua\s*$/);
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getChildrenSize())).toBe(2);
  });

  it('a gallery goes with its last picture', () => {
    const editor = editorWith([slot(A, 'Satu')]);
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow().remove(), { discrete: true });
    expect(typesIn(editor)).toEqual(['paragraph']);
  });
});
