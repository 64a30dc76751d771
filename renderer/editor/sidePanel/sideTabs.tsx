// Which of the side panel's tabs is showing, and the counts on the tabs. Shared with the toolbar, so
// "Mark claim" and "Comment" can bring their tab forward; the choice is remembered for next time.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export const SIDE_TABS = ['checklist', 'claims', 'comments', 'suggestions', 'outline', 'history'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

const TAB_KEY = 'redaksi:side-tab';

interface SideTabsApi {
  tab: SideTab;
  show(tab: SideTab): void;
  /** A claim to open (a new object each time); `focus`: with the cursor in its summary (a claim just marked). */
  claimRequest: { id: string; focus: boolean } | null;
  openClaim(id: string, focus?: boolean): void;
}

const SideTabsContext = createContext<SideTabsApi | null>(null);

function rememberedTab(): SideTab {
  const stored = localStorage.getItem(TAB_KEY);
  return (SIDE_TABS as readonly string[]).includes(stored ?? '') ? (stored as SideTab) : 'checklist';
}

export function SideTabsProvider({ children }: { children: ReactNode }) {
  const [tab, setTab] = useState<SideTab>(rememberedTab);
  useEffect(() => localStorage.setItem(TAB_KEY, tab), [tab]);
  const [claimRequest, setClaimRequest] = useState<{ id: string; focus: boolean } | null>(null);
  const show = useCallback((next: SideTab) => setTab(next), []);
  const openClaim = useCallback((id: string, focus = true) => {
    setTab('claims');
    setClaimRequest({ id, focus });
  }, []);
  const api = useMemo(() => ({ tab, show, claimRequest, openClaim }), [tab, show, claimRequest, openClaim]);
  return <SideTabsContext.Provider value={api}>{children}</SideTabsContext.Provider>;
}

export function useSideTabs(): SideTabsApi {
  const api = useContext(SideTabsContext);
  if (!api) throw new Error('useSideTabs outside SideTabsProvider');
  return api;
}
