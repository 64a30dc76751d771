// Who may publish, enforced where every desk's edits meet: only the desk role may move an article
// to Ready or Published. A status set by anyone else is put back at once, by the server, so every
// desk (the one that tried included) converges on the status as it was.
import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { FIELDS_MAP, STATUS_KEY } from '../shared/collab/articleDoc';
import { DESK_ONLY_STATUSES } from '../shared/contract/newsroom';
import { ROLE_RIGHTS, type Account } from './accounts';

/** Origin of the server's own corrections. */
export const POLICY_ORIGIN = 'newsroom-policy';

function userOf(origin: unknown): Account | null {
  // Hocuspocus applies a client's update with its Connection as the origin; the context is ours.
  const context = (origin as { context?: { user?: Account } } | null)?.context;
  return context?.user ?? null;
}

export class StatusPolicy implements Extension {
  extensionName = 'redaksi-status-policy';

  constructor(private readonly log: (message: string) => void) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const fields = document.getMap(FIELDS_MAP) as Y.Map<unknown>;
    fields.observe((event, transaction) => {
      if (!event.keysChanged.has(STATUS_KEY) || transaction.origin === POLICY_ORIGIN) return;
      const user = userOf(transaction.origin);
      const next = fields.get(STATUS_KEY);
      if (!user || ROLE_RIGHTS[user.role].publish || !DESK_ONLY_STATUSES.includes(String(next))) return;
      const before = event.changes.keys.get(STATUS_KEY)?.oldValue;
      this.log(
        `[newsroom] ${user.name} (${user.role}) may not set ${documentName} to ${String(next)}; put back to ${String(before ?? 'none')}`,
      );
      document.transact(() => {
        if (before === undefined) fields.delete(STATUS_KEY);
        else fields.set(STATUS_KEY, before);
      }, POLICY_ORIGIN);
    });
  }
}
