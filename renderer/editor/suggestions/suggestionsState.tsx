// Suggestion mode for this window: whether it is on (view state: each window and person chooses;
// fact-checkers start in it), who suggests (the profile), and the suggestions' records, read from
// the article's live document and written there when this window makes a new suggestion.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  pendingFieldSuggestions,
  readSuggestionsFromDoc,
  resolveFieldSuggestionInDoc,
  suggestFieldInDoc,
  suggestionsMap,
  writeSuggestionToDoc,
} from '../../../shared/collab/suggestionsDoc';
import type { Profile } from '../../../shared/people/profile';
import type { Suggester } from '../../../shared/suggestions/suggestionEdits';
import type { SuggestibleField, SuggestionRecord } from '../../../shared/suggestions/suggestionSchema';
import { useTranslation } from 'react-i18next';

/** Suggestion mode without the records: what the toolbar, the outline and the menus need. */
export type SuggestionControls = Omit<SuggestionsApi, 'records'>;

export interface SuggestionsApi {
  suggesting: boolean;
  setSuggesting(on: boolean): void;
  /** Why this window cannot suggest (no profile; a viewer's desk), or null. */
  blocked: string | null;
  records: ReadonlyMap<string, SuggestionRecord>;
  /** The person suggesting here, for the edit functions (its new ids are recorded as it makes them). */
  suggester: Suggester;
  /** What suggestion mode just refused (a new paragraph, formatting), shown by the toggle for a while. */
  refusal: string | null;
  refuse(message: string): void;
  /** The article's live document (the suggestions' records, and the truth an undo is checked against). */
  doc: Y.Doc;
  /** Suggests a value for a field above the text, as this window's person (their one suggestion for it changes). */
  suggestField(field: SuggestibleField, value: string): void;
  /** Accepts or rejects a field's suggestion: a step of this window's undo (see fieldDecisionUndo). */
  decideField(id: string, accept: boolean): void;
  /** The origin of this window's field decisions, which its undo tracks. */
  fieldDecisionOrigin: object;
}

/** This window's person's pending suggestion for a field, if any: what the field shows them while suggesting. */
export function ownFieldSuggestion(
  records: ReadonlyMap<string, SuggestionRecord>,
  suggester: Suggester,
  field: SuggestibleField,
): string | undefined {
  return pendingFieldSuggestions(records).find((s) => s.field === field && suggester.isMine(s.id))?.value;
}

const SuggestionsContext = createContext<SuggestionsApi | null>(null);
/**
 * The same without the records, which change with each new suggestion's first key: the views that
 * only switch on the mode or act as the person (the toolbar, the outline) are not re-rendered then.
 */
const ControlsContext = createContext<SuggestionControls | null>(null);
/**
 * Whether this window is suggesting, on its own: the many views that only need that (every image
 * slot) are not re-rendered when a suggestion's record changes (each new suggestion's first key).
 */
const SuggestingContext = createContext(false);

export function useSuggestions(): SuggestionsApi {
  const api = useContext(SuggestionsContext);
  if (!api) throw new Error('useSuggestions outside SuggestionsProvider');
  return api;
}

export function useSuggestionControls(): SuggestionControls {
  const controls = useContext(ControlsContext);
  if (!controls) throw new Error('useSuggestionControls outside SuggestionsProvider');
  return controls;
}

/** Whether this window is suggesting; false outside an article (no provider). */
export function useIsSuggesting(): boolean {
  return useContext(SuggestingContext);
}

/** The person suggesting here, on its own (stable for the article): whose suggestions are theirs. */
const SuggesterContext = createContext<Suggester | null>(null);

/**
 * Whether a card stays read-only here: while suggesting, edits to it would go untracked — unless this
 * person suggested the card in themselves (`insertion`: the suggestion that put it in, if any), whose
 * every part is their suggestion already.
 */
export function useFrozenWhileSuggesting(insertion: string | null): boolean {
  const suggesting = useContext(SuggestingContext);
  const suggester = useContext(SuggesterContext);
  return suggesting && !(insertion !== null && suggester !== null && suggester.isMine(insertion));
}

export function SuggestionsProvider({
  doc,
  profile,
  readOnly,
  startSuggesting,
  children,
}: {
  doc: Y.Doc;
  profile: Profile | null;
  readOnly: boolean;
  /** Fact-checkers start in suggestion mode. */
  startSuggesting: boolean;
  children: ReactNode;
}) {
  const [suggesting, setSuggesting] = useState(startSuggesting);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [records, setRecords] = useState<ReadonlyMap<string, SuggestionRecord>>(() => readSuggestionsFromDoc(doc));
  const mine = useRef(new Set<string>());
  const profileRef = useRef(profile);
  profileRef.current = profile;

  useEffect(() => setSuggesting(startSuggesting), [startSuggesting]);

  useEffect(() => {
    const map = suggestionsMap(doc);
    const read = () => setRecords(readSuggestionsFromDoc(doc));
    read();
    map.observeDeep(read);
    return () => map.unobserveDeep(read);
  }, [doc]);

  const suggester = useMemo<Suggester>(
    () => ({
      newId() {
        const id = crypto.randomUUID();
        mine.current.add(id);
        const person = profileRef.current;
        // After the editor's update: the record is a separate document change from the marks.
        if (person)
          queueMicrotask(() => writeSuggestionToDoc(doc, { id, author: person.name, colour: person.colour, at: new Date().toISOString() }));
        return id;
      },
      isMine(id) {
        if (mine.current.has(id)) return true;
        // One record read, not the whole map: this runs on a keystroke.
        const author = suggestionsMap(doc).get(id)?.get('author');
        return author !== undefined && author === profileRef.current?.name;
      },
    }),
    [doc],
  );

  const { t } = useTranslation();
  const blocked = readOnly ? t('suggesting.viewer') : profile ? null : t('suggesting.needName');
  const refuse = useCallback((message: string) => {
    setRefusal(message);
    if (refusalTimer.current) clearTimeout(refusalTimer.current);
    refusalTimer.current = setTimeout(() => setRefusal(null), 6000);
  }, []);
  const suggestField = useCallback(
    (field: SuggestibleField, value: string) => {
      const person = profileRef.current;
      if (person) suggestFieldInDoc(doc, field, value, { author: person.name, colour: person.colour }, () => crypto.randomUUID());
    },
    [doc],
  );
  const fieldDecisionOrigin = useMemo(() => ({ fieldDecisions: doc.clientID }), [doc]);
  const decideField = useCallback(
    (id: string, accept: boolean) => resolveFieldSuggestionInDoc(doc, id, accept, fieldDecisionOrigin),
    [doc, fieldDecisionOrigin],
  );
  const controls = useMemo<SuggestionControls>(
    () => ({
      suggesting: suggesting && blocked === null,
      setSuggesting,
      blocked,
      suggester,
      refusal,
      refuse,
      doc,
      suggestField,
      decideField,
      fieldDecisionOrigin,
    }),
    [suggesting, blocked, suggester, refusal, refuse, doc, suggestField, decideField, fieldDecisionOrigin],
  );
  const api = useMemo<SuggestionsApi>(() => ({ ...controls, records }), [controls, records]);
  return (
    <SuggestionsContext.Provider value={api}>
      <ControlsContext.Provider value={controls}>
        <SuggestingContext.Provider value={controls.suggesting}>
          <SuggesterContext.Provider value={suggester}>{children}</SuggesterContext.Provider>
        </SuggestingContext.Provider>
      </ControlsContext.Provider>
    </SuggestionsContext.Provider>
  );
}
