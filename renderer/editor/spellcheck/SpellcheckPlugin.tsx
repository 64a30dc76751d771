// Offline spelling in the body, in the article's language: unknown words get a wavy underline
// painted with a CSS highlight (the document never changes to show it), checked in the spelling
// worker after a pause in typing, never on the keystroke. The context menu (right-click, the menu
// key or Shift+F10) or F7 (the next unknown word) offers the dictionary's suggestions, "Add to
// dictionary" and "Ignore"; a suggestion goes through the editor's own insertion, so while
// suggesting it becomes a suggestion.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { spellingTokens, type SpellingToken } from '../../../shared/text/spellingTokens';
import { isIndonesian } from '../../../shared/text/language';
import { moveInMenu } from '../../dialogs/MenuButton';
import { suggestionsFor, unknownWords } from '../../spellcheck/spellClient';
import type { SpellLanguage } from '../../spellcheck/spellMessages';
import { addToDictionary, onDictionaryChange, personalWordsReady } from '../../spellcheck/personalDictionary';
import { useSpellcheckOn } from '../../spellcheck/spellcheckSetting';
import { nearView, onViewMoved } from '../find/inView';
import {
  $bodyPassages,
  $selectMatch,
  domRangeOf,
  staticRangeOf,
  textMatchIn,
  type BodyPassage,
  type TextBodyMatch,
} from '../find/bodyFind';
import { $passageLanguagesByText } from '../../../shared/editor/passageLanguage';
import { useTranslation } from 'react-i18next';

const HIGHLIGHT = 'spelling';
/** Checking waits for a pause in typing. */
const PAUSE_MS = 400;

interface Misspelling {
  word: string;
  /** The language it was checked in: the article's, or its passage's. */
  language: SpellLanguage;
  match: TextBodyMatch;
}

interface OpenMenu {
  misspelling: Misspelling;
  x: number;
  y: number;
  suggestions: string[] | null;
}

