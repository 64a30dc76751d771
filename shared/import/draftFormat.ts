// Which importer a draft file goes to, by its name.
export type DraftFormat = 'text' | 'html' | 'markdown' | 'docx';

export function draftFormatOf(fileName: string): DraftFormat {
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.docx$/i.test(fileName)) return 'docx';
  return 'text';
}
