// This desk's newsroom account (name and role), asked of the main side once per page: the name goes
// on this window's cursor in other desks, a viewer's editor stays read-only.
import { useEffect, useState } from 'react';
import type { NewsroomAccount } from '../../shared/contract/newsroom';
import { bridge } from '../transport/bridge';

let asked: Promise<NewsroomAccount | null> | null = null;

function newsroomAccount(): Promise<NewsroomAccount | null> {
  asked ??= bridge.call('newsroom:status', {}).then((result) => (result.ok ? result.value.account : null));
  return asked;
}

/** Settings changed the server: the next editor asks again. */
export function forgetNewsroomAccount(): void {
  asked = null;
}

export function useNewsroomAccount(): NewsroomAccount | null {
  const [account, setAccount] = useState<NewsroomAccount | null>(null);
  useEffect(() => {
    let live = true;
    void newsroomAccount().then((found) => live && setAccount(found));
    return () => {
      live = false;
    };
  }, []);
  return account;
}
