/**
 * The search index.
 *
 * SQLite: a contentless FTS5 table over our own tokens (space-separated, so the unicode61
 * tokenizer only splits on spaces), with columns title, meta (summary, quotes, FAQ) and body —
 * column filters tell where a query matched — plus lang and series as single tokens for exact
 * filters. Its rowid is a recency key (see searchKey) so "newest first" is the index's own order
 * and a page of hits stops reading early. prefix='1' indexes one-character prefixes, which
 * one-character Chinese queries use. article_search_key maps each article to its current key.
 *
 * PostgreSQL: per article a tsvector of everything (under a GIN index) plus small ones of the
 * title and of title + meta, which tell the ranking tier without reading the large one.
 */
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../index.js";

export function searchMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") {
        await sql`CREATE VIRTUAL TABLE article_fts USING fts5(
          title, meta, body, lang, series,
          content = '', contentless_delete = 1, prefix = '1',
          tokenize = 'unicode61 remove_diacritics 0'
        )`.execute(db);
        await sql`CREATE TABLE article_search_key (
          article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
          search_key INTEGER NOT NULL
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
