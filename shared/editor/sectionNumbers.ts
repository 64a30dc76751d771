// Numbered sections are numbered 1, 2, 3 … in document order, whatever moves or goes; the number is
// never stored, only computed (here, for the editor, the outline and the publication renderer alike).
export function sectionNumbers(sections: ReadonlyArray<{ numbered: boolean }>): Array<number | null> {
  let next = 1;
  return sections.map((s) => (s.numbered ? next++ : null));
}
