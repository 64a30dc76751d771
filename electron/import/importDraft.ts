// Drafts written elsewhere, by format: plain text (the sample's shape), HTML, Markdown (turned into
// HTML by markdown-it, which stays linear on CommonMark's pathological inputs and caps nesting) and
// Word .docx (by mammoth, after a look at the archive that refuses zip bombs). HTML, Markdown and
// DOCX all pass through the same sanitizing HTML importer, so they are normalized the same way.
// Runs in the worker thread (electron/worker), never on the thread that serves the windows.
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { DraftFormat } from '../../shared/import/draftFormat';
import { importHtml } from '../../shared/import/importHtml';
import { importPlainText } from '../../shared/import/importPlainText';
import type { ImportResult } from '../../shared/import/importResult';
import { checkDocxArchive } from './docxArchive';
import { importNote } from '../../shared/import/importMessages';
import { serviceError } from '../../shared/contract/errorMessages';

// GitHub-flavoured enough (tables, strikethrough) and HTML passed through to the sanitizer; no autolinking of bare text.
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

export async function importDraft(format: DraftFormat, data: Uint8Array): Promise<ImportResult> {
  if (format === 'docx') {
    checkDocxArchive(data);
    let html: string;
    let messages: Array<{ message: string }>;
    try {
      // Pictures are not carried over yet (the report says so); mammoth need not base64 them into the HTML.
      const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
      ({ value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { convertImage }));
    } catch (error) {
      if (error instanceof RangeError) throw serviceError('invalid_input', 'wordTooDeep');
      throw serviceError('invalid_input', 'wordUnreadable', { reason: (error as Error).message.split('\n')[0]! });
    }
    const result = importHtml(html);
    const unsupported = messages.filter((m) => /unrecognised|unsupported/i.test(m.message)).length;
    if (unsupported) result.report.push(importNote('wordFormatting', { count: unsupported }));
    return result;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (format === 'markdown') {
    // A first "# Heading" is the headline.
    return importHtml(markdown.render(text));
  }
  return format === 'html' ? importHtml(text) : importPlainText(text);
}
