// The contract client: Electron's preload bridge when present, otherwise browser mode's local HTTP transport.
import type { RedaksiBridge } from '../../shared/contract/api';
import type { AppCommand } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { fromWire, toWire } from '../../shared/contract/wireCodec';
import { errorPhraseSchema } from '../../shared/contract/errorMessages';
import { t } from '../i18n/i18n';
import { sayPhrase } from '../i18n/sayPhrase';

declare global {
  interface Window {
    redaksi?: RedaksiBridge;
  }
}

const TOKEN_KEY = 'redaksi-token';

/**
 * Browser mode's access token arrives in the address's fragment (never sent to a server, never a
 * cookie that other local servers would receive), is kept for this tab only (so a reload works), and
 * is taken out of the address bar and the page's history entry at once.
 */
function takeToken(): string {
  const fromAddress = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromAddress;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Browser mode: every request to the local server carries the token in this header. */
export const TOKEN_HEADER = 'X-Redaksi-Token';
let browserToken = '';

/** Browser mode's token for this tab (the live-document WebSocket offers it as a subprotocol). */
export function sessionToken(): string {
  return browserToken;
}

/** A GET on browser mode's server with the token (images); Electron's protocol needs none. */
export function authorizedFetch(path: string): Promise<Response> {
  return fetch(path, { headers: { [TOKEN_HEADER]: browserToken }, credentials: 'omit' });
}

function browserBridge(): RedaksiBridge {
  browserToken = takeToken();
  const token = browserToken;
  const listeners = new Set<(command: AppCommand) => void>();
  return {
    async call(channel, input) {
      try {
        const response = await fetch('/api/call', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: toWire({ channel, input }),
          credentials: 'omit',
        });
        if (response.status === 403) {
          return {
            ok: false,
            error: { code: 'forbidden', message: t('bridge.lostToken') },
          };
        }
        return fromWire(await response.text()) as Result<never>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'storage_unavailable',
            message: t('bridge.unreachable', { reason: (error as Error).message }),
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

/** A refusal that came as a phrase is said in the interface's language (its English stays in logs and the CLI). */
function inInterfaceLanguage<T>(result: Result<T>): Result<T> {
  if (result.ok || result.error.text === undefined) return result;
  const phrase = errorPhraseSchema.safeParse(result.error.text);
  return phrase.success ? { ok: false, error: { ...result.error, message: sayPhrase('error', phrase.data) } } : result;
}

const transport: RedaksiBridge = window.redaksi ?? browserBridge();
export const bridge: RedaksiBridge = {
  call: async (channel, input) => inInterfaceLanguage(await transport.call(channel, input)),
  onCommand: (listener) => transport.onCommand(listener),
  ...(transport.openLive ? { openLive: (articleId: string) => transport.openLive!(articleId) } : {}),
};
export const isElectron = window.redaksi !== undefined;