export function SpellcheckPlugin({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const on = useSpellcheckOn();
  const spellLanguage: SpellLanguage = isIndonesian(language) ? 'id' : 'en';
  const found = useRef<Misspelling[]>([]);
  /** Each paragraph's words by its text: after an edit only the changed paragraph is read again. */
  const tokensByText = useRef(new Map<string, SpellingToken[]>());
  const ignored = useRef(new Set<string>());
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [recheck, setRecheck] = useState(0);

  // Check after each pause in typing; paint what is unknown.
  useEffect(() => {
    if (!on || typeof Highlight === 'undefined') return;
    let cancelled = false;
    /** Bumped by each edit: a check that an edit overtook (while the worker answered) paints nothing. */
    let generation = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = async () => {
      const started = generation;
      const cache = tokensByText.current;
      const seen = new Map<string, SpellingToken[]>();
      const tokens = editor.getEditorState().read(() =>
        $bodyPassages().flatMap((passage) => {
          if (passage.kind !== 'text') return [];
          const words = seen.get(passage.text) ?? cache.get(passage.text) ?? spellingTokens(passage.text);
          seen.set(passage.text, words);
          return words.map((token) => ({ token, passage }));
        }),
      );
      tokensByText.current = seen;
      // Words in a passage marked as another language are checked in that one (a language with no
      // dictionary here, not at all).
      const passages = editor.getEditorState().read($passageLanguagesByText);
      const languageOf = (passage: BodyPassage, start: number): SpellLanguage | null => {
        if (passages.size === 0 || passage.kind !== 'text') return spellLanguage;
        const piece = passage.pieces.find((p) => start >= p.at && start < p.at + p.length);
        const language = piece ? passages.get(piece.key) : undefined;
        if (language === undefined) return spellLanguage;
        return isIndonesian(language) ? 'id' : language === 'en' || language.startsWith('en-') ? 'en' : null;
      };
      const checked = tokens.flatMap(({ token, passage }) => {
        const language = languageOf(passage, token.start);
        return language ? [{ token, passage, language }] : [];
      });
      await personalWordsReady();
      const unknown = new Map<SpellLanguage, Set<string>>();
      for (const language of new Set(checked.map((c) => c.language)))
        unknown.set(
          language,
          await unknownWords(
            language,
            checked.filter((c) => c.language === language).map((c) => c.token.word),
          ),
        );
      if (cancelled || generation !== started) return;
      const misspelt: Misspelling[] = [];
      for (const { token, passage, language } of checked) {
        if (!unknown.get(language)?.has(token.word) || ignored.current.has(token.word) || passage.kind !== 'text') continue;
        const match = textMatchIn(passage, token.start, token.end);
        if (match) misspelt.push({ word: token.word, language, match });
      }
      found.current = misspelt;
      paint(editor, misspelt);
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void check().catch((error: Error) => console.warn(`[redaksi] spelling: ${error.message}`));
      }, PAUSE_MS);
    };
    schedule();
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // While typing, no underlines: with a highlight registered the browser re-marks and repaints
      // every underlined word on each change, which cost the keystroke ~6 ms (bench, p95). They
      // come back after the pause, checked again.
      // Only when there is one: touching the registry at all makes the browser look over the page.
      if (CSS.highlights.has(HIGHLIGHT)) CSS.highlights.delete(HIGHLIGHT);
      generation++;
      schedule();
    });
    const stopDictionary = onDictionaryChange(schedule);
    // Scrolled: the words near the new view are painted, unless an edit is waiting for its check.
    const stopView = onViewMoved(editor, () => timer === null && paint(editor, found.current));
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      stopUpdates();
      stopDictionary();
      stopView();
      CSS.highlights.delete(HIGHLIGHT);
      found.current = [];
    };
  }, [editor, on, spellLanguage, recheck]);

  const open = useCallback((misspelling: Misspelling, x: number, y: number) => {
    setMenu({ misspelling, x, y, suggestions: null });
    void suggestionsFor(misspelling.language, misspelling.word).then(
      (suggestions) => setMenu((m) => (m?.misspelling === misspelling ? { ...m, suggestions } : m)),
      () => setMenu((m) => (m?.misspelling === misspelling ? { ...m, suggestions: [] } : m)),
    );
  }, []);

  // The context menu on an unknown word (mouse, the menu key or Shift+F10); F7: the next one.
  useEffect(() => {
    if (!on) return;
    const onContextMenu = (event: MouseEvent) => {
      const hit = misspellingAt(editor, found.current, event);
      if (!hit) return;
      event.preventDefault();
      const rect = domRangeOf(editor, hit.match)?.getBoundingClientRect();
      open(hit, event.clientX || rect?.left || 0, event.clientY || rect?.bottom || 0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      const next = nextMisspelling(editor, found.current, event.shiftKey);
      if (!next) return;
      editor.update(() => void $selectMatch(next.match));
      const range = domRangeOf(editor, next.match);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range?.getBoundingClientRect();
      open(next, rect?.left ?? 0, rect?.bottom ?? 0);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('contextmenu', onContextMenu);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, on, open]);

  if (!menu) return null;
  const close = () => {
    setMenu(null);
    editor.focus();
  };
  const replace = (word: string) => {
    const { match } = menu.misspelling;
    editor.update(() => {
      if ($selectMatch(match)) editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, word);
    });
    close();
  };
  return (
    <SpellMenu
      menu={menu}
      // A viewer's desk (or an article still opening) cannot change the text: no replacements offered.
      onReplace={editor.isEditable() ? replace : null}
      onAdd={() => {
        void addToDictionary(menu.misspelling.language, menu.misspelling.word);
        close();
      }}
      onIgnore={() => {
        ignored.current.add(menu.misspelling.word);
        setRecheck((n) => n + 1);
        close();
      }}
      onClose={close}
    />
  );
}

