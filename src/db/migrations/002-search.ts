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
 * PostgreSQL: per article a tsvector of the title, of title + meta, and of everything, each
 * under a GIN index, with lang, series and publication time beside them. Plain-word queries are
 * answered by the indexes alone (no vector is read); phrases are checked against the vectors.
 * The large vector used lz4 where the server has it; migration 010 stores it uncompressed.
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
        lang text NOT NULL,
        series_slug text NOT NULL,
        published_at text NOT NULL,
        title_vec tsvector NOT NULL,
        head_vec tsvector NOT NULL,
        all_vec tsvector NOT NULL
      )`.execute(db);
      await sql`DO $$ BEGIN
        EXECUTE 'ALTER TABLE article_search ALTER COLUMN all_vec SET COMPRESSION lz4';
      EXCEPTION WHEN others THEN NULL; -- a server built without lz4 keeps pglz
      END $$`.execute(db);
      // Newest first: a page of a common query reads a few rows in this order and stops.
      await sql`CREATE INDEX article_search_recent_idx ON article_search (published_at DESC, article_id DESC)`.execute(db);
      for (const column of ["title_vec", "head_vec", "all_vec"]) {
        await sql`CREATE INDEX ${sql.raw(`article_search_${column}_idx`)} ON article_search USING GIN (${sql.ref(column)})`.execute(db);
      }
    },
  };
}
