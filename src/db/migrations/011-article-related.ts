/**
 * Related reading moves out of the article row into its own table. SQLite rewrites a whole row
 * on any UPDATE — with an article's body and rendered HTML that is ~60 KB — so refreshing the
 * related lists after importing 10,000 articles rewrote ~600 MB. Now a refresh writes a few bytes
 * per article.
 *
 * The old `article.related` column stays, unused, so that servers still running the previous
 * version during a rolling upgrade keep working (they read `[]` from it); a later migration drops
 * it once no such server can remain. Dropping it here would also rewrite the whole article table
 * on SQLite.
 */
import { type Kysely, sql } from "kysely";

export const articleRelatedMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("article_related")
      .addColumn("article_id", "integer", (c) => c.primaryKey().references("article.id").onDelete("cascade"))
      .addColumn("related", "text", (c) => c.notNull())
      .execute();
    await sql`INSERT INTO article_related (article_id, related) SELECT id, related FROM article WHERE related <> '[]'`.execute(db);
  },
};
