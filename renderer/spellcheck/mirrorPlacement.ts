// Keeps each spelling mirror on its field's box and font. One ResizeObserver serves every field:
// its callback runs after the browser's own layout, so all the fields are read first (nothing
// forced) and all the mirrors written after. Placed one field at a time in React's layout effects,
// each field's read came after the previous field's writes and forced a style and layout of the
// page inside the commit (45 ms of opening the 20,000-word article, in a CPU profile). The bench's
// open figures did not move measurably: the layout itself still happens, once, in the frame.

type Field = HTMLTextAreaElement | HTMLInputElement;

/** The field's box and text as the mirror must copy them. */
const COPIED = [
  'boxSizing',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
] as const;

const mirrors = new Map<Element, HTMLElement>();
let observer: ResizeObserver | null = null;

/** Places the mirror over the field now (before the next paint) and whenever the field's size changes; returns the stop. */
export function followField(field: Field, mirror: HTMLElement): () => void {
  observer ??= new ResizeObserver(placeAll);
  mirrors.set(field, mirror);
  observer.observe(field);
  return () => {
    observer?.unobserve(field);
    mirrors.delete(field);
  };
}

/** The mirror's scroll follows the field's (on a key too: a one-line input scrolls sideways with no scroll event). */
export function followScroll(field: Field, mirror: HTMLElement): void {
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
}

function placeAll(entries: ResizeObserverEntry[]): void {
  const placements = entries.flatMap((entry) => {
    const mirror = mirrors.get(entry.target);
    return mirror ? [measure(entry.target as Field, mirror)] : [];
  });
  for (const placement of placements) placement.style();
  // After every style write: the first scroll written lays the page out once, the rest reuse it.
  for (const placement of placements) placement.scroll();
}

function measure(field: Field, mirror: HTMLElement) {
  const style = getComputedStyle(field);
  const copied = COPIED.map((property) => style[property]);
  // A one-line input neither wraps nor breaks; its text is centred in its height.
  const oneLine = field instanceof HTMLInputElement;
  const lineHeight = oneLine ? `${field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px` : null;
  const height = `${field.offsetHeight}px`;
  const { scrollTop, scrollLeft } = field;
  return {
    style() {
      COPIED.forEach((property, i) => (mirror.style[property] = copied[i]!));
      mirror.style.whiteSpace = oneLine ? 'pre' : 'pre-wrap';
      if (lineHeight !== null) mirror.style.lineHeight = lineHeight;
      // Its width is the wrapper's, as the field's is (CSS): a width copied here could lag a resize
      // and stick out of the column.
      mirror.style.height = height;
    },
    scroll() {
      // A field at the top left needs no write (its scroll events bring the mirror back there).
      if (scrollTop !== 0 || scrollLeft !== 0) followScroll(field, mirror);
    },
  };
}
