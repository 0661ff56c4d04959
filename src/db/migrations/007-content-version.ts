/**
 * One number that changes whenever published content may have changed (any article or series
 * write). Cached pages are keyed by it, so every process serves fresh pages right after a
 * publish without talking to the others.
 */
import { type Kysely, sql } from "kysely";

export const contentVersionMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("site_state")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
    await sql`INSERT INTO site_state (key, value) VALUES ('content_version', 1)`.execute(db);
  },
};
