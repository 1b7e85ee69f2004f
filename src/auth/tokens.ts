// Editor tokens: operators configure only their SHA-256 (EDITOR_TOKENS_SHA256); a request's
// bearer token is hashed and compared with every configured hash in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EditorCredential } from '../config';

export interface Editor {
  name: string;
}

const BEARER = /^Bearer ([A-Za-z0-9_\-.~+/=]{16,512})$/;

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A new random token and the EDITOR_TOKENS_SHA256 entry that admits it. */
export function newToken(name: string): { token: string; entry: string } {
  const token = `bfg_${randomBytes(32).toString('base64url')}`;
  return { token, entry: `${name}:${sha256(token).toString('hex')}` };
}

/**
 * The editor an `Authorization` header identifies, or null. Every configured hash is compared
 * (no early exit), so the time taken does not say which entry, if any, came close.
 */
export function authenticate(header: string | undefined, editors: readonly EditorCredential[]): Editor | null {
  if (!header || editors.length === 0) return null;
  const m = header.trim().match(BEARER);
  if (!m) return null;
  const digest = sha256(m[1]!);
  let found: EditorCredential | null = null;
  for (const e of editors) {
    if (timingSafeEqual(digest, e.sha256) && !found) found = e;
  }
  return found ? { name: found.name } : null;
}
