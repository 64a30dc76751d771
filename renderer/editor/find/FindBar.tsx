// Find and replace in the article: headline, dek, the hero's caption, the body and its pictures'
// captions. Matches are underlined with CSS highlights (the document is never touched to show
// them); a replacement goes through the editor's own commands, so while suggesting it becomes a
// suggestion, and "Replace all" changes the body in one update: one step for Undo.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  REMOVE_TEXT_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { $isImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { $isEmbedNode } from '../../../shared/editor/cards/embed/EmbedNode';
import {
  compileFind,
  findInText,
  replaceAllInText,
  replacementFor,
  type CompiledFind,
  type FindOptions,
} from '../../../shared/text/findText';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { fieldInputId } from '../fieldSuggestions';
import type { MetaValues } from '../MetaFields';
import { ownFieldSuggestion, useSuggestions } from '../suggestions/suggestionsState';
import { $findInBody, $selectMatch, domRangeOf, staticRangeOf, type BodyMatch } from './bodyFind';
import { nearView, onViewMoved } from './inView';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../i18n/i18n';

export type FindMode = 'find' | 'replace';

/** The fields above the body that find looks in, in reading order. */
const FIELDS = [
  { field: 'headline', label: 'find.headline' },
  { field: 'dek', label: 'find.dek' },
  { field: 'heroCaption', label: 'find.heroCaption' },
] as const;
type FieldName = (typeof FIELDS)[number]['field'];

type Match =
  | { where: 'field'; field: FieldName; label: (typeof FIELDS)[number]['label']; text: string; start: number; end: number }
  | { where: 'body'; body: BodyMatch };

const HIGHLIGHT_ALL = 'find-match';
const HIGHLIGHT_CURRENT = 'find-current';
/** Recounting waits for a pause in typing: nothing runs per keystroke. */
const RECOUNT_MS = 150;
/** Marks the bar's own replacements: counted again at once, so the next Replace finds the words where they now are. */
const REPLACE_TAG = 'find-replace';

interface Props {
  mode: FindMode;
  /** Bumped each time Ctrl+F / Ctrl+H asks again: the query field takes the focus. */
  request: number;
  meta: MetaValues;
  readOnly: boolean;
  onMeta(patch: Partial<MetaValues>): void;
  onMode(mode: FindMode): void;
  onClose(): void;
}