function SpellMenu({
  menu,
  onReplace,
  onAdd,
  onIgnore,
  onClose,
}: {
  menu: OpenMenu;
  onReplace: ((word: string) => void) | null;
  onAdd(): void;
  onIgnore(): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const ready = menu.suggestions !== null;
  const { t } = useTranslation();
  // The menu takes the keyboard as it opens, while the suggestions are still being looked up, so a key
  // pressed at once moves in the menu instead of the caret in the text; the first entry takes focus
  // when they arrive, unless the person has already moved to another.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    if (ready && document.activeElement === ref.current) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [ready]);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);
  /** `word`: a dictionary's word, shown as written. */
  const item = (label: string, onSelect: () => void, name?: string, word = false) => (
    <button
      key={name ?? label}
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-label={name}
      translate={word ? 'no' : undefined}
      onClick={onSelect}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      role="menu"
      tabIndex={-1}
      aria-label={t('spelling.menu', { word: menu.misspelling.word })}
      className="menu spell-menu"
      style={{ left: Math.min(menu.x, window.innerWidth - 240), top: Math.min(menu.y + 4, window.innerHeight - 260) }}
      onKeyDown={(event) => moveInMenu(event, ref.current, onClose)}
    >
      {!onReplace ? null : menu.suggestions === null ? (
        <p className="hint" role="status">
          {t('spelling.looking')}
        </p>
      ) : menu.suggestions.length === 0 ? (
        <p className="hint">{t('spelling.none')}</p>
      ) : (
        menu.suggestions.map((s) => item(s, () => onReplace(s), t('spelling.replaceWith', { word: s }), true))
      )}
      <hr />
      {item(t('spelling.add'), onAdd)}
      {item(t('spelling.ignore'), onIgnore)}
    </div>
  );
}

/** The unknown words near the view underlined: one highlight, rebuilt after each check and scroll. */
function paint(editor: LexicalEditor, misspelt: Misspelling[]): void {
  const highlight = new Highlight();
  const near = nearView(editor);
  for (const { match } of misspelt) {
    if (!near(match)) continue;
    const range = staticRangeOf(editor, match);
    if (range) highlight.add(range);
  }
  CSS.highlights.set(HIGHLIGHT, highlight);
}

/** The unknown word under the pointer or, from the keyboard, at the caret. */
function misspellingAt(editor: LexicalEditor, misspelt: Misspelling[], event: MouseEvent): Misspelling | null {
  const fromPointer = event.clientX !== 0 || event.clientY !== 0 ? document.caretRangeFromPoint(event.clientX, event.clientY) : null;
  const selection = window.getSelection();
  const node = fromPointer?.startContainer ?? selection?.anchorNode ?? null;
  const offset = fromPointer?.startOffset ?? selection?.anchorOffset ?? 0;
  if (!node) return null;
  for (const m of misspelt) {
    const range = domRangeOf(editor, m.match);
    if (range && range.comparePoint(node, offset) === 0) return m;
  }
  return null;
}

/** The first unknown word after the caret (before it, backwards), wrapping round the article. */
function nextMisspelling(editor: LexicalEditor, misspelt: Misspelling[], backwards: boolean): Misspelling | null {
  if (misspelt.length === 0) return null;
  const selection = window.getSelection();
  const anchor = selection?.rangeCount ? selection.getRangeAt(0) : null;
  const ordered = backwards ? [...misspelt].reverse() : misspelt;
  if (!anchor) return ordered[0]!;
  for (const m of ordered) {
    const range = domRangeOf(editor, m.match);
    if (!range) continue;
    // END_TO_START: the word's start against the caret's end; START_TO_END: its end against the caret's start.
    const where = range.compareBoundaryPoints(backwards ? Range.START_TO_END : Range.END_TO_START, anchor);
    if (backwards ? where < 0 : where > 0) return m;
  }
  return ordered[0]!;
}
