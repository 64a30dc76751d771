// Spelling in the article's text fields: the headline, the dek, pictures' captions and alt texts. A
// text field cannot carry highlights, so a mirror of its text lies over it (the same box, font and
// wrapping — none for a one-line input, scrolled with it — its text transparent, no pointer events)
// and the unknown words are underlined there with the body's highlight style. Checked after a pause in
// typing, in the article's language; the context menu (right-click, the menu key or Shift+F10) on
// an underlined word is the body's spelling menu, and a replacement goes through the field's own
// change, so while suggesting it becomes a suggestion.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { spellingTokens, type SpellingToken } from '../../shared/text/spellingTokens';
import { addToNewsroomDictionary, newsroomCanAdd } from './newsroomDictionary';
import { addToDictionary, onDictionaryChange, personalWordsReady } from './personalDictionary';
import { suggestionsFor, unknownWords } from './spellClient';
import type { SpellLanguage } from './spellMessages';
import { useSpellcheckOn } from './spellcheckSetting';
import { SpellMenu } from './SpellMenu';

/** The fields' underlines: one highlight for every field, each field's ranges filed under it. */
const HIGHLIGHT = 'spelling-fields';
const rangesByField = new Map<string, Range[]>();

function paint(field: string, ranges: Range[]): void {
  // Nothing to take away: the registry is left alone (touching it makes the browser look over the page).
  if (typeof Highlight === 'undefined' || (ranges.length === 0 && !rangesByField.has(field))) return;
  if (ranges.length === 0) rangesByField.delete(field);
  else rangesByField.set(field, ranges);
  const all = [...rangesByField.values()].flat();
  if (all.length === 0) CSS.highlights.delete(HIGHLIGHT);
  else CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
}

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

/** The field a wrapper holds. */
function fieldIn(wrapper: HTMLElement | null): HTMLTextAreaElement | HTMLInputElement | null {
  return wrapper?.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"]') ?? null;
}

/** Checking waits for a pause in typing, as in the body. */
const PAUSE_MS = 400;

interface OpenMenu {
  token: SpellingToken;
  x: number;
  y: number;
  suggestions: string[] | null;
}

