import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/db.js";
import { STARTER_CONTENT } from "../../../test/site.js";
import { exportDirectory } from "./export.js";
import { importDirectory } from "./import.js";

function article(over: Record<string, string | number> = {}, body = "## Section\n\nText.\n"): string {
  const fields = { title: '"Title"', slug: "one", lang: "en", series: "s", installment: 1, published: "2026-01-01", ...over };
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "wiki-import-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Everything that makes an article what it is — not ids or timestamps. */
async function snapshot(db: TestDb) {
  const rows = await db.kysely.selectFrom("article").selectAll().orderBy("lang").orderBy("slug").execute();
  const series = await db.kysely.selectFrom("series_text").selectAll().orderBy("series_slug").orderBy("lang").execute();
  return {
    series,
    articles: rows.map(({ id, created_at, updated_at, revision, ...rest }) => rest),
  };
}

for (const dialect of DIALECTS) {
  describe(`import and export (${dialect})`, () => {
    let db: TestDb;
    const dirs: string[] = [];
    beforeEach(async () => {
      db = await createTestDb(dialect);
    });
    afterEach(async () => {
      await db.destroy();
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    });
    const tmp = (files: Record<string, string>) => {
      const d = folder(files);
      dirs.push(d);
      return d;
    };

    it("imports the starter content: 4 series, 24 articles, series texts in both languages", async () => {
      const report = await importDirectory(db, STARTER_CONTENT);
      expect(report.problems).toEqual([]);
      expect(report.created).toBe(24);
      const texts = await db.kysely
        .selectFrom("series_text")
        .select(["series_slug", "lang", "title"])
        .where("series_slug", "=", "silent-treatment-and-repair")
        .orderBy("lang")
        .execute();
      expect(texts).toEqual([
        { series_slug: "silent-treatment-and-repair", lang: "en", title: "Silent Treatment and Repair" },
        { series_slug: "silent-treatment-and-repair", lang: "zh", title: "冷战与修复" },
      ]);
    });

    it("worker threads give exactly what preparing inline gives, and report bad files the same way", async () => {
      const bad = tmp({ "broken.md": "---\ntitle: x\n---\nno slug", "ok.md": article({ slug: "fine-one" }) });
      const inline = await createTestDb(dialect);
      try {
        const threaded = await importDirectory(db, STARTER_CONTENT, { threads: 2 });
        const plain = await importDirectory(inline, STARTER_CONTENT, { threads: 0 });
        expect(threaded).toEqual(plain);
        const rows = (d: TestDb) =>
          d.kysely
            .selectFrom("article")
            .leftJoin("article_related as ar", "ar.article_id", "article.id")
            .select(["lang", "slug", "body_html", "toc", "faq", "ar.related", "source_hash"])
            .orderBy("lang")
            .orderBy("slug")
            .execute();
        expect(await rows(db)).toEqual(await rows(inline));
        const search = await (dialect === "sqlite"
          ? sql`SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ${"body:冷战"}`.execute(db.kysely)
          : sql`SELECT count(*) AS n FROM article_search WHERE all_vec @@ ${"冷战"}::tsquery`.execute(db.kysely));
        expect(Number((search.rows[0] as { n: number }).n)).toBeGreaterThan(0);
        const report = await importDirectory(db, bad, { threads: 2 });
        expect(report.created).toBe(1);
        expect(report.problems.map((p) => p.file)).toContain("broken.md");
      } finally {
        await inline.destroy();
      }
    });

    it("reports bad files by file and field, writes nothing of them, and still imports the good ones", async () => {
      const dir = tmp({
        "good.md": article(),
        "bad/lang.md": article({ slug: "two", lang: "fr", installment: 2 }),
        "bad/installment.md": article({ slug: "three", installment: "x" }),
        "dupe.md": article({ slug: "four", installment: 1 }),
        "notes.txt": "ignored",
      });
      const report = await importDirectory(db, dir);
      expect(report.created).toBe(1);
      expect(report.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: join("bad", "lang.md"), field: "lang" }),
          expect.objectContaining({ file: join("bad", "installment.md"), field: "installment" }),
          expect.objectContaining({ file: "good.md", field: "installment" }),
        ]),
      );
      const slugs = await db.kysely.selectFrom("article").select("slug").execute();
      expect(slugs.map((r) => r.slug)).toEqual(["four"]);
    });

    it("importing the same folder twice updates instead of duplicating", async () => {
      const dir = tmp({ "a.md": article(), "b.md": article({ slug: "b", installment: 2 }) });
      expect((await importDirectory(db, dir)).created).toBe(2);
      const again = await importDirectory(db, dir);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      writeFileSync(join(dir, "a.md"), article({ title: '"New title"' }));
      expect(await importDirectory(db, dir)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const rows = await db.kysely.selectFrom("article").select(["slug", "title", "revision"]).orderBy("slug").execute();
      expect(rows).toEqual([
        { slug: "b", title: "Title", revision: 1 },
        { slug: "one", title: "New title", revision: 2 },
      ]);
    });

    it("refuses an installment another article already holds, and keeps the holder", async () => {
      await importDirectory(db, tmp({ "a.md": article() }));
      const report = await importDirectory(db, tmp({ "b.md": article({ slug: "other" }) }));
      expect(report.problems).toEqual([{ file: "b.md", field: "installment", message: expect.stringContaining('"one"') }]);
      expect((await db.kysely.selectFrom("article").select("slug").execute()).map((r) => r.slug)).toEqual(["one"]);
    });

    it("creates series from their slugs when there is no series.yaml", async () => {
      await importDirectory(db, tmp({ "a.md": article({ series: "long-distance" }) }));
      const texts = await db.kysely.selectFrom("series_text").select(["lang", "title"]).orderBy("lang").execute();
      expect(texts).toEqual([
        { lang: "en", title: "Long distance" },
        { lang: "zh", title: "Long distance" },
      ]);
    });

    it("reports a malformed series.yaml without stopping the articles", async () => {
      const report = await importDirectory(db, tmp({ "series.yaml": "Bad Slug:\n  en: { title: x }\n", "a.md": article() }));
      expect(report.problems[0]).toMatchObject({ file: "series.yaml" });
      expect(report.created).toBe(1);
    });

    it("computes related reading when articles change", async () => {
      await importDirectory(db, STARTER_CONTENT);
      const row = await db.kysely
        .selectFrom("article")
        .innerJoin("article_related as ar", "ar.article_id", "article.id")
        .select("ar.related")
        .where("lang", "=", "en")
        .where("slug", "=", "the-pursue-withdraw-cycle")
        .executeTakeFirstOrThrow();
      const ids = JSON.parse(row.related) as number[];
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const related = await db.kysely.selectFrom("article").select(["lang"]).where("id", "in", ids).execute();
      expect(related.every((r) => r.lang === "en")).toBe(true);
    });

    it("export then import gives the same articles", async () => {
      await importDirectory(db, STARTER_CONTENT);
      await importDirectory(
        db,
        tmp({ "draft.md": article({ slug: "draft-one", series: "attachment-and-communication", installment: 99, published: "" }) }),
      );
      const out = tmp({});
      const exported = await exportDirectory(db, out);
      expect(exported.articles).toBe(25);
      const copy = await createTestDb(dialect);
      try {
        const report = await importDirectory(copy, out);
        expect(report.problems).toEqual([]);
        expect(await snapshot(copy)).toEqual(await snapshot(db));
      } finally {
        await copy.destroy();
      }
    });
  });
}
