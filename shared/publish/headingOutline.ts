// A published page's headings never skip a level (h1 → h3 is invalid HTML outline-wise and trips
// screen readers), whatever was imported or pasted: each heading is at most one level below the
// one before it. The page's h1 is the headline, so the body starts under it.
export class HeadingOutline {
  private last = 1;

  /** The level to publish a heading at, given the level it asks for (2–6). */
  level(requested: number): number {
    const level = Math.max(2, Math.min(requested, this.last + 1));
    this.last = level;
    return level;
  }
}