export function SpelledField({
  name,
  value,
  language,
  onReplace,
  children,
}: {
  /** Which field ("headline", "dek", a slot's caption…): its underlines are its own. */
  name: string;
  value: string;
  language: SpellLanguage;
  /** The field's change with a word replaced; null when it cannot be changed (a viewer's desk). */
  onReplace: ((next: string) => void) | null;
  /** The field itself (a textarea, or a one-line input). */
  children: ReactNode;
}) {
  const on = useSpellcheckOn();
  const wrapper = useRef<HTMLSpanElement>(null);
  const mirror = useRef<HTMLSpanElement>(null);
  const found = useRef<SpellingToken[]>([]);
  const ignored = useRef(new Set<string>());
  const [recheck, setRecheck] = useState(0);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  /** Why a word was not added to the newsroom's dictionary (offline, refused). */
  const [notice, setNotice] = useState<string | null>(null);

  // The mirror follows the field's box, font and scroll.
  useLayoutEffect(() => {
    const field = fieldIn(wrapper.current);
    const copy = mirror.current;
    if (!on || !field || !copy) return;
    // The box and font: at first, and whenever the field's size changes (it grows with its text).
    const place = () => {
      const style = getComputedStyle(field);
      for (const property of COPIED) copy.style[property] = style[property];
      // A one-line input neither wraps nor breaks; its text is centred in its height.
      const oneLine = field instanceof HTMLInputElement;
      copy.style.whiteSpace = oneLine ? 'pre' : 'pre-wrap';
      if (oneLine) copy.style.lineHeight = `${field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
      // Its width is the wrapper's, as the field's is (CSS): a width copied here could lag a resize
      // and stick out of the column.
      copy.style.height = `${field.offsetHeight}px`;
      scroll();
    };
    // Only the scroll on a key: a one-line input scrolls sideways as the caret moves, with no scroll event.
    const scroll = () => {
      copy.scrollTop = field.scrollTop;
      copy.scrollLeft = field.scrollLeft;
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(field);
    const events = ['scroll', 'input', 'keyup'] as const;
    for (const event of events) field.addEventListener(event, scroll);
    return () => {
      resized.disconnect();
      for (const event of events) field.removeEventListener(event, scroll);
    };
  }, [on]);

  // Check after a pause in typing; underline what is unknown.
  useEffect(() => {
    if (!on) return;
    let cancelled = false;
    const check = async () => {
      const tokens = spellingTokens(value);
      await personalWordsReady();
      const unknown = await unknownWords(
        language,
        tokens.map((token) => token.word),
      );
      if (cancelled) return;
      const misspelt = tokens.filter((token) => unknown.has(token.word) && !ignored.current.has(token.word));
      found.current = misspelt;
      const text = mirror.current?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return paint(name, []);
      paint(
        name,
        misspelt.map((token) => {
          const range = new Range();
          range.setStart(text, token.start);
          range.setEnd(text, token.end);
          return range;
        }),
      );
    };
    // Nothing underlined while typing: the words come back checked after the pause.
    paint(name, []);
    const timer = setTimeout(() => void check().catch((error: Error) => console.warn(`[redaksi] spelling: ${error.message}`)), PAUSE_MS);
    const stopDictionary = onDictionaryChange(() => setRecheck((n) => n + 1));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stopDictionary();
      paint(name, []);
      found.current = [];
    };
  }, [on, value, language, name, recheck]);

  const onContextMenu = (event: React.MouseEvent) => {
    const field = fieldIn(wrapper.current);
    if (!on || !field || event.target !== field) return;
    // A right-click has put the caret where it was made; the menu key, where the caret was.
    const at = field.selectionStart ?? -1;
    const token = found.current.find((t) => at >= t.start && at <= t.end);
    if (!token) return;
    event.preventDefault();
    const rect = field.getBoundingClientRect();
    const opened: OpenMenu = {
      token,
      x: event.clientX || rect.left,
      y: event.clientY || rect.bottom,
      suggestions: null,
    };
    setMenu(opened);
    void suggestionsFor(language, token.word).then(
      (suggestions) => setMenu((m) => (m?.token === token ? { ...m, suggestions } : m)),
      () => setMenu((m) => (m?.token === token ? { ...m, suggestions: [] } : m)),
    );
  };

  const close = () => {
    setMenu(null);
    fieldIn(wrapper.current)?.focus();
  };

  return (
    // Spans and a portal: the field sits in a <label>, whose content is phrasing content.
    <span className="spelled-field" ref={wrapper} onContextMenu={onContextMenu}>
      {children}
      {on && (
        // The article's own words, not the interface's.
        <span className="spell-mirror" ref={mirror} aria-hidden="true" translate="no">
          {value}
        </span>
      )}
      {notice && (
        <span className="hint spell-field-notice" role="alert">
          {notice}
        </span>
      )}
      {menu &&
        createPortal(
          <SpellMenu
            menu={{ word: menu.token.word, x: menu.x, y: menu.y, suggestions: menu.suggestions }}
            onReplace={
              onReplace
                ? (word) => {
                    const { start, end } = menu.token;
                    onReplace(value.slice(0, start) + word + value.slice(end));
                    close();
                    // The caret after the new word, once the field shows it.
                    requestAnimationFrame(() => fieldIn(wrapper.current)?.setSelectionRange(start + word.length, start + word.length));
                  }
                : null
            }
            onAdd={() => {
              void addToDictionary(language, menu.token.word);
              close();
            }}
            onAddNewsroom={
              newsroomCanAdd()
                ? () => {
                    void addToNewsroomDictionary(language, menu.token.word).then((refused) => setNotice(refused));
                    close();
                  }
                : null
            }
            onIgnore={() => {
              ignored.current.add(menu.token.word);
              setRecheck((n) => n + 1);
              close();
            }}
            onClose={close}
          />,
          document.body,
        )}
    </span>
  );
}
