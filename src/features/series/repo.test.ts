import { CompiledQuery, createQueryId, type KyselyPlugin, type RootOperationNode, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/db.js";
import { STARTER_CONTENT } from "../../../test/site.js";
import { importDirectory } from "../articles/import.js";
import { listSeries } from "./repo.js";

/** The plan the database chooses for the one query `run` sends. */
async function planOf(db: TestDb, run: (db: TestDb) => Promise<unknown>): Promise<string> {
  const nodes: RootOperationNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await run({ ...db, kysely: db.kysely.withPlugin(recorder), reader: db.reader.withPlugin(recorder) });
  expect(nodes).toHaveLength(1);
  const query = db.kysely.getExecutor().compileQuery(nodes[0] as RootOperationNode, createQueryId());
  if (db.dialect === "sqlite") {
    const rows = db.sqlite?.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[];
    return rows.map((r) => r.detail).join("\n");
  }
  // A handful of rows makes any plan cheap: forbid sequential scans to see which index serves it.
  return db.kysely.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    const result = await trx.executeQuery<{ "QUERY PLAN": string }>(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]));
    return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

for (const dialect of DIALECTS) {
  describe(`series listings (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      await importDirectory(db, STARTER_CONTENT);
    });
    afterAll(() => db.destroy());

    it("count each series' published articles", async () => {
      const series = await listSeries(db, "en");
      expect(series.length).toBeGreaterThan(0);
      const total = await db.kysely
        .selectFrom("article")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("lang", "=", "en")
        .where("status", "=", "published")
        .executeTakeFirstOrThrow();
      expect(series.reduce((sum, s) => sum + s.articleCount, 0)).toBe(Number(total.n));
    });

    // The home, series and search pages list the series with counts; reading article rows for
    // them made the search page take ~150 ms at 10,000 articles. An index holds all it needs.
    it("read the counts from an index alone, never the article rows", async () => {
      const plan = await planOf(db, (d) => listSeries(d, "en"));
      if (dialect === "sqlite") expect(plan).toMatch(/article USING COVERING INDEX article_series_lang_status_idx/);
      else expect(plan).toMatch(/Index Only Scan using article_series_lang_status_idx/);
    });
  });
}
