/**
 * Share links for results: capability URLs. The token (128 random bits) is stored only as its
 * SHA-256; `id` is a separate random handle the owner uses to revoke a link. Deleting a result
 * deletes its links.
 */
import { type Kysely, sql } from "kysely";

export const sharesMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("result_share")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("result_id", "text", (c) => c.notNull().references("test_result.id").onDelete("cascade"))
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX result_share_result_idx ON result_share (result_id)`.execute(db);
  },
};
