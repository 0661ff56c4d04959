/**
 * The search index. SQLite: a contentless FTS5 table (our own tokens, space-separated, so the
 * unicode61 tokenizer only splits on spaces); rowid = article id; columns title, meta (summary,
 * quotes, FAQ) and body, so column filters can tell where a query matched. PostgreSQL: per
 * article a tsvector of everything (under a GIN index) plus small ones of the title and of
 * title + meta, which tell the ranking tier without reading the large one.
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
        title_vec tsvector NOT NULL,
        head_vec tsvector NOT NULL,
        all_vec tsvector NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX article_search_all_idx ON article_search USING GIN (all_vec)`.execute(db);
    },
  };
}
