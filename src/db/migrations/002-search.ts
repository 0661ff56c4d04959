/**
 * The search index. SQLite: a contentless FTS5 table (our own tokens, space-separated, so the
 * unicode61 tokenizer only splits on spaces); rowid = article id; columns title, meta (summary,
 * quotes, FAQ) and body, weighted at query time. PostgreSQL: a tsvector per article (weights
 * A/B/C for the same three fields) under a GIN index.
 */
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../index.js";

export function searchMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") {
        await sql`CREATE VIRTUAL TABLE article_fts USING fts5(
          title, meta, body,
          content = '', contentless_delete = 1,
          tokenize = 'unicode61 remove_diacritics 0'
        )`.execute(db);
        return;
      }
      await sql`CREATE TABLE article_search (
        article_id integer PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        vector tsvector NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX article_search_vector_idx ON article_search USING GIN (vector)`.execute(db);
    },
  };
}
