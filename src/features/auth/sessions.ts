/**
 * Server-side editor sessions. The cookie holds a random 256-bit id; the database holds only its
 * SHA-256. A session ends after an idle spell or at an absolute limit, whichever comes first.
 */
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Db } from "../../db/index.js";
import type { Role } from "../../db/schema.js";
import { hashToken } from "../assessment/owner.js";

export const SESSION_COOKIE = "editor_session";
/** An editor who steps away for lunch stays signed in; one who leaves for the day does not. */
export const IDLE_MS = 4 * 60 * 60 * 1000;
/** Even an active session is renewed by signing in again weekly. */
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading pages does not mean a write each time. */
const TOUCH_MS = 60 * 1000;

export interface SignedInEditor {
  id: string;
  email: string;
  role: Role;
  /** SHA-256 of the session id, to end this session. */
  sessionHash: string;
}

const isHttps = (c: Context) => new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

/** Starts a new session (a fresh id at every sign-in) and sets its cookie. */
export async function startSession(c: Context, db: Db, userId: string, now = Date.now()): Promise<void> {
  const id = randomBytes(32).toString("base64url");
  const at = new Date(now).toISOString();
  await db.kysely
    .insertInto("editor_session")
    .values({ id_hash: hashToken(id), user_id: userId, created_at: at, last_seen_at: at, expires_at: new Date(now + ABSOLUTE_MS).toISOString() })
    .execute();
  // Expired sessions of anyone are cleared now and then, so the table stays small.
  await db.kysely.deleteFrom("editor_session").where("expires_at", "<", at).execute();
  setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/", maxAge: ABSOLUTE_MS / 1000 });
}

/** The editor behind the request's session cookie, or undefined (no, unknown or expired session). */
export async function readSession(c: Context, db: Db, now = Date.now()): Promise<SignedInEditor | undefined> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
  const sessionHash = hashToken(id);
  const row = await db.kysely
    .selectFrom("editor_session")
    .innerJoin("editor_user", "editor_user.id", "editor_session.user_id")
    .select(["editor_user.id", "editor_user.email", "editor_user.role", "editor_session.last_seen_at", "editor_session.expires_at"])
    .where("editor_session.id_hash", "=", sessionHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now >= Date.parse(row.expires_at) || now - lastSeen >= IDLE_MS) {
    await db.kysely.deleteFrom("editor_session").where("id_hash", "=", sessionHash).execute();
    return undefined;
  }
  if (now - lastSeen >= TOUCH_MS) {
    await db.kysely
      .updateTable("editor_session")
      .set({ last_seen_at: new Date(now).toISOString() })
      .where("id_hash", "=", sessionHash)
      .execute();
  }
  return { id: row.id, email: row.email, role: row.role, sessionHash };
}

export async function endSession(c: Context, db: Db, editor: SignedInEditor | undefined): Promise<void> {
  if (editor) await db.kysely.deleteFrom("editor_session").where("id_hash", "=", editor.sessionHash).execute();
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}
