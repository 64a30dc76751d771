// Images travel beside the documents: content-addressed by the desktop's asset id (the SHA-256 of
// the file as first imported), uploaded once (a second upload of an id is a no-op), downloaded by
// any account. The server checks the hash (of the id, or of the stored file the uploader declares:
// a picture turned upright on import is stored with different bytes), the type and the size.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROLE_RIGHTS, type Account } from './accounts';
import type { NewsroomStore } from './newsroomStore';
import { readBody } from './readBody';

export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);
const HASH = /^[0-9a-f]{64}$/;

type Reply = (status: number, body: unknown) => void;

export function imageRoutes(store: NewsroomStore) {
  /** Answers /api/images[/HASH]; false when the path is not its own. */
  return async (request: IncomingMessage, response: ServerResponse, path: string, user: Account, reply: Reply): Promise<boolean> => {
    if (path === '/api/images' && request.method === 'GET') {
      reply(200, { hashes: await store.imageHashes() });
      return true;
    }
    const answer = (status: number, body: unknown): true => {
      reply(status, body);
      return true;
    };
    const match = /^\/api\/images\/([^/]+)$/.exec(path);
    if (!match) return false;
    const hash = match[1]!;
    if (!HASH.test(hash)) return answer(400, { error: 'An image is named by its SHA-256 (64 hex digits).' });
    if (request.method === 'GET') {
      const row = await store.image(hash);
      if (!row) return answer(404, { error: 'No such image.' });
      response
        .writeHead(200, { 'Content-Type': row.mime, 'Content-Length': row.data.byteLength, 'Cache-Control': 'no-store' })
        .end(row.data);
      return true;
    }
    if (request.method !== 'PUT') return answer(405, { error: 'GET or PUT.' });
    if (!ROLE_RIGHTS[user.role].edit) return answer(403, { error: 'A viewer account cannot upload images.' });
    const mime = String(request.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (!IMAGE_TYPES.has(mime)) return answer(415, { error: 'Only JPEG, PNG, WebP, GIF and AVIF images.' });
    if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      // Said before reading; the rest is read and dropped, so the client hears the answer.
      request.resume();
      return answer(413, { error: `Images up to ${MAX_UPLOAD_BYTES / 1048576} MB.` });
    }
    // Without a length, the body is cut off at the limit.
    const body = await readBody(request, MAX_UPLOAD_BYTES);
    if (!body) return answer(413, { error: `Images up to ${MAX_UPLOAD_BYTES / 1048576} MB.` });
    const actual = createHash('sha256').update(body).digest('hex');
    const declared = String(request.headers['x-redaksi-file-sha256'] ?? '');
    if (actual !== hash && actual !== declared) return answer(422, { error: 'The image does not match its hash.' });
    await store.putImage(hash, { mime, data: body }, user.name);
    reply(200, { hash });
    return true;
  };
}
