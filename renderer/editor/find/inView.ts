// Highlights are painted only near what is on screen: the browser revisits every highlighted range
// on each frame, so a thousand underlines in a 20,000-word article cost the typing path several
// milliseconds (measured: `npm run bench`, keydown→paint p95). Those within a screen's height of
// the view are painted; scrolling paints the rest as they come near.
import type { LexicalEditor } from 'lexical';
import type { TextBodyMatch } from './bodyFind';

/** The element whose scrolling moves the body (the editor's pane), or the page's. */
function scroller(editor: LexicalEditor): HTMLElement | null {
  let element = editor.getRootElement()?.parentElement ?? null;
  while (element && !/(auto|scroll)/.test(getComputedStyle(element).overflowY)) element = element.parentElement;
  return element;
}

/** A test for "near the view", measured once for a batch of matches. */
export function nearView(editor: LexicalEditor): (match: TextBodyMatch) => boolean {
  const height = window.innerHeight;
  const top = -height;
  const bottom = 2 * height;
  return (match) => {
    const element = editor.getElementByKey(match.from.key);
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.bottom >= top && rect.top <= bottom;
  };
}

/** Calls `repaint` after the body's pane stops scrolling or the window is resized. */
export function onViewMoved(editor: LexicalEditor, repaint: () => void): () => void {
  const target = scroller(editor) ?? window;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const moved = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(repaint, 80);
  };
  target.addEventListener('scroll', moved, { passive: true });
  window.addEventListener('resize', moved);
  return () => {
    if (timer) clearTimeout(timer);
    target.removeEventListener('scroll', moved);
    window.removeEventListener('resize', moved);
  };
}
