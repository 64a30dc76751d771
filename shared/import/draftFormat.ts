// Which importer a draft file goes to, by its name.
export type DraftFormat = 'text' | 'html' | 'markdown' | 'docx' | 'zip';

export function draftFormatOf(fileName: string): DraftFormat {
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.docx$/i.test(fileName)) return 'docx';
  // A draft with its pictures beside it (an .html or .md file and its images folder), zipped.
  if (/\.zip$/i.test(fileName)) return 'zip';
  return 'text';
}
