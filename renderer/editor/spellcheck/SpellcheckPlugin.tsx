// Offline spelling in the body, in the article's language: unknown words get a wavy underline
// painted with a CSS highlight (the document never changes to show it), checked in the spelling
// worker after a pause in typing, never on the keystroke. The context menu (right-click, the menu
// key or Shift+F10) or F7 (the next unknown word) offers the dictionary's suggestions, "Add to
// dictionary" (with a newsroom server, "Add to newsroom dictionary" too) and "Ignore"; a suggestion
// goes through the editor's own insertion, so while suggesting it becomes a suggestion.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { SpellMenu } from '../../spellcheck/SpellMenu';
import { spellingTokens, type SpellingToken } from '../../../shared/text/spellingTokens';
import { isIndonesian } from '../../../shared/text/language';
import { suggestionsFor, unknownWords } from '../../spellcheck/spellClient';
import type { SpellLanguage } from '../../spellcheck/spellMessages';
import { addToDictionary, onDictionaryChange, personalWordsReady } from '../../spellcheck/personalDictionary';
import { addToNewsroomDictionary, refreshNewsroomWords } from '../../spellcheck/newsroomDictionary';
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
  /** With a newsroom server and an account that edits: "Add to newsroom dictionary". */
  const [canAddNewsroom, setCanAddNewsroom] = useState(false);
  /** Why a word was not added to the newsroom's dictionary (offline, refused), where the menu was. */
  const [notice, setNotice] = useState<{ text: string; x: number; y: number } | null>(null);

  // The newsroom's words, asked again as each article opens (a colleague may have added some).
  useEffect(() => {
    if (!on) return;
    let current = true;
    void refreshNewsroomWords().then(({ canAdd }) => current && setCanAddNewsroom(canAdd));
    return () => {
      current = false;
    };
  }, [on]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

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

  // The menu and the notice are placed in the window (fixed), out of the article's scrolling box, which
  // contains its descendants' layout and paint.
  if (!menu)
    return notice
      ? createPortal(
          <p className="spell-notice" role="alert" style={{ left: notice.x, top: notice.y }}>
            {notice.text}
          </p>,
          document.body,
        )
      : null;
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
  return createPortal(
    <SpellMenu
      menu={{ word: menu.misspelling.word, x: menu.x, y: menu.y, suggestions: menu.suggestions }}
      // A viewer's desk (or an article still opening) cannot change the text: no replacements offered.
      onReplace={editor.isEditable() ? replace : null}
      onAdd={() => {
        void addToDictionary(menu.misspelling.language, menu.misspelling.word);
        close();
      }}
      onAddNewsroom={
        canAddNewsroom
          ? () => {
              const { x, y } = menu;
              void addToNewsroomDictionary(menu.misspelling.language, menu.misspelling.word).then(
                (refused) => refused && setNotice({ text: refused, x, y }),
              );
              close();
            }
          : null
      }
      onIgnore={() => {
        ignored.current.add(menu.misspelling.word);
        setRecheck((n) => n + 1);
        close();
      }}
      onClose={close}
    />,
    document.body,
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
