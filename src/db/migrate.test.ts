import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb, DIALECTS } from "../../test/db.js";
import { migrateToLatest, siteMigrations } from "./migrate.js";

async function tables(db: Kysely<unknown>, dialect: string): Promise<string[]> {
  const rows =
    dialect === "sqlite"
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db)
      : await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db);
  return rows.rows.map((r) => r.name);
}

for (const dialect of DIALECTS) {
  describe(`migrations (${dialect})`, () => {
    it("are idempotent: running them again changes nothing", async () => {
      const db = await createTestDb(dialect);
      try {
        const before = await tables(db.kysely as Kysely<unknown>, dialect);
        await migrateToLatest(db);
        expect(await tables(db.kysely as Kysely<unknown>, dialect)).toEqual(before);
      } finally {
        await db.destroy();
      }
    });

    it("a failing migration leaves the database as it was", async () => {
      const db = await createTestDb(dialect);
      try {
        const before = await tables(db.kysely as Kysely<unknown>, dialect);
        const broken = {
          ...siteMigrations(db),
          "900-half-done": {
            async up(k: Kysely<unknown>) {
              await k.schema.createTable("half_done").addColumn("x", "integer").execute();
              throw new Error("boom");
            },
          },
          "901-never": {
            async up(k: Kysely<unknown>) {
              await k.schema.createTable("never").addColumn("x", "integer").execute();
            },
          },
        };
        await expect(migrateToLatest(db, broken)).rejects.toThrow(/900-half-done failed: boom/);
        expect(await tables(db.kysely as Kysely<unknown>, dialect)).toEqual(before);
        const recorded = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db.kysely);
        expect(recorded.rows.map((r) => r.name)).not.toContain("900-half-done");
      } finally {
        await db.destroy();
      }
    });
  });
}
