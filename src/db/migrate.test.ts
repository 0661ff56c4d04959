import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb, DIALECTS } from "../../test/db.js";
import { importDirectory } from "../features/articles/import.js";
import { findArticlePage } from "../features/articles/repo.js";
import { searchArticles } from "../features/search/search.js";
import { migrateToLatest, siteMigrations } from "./migrate.js";
import { searchVectorStorageMigration } from "./migrations/010-search-vector-storage.js";

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

describe.skipIf(!DIALECTS.includes("postgres"))("migration 010 on a database with articles (postgres)", () => {
  it("rewrites search vectors stored compressed before it, and search still finds them", async () => {
    const db = await createTestDb("postgres");
    const dir = mkdtempSync(join(tmpdir(), "wiki-migrate-"));
    try {
      mkdirSync(join(dir, "walks"));
      // Many similar words: a vector large and repetitive enough to be stored compressed.
      const body = `We talk about the day. ${Array.from({ length: 600 }, (_, i) => `eveningwalk${i}`).join(" ")}`;
      writeFileSync(
        join(dir, "walks", "evening.md"),
        `---\ntitle: Evening walks\nslug: evening-walks\nlang: en\nseries: walks\ninstallment: 1\npublished: 2026-01-10\n---\n\n${body}\n`,
      );
      expect((await importDirectory(db, dir)).problems).toEqual([]);
      // The state before migration 010: the column compressed, its vector stored compressed.
      await sql`ALTER TABLE article_search ALTER COLUMN all_vec SET STORAGE EXTENDED`.execute(db.kysely);
      await sql`UPDATE article_search SET all_vec = all_vec || ''::tsvector`.execute(db.kysely);
      const compression = async () =>
        (await sql<{ c: string | null }>`SELECT pg_column_compression(all_vec) AS c FROM article_search`.execute(db.kysely)).rows[0]?.c;
      expect(await compression()).not.toBeNull();

      await searchVectorStorageMigration("postgres").up(db.kysely as Kysely<unknown>);
      expect(await compression()).toBeNull();
      const found = await searchArticles(db, { query: '"talk about the day"', lang: "en", limit: 10, offset: 0 });
      expect(found.results.map((r) => r.slug)).toEqual(["evening-walks"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.destroy();
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`migration 011 on a database with articles (${dialect})`, () => {
    it("copies related reading into its own table, where the site reads it", async () => {
      const db = await createTestDb(dialect, ":memory:", { upTo: "010-search-vector-storage" });
      try {
        await sql`INSERT INTO series (slug, position, created_at, updated_at) VALUES ('walks', 1, '2026-01-01', '2026-01-01')`.execute(db.kysely);
        for (const [slug, installment, related] of [
          ["a", 1, "[2]"],
          ["b", 2, "[]"],
        ] as const)
          await sql`INSERT INTO article (lang, slug, series_slug, installment, status, published_at, created_at, updated_at, title, body_html, body_md, related)
            VALUES ('en', ${slug}, 'walks', ${installment}, 'published', '2026-01-01', '2026-01-01', '2026-01-01', ${slug}, '<p>x</p>', 'x', ${related})`.execute(
            db.kysely,
          );
        await migrateToLatest(db);
        const moved = await sql<{ slug: string; related: string }>`SELECT a.slug, r.related FROM article_related r
          JOIN article a ON a.id = r.article_id`.execute(db.kysely);
        expect(moved.rows).toEqual([{ slug: "a", related: "[2]" }]);
        const page = await findArticlePage(db, "en", "a");
        expect(page?.related.map((r) => r.slug)).toEqual(["b"]);
      } finally {
        await db.destroy();
      }
    });
  });
}
