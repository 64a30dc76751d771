// Plain-text drafts in the shape newsrooms paste from their sites: the headline first; a dateline;
// an image file name (the hero, waiting for that file); "1. Heading" lines for numbered sections;
// other heading-like lines for plain sections; paragraphs; another site's furniture dropped (promos,
// share and tag lines, navigation after the last paragraph) — reported with its text and kept in the
// result, so it can be brought back; never lost silently.
import { emptySlot, HERO_SPEC } from '../editor/imageSlot';
import { parseDateline, type Dateline } from './dateline';
import { MAX_IMPORT_BLOCKS, tooManyBlocks, type ImportResult } from './importResult';
import { importNote, type ImportNote } from './importMessages';
import {
  furnitureKindOf,
  isRealParagraph,
  isTrailingLine,
  MAX_TRAILING_LINES,
  quotedLines,
  type DroppedPassage,
  type FurnitureKind,
} from './siteFurniture';

// Every pattern here runs on every line or block of a file that may be megabytes of hostile text, so
// each is tried only on text short enough to be what it looks for, and none can backtrack over a run
// of spaces (Tags + 200,000 spaces + "x" once took 39 s of CPU).
const IMAGE_FILE = /^[\w\-.() ]+\.(jpe?g|png|webp|gif|avif)$/i;
const NUMBERED_HEADING = /^(\d{1,2})[.)]\s+(\S.{0,150})$/u;
const MAX_FILE_NAME = 255;

function isImageFile(line: string): boolean {
  return line.length <= MAX_FILE_NAME && IMAGE_FILE.test(line);
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
  // Each block keeps its lines: furniture is found line by line (two navigation lines need no blank line between them).
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    // A dateline or an image file name stands alone even without blank lines around it.
    if (line && (parseDateline(line) || isImageFile(line))) {
      if (current.length) blocks.push(current);
      blocks.push([line]);
      current = [];
    } else if (line) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  if (blocks.length > MAX_IMPORT_BLOCKS) throw tooManyBlocks();

  // Navigation after the last paragraph: the short lines at the end — only after a real paragraph
  // (the headline is not one), and only a few (verse or a list of names is not navigation).
  const lastLines = blocks.slice(1).flat();
  let tail = lastLines.length;
  while (tail > 0 && isTrailingLine(lastLines[tail - 1]!)) tail--;
  const hasParagraph = lastLines.slice(0, tail).some(isRealParagraph);
  const trailing = hasParagraph && lastLines.length - tail <= MAX_TRAILING_LINES ? lastLines.slice(tail).filter(Boolean) : [];
  for (let count = lastLines.length - tail; hasParagraph && trailing.length && count > 0;) {
    const last = blocks[blocks.length - 1]!;
    if (last.length <= count) {
      blocks.pop();
      count -= last.length;
    } else {
      blocks[blocks.length - 1] = last.slice(0, last.length - count);
      count = 0;
    }
  }
  if (trailing.length) report.push(importNote('navigationDropped', { count: trailing.length, lines: quotedLines(trailing) }));

  const headline = blocks.shift()?.join(' ') ?? '';
  let publishAt: string | null = null;
  let timeZone = 'Asia/Jakarta';
  let heroFileName: string | null = null;
  // The dateline and the image name come right after the headline, in either order.
  for (let i = 0; i < 2 && blocks.length; i++) {
    const next = blocks[0]!.join(' ');
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
  const dropped: DroppedPassage[] = [];
  let open: { title: string; numbered: boolean; paragraphs: string[] } | null = null;
  const close = () => {
    if (open) children.push(section(open.title, open.numbered, open.paragraphs));
    open = null;
  };
  /** Where the next paragraph goes: the open section (after its title), else the body. */
  const here = (): number[] => (open ? [children.length, open.paragraphs.length + 1] : [children.length]);
  const drop = (lines: Array<{ text: string; kind: FurnitureKind }>) =>
    lines.forEach(({ text, kind }) => dropped.push({ text, kind, path: here(), links: [] }));
  const texts: string[] = [];
  for (const blockLines of blocks) {
    // Promos and share lines inside the text, line by line (each looked at once); the rest of the block stays a block.
    const kept: string[] = [];
    const furniture: Array<{ text: string; kind: FurnitureKind }> = [];
    for (const line of blockLines) {
      const kind = furnitureKindOf(line);
      if (kind) furniture.push({ text: line, kind });
      else kept.push(line);
    }
    const block = kept.join(' ');
    if (!block) {
      drop(furniture);
      continue;
    }
    texts.push(block);
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
    // Furniture within a block comes back after it.
    drop(furniture);
  }
  close();
  for (const text of trailing) dropped.push({ text, kind: 'trailing', path: [children.length], links: [] });
  children.push(paragraph(''));
  const inText = dropped.filter((passage) => passage.kind !== 'trailing').map((passage) => passage.text);
  if (inText.length) report.push(importNote('furnitureDropped', { count: inText.length, lines: quotedLines(inText) }));

  const hero = heroFileName ? emptySlot(HERO_SPEC) : null;
  return {
    headline,
    dek: '',
    byline: '',
    language: detectLanguage(texts.join(' ')),
    timeZone,
    publishAt,
    hero,
    heroFileName,
    body: { root: { ...ELEMENT, type: 'root', children } },
    report,
    dropped,
    pictures: [],
  };
}
