// `redaksi history ID|SLUG` and `redaksi diff ID|SLUG A B`: an article's versions and the
// comparison of two of them, through the contract like every other article command.
import type { RevisionSummary } from '../../shared/contract/channels';
import type { CliIo } from './cliIo';

export const HISTORY_COMMANDS_HELP = `  history ID|SLUG                    the article's versions, newest first: number, kind, who, when, name
  diff ID|SLUG A B                   what changed from version A to version B ("now": the article as it stands)`;

const KIND_NAMES: Record<RevisionSummary['kind'], string> = {
  auto: 'automatic',
  manual: 'named',
  import: 'import',
  status: 'status',
  publish: 'published',
  restore: 'restore',
  conflict_copy: 'conflict',
};

export function historyLines(items: RevisionSummary[]): string[] {
  if (items.length === 0) return ['No versions.'];
  return items.map((item) => {
    const who = item.author ? `${item.author}${item.role ? ` (${item.role})` : ''}` : '—';
    const when = item.createdAt.slice(0, 16).replace('T', ' ');
    return `${String(item.revision).padStart(5)}  ${KIND_NAMES[item.kind].padEnd(9)}  ${when}  ${who.padEnd(24)}  ${item.label ?? ''}`.trimEnd();
  });
}

/** "now" or a version number; anything else is a usage mistake. */
export function parseVersion(value: string, allowNow: boolean): number | 'now' | null {
  if (allowNow && value === 'now') return 'now';
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export function printComparison(io: CliIo, from: RevisionSummary, to: RevisionSummary | null, text: string): void {
  io.out(`Version ${from.revision} (${from.createdAt.slice(0, 16).replace('T', ' ')}) → ${to ? `version ${to.revision}` : 'now'}`);
  io.out(text.trimEnd());
}
