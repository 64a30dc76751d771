// Builders for saved Lexical JSON (an article body as stored), so code that makes a body, and the
// tests, read as the document they describe.
import type { SerializedBody } from '../contract/lexicalState';

type Node = Record<string, unknown>;

export function text(value: string, format = 0): Node {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

const element = { version: 1, direction: null, format: '', indent: 0 };

export function paragraph(...children: Node[]): Node {
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children };
}

export function heading(tag: 'h2' | 'h3', ...children: Node[]): Node {
  return { ...element, type: 'heading', tag, children };
}

export function quote(...children: Node[]): Node {
  return { ...element, type: 'quote', children };
}

export function link(url: string, ...children: Node[]): Node {
  return { ...element, type: 'link', url, rel: null, target: null, title: null, children };
}

export function claimMark(ids: string[], ...children: Node[]): Node {
  return { ...element, type: 'claim-mark', ids, children };
}

/** Words marked as written in `language` (a passage in another language than the article's). */
export function langMark(language: string, ...children: Node[]): Node {
  return { ...element, type: 'lang-mark', ids: [language], children };
}

/** A template section: its title first, then its blocks. */
export function section(numbered: boolean, title: string, ...children: Node[]): Node {
  return {
    ...element,
    type: 'section',
    numbered,
    role: 'section',
    required: true,
    titled: true,
    titleGuidance: { en: 'Heading guidance', id: 'Panduan judul' },
    bodyGuidance: { en: 'Body guidance', id: 'Panduan isi' },
    collapsed: false,
    children: [{ ...element, type: 'section-title', children: title ? [text(title)] : [] }, ...children],
  };
}

/** An inline image slot node as saved (empty unless `patch` fills it; tests may set wrong types on purpose). */
export function imageSlot(patch: Record<string, unknown> = {}): Node {
  return {
    type: 'image-slot',
    version: 1,
    role: 'inline',
    aspectRatio: null,
    minWidth: 0,
    minHeight: 0,
    required: false,
    assetId: null,
    alt: '',
    caption: '',
    credit: '',
    rights: '',
    focalPoint: null,
    ...patch,
  };
}

export function bodyOf(...children: Node[]): SerializedBody {
  return { root: { ...element, type: 'root', children } };
}
