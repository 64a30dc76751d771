// The article's claims, shared by the toolbar, the claims panel, the highlights and the checklist.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Claim, ClaimFields } from '../../../shared/claims/claimSchema';
import { findScale, type VerdictScale } from '../../../shared/claims/verdictScales';
import { claimsMap } from '../../../shared/collab/claimsDoc';
import type * as Y from 'yjs';
import { bridge } from '../../transport/bridge';

export interface ClaimsApi {
  articleId: string;
  claims: Claim[];
  scale: VerdictScale;
  error: string | null;
  /** The list has been read from the store (until then no mark may be judged unknown). */
  loaded: boolean;
  /** Known at once (before React re-renders), so a mark made right after create is never pruned. */
  isKnown(id: string): boolean;
  create(quote: string, fields?: Partial<ClaimFields>): Promise<Claim | null>;
  update(id: string, patch: Partial<ClaimFields>): Promise<void>;
  comment(id: string, author: string, text: string): Promise<void>;
  signOff(id: string, by: string): Promise<void>;
  remove(id: string): Promise<void>;
  setScale(scaleId: string): Promise<void>;
  /** Writes pending edits first (sign-off is given on the saved revision). */
  flushArticle(): Promise<void>;
}

const ClaimsContext = createContext<ClaimsApi | null>(null);

export function useClaims(): ClaimsApi {
  const api = useContext(ClaimsContext);
  if (!api) throw new Error('useClaims outside ClaimsProvider');
  return api;
}

export function ClaimsProvider({
  articleId,
  flushArticle,
  doc,
  synced,
  children,
}: {
  articleId: string;
  flushArticle(): Promise<void>;
  /** The article's live document: its claim records arrive there from every window. */
  doc: Y.Doc;
  /** The document's content has arrived from the main side. */
  synced: boolean;
  children: ReactNode;
}) {
  const [claims, setClaims] = useState<Claim[]>([]);
  const [scaleId, setScaleId] = useState('default');
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const known = useRef(new Set<string>());

  const reload = useCallback(async () => {
    const result = await bridge.call('claims:list', { articleId });
    if (result.ok) {
      setClaims(result.value.items);
      known.current = new Set(result.value.items.map((c) => c.id));
      setScaleId(result.value.scaleId);
      setLoaded(true);
    } else setError(result.error.message);
  }, [articleId]);

  // Loaded once the document is here, not while the editor is still opening (a long article's
  // claims would compete with it), and then again whenever the document's records change.
  useEffect(() => {
    if (synced) void reload();
  }, [reload, synced]);

  // Another window (or the main side) created, changed or deleted a claim: the list follows.
  useEffect(() => {
    if (!synced) return;
    const records = claimsMap(doc);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const changed = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), 100);
    };
    records.observeDeep(changed);
    return () => {
      records.unobserveDeep(changed);
      if (timer) clearTimeout(timer);
    };
  }, [doc, reload, synced]);

  const replace = useCallback((claim: Claim) => setClaims((list) => list.map((c) => (c.id === claim.id ? claim : c))), []);

  const api = useMemo<ClaimsApi>(
    () => ({
      articleId,
      claims,
      scale: findScale(scaleId),
      error,
      loaded,
      // A record in the document counts even before this window's list has caught up with it.
      isKnown: (id) => known.current.has(id) || claimsMap(doc).has(id),
      flushArticle,
      async create(quote, fields) {
        const result = await bridge.call('claims:create', { articleId, quote, ...(fields ? { fields } : {}) });
        if (!result.ok) {
          setError(result.error.message);
          return null;
        }
        known.current.add(result.value.id);
        setClaims((list) => [...list, result.value]);
        return result.value;
      },
      async update(id, patch) {
        const result = await bridge.call('claims:update', { id, patch });
        if (result.ok) replace(result.value);
        else setError(result.error.message);
      },
      async comment(id, author, text) {
        const result = await bridge.call('claims:comment', { id, author, text });
        if (result.ok) replace(result.value);
        else setError(result.error.message);
      },
      async signOff(id, by) {
        await flushArticle();
        const result = await bridge.call('claims:signOff', { id, by });
        if (result.ok) replace(result.value);
        else setError(result.error.message);
      },
      async remove(id) {
        const result = await bridge.call('claims:delete', { id });
        if (result.ok) {
          known.current.delete(id);
          setClaims((list) => list.filter((c) => c.id !== id));
        } else setError(result.error.message);
      },
      async setScale(next) {
        const result = await bridge.call('claims:setScale', { scaleId: next });
        if (result.ok) setScaleId(next);
        else setError(result.error.message);
      },
    }),
    [articleId, claims, scaleId, error, loaded, flushArticle, replace, doc],
  );
  return <ClaimsContext.Provider value={api}>{children}</ClaimsContext.Provider>;
}
