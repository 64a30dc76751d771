// Ghost's Admin API key `id:secret` becomes a short-lived token for each request: HS256 over the
// hex-decoded secret, `kid` = the key's id, audience `/admin/`, five minutes at most (Ghost refuses
// older ones). The key itself never leaves this desk.
import { SignJWT } from 'jose';

/** Ghost's limit is five minutes; a little less leaves room for a clock that runs ahead of the site's. */
const LIFETIME_SECONDS = 4 * 60;

export async function ghostAdminToken(key: string, now = new Date()): Promise<string> {
  const [id, secret] = key.split(':');
  if (!id || !secret) throw new Error('not a Ghost Admin API key');
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: id })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIFETIME_SECONDS)
    .setAudience('/admin/')
    .sign(Buffer.from(secret, 'hex'));
}
