// An embedded social post or video, as saved: the link and what it says, never the platform's
// script or frame. Which platform a link is on, and its one canonical form.
export const EMBED_TYPE = 'embed';

export type EmbedPlatform = 'x' | 'instagram' | 'facebook' | 'tiktok' | 'youtube' | 'vimeo';

/** The platform's own name, as a published page says it (a brand, the same in every language). */
export const PLATFORM_NAMES: Record<EmbedPlatform, string> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  vimeo: 'Vimeo',
};

export interface EmbedFields {
  url: string;
  author: string;
  text: string;
}

export const MAX_EMBED_URL = 2048;
export const MAX_EMBED_AUTHOR = 300;
/** X's longest posts are 25,000 characters. */
export const MAX_EMBED_TEXT = 30_000;

const HOSTS: ReadonlyArray<[RegExp, EmbedPlatform]> = [
  [/^(?:www\.|mobile\.)?(?:twitter|x)\.com$/, 'x'],
  [/^(?:www\.)?instagram\.com$/, 'instagram'],
  [/^(?:www\.|m\.|web\.)?facebook\.com$|^fb\.watch$/, 'facebook'],
  [/^(?:www\.|m\.|vm\.|vt\.)?tiktok\.com$/, 'tiktok'],
  [/^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$|^youtu\.be$/, 'youtube'],
  [/^(?:www\.|player\.)?vimeo\.com$/, 'vimeo'],
];

/** The https link to a post or video on a known platform, in its canonical form; null for anything else. */
export function canonicalEmbedUrl(raw: string): { url: string; platform: EmbedPlatform } | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || raw.length > MAX_EMBED_URL) return null;
  const host = url.hostname.toLowerCase();
  const platform = HOSTS.find(([pattern]) => pattern.test(host))?.[1];
  if (!platform) return null;
  const path = url.pathname;
  switch (platform) {
    case 'x': {
      const m = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})/.exec(path);
      return m ? { platform, url: `https://x.com/${m[1]}/status/${m[2]}` } : null;
    }
    case 'instagram': {
      const m = /^\/(?:[A-Za-z0-9_.]+\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,40})/.exec(path);
      return m ? { platform, url: `https://www.instagram.com/${m[1]}/${m[2]}/` } : null;
    }
    case 'tiktok': {
      const m = /^\/(@[A-Za-z0-9_.]{1,40})\/video\/(\d{5,25})/.exec(path);
      if (m) return { platform, url: `https://www.tiktok.com/${m[1]}/video/${m[2]}` };
      return /^(vm|vt)\./.test(host) && /^\/[A-Za-z0-9]{5,20}\/?$/.test(path) ? { platform, url: `https://${host}${path}` } : null;
    }
    case 'youtube': {
      const id =
        host === 'youtu.be' ? path.slice(1) : (url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(path)?.[1] ?? '');
      return /^[A-Za-z0-9_-]{11}$/.test(id) ? { platform, url: `https://www.youtube.com/watch?v=${id}` } : null;
    }
    case 'vimeo': {
      const m = /^\/(?:video\/)?(\d{3,15})/.exec(path);
      return m ? { platform, url: `https://vimeo.com/${m[1]}` } : null;
    }
    case 'facebook': {
      // Posts, videos, reels, photos and permalinks keep their path and the query that names the post.
      if (
        !/^\/(?:[^/]+\/(?:posts|videos|photos)\/|watch\/?|reel\/|story\.php|permalink\.php|share\/|[^/]+\/?$)/.test(path) &&
        host !== 'fb.watch'
      )
        return null;
      const keep = new URLSearchParams();
      for (const key of ['v', 'story_fbid', 'id', 'fbid']) {
        const value = url.searchParams.get(key);
        if (value) keep.set(key, value);
      }
      const query = keep.toString();
      return { platform, url: `https://${host === 'fb.watch' ? 'fb.watch' : 'www.facebook.com'}${path}${query ? `?${query}` : ''}` };
    }
  }
}

/** The saved fields, each a string within its bound (JSON from a paste can hold anything). */
export function embedFieldsOf(json: Record<string, unknown>): EmbedFields {
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  return { url: text(json.url, MAX_EMBED_URL), author: text(json.author, MAX_EMBED_AUTHOR), text: text(json.text, MAX_EMBED_TEXT) };
}
