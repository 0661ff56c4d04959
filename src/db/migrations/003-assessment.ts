/**
 * Test results. A result belongs to an anonymous owner, known only by the SHA-256 of the random
 * token in their cookie; the id in its URL is random too (128 bits), so results cannot be guessed.
 * Booleans are integers (0/1) so both dialects store them alike.
 */
import type { Kysely } from "kysely";

export const assessmentMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("test_result")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("owner_hash", "text", (c) => c.notNull())
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("instrument_version", "text", (c) => c.notNull())
      .addColumn("pattern", "text", (c) => c.notNull())
      .addColumn("safety_flag", "integer", (c) => c.notNull())
      .addColumn("today", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("scores", "text", (c) => c.notNull())
      .addColumn("profile", "text", (c) => c.notNull())
      .addColumn("answers", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("test_result_owner_idx").on("test_result").columns(["owner_hash", "created_at"]).execute();
    await db.schema.createIndex("test_result_lang_idx").on("test_result").columns(["lang"]).execute();
  },
};
