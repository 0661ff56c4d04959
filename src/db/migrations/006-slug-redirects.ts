/**
 * Old article addresses keep working: when an editor changes a slug, the old one points at the
 * article, and its page answers with a permanent redirect.
 */
import type { Kysely } from "kysely";

export const slugRedirectsMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("article_slug_redirect")
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("old_slug", "text", (c) => c.notNull())
      .addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("article_slug_redirect_pk", ["lang", "old_slug"])
      .execute();
  },
};
