// Plain-text drafts in the shape newsrooms paste from their sites: the headline first; a dateline;
// an image file name (the hero, waiting for that file); "1. Heading" lines for numbered sections;
// other heading-like lines for plain sections; paragraphs; trailing site navigation dropped —
// and everything dropped is reported, never lost silently.
import { emptySlot, HERO_SPEC } from '../editor/imageSlot';
import { parseDateline, type Dateline } from './dateline';
import { MAX_IMPORT_BLOCKS, tooManyBlocks, type ImportResult } from './importResult';
import { importNote, type ImportNote } from './importMessages';

// Every pattern here runs on every line or block of a file that may be megabytes of hostile text, so
// each is tried only on text short enough to be what it looks for, and none can backtrack over a run
// of spaces (Tags + 200,000 spaces + "x" once took 39 s of CPU).
const IMAGE_FILE = /^[\w\-.() ]+\.(jpe?g|png|webp|gif|avif)$/i;
const NUMBERED_HEADING = /^(\d{1,2})[.)]\s+(\S.{0,150})$/u;
/** Site furniture that follows an article when it is copied from a page ("Tags:", "Baca juga"). */
const NAVIGATION =
  /^(trending|fenomena terkini|baca juga|berita terkait|terpopuler|populer|related|read more|read also|more stories|advertisement|iklan|tags?|topik|share|bagikan|komentar|comments?)$/iu;
const MAX_FILE_NAME = 255;
const MAX_NAVIGATION = 40;

function isImageFile(line: string): boolean {
  return line.length <= MAX_FILE_NAME && IMAGE_FILE.test(line);
}

function isNavigation(block: string): boolean {
  // The block is trimmed and joined with single spaces already; a trailing colon is the only decoration.
  return block.length <= MAX_NAVIGATION && NAVIGATION.test(block.replace(/\s*:$/, ''));
}
const INDONESIAN_WORDS = /\b(yang|dan|di|ke|dari|untuk|dengan|ini|itu|tidak|adalah|dalam|akan|juga)\b/giu;

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };

function textNode(text: string) {
  return { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' };
}

function paragraph(text: string) {
  return { ...ELEMENT, type: 'paragraph', textFormat: 0, textStyle: '', children: text ? [textNode(text)] : [] };
}

function section(title: string, numbered: boolean, paragraphs: string[]) {
  return {
    ...ELEMENT,
    type: 'section',
    numbered,
    role: numbered ? 'section' : 'conclusion',
    required: true,
    titled: true,
    titleGuidance: null,
    bodyGuidance: null,
    collapsed: false,
    children: [
      { ...ELEMENT, type: 'section-title', children: [textNode(title)] },
      ...(paragraphs.length ? paragraphs : ['']).map(paragraph),
    ],
  };
}

/** A short line without final punctuation, between blank lines: a heading. */
function looksLikeHeading(line: string): boolean {
  return line.length <= 120 && !/[.!?…:;,"”]$/.test(line) && /^\p{Lu}/u.test(line) && line.split(/\s+/).length <= 16;
}

function detectLanguage(text: string): string {
  const words = text.split(/\s+/).length;
  const indonesian = text.match(INDONESIAN_WORDS)?.length ?? 0;
  return words > 0 && indonesian / words > 0.04 ? 'id' : 'en';
}

export function importPlainText(input: string): ImportResult {
  const report: ImportNote[] = [];
  // Blocks are runs of non-empty lines; runs of blank lines separate them.
  const lines = input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    // A dateline or an image file name stands alone even without blank lines around it.
    if (line && (parseDateline(line) || isImageFile(line))) {
      if (current.length) blocks.push(current.join(' '));
      blocks.push(line);
      current = [];
    } else if (line) current.push(line);
    else if (current.length) {
      blocks.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) blocks.push(current.join(' '));
  if (blocks.length > MAX_IMPORT_BLOCKS) throw tooManyBlocks();

  // Trailing navigation: short furniture lines at the end.
  let dropped = 0;
  while (blocks.length > 0 && isNavigation(blocks[blocks.length - 1]!)) {
    blocks.pop();
    dropped++;
  }
  if (dropped) report.push(importNote('navigationDropped', { count: dropped }));

  const headline = blocks.shift() ?? '';
  let publishAt: string | null = null;
  let timeZone = 'Asia/Jakarta';
  let heroFileName: string | null = null;
  // The dateline and the image name come right after the headline, in either order.
  for (let i = 0; i < 2 && blocks.length; i++) {
    const next = blocks[0]!;
    const dateline: Dateline | null = publishAt === null ? parseDateline(next) : null;
    if (dateline) {
      ({ publishAt, timeZone } = dateline);
      blocks.shift();
    } else if (heroFileName === null && isImageFile(next)) {
      heroFileName = next;
      blocks.shift();
      report.push(importNote('heroWaiting', { file: next }));
    }
  }

  const children: unknown[] = [];
  let open: { title: string; numbered: boolean; paragraphs: string[] } | null = null;
  const close = () => {
    if (open) children.push(section(open.title, open.numbered, open.paragraphs));
    open = null;
  };
  for (const block of blocks) {
    const numbered = block.length <= 160 ? NUMBERED_HEADING.exec(block) : null;
    if (numbered && looksLikeHeading(numbered[2]!)) {
      close();
      open = { title: numbered[2]!, numbered: true, paragraphs: [] };
    } else if (looksLikeHeading(block)) {
      close();
      open = { title: block, numbered: false, paragraphs: [] };
    } else if (open) {
      (open as { paragraphs: string[] }).paragraphs.push(block);
    } else {
      children.push(paragraph(block));
    }
  }
  close();
  children.push(paragraph(''));

  const hero = heroFileName ? emptySlot(HERO_SPEC) : null;
  return {
    headline,
    dek: '',
    byline: '',
    language: detectLanguage(blocks.join(' ')),
    timeZone,
    publishAt,
    hero,
    heroFileName,
    body: { root: { ...ELEMENT, type: 'root', children } },
    report,
  };
}
