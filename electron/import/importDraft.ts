// Drafts written elsewhere, by format: plain text (the sample's shape), HTML, Markdown (turned into
// HTML by markdown-it, which stays linear on CommonMark's pathological inputs and caps nesting) and
// Word .docx (by mammoth, after a look at the archive that refuses zip bombs), and a zip of a draft
// with its pictures. HTML, Markdown and DOCX all pass through the same sanitizing HTML importer, so
// they are normalized the same way.
// Runs in the worker thread (electron/worker), never on the thread that serves the windows.
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import markdownFootnotes from 'markdown-it-footnote';
import type { DraftFormat } from '../../shared/import/draftFormat';
import { importHtml } from '../../shared/import/importHtml';
import { importPlainText } from '../../shared/import/importPlainText';
import type { ImportResult } from '../../shared/import/importResult';
import { checkDocxArchive } from './docxArchive';
import { readDraftArchive } from './draftArchive';
import { importNote } from '../../shared/import/importMessages';
import { serviceError } from '../../shared/contract/errorMessages';

// GitHub-flavoured enough (tables, strikethrough, [^1] footnotes) and HTML passed through to the sanitizer; no autolinking of bare text.
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(markdownFootnotes);

/** Word's Title and Subtitle styles: the headline and the dek (mammoth knows only the headings). */
const WORD_STYLES = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  // Word's own quote styles: a quote in the text, and one set apart from it (a pull quote).
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote.pullquote > p:fresh",
];

export async function importDraft(format: DraftFormat, data: Uint8Array): Promise<ImportResult> {
  if (format === 'docx') {
    checkDocxArchive(data);
    let html: string;
    let messages: Array<{ message: string }>;
    try {
      // Pictures go into the HTML as data: URIs (mammoth keeps their alt text), then into image slots.
      const convertImage = mammoth.images.imgElement(async (image) => ({
        src: `data:${image.contentType};base64,${await image.readAsBase64String()}`,
      }));
      ({ value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { convertImage, styleMap: WORD_STYLES }));
    } catch (error) {
      if (error instanceof RangeError) throw serviceError('invalid_input', 'wordTooDeep');
      throw serviceError('invalid_input', 'wordUnreadable', { reason: (error as Error).message.split('\n')[0]! });
    }
    const result = importHtml(html);
    const unsupported = messages.filter((m) => /unrecognised|unsupported/i.test(m.message)).length;
    if (unsupported) result.report.push(importNote('wordFormatting', { count: unsupported }));
    return result;
  }
  if (format === 'zip') {
    // A draft and the pictures it names, zipped: the pictures fill their slots.
    const archive = readDraftArchive(data);
    return importText(archive.format, archive.text, archive.picture);
  }
  return importText(format, new TextDecoder('utf-8', { fatal: false }).decode(data), () => null);
}

function importText(format: 'text' | 'html' | 'markdown', text: string, picture: (src: string) => Uint8Array | null): ImportResult {
  // A first "# Heading" is the headline.
  if (format === 'markdown') return importHtml(markdown.render(text), picture);
  return format === 'html' ? importHtml(text, picture) : importPlainText(text);
}
