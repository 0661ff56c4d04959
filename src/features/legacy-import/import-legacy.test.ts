import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/db.js";
import { importLegacyPages } from "./import-legacy.js";

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8") });

for (const dialect of DIALECTS) {
  describe(`legacy import into the database (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    const article = (lang: string, slug: string) =>
      db.kysely
        .selectFrom("article")
        .selectAll()
        .where("lang", "=", lang as "en")
        .where("slug", "=", slug)
        .executeTakeFirst();

    it("imports English and Chinese pages, reports missing parts, and fails a bad page without writing it", async () => {
      const reports = await importLegacyPages(
        db,
        ["en-full.txt", "zh-full.txt", "en-no-faq.txt", "zh-no-quotes.txt", "en-bad-header.txt"].map(fixture),
        {
          now: new Date("2026-11-25T00:00:00Z"),
        },
      );
      expect(reports.map((r) => [r.file, r.outcome, r.lang])).toEqual([
        ["en-full.txt", "created", "en"],
        ["zh-full.txt", "created", "zh"],
        ["en-no-faq.txt", "created", "en"],
        ["zh-no-quotes.txt", "created", "zh"],
        ["en-bad-header.txt", "failed", undefined],
      ]);
      expect(reports[2]?.missing).toEqual(["faq"]);
      expect(reports[3]?.missing).toEqual(["quotes"]);
      expect(reports[4]?.problems[0]?.field).toBe("header");

      const en = await article("en", "after-the-argument-what-to-say-first");
      expect(en).toMatchObject({ series_slug: "quiet-repair", installment: 12, status: "published", published_at: "2026-11-25T00:00:00.000Z" });
      expect(JSON.parse(en?.toc ?? "[]").length).toBeGreaterThan(3);
      expect(JSON.parse(en?.faq ?? "[]").length).toBeGreaterThan(1);
      const zh = await db.kysely.selectFrom("article").selectAll().where("lang", "=", "zh").where("installment", "=", 8).executeTakeFirstOrThrow();
      expect(zh.title).toBe("争吵之后，先说哪一句");
      const series = await db.kysely
        .selectFrom("series_text")
        .select(["title"])
        .where("series_slug", "=", zh.series_slug)
        .where("lang", "=", "zh")
        .executeTakeFirstOrThrow();
      expect(series.title).toBe("冷静修复");
      // Published pages are searchable at once.
      const indexed =
        dialect === "sqlite"
          ? await db.kysely
              .selectFrom("article_search_key" as never)
              .selectAll()
              .execute()
          : [];
      if (dialect === "sqlite") expect(indexed.length).toBe(4);
    });

    it("importing the same page again changes nothing; an edited page becomes a new revision, not a copy", async () => {
      const [again] = await importLegacyPages(db, [fixture("en-full.txt")]);
      expect(again?.outcome).toBe("unchanged");
      const edited = fixture("en-full.txt");
      edited.text = edited.text.replace("I. ", "I. Revised ");
      const [updated] = await importLegacyPages(db, [edited]);
      expect(updated?.outcome).toBe("updated");
      const rows = await db.kysely
        .selectFrom("article")
        .select(["id", "revision"])
        .where("series_slug", "=", "quiet-repair")
        .where("installment", "=", 12)
        .execute();
      expect(rows).toHaveLength(1);
      const revisions = await db.kysely
        .selectFrom("article_revision")
        .select(["revision", "action"])
        .where("article_id", "=", rows[0]?.id ?? 0)
        .orderBy("revision")
        .execute();
      expect(revisions).toEqual([
        { revision: 1, action: "import" },
        { revision: 2, action: "import" },
      ]);
    });

    it("a page imported again leaves an article alone once an editor has changed it (renamed, moved, unpublished)", async () => {
      const { saveArticle } = await import("../articles/store.js");
      const { prepareArticle } = await import("../articles/prepare.js");
      const { findEditableArticle } = await import("../editor/repo.js");
      const row = await db.kysely.selectFrom("article").select("id").where("series_slug", "=", "listening-first").executeTakeFirstOrThrow();
      const current = await findEditableArticle(db, row.id);
      if (!current) throw new Error("fixture");
      const { published: _live, ...draftMeta } = current.file.meta;
      await db.kysely.transaction().execute((trx) =>
        saveArticle(trx, db.dialect, {
          id: row.id,
          article: prepareArticle({ meta: { ...draftMeta, slug: "renamed-by-an-editor", installment: 99 }, body: current.file.body }),
          baseRevision: current.revision,
          authorship: { authorId: null, authorLabel: "ed@example.org", action: "unpublish" },
        }),
      );
      const edited = fixture("en-no-faq.txt");
      edited.text = edited.text.replace("I. ", "I. Changed ");
      const [report] = await importLegacyPages(db, [edited]);
      expect(report).toMatchObject({ outcome: "skipped", slug: "renamed-by-an-editor", installment: 99 });
      const after = await db.kysely
        .selectFrom("article")
        .select(["slug", "status", "installment"])
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      expect(after).toEqual({ slug: "renamed-by-an-editor", status: "draft", installment: 99 });
      expect(await db.kysely.selectFrom("article").select("id").where("series_slug", "=", "listening-first").execute()).toHaveLength(1);
    });

    it("adopts an imported article at the page's place that has no link yet (imported before links were kept)", async () => {
      await db.kysely.deleteFrom("legacy_source").execute();
      const edited = fixture("zh-full.txt");
      edited.text = edited.text.replace("一、", "一、新");
      const [report] = await importLegacyPages(db, [edited]);
      expect(report?.outcome).toBe("updated");
      expect(await db.kysely.selectFrom("article").select("id").where("lang", "=", "zh").where("installment", "=", 8).execute()).toHaveLength(1);
      expect(await db.kysely.selectFrom("legacy_source").select("article_id").execute()).toHaveLength(1);
    });

    it("links a page to its translation at the same place in the same series; drafts on request", async () => {
      const reports = await importLegacyPages(
        db,
        [fixture("en-full.txt"), fixture("zh-full.txt")].map((f) => ({ ...f, text: f.text.replace(/ - (8|12) - /, " - 30 - ") })),
        {
          series: "paired-series",
          draft: true,
        },
      );
      expect(reports.map((r) => r.outcome)).toEqual(["created", "created"]);
      const zh = await db.kysely
        .selectFrom("article")
        .select(["translation_of", "status"])
        .where("series_slug", "=", "paired-series")
        .where("lang", "=", "zh")
        .executeTakeFirstOrThrow();
      expect(zh).toEqual({ translation_of: reports[0]?.slug, status: "draft" });
    });
  });
}
