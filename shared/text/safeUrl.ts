// Links editors may put in an article: web pages and mail addresses only.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The normalized URL, or null when it is not an absolute http, https or mailto URL. */
export function checkLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  // "example.com/page" is what people type; treat it as https.
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.')) {
    return null;
  }
  return url.href;
}