export function FindBar({ mode, request, meta, readOnly, onMeta, onMode, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const { suggesting, records, suggester, suggestField } = useSuggestions();
  const [options, setOptions] = useState<FindOptions>(() => ({ query: selectedWords(), matchCase: false, wholeWord: false, regex: false }));
  const [replacement, setReplacement] = useState('');
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const [report, setReport] = useState<string | null>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const find = useMemo(() => compileFind(options), [options]);

  // What each field shows (while suggesting: this person's suggestion for it) and how it is changed.
  const fields = useMemo(() => {
    const own = (field: FieldName) => (suggesting ? ownFieldSuggestion(records, suggester, field) : undefined);
    const valueOf = (field: FieldName) => own(field) ?? (field === 'heroCaption' ? (meta.hero?.caption ?? '') : meta[field]);
    const write = (field: FieldName, value: string) => {
      if (suggesting) suggestField(field, value);
      else if (field === 'heroCaption') onMeta({ hero: { ...(meta.hero as ImageSlot), caption: value } });
      else onMeta({ [field]: value });
    };
    return FIELDS.filter(({ field }) => field !== 'heroCaption' || meta.hero).map(({ field, label }) => ({
      field,
      label,
      value: valueOf(field),
      write: (value: string) => write(field, value),
    }));
  }, [meta, suggesting, records, suggester, suggestField, onMeta]);

  const bodyMatches = useBodyMatches(editor, find);
  const matches = useMemo<Match[]>(() => {
    if (!find?.ok) return [];
    const found: Match[] = [];
    for (const { field, label, value } of fields)
      for (const m of findInText(value, find)) found.push({ where: 'field', field, label, text: value, ...m });
    for (const body of bodyMatches) found.push({ where: 'body', body });
    return found;
  }, [fields, bodyMatches, find]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const active = index >= 0 ? matches[index]! : null;

  useEffect(() => {
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [request, mode]);

  useHighlights(editor, matches, active);

  // A field's or caption's match is shown by the field's outline (its text cannot be painted).
  useEffect(() => {
    const element = active && !(active.where === 'body' && active.body.kind === 'text') ? elementOf(editor, active) : null;
    element?.classList.add('find-current-field');
    return () => element?.classList.remove('find-current-field');
  }, [editor, active]);

  // The current match is brought into view when the person moves to it or changes the query — not
  // when a recount after typing elsewhere in the body rebuilds the list.
  const activeRef = useRef(active);
  activeRef.current = active;
  useEffect(() => {
    const shown = activeRef.current;
    if (!shown) return;
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const target =
      shown.where === 'body' && shown.body.kind === 'text'
        ? domRangeOf(editor, shown.body)?.startContainer.parentElement
        : elementOf(editor, shown);
    target?.scrollIntoView({ block: 'center', behavior });
  }, [editor, index, matches.length, find]);

  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return;
      setReport(null);
      setCurrent((index + by + matches.length) % matches.length);
    },
    [index, matches.length],
  );

  // F3 / Shift+F3 anywhere while the bar is open.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const refusal = readOnly ? t('find.viewer') : null;

  function replaceOne() {
    if (!active || !find?.ok || refusal) return;
    const text = active.where === 'field' ? active.text : active.body.text;
    const start = active.where === 'field' ? active.start : active.body.start;
    const end = active.where === 'field' ? active.end : active.body.end;
    const replaced = replacementFor(text, { start, end }, replacement, find);
    if (active.where === 'field') {
      fields.find((f) => f.field === active.field)?.write(text.slice(0, start) + replaced + text.slice(end));
      setReport(null);
    } else {
      setReport(replaceInBody(editor, [active.body], replacement, find, suggesting).note);
    }
    // The replaced match is gone; the next one takes its place in the list (a replacement that
    // matches again is stepped over).
    if (findInText(replaced, find).length > 0) setCurrent(index + 1);
  }

  function replaceAll() {
    if (!find?.ok || refusal || matches.length === 0) return;
    const parts: string[] = [];
    for (const f of fields) {
      const { text, count } = replaceAllInText(f.value, find, replacement);
      if (count === 0) continue;
      f.write(text);
      parts.push(t('find.inField', { count, field: t(f.label).toLowerCase() }));
    }
    const body = bodyMatches.length ? replaceInBody(editor, bodyMatches, replacement, find, suggesting) : { replaced: 0, note: null };
    if (body.replaced) parts.push(t('find.inBody', { count: body.replaced }));
    const done = parts.length ? t(suggesting ? 'find.suggestedReplacing' : 'find.replaced', { parts: parts.join(', ') }) : '';
    setReport([done, body.note].filter(Boolean).join(' '));
    setCurrent(0);
  }

  function close() {
    // As in a browser's find: the current match is left selected where it is.
    if (active) selectInPlace(editor, active);
    onClose();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === queryRef.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  const toggle = (name: 'matchCase' | 'wholeWord' | 'regex', label: string, glyph: string) => (
    <button
      type="button"
      className="find-toggle"
      aria-pressed={options[name]}
      aria-label={label}
      title={label}
      onClick={() => setOptions((o) => ({ ...o, [name]: !o[name] }))}
    >
      <span className="glyph" data-glyph={glyph} aria-hidden="true" />
    </button>
  );

  const status = !find
    ? ''
    : !find.ok
      ? t('find.badRegex', { detail: find.detail })
      : matches.length === 0
        ? t('find.noResults')
        : t('find.position', {
            index: index + 1,
            count: matches.length,
            where:
              active?.where === 'field'
                ? t(active.label)
                : active?.body.kind === 'caption'
                  ? t(active.body.field === 'caption' ? 'find.caption' : 'find.embed')
                  : t('find.body'),
          });

  return (
    <section className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <div className="find-row">
        <button
          type="button"
          className="find-toggle"
          aria-label={t('find.showReplace')}
          title={t('find.replaceTitle')}
          aria-expanded={mode === 'replace'}
          onClick={() => onMode(mode === 'replace' ? 'find' : 'replace')}
        >
          {mode === 'replace' ? '▾' : '▸'}
        </button>
        <input
          ref={queryRef}
          type="search"
          aria-label={t('find.field')}
          placeholder={t('find.placeholder')}
          value={options.query}
          aria-invalid={find?.ok === false}
          aria-describedby="find-status"
          onChange={(e) => {
            setOptions((o) => ({ ...o, query: e.target.value }));
            setCurrent(0);
            setReport(null);
          }}
        />
        {toggle('matchCase', t('find.matchCase'), 'Aa')}
        {toggle('wholeWord', t('find.wholeWord'), 'ab')}
        {toggle('regex', t('find.regex'), '.*')}
        <span id="find-status" className={`find-status${find?.ok === false ? ' problem' : ''}`} role="status">
          {status}
        </span>
        <button
          type="button"
          aria-label={t('find.previous')}
          title={t('find.previousTitle')}
          disabled={matches.length === 0}
          onClick={() => step(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('find.next')}
          title={t('find.nextTitle')}
          disabled={matches.length === 0}
          onClick={() => step(1)}
        >
          ↓
        </button>
        <button type="button" aria-label={t('find.close')} title={t('find.closeTitle')} onClick={close}>
          ×
        </button>
      </div>
      {mode === 'replace' && (
        <div className="find-row replace-row">
          <input
            type="text"
            aria-label={t('find.replaceWith')}
            placeholder={options.regex ? t('find.replaceWithGroups') : t('find.replaceWith')}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                replaceOne();
              }
            }}
          />
          <button type="button" disabled={!active || refusal !== null} onClick={replaceOne}>
            {t('find.replace')}
          </button>
          <button type="button" disabled={matches.length === 0 || refusal !== null} onClick={replaceAll}>
            {t('find.replaceAll')}
          </button>
          {suggesting && <span className="hint">{t('find.suggestions')}</span>}
        </div>
      )}
      {(report ?? (mode === 'replace' ? refusal : null)) && (
        <p className="find-report" role="status">
          {report ?? refusal}
        </p>
      )}
    </section>
  );
}

