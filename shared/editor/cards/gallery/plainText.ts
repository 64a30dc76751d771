// A gallery's plain text: none, as for a single picture (search and word counts read the article's words).
export function galleryPlainText(): string[] {
  return [];
}
