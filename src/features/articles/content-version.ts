/**
 * The content version: bumped in the same transaction as every article or series write, read by
 * the page cache to know whether a cached page may still be served.
 */
import type { Context } from "hono";
import { type Kysely, sql, type Transaction } from "kysely";
import type { AppEnv } from "../../app-env.js";
import type { Db } from "../../db/index.js";
import type { Database } from "../../db/schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

export async function bumpContentVersion(db: Executor): Promise<void> {
  await db.updateTable("site_state").set({ value: sql`value + 1` }).where("key", "=", "content_version").execute();
}

/** @example await readContentVersion(db) // 42 */
export async function readContentVersion(db: Db): Promise<number> {
  const row = await db.reader.selectFrom("site_state").select("value").where("key", "=", "content_version").executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** The content version for the page cache, from a request's database. */
export const contentVersionOf = (c: Context<AppEnv>): Promise<number> => readContentVersion(c.get("deps").db);
