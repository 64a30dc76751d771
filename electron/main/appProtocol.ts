// The renderer is served from redaksi://app/, not file://: one origin, our CSP on every response,
// and no path outside the built renderer folder can be read.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurity';
import { resolveInside } from '../security/safePath';

export const APP_SCHEME = 'redaksi';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL is on the app's own origin. Compared by scheme and host: Node's URL gives custom
 * schemes the origin "null", so comparing `.origin` would refuse our own page.
 */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'app' && url.username === '' && url.port === '';
  } catch {
    return false;
  }
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer and, under /asset/<sha-256>, images from the asset store; nothing else. */
export function serveRenderer(rendererDir: string, assetFile: (id: string) => { path: string; mime: string } | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
    const assetMatch = /^\/asset\/([0-9a-f]{64})$/.exec(url.pathname);
    const file = assetMatch ? assetFile(assetMatch[1]!)?.path : resolveInside(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
