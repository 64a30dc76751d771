// Requests to a CMS the person configured, and nothing else: redirects are followed only on the
// same site (never with the credentials to another host), answers are read up to a limit, a page
// of HTML where the API should answer is said plainly, and no error message carries a credential.
import { serviceError } from '../../shared/contract/errorMessages';

/** An API answer bigger than this is not one (a post with its content is a few megabytes at most). */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
/** An upload is given as long as it takes at 50 KB/s on top: a large photo over a slow connection is not cut off. */
const SLOWEST_BYTES_PER_MS = 50;
const MAX_REDIRECTS = 3;

export interface CmsRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Secrets that must never appear in an error message, even if the site echoes them. */
  secrets: readonly string[];
}

export interface CmsAnswer {
  status: number;
  json: unknown;
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('•••');
  return out;
}

/** A short, plain reading of an HTML error page: its title, else its first words. */
function pageGist(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const text = (title ?? html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** The CMS's own message in an error answer (WordPress `{ message }`, Ghost `{ errors: [{ message, context }] }`). */
export function cmsMessage(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const record = json as { message?: unknown; errors?: unknown };
  if (typeof record.message === 'string') return record.message;
  if (Array.isArray(record.errors)) {
    const parts = record.errors
      .map((e) => {
        const err = e as { message?: unknown; context?: unknown };
        return [err.message, err.context].filter((p) => typeof p === 'string' && p).join(' ');
      })
      .filter(Boolean);
    if (parts.length) return parts.join('; ');
  }
  return null;
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel();
    throw serviceError('remote_failed', 'cmsAnswerTooBig', { mb: Math.round(MAX_ANSWER_BYTES / 1024 / 1024) });
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw serviceError('remote_failed', 'cmsAnswerTooBig', { mb: Math.round(MAX_ANSWER_BYTES / 1024 / 1024) });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function bodyBytes(body: CmsRequest['body']): number {
  if (body instanceof Uint8Array) return body.byteLength;
  if (typeof body === 'string') return body.length;
  if (body instanceof FormData) {
    let total = 0;
    body.forEach((value) => (total += typeof value === 'string' ? value.length : value.size));
    return total;
  }
  return 0;
}

function networkFailure(error: unknown, site: URL): never {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if ((error as Error).name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT')
    throw serviceError('remote_failed', 'cmsTimeout', { site: site.host });
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code) || /certificate/i.test(cause?.message ?? ''))
    throw serviceError('remote_failed', 'cmsTls', { site: site.host, reason: code || (cause?.message ?? '') });
  throw serviceError('remote_failed', 'cmsUnreachable', { site: site.host, reason: code || (cause?.message ?? (error as Error).message) });
}

/** One request to the site at `site`; `url` must be on it. JSON answers only: anything else is an error said plainly. */
export async function cmsFetch(site: URL, url: URL, request: CmsRequest): Promise<CmsAnswer> {
  let target = url;
  for (let hop = 0; ; hop++) {
    if (target.origin !== site.origin) throw serviceError('remote_failed', 'cmsRedirected', { site: site.origin, other: target.origin });
    let response: Response;
    try {
      response = await fetch(target, {
        method: request.method ?? 'GET',
        headers: { Accept: 'application/json', ...request.headers },
        // A copy as a plain ArrayBuffer view (fetch takes no view of a shared buffer).
        body: request.body instanceof Uint8Array ? new Uint8Array(request.body) : request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS + Math.ceil(bodyBytes(request.body) / SLOWEST_BYTES_PER_MS)),
      });
    } catch (error) {
      networkFailure(error, site);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw serviceError('remote_failed', 'cmsRedirected', { site: site.origin, other: target.origin });
      // A redirect of a POST would drop or resend the body: only reads follow one.
      const next = new URL(response.headers.get('location')!, target);
      if ((request.method ?? 'GET') !== 'GET' || next.origin !== site.origin)
        throw serviceError('remote_failed', 'cmsRedirected', { site: site.origin, other: next.origin });
      target = next;
      continue;
    }
    // A byte-order mark (some WordPress plugins print one) is not part of the JSON.
    const text = (await readLimited(response)).replace(/^\uFEFF/, '');
    let json: unknown = undefined;
    const type = response.headers.get('content-type') ?? '';
    if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (json === undefined) {
      throw serviceError('remote_failed', 'cmsNotApi', {
        site: site.host,
        status: response.status,
        gist: scrub(pageGist(text), request.secrets) || '—',
      });
    }
    if (response.status === 401 || response.status === 403) {
      throw serviceError('remote_failed', 'cmsRefusedCredentials', {
        site: site.host,
        detail: scrub(cmsMessage(json) ?? `HTTP ${response.status}`, request.secrets),
      });
    }
    if (response.status >= 400) {
      throw serviceError('remote_failed', 'cmsAnswered', {
        site: site.host,
        status: response.status,
        detail: scrub(cmsMessage(json) ?? '', request.secrets) || '—',
      });
    }
    return { status: response.status, json };
  }
}
