// What publishing needs of a CMS, whichever it is: upload a picture, read a post, create, update
// and take down a post. The WordPress and Ghost clients each speak their own API behind it.
import type { RemoteStatus } from '../../shared/contract/publishing';
import type { ErrorPhrase } from '../../shared/contract/errorMessages';

export interface UploadedMedia {
  id: string;
  url: string;
}

export interface PictureUpload {
  fileName: string;
  mime: string;
  data: Uint8Array;
  alt: string;
  caption: string;
  credit: string;
}

/** A post as the site has it now. */
export interface RemotePost {
  id: string;
  link: string | null;
  /** The site's modification time (WordPress modified_gmt, Ghost updated_at). */
  modified: string;
  status: string;
  title: string;
  excerpt: string;
  /** The body as the site keeps it (markup). */
  content: string;
  slug: string;
}

export interface OutgoingPost {
  title: string;
  excerpt: string;
  /** The body from our own renderer, pictures pointing at their uploaded copies. */
  html: string;
  slug: string;
  tags: readonly string[];
  byline: string;
  canonicalUrl: string | null;
  status: RemoteStatus;
  /** When to publish (scheduled) or when it was published; ISO, with its offset. */
  publishAt: string | null;
  featured: { media: UploadedMedia; alt: string; caption: string } | null;
  /** Uploaded pictures by their address in the body (WordPress makes them image blocks). */
  media: ReadonlyMap<string, UploadedMedia>;
}

export interface SentResult {
  post: RemotePost;
  /** What this site could not take (a byline that is no user's name, say). */
  notes: ErrorPhrase[];
}

export interface CmsClient {
  readonly site: URL;
  upload(picture: PictureUpload): Promise<UploadedMedia>;
  /** Null when the post is not there any more. */
  get(id: string): Promise<RemotePost | null>;
  create(post: OutgoingPost): Promise<SentResult>;
  /** `current` is the post as just read from the site (Ghost needs its updated_at). */
  update(current: RemotePost, post: OutgoingPost): Promise<SentResult>;
  /** Takes the post off the public site (back to a draft there). */
  unpublish(current: RemotePost): Promise<RemotePost>;
  /** What the site calls the status Redaksi sent ("future" → scheduled…). */
  statusOf(post: RemotePost): RemoteStatus | 'unpublished';
}
