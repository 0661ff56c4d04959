/**
 * PostgreSQL: the large per-article vector (all_vec) is stored uncompressed. Checking a phrase
 * reads the vector of every candidate article, and decompressing it was half of that work
 * (lz4 saved only ~6 %: 158 → 168 MB at 10,000 articles); stored plain, a phrase count over
 * 2,000 Chinese articles takes 32 ms instead of 66. Rows already there are rewritten so the
 * change applies to them too: ~7 s at 10,000 articles, during which searches wait (the table is
 * locked), and the old row versions stay as free space until vacuumed — `VACUUM ANALYZE
 * article_search` afterwards returns it (or `wiki reindex`, which rebuilds the table). SQLite's
 * index is unaffected.
 */
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../index.js";

export function searchVectorStorageMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== "postgres") return;
      await sql`ALTER TABLE article_search ALTER COLUMN all_vec SET STORAGE EXTERNAL`.execute(db);
      // A new value (concatenating nothing builds one) is stored under the column's new rule.
      await sql`UPDATE article_search SET all_vec = all_vec || ''::tsvector`.execute(db);
    },
  };
}
