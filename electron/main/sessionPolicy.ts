// The session's rules: every permission denied except writing plain text to the clipboard (for
// "Copy HTML fragment"), and no request leaves the app — journalists protect their sources.
import type { Session } from 'electron';
import { APP_SCHEME } from './appProtocol';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);
const LOCAL_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  // No dictionary downloads (webPreferences turns the checker off in every window as well).
  session.setSpellCheckerEnabled(false);
}
