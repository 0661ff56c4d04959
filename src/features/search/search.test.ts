/**
 * Known-answer search tests on SQLite and PostgreSQL, in both languages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/db.js";
import { importDirectory } from "../articles/import.js";
import { rebuildSearchIndex } from "./index-store.js";
import { searchArticles } from "./search.js";

interface Fixture {
  slug: string;
  lang: "en" | "zh";
  title: string;
  summary?: string;
  body: string;
  series?: string;
  published?: string | null;
  quotes?: string[];
}

const FIXTURES: Fixture[] = [
  { slug: "z-attachment", lang: "zh", title: "依恋入门", body: "## 问题情境\n\n我们的依恋关系需要安全感。我爱你，也怕失去你。" },
  { slug: "z-anxious", lang: "zh", title: "焦虑的一方", body: "他是焦虑型的伴侣，常常在冷战之后更加不安。" },
  { slug: "z-avoidant", lang: "zh", title: "回避型伴侣的沉默", body: "有些人需要空间。" },
  // 更加 and 不安 apart, never 更加不安: longer Chinese queries must not match their parts apart.
  { slug: "z-apart", lang: "zh", title: "慢慢来", body: "更加努力，不安也会过去。" },
  { slug: "z-draft", lang: "zh", title: "草稿里的依恋", body: "依恋依恋依恋", published: null },
  { slug: "e-silent", lang: "en", title: "The silent treatment", body: "When a partner goes quiet, the silence hurts." },
  {
    slug: "e-summary",
    lang: "en",
    title: "Coming back after a fight",
    summary: "Why silent evenings feel so long.",
    body: "A treatment that is silent about needs.",
  },
  { slug: "e-body", lang: "en", title: "Small rituals", body: "Tea at the Café, and a silent walk together." },
  { slug: "e-mixed", lang: "en", title: "Words across languages", body: "Some readers call it 冷战; others call it silence." },
  { slug: "e-naive", lang: "en", title: "Naïve hopes", body: "Hope (NEAR the end) is not a plan: OR so they say." },
];

function write(dir: string, f: Fixture, installment: number): void {
  const series = f.series ?? (f.lang === "zh" ? "zh-series" : "en-series");
  const published = f.published === null ? "" : `published: ${f.published ?? "2026-01-10"}\n`;
  const quotes = f.quotes ? `quotes:\n${f.quotes.map((q) => `  - ${JSON.stringify(q)}`).join("\n")}\n` : "";
  const summary = f.summary ? `summary: ${JSON.stringify(f.summary)}\n` : "";
  mkdirSync(join(dir, series), { recursive: true });
  writeFileSync(
    join(dir, series, `${f.slug}.md`),
    `---\ntitle: ${JSON.stringify(f.title)}\nslug: ${f.slug}\nlang: ${f.lang}\nseries: ${series}\ninstallment: ${installment}\n${published}${summary}${quotes}---\n\n${f.body}\n`,
  );
}

for (const dialect of DIALECTS) {
  describe(`search (${dialect})`, () => {
    let db: TestDb;
    let dir: string;
    const clearStatistics = () => sql`DELETE FROM pg_statistic WHERE starelid = 'article_search'::regclass`.execute(db.kysely);
    const statisticsRows = async () =>
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stats WHERE tablename = 'article_search'`.execute(db.kysely)).rows[0]?.n);
    const slugs = async (query: string, lang: "en" | "zh" | "all" = "all", extra: { series?: string } = {}) =>
      (await searchArticles(db, { query, lang, limit: 50, offset: 0, ...extra })).results.map((r) => r.slug);

    beforeAll(async () => {
      db = await createTestDb(dialect);
      dir = mkdtempSync(join(tmpdir(), "wiki-search-"));
      FIXTURES.forEach((f, i) => {
        write(dir, f, i + 1);
      });
      // Ranking fixtures: the same word in the title, the summary/quotes/FAQ, or only the body.
      write(dir, { slug: "rank-body", lang: "en", title: "Evening notes", body: "We practised the boundary again and again.", series: "rank" }, 1);
      write(dir, { slug: "rank-title", lang: "en", title: "A boundary", body: "Short text.", series: "rank" }, 2);
      write(dir, { slug: "rank-quote", lang: "en", title: "Kind words", quotes: ["Here is my boundary."], body: "Short text.", series: "rank" }, 3);
      write(dir, { slug: "tie-old", lang: "en", title: "Gentle start", body: "Same words.", series: "tie", published: "2026-01-01" }, 1);
      write(dir, { slug: "tie-new", lang: "en", title: "Gentle start", body: "Same words.", series: "tie", published: "2026-02-01" }, 2);
      // Pagination: 30 articles sharing one word.
      for (let i = 1; i <= 30; i++)
        write(dir, { slug: `page-${i}`, lang: "zh", title: `第${i}篇`, body: "周末散步是一个小仪式。", series: "pages" }, i);
      const report = await importDirectory(db, dir);
      expect(report.problems).toEqual([]);
    });
    afterAll(async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each([
      ["爱", ["z-attachment"]],
      ["依恋", ["z-attachment"]],
      ["安全感", ["z-attachment"]],
      ["冷战", ["z-anxious", "e-mixed"]],
    ])("Chinese query %s (1, 2, 3 characters) finds %j and never the draft", async (query, expected) => {
      expect((await slugs(query)).sort()).toEqual([...expected].sort());
    });

    it("does not match across different words: 回避型 is not 焦虑型", async () => {
      expect(await slugs("回避型")).toEqual(["z-avoidant"]);
      expect(await slugs("焦虑型")).toEqual(["z-anxious"]);
    });

    it("finds three- and four-character Chinese words only where they are written together", async () => {
      expect(await slugs("更加不安")).toEqual(["z-anxious"]);
      expect(await slugs("加不安")).toEqual(["z-anxious"]);
      expect((await slugs("不安")).sort()).toEqual(["z-anxious", "z-apart"]);
      expect(await slugs("依恋关系")).toEqual(["z-attachment"]);
      expect(await slugs("关系依恋")).toEqual([]);
    });

    it("requires every term (AND) and matches quoted phrases as phrases", async () => {
      expect((await slugs("silent")).sort()).toEqual(["e-body", "e-silent", "e-summary"]);
      expect(await slugs("silent café")).toEqual(["e-body"]);
      expect(await slugs('"silent treatment"')).toEqual(["e-silent"]);
      expect((await slugs("silent treatment")).sort()).toEqual(["e-silent", "e-summary"]);
      expect(await slugs("“安全感” 依恋")).toEqual(["z-attachment"]);
    });

    it("handles mixed Chinese and English queries", async () => {
      expect(await slugs("冷战 silence")).toEqual(["e-mixed"]);
    });

    it("folds case and accents", async () => {
      expect(await slugs("CAFE")).toEqual(["e-body"]);
      expect(await slugs("naive")).toEqual(["e-naive"]);
      expect(await slugs("NAÏVE")).toEqual(["e-naive"]);
    });

    it.each(['"', '" * ( ) - : ^', "OR", "NEAR", "AND", '"unbalanced', "hope)", "(((", "-silence", "tea:", "^café", "'", "\\", "*"])(
      "treats %s as text, never as syntax",
      async (query) => {
        await expect(searchArticles(db, { query, lang: "all", limit: 10, offset: 0 })).resolves.toBeDefined();
      },
    );

    it("finds operator words as plain words", async () => {
      expect(await slugs("NEAR")).toEqual(["e-naive"]);
      expect(await slugs("hope OR")).toEqual(["e-naive"]);
    });

    it("ranks title above summary/quotes above body, and ties by recency", async () => {
      expect(await slugs("boundary")).toEqual(["rank-title", "rank-quote", "rank-body"]);
      expect(await slugs("gentle")).toEqual(["tie-new", "tie-old"]);
    });

    it("filters by language and series", async () => {
      expect(await slugs("silence", "zh")).toEqual([]);
      expect(await slugs("冷战", "zh")).toEqual(["z-anxious"]);
      expect((await slugs("散步", "zh", { series: "pages" })).length).toBe(30);
      expect(await slugs("散步", "zh", { series: "rank" })).toEqual([]);
    });

    it("paginates with a stable total", async () => {
      const first = await searchArticles(db, { query: "散步", lang: "zh", limit: 10, offset: 0 });
      const second = await searchArticles(db, { query: "散步", lang: "zh", limit: 10, offset: 10 });
      const last = await searchArticles(db, { query: "散步", lang: "zh", limit: 10, offset: 25 });
      expect(first.total).toBe(30);
      expect(second.total).toBe(30);
      expect(first.results).toHaveLength(10);
      expect(last.results).toHaveLength(5);
      const seen = new Set([...first.results, ...second.results].map((r) => r.slug));
      expect(seen.size).toBe(20);
    });

    if (dialect === "postgres")
      it("stores the large vector uncompressed (phrase checks read it whole)", async () => {
        const r = await sql<{ s: string }>`SELECT attstorage AS s FROM pg_attribute
          WHERE attrelid = 'article_search'::regclass AND attname = 'all_vec'`.execute(db.kysely);
        expect(r.rows[0]?.s).toBe("e");
      });

    it("counts exactly up to the limit, then says 'more than', and pages the same hits", async () => {
      const search = (offset: number, exactTotalLimit?: number) =>
        searchArticles(db, { query: "散步", lang: "zh", limit: 10, offset, exactTotalLimit });
      const first = await search(0, 12);
      expect([first.total, first.totalExact]).toEqual([12, false]);
      const middle = await search(10, 12);
      expect([middle.total, middle.totalExact]).toEqual([20, false]);
      const last = await search(20, 12);
      expect([last.total, last.totalExact]).toEqual([30, true]);
      const exact = await Promise.all([0, 10, 20].map((offset) => search(offset)));
      expect(exact.every((r) => r.total === 30 && r.totalExact)).toBe(true);
      const capped = [first, middle, last].flatMap((r) => r.results.map((h) => h.slug));
      expect(capped).toEqual(exact.flatMap((r) => r.results.map((h) => h.slug)));
      expect(new Set(capped).size).toBe(30);
    });

    it("pages one hit at a time through the ranking tiers with a small count limit", async () => {
      const page = async (offset: number) =>
        (await searchArticles(db, { query: "boundary", lang: "en", limit: 1, offset, exactTotalLimit: 1 })).results.map((r) => r.slug);
      expect([...(await page(0)), ...(await page(1)), ...(await page(2)), ...(await page(3))]).toEqual(["rank-title", "rank-quote", "rank-body"]);
    });

    it("returns hits with title, series, installment, url and a highlighted snippet", async () => {
      const { results } = await searchArticles(db, { query: "冷战", lang: "zh", limit: 5, offset: 0 });
      expect(results[0]).toEqual({
        slug: "z-anxious",
        lang: "zh",
        title: "焦虑的一方",
        series: "zh-series",
        seriesTitle: "Zh series",
        installment: 2,
        url: "/zh/articles/z-anxious",
        snippet: "他是焦虑型的伴侣，常常在<mark>冷战</mark>之后更加不安。",
      });
    });

    it("keeps the index in step with edits and rebuilds it on demand", async () => {
      const edit = mkdtempSync(join(tmpdir(), "wiki-search-edit-"));
      const installment = FIXTURES.findIndex((f) => f.slug === "e-body") + 1;
      try {
        write(edit, { slug: "e-body", lang: "en", title: "Small rituals", body: "Coffee in the garden." }, installment);
        if (dialect === "postgres") await clearStatistics();
        await importDirectory(db, edit);
        if (dialect === "postgres") expect(await statisticsRows()).toBeGreaterThan(0); // refreshed by the import
        expect(await slugs("café")).toEqual([]);
        expect(await slugs("garden")).toEqual(["e-body"]);
        write(edit, { slug: "e-body", lang: "en", title: "Small rituals", body: "Coffee in the garden.", published: null }, installment);
        await importDirectory(db, edit);
        expect(await slugs("garden")).toEqual([]);
        if (dialect === "postgres") await clearStatistics();
        const indexed = await rebuildSearchIndex(db);
        // The planner has statistics for the rebuilt index at once (not when autovacuum runs).
        if (dialect === "postgres") expect(await statisticsRows()).toBeGreaterThan(0);
        expect(indexed).toBe(FIXTURES.length - 2 + 5 + 30);
        expect(await slugs("依恋")).toEqual(["z-attachment"]);
      } finally {
        rmSync(edit, { recursive: true, force: true });
      }
    });
  });
}
