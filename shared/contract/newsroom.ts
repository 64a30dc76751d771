// What the newsroom server and the desktop say to each other besides Hocuspocus' own protocol: the
// shared library's listing (HTTP, with the account's token) and the names of documents.
import { z } from 'zod';

/** A document on the server is named by its article's id (a UUID), nothing else. */
export const newsroomDocumentName = z.uuid();

export const newsroomArticleSchema = z.object({
  id: newsroomDocumentName,
  headline: z.string().max(10_000),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().max(200).nullable(),
});
export type NewsroomArticle = z.infer<typeof newsroomArticleSchema>;

export const newsroomListingSchema = z.object({ articles: z.array(newsroomArticleSchema).max(100_000) });
export type NewsroomListing = z.infer<typeof newsroomListingSchema>;

export const NEWSROOM_PATHS = { articles: '/api/articles' } as const;
