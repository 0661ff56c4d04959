/**
 * The editorial wiki: editors and their sessions, a revision for every save of an article (the
 * whole article: body and metadata), and an audit trail of who did what.
 *
 * Session ids are stored only as their SHA-256, like owner tokens and share tokens. Revisions
 * keep the author's email as it was, so history stays readable after an editor is removed.
 * Articles that exist before this migration get their first revision from their current state.
 */
import { type CreateTableBuilder, type Kysely, sql } from "kysely";
import type { Dialect } from "../index.js";

/** An auto-increment primary key in either dialect. */
function withSerialId(table: CreateTableBuilder<string, never>, dialect: Dialect): CreateTableBuilder<string, "id"> {
  return dialect === "postgres"
    ? table.addColumn("id", "serial", (c) => c.primaryKey())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

interface LegacyArticleRow {
  id: number;
  lang: string;
  slug: string;
  series_slug: string;
  installment: number;
  status: string;
  published_at: string | null;
  translation_of: string | null;
  revision: number;
  title: string;
  summary: string;
  tags: string;
  quotes: string;
  faq: string;
  body_md: string;
  updated_at: string;
}

export function editorialMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("editor_user")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("editor_session")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("editor_user.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_seen_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX editor_session_user_idx ON editor_session (user_id)`.execute(db);
      await withSerialId(db.schema.createTable("article_revision"), dialect)
        .addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade"))
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("author_id", "text")
        .addColumn("author_label", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("snapshot", "text", (c) => c.notNull())
        .addUniqueConstraint("article_revision_uq", ["article_id", "revision"])
        .execute();
      await withSerialId(db.schema.createTable("audit_event"), dialect)
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("actor_id", "text")
        .addColumn("actor_label", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("target", "text", (c) => c.notNull())
        .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
        .execute();
      await sql`CREATE INDEX audit_event_created_idx ON audit_event (created_at)`.execute(db);

      // Existing articles start their history from what they are now.
      const rows = (
        await sql<LegacyArticleRow>`SELECT id, lang, slug, series_slug, installment, status, published_at, translation_of,
        revision, title, summary, tags, quotes, faq, body_md, updated_at FROM article`.execute(db)
      ).rows;
      for (const row of rows) {
        const meta = {
          title: row.title,
          slug: row.slug,
          lang: row.lang,
          series: row.series_slug,
          installment: row.installment,
          ...(row.status === "published" && row.published_at ? { published: row.published_at } : {}),
          summary: row.summary,
          tags: JSON.parse(row.tags),
          ...(row.translation_of ? { translationOf: row.translation_of } : {}),
          quotes: JSON.parse(row.quotes),
          faq: (JSON.parse(row.faq) as { q: string; a: string }[]).map(({ q, a }) => ({ q, a })),
        };
        await sql`INSERT INTO article_revision (article_id, revision, action, author_id, author_label, created_at, snapshot)
          VALUES (${row.id}, ${row.revision}, ${"import"}, ${null}, ${"import"}, ${row.updated_at}, ${JSON.stringify({ meta, body: row.body_md })})`.execute(
          db,
        );
      }
    },
  };
}
