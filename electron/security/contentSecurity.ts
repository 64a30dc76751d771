// The renderer's Content Security Policy, the same in Electron and in browser mode: only the app's
// own scripts (and worker), styles, images and API; no inline script, no plugins, no framing. The one exception
// is the publication page's and the fact-check report's own stylesheets, allowed by their SHA-256,
// so the sandboxed previews (srcdoc frames inherit this policy) look like the pages they preview.
import { createHash } from 'node:crypto';
import { PAGE_STYLESHEET, REPORT_STYLESHEET } from '../../shared/publish/stylesheets';

const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // Hunspell (the spelling worker) is WebAssembly: compiling it is allowed, eval of text is not.
  "script-src 'self' 'wasm-unsafe-eval'",
  // The analysis worker, from the app's own bundle only.
  "worker-src 'self'",
  `style-src 'self' ${hashOf(PAGE_STYLESHEET)} ${hashOf(REPORT_STYLESHEET)}`,
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