/** The words selected in the page, when they make a query (one line, not a whole passage). */
function selectedWords(): string {
  const text = window.getSelection()?.toString() ?? '';
  return text.length > 0 && text.length <= 200 && !/[\r\n]/.test(text) ? text : '';
}

/** The body's matches, recounted after the body changes (after a pause), never on the keystroke itself. */
function useBodyMatches(editor: LexicalEditor, find: CompiledFind | null): BodyMatch[] {
  const [matches, setMatches] = useState<BodyMatch[]>([]);
  useEffect(() => {
    if (!find?.ok) {
      setMatches([]);
      return;
    }
    const count = () => setMatches(editor.getEditorState().read(() => $findInBody(find)));
    count();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      if (tags.has(REPLACE_TAG)) return count();
      timer = setTimeout(count, RECOUNT_MS);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [editor, find]);
  return matches;
}

/** The body's matches near the view underlined, the current one stronger; cleared when the bar closes. */
function useHighlights(editor: LexicalEditor, matches: Match[], active: Match | null) {
  useEffect(() => {
    if (typeof Highlight === 'undefined') return;
    const paint = () => {
      const all = new Highlight();
      const current = new Highlight();
      const near = nearView(editor);
      for (const match of matches) {
        if (match.where !== 'body' || match.body.kind !== 'text') continue;
        // The current match always, even far away: it is about to be scrolled to.
        if (match !== active && !near(match.body)) continue;
        const range = staticRangeOf(editor, match.body);
        if (range) (match === active ? current : all).add(range);
      }
      CSS.highlights.set(HIGHLIGHT_ALL, all);
      CSS.highlights.set(HIGHLIGHT_CURRENT, current);
    };
    paint();
    const stopView = onViewMoved(editor, paint);
    return () => {
      stopView();
      CSS.highlights.delete(HIGHLIGHT_ALL);
      CSS.highlights.delete(HIGHLIGHT_CURRENT);
    };
  }, [editor, matches, active]);
}

/** The input a field or caption match is in, or the body's element for a text match. */
function elementOf(editor: LexicalEditor, match: Match): HTMLElement | null {
  if (match.where === 'field') return document.getElementById(fieldInputId(match.field));
  if (match.body.kind === 'caption')
    return editor.getElementByKey(match.body.key)?.querySelector<HTMLElement>(`[name="${match.body.field}"]`) ?? null;
  return editor.getElementByKey(match.body.from.key);
}

function selectInPlace(editor: LexicalEditor, match: Match) {
  if (match.where === 'body' && match.body.kind === 'text') {
    const text = match.body;
    editor.update(() => void $selectMatch(text));
    editor.focus();
    return;
  }
  const input = elementOf(editor, match);
  if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
    const { start, end } = match.where === 'field' ? match : match.body;
    input.focus();
    input.setSelectionRange(start, end);
  }
}

/** Captions of pictures and embeds' words in the body are read-only while suggesting (a card cannot carry a suggestion yet). */
function skippedCaptions(matches: BodyMatch[], suggesting: boolean): number {
  return suggesting ? matches.filter((m) => m.kind === 'caption').length : 0;
}

/**
 * Replaces body matches in one editor update (one Undo step), last first so the earlier matches'
 * places hold. Text goes through the editor's insertion command, which suggestion mode turns into
 * a suggested replacement. Returns how many were replaced, and what was not, in a sentence.
 */
function replaceInBody(
  editor: LexicalEditor,
  matches: BodyMatch[],
  replacement: string,
  find: CompiledFind & { ok: true },
  suggesting: boolean,
): { replaced: number; note: string | null } {
  let moved = 0;
  const skipped = skippedCaptions(matches, suggesting);
  editor.update(
    () => {
      for (const match of [...matches].reverse()) {
        const text = replacementFor(match.text, match, replacement, find);
        if (match.kind === 'caption') {
          if (suggesting) continue;
          // Last match first: the earlier ones' places in the field hold.
          const node = $getNodeByKey(match.key);
          const now = $isImageSlotNode(node) ? node.getSlot().caption : $isEmbedNode(node) ? node.getFields().text : null;
          if (now === null || now.slice(match.start, match.end) !== match.text.slice(match.start, match.end)) {
            moved++;
            continue;
          }
          const next = now.slice(0, match.start) + text + now.slice(match.end);
          if ($isImageSlotNode(node)) node.setSlot({ caption: next });
          else if ($isEmbedNode(node)) node.setFields({ text: next });
          continue;
        }
        if (!$selectMatch(match)) {
          moved++;
          continue;
        }
        if (text === '') editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
        else editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
      }
    },
    // The person is in the find bar: the page's selection and scroll stay where they are.
    { tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, REPLACE_TAG] },
  );
  const notes = [
    moved ? translate('find.moved', { count: moved }) : '',
    skipped ? translate('find.skipped', { count: skipped }) : '',
  ].filter(Boolean);
  return { replaced: matches.length - moved - skipped, note: notes.length ? notes.join(' ') : null };
}
