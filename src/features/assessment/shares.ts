/**
 * Share links: create (owner only), find by token (anyone holding it), list and revoke (owner only).
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { hashToken, randomId } from "./owner.js";
import type { Pattern } from "./scoring.js";

export interface Share {
  id: string;
  lang: Lang;
  createdAt: string;
}

/** What a share page may show: the pattern and the two dimensions — no answers, no safety. */
export interface SharedResult {
  lang: Lang;
  pattern: Pattern;
  anxiety: number;
  avoidance: number;
}

/** A token of 128 random bits, base64url: cannot be guessed or enumerated. */
const newToken = () => randomBytes(16).toString("base64url");
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** Creates a share link for the owner's result; undefined when the result is not theirs. */
export async function createShare(
  db: Db,
  props: { resultId: string; ownerHash: string; lang: Lang },
): Promise<{ token: string; id: string } | undefined> {
  const owned = await db.kysely
    .selectFrom("test_result")
    .select("id")
    .where("id", "=", props.resultId)
    .where("owner_hash", "=", props.ownerHash)
    .executeTakeFirst();
  if (!owned) return undefined;
  const token = newToken();
  const id = randomId();
  await db.kysely
    .insertInto("result_share")
    .values({ id, token_hash: hashToken(token), result_id: props.resultId, lang: props.lang, created_at: new Date().toISOString() })
    .execute();
  return { token, id };
}

export async function findShared(db: Db, token: string): Promise<(SharedResult & { shareLang: Lang }) | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const row = await db.kysely
    .selectFrom("result_share as s")
    .innerJoin("test_result as r", "r.id", "s.result_id")
    .select(["s.lang as share_lang", "r.lang", "r.pattern", "r.scores"])
    .where("s.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const scores = JSON.parse(row.scores) as Record<string, number>;
  return {
    shareLang: row.share_lang,
    lang: row.lang,
    pattern: row.pattern as Pattern,
    anxiety: scores.anxiety ?? 0,
    avoidance: scores.avoidance ?? 0,
  };
}

export async function listShares(db: Db, resultId: string): Promise<Share[]> {
  const rows = await db.kysely
    .selectFrom("result_share")
    .select(["id", "lang", "created_at"])
    .where("result_id", "=", resultId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({ id: r.id, lang: r.lang, createdAt: r.created_at }));
}

/** Revokes a link, by its token or its id, if the caller owns the result. Returns the token hash revoked. */
export async function revokeShare(db: Db, props: { token?: string; id?: string; ownerHash: string }): Promise<string | undefined> {
  let query = db.kysely
    .selectFrom("result_share as s")
    .innerJoin("test_result as r", "r.id", "s.result_id")
    .select(["s.id", "s.token_hash"])
    .where("r.owner_hash", "=", props.ownerHash);
  if (props.token !== undefined) {
    if (!TOKEN.test(props.token)) return undefined;
    query = query.where("s.token_hash", "=", hashToken(props.token));
  } else if (props.id !== undefined) query = query.where("s.id", "=", props.id);
  else return undefined;
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  await db.kysely.deleteFrom("result_share").where("id", "=", row.id).execute();
  return row.token_hash;
}
