/**
 * Which article each page of the old site became. A page is known by what it says of itself
 * (its series title and installment, in its language), so importing it again finds the same
 * article even after an editor renamed, moved or renumbered it.
 */
import type { Kysely } from "kysely";

export const legacySourceMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("legacy_source")
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("source_key", "text", (c) => c.notNull())
      .addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("legacy_source_pk", ["lang", "source_key"])
      .execute();
  },
};
