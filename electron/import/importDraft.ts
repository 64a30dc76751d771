// Drafts written elsewhere, by format: plain text (the sample's shape), HTML, Markdown (turned into
// HTML by marked) and Word .docx (by mammoth). HTML, Markdown and DOCX all pass through the same
// sanitizing HTML importer, so they are normalized the same way.
import mammoth from 'mammoth';
import { marked } from 'marked';
import { ServiceError } from '../../shared/contract/errors';
import type { DraftFormat } from '../../shared/import/draftFormat';
import { importHtml } from '../../shared/import/importHtml';
import { importPlainText, type ImportResult } from '../../shared/import/importPlainText';

export async function importDraft(format: DraftFormat, data: Uint8Array): Promise<ImportResult> {
  if (format === 'docx') {
    let html: string;
    let messages: Array<{ message: string }>;
    try {
      ({ value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(data) }));
    } catch (error) {
      throw new ServiceError('invalid_input', `This is not a Word document Redaksi can read (${(error as Error).message.split('\n')[0]}).`);
    }
    const result = importHtml(html);
    const unsupported = messages.filter((m) => /unrecognised|unsupported/i.test(m.message)).length;
    if (unsupported)
      result.report.push(`${unsupported} Word formatting ${unsupported === 1 ? 'feature was' : 'features were'} not carried over`);
    return result;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (format === 'markdown') {
    // A first "# Heading" is the headline.
    return importHtml(await marked.parse(text, { gfm: true }));
  }
  return format === 'html' ? importHtml(text) : importPlainText(text);
}
