/**
 * Series, their per-language texts, and articles. Written once for both dialects; only the
 * auto-increment id differs.
 */
import type { Kysely } from "kysely";
import type { Dialect } from "../index.js";

export function contentMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("series")
        .addColumn("slug", "text", (c) => c.primaryKey())
        .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("series_text")
        .addColumn("series_slug", "text", (c) => c.notNull().references("series.slug").onDelete("cascade"))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
        .addPrimaryKeyConstraint("series_text_pk", ["series_slug", "lang"])
        .execute();
      let article = db.schema.createTable("article");
      article =
        dialect === "postgres"
          ? article.addColumn("id", "serial", (c) => c.primaryKey())
          : article.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
      // Small columns first: SQLite stores a row in order, so a filter on `status` or a sort on
      // `published_at` must not have to walk through a 30 KB body's overflow pages to get there.
      await article
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("series_slug", "text", (c) => c.notNull().references("series.slug"))
        .addColumn("installment", "integer", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("published_at", "text")
        .addColumn("translation_of", "text")
        .addColumn("reading_minutes", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("source_hash", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("tags", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("related", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("quotes", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("faq", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("toc", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("body_md", "text", (c) => c.notNull())
        .addUniqueConstraint("article_lang_slug_uq", ["lang", "slug"])
        .addUniqueConstraint("article_series_lang_installment_uq", ["series_slug", "lang", "installment"])
        .execute();
      // Listings: newest published per language, and translation lookups.
      await db.schema.createIndex("article_lang_status_published_idx").on("article").columns(["lang", "status", "published_at"]).execute();
      await db.schema.createIndex("article_translation_idx").on("article").columns(["lang", "translation_of"]).execute();
    },
  };
}
