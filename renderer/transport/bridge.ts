// The contract client: Electron's preload bridge when present, otherwise browser mode's local HTTP transport.
import type { RedaksiBridge } from '../../shared/contract/api';
import type { AppCommand } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { fromWire, toWire } from '../../shared/contract/wireCodec';

declare global {
  interface Window {
    redaksi?: RedaksiBridge;
  }
}

function browserBridge(): RedaksiBridge {
  const token = document.querySelector<HTMLMetaElement>('meta[name="redaksi-token"]')?.content ?? '';
  const listeners = new Set<(command: AppCommand) => void>();
  return {
    async call(channel, input) {
      try {
        const response = await fetch('/api/call', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Redaksi-Token': token },
          body: toWire({ channel, input }),
          credentials: 'same-origin',
        });
        if (response.status === 403) {
          return {
            ok: false,
            error: { code: 'forbidden', message: 'This page lost its access token: open the address printed by npm start.' },
          };
        }
        return fromWire(await response.text()) as Result<never>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'storage_unavailable',
            message: `Redaksi is not reachable (${(error as Error).message}). Is npm start still running?`,
          },
        };
      }
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const bridge: RedaksiBridge = window.redaksi ?? browserBridge();
export const isElectron = window.redaksi !== undefined;
