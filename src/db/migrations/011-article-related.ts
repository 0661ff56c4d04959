/**
 * Related reading moves out of the article row into its own table. SQLite rewrites a whole row
 * on any UPDATE — with an article's body and rendered HTML that is ~60 KB — so refreshing the
 * related lists after importing 10,000 articles rewrote ~600 MB. Now a refresh writes a few bytes
 * per article. (Dropping the column rewrites the article table once, here.)
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
    await db.schema.alterTable("article").dropColumn("related").execute();
  },
};
