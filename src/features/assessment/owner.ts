/**
 * The anonymous owner: a random token (256 bits) in an HttpOnly cookie; the database only ever
 * sees its SHA-256, so a leaked database cannot be used to act as an owner.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export const OWNER_COOKIE = "owner";
/** A year: long enough to come back to one's results, short enough to lapse. */
const OWNER_MAX_AGE = 365 * 24 * 60 * 60;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A random id for URLs: 128 bits, base64url. */
export const randomId = () => randomBytes(16).toString("base64url");

/** The hash of the caller's owner token, or undefined when they have none. */
export function ownerHash(c: Context): string | undefined {
  const token = getCookie(c, OWNER_COOKIE);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? hashToken(token) : undefined;
}

/** The caller's owner hash, issuing a new owner cookie first when they have none. */
export function ensureOwner(c: Context, secure: boolean): string {
  const existing = ownerHash(c);
  if (existing) return existing;
  const token = randomBytes(32).toString("base64url");
  setCookie(c, OWNER_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: OWNER_MAX_AGE });
  return hashToken(token);
}
