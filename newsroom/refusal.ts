// Thrown out of a Hocuspocus hook, this closes the connection with the refusal's code and the reason
// the desk shows (shared/contract/newsroom.ts).
import { NEWSROOM_REFUSALS } from '../shared/contract/newsroom';

export function refusal(kind: keyof typeof NEWSROOM_REFUSALS): Error & { code: number; reason: string } {
  const { code, reason } = NEWSROOM_REFUSALS[kind];
  return Object.assign(new Error(reason), { code, reason });
}
