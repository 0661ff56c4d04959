import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, type TestSite } from "../../../test/site.js";
import { importDirectory } from "../articles/import.js";

for (const dialect of DIALECTS) {
  describe(`series pages (${dialect})`, () => {
    let site: TestSite;
    let dir: string;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      // A long series: 60 installments, written out of order, to check order and pagination.
      dir = mkdtempSync(join(tmpdir(), "wiki-series-"));
      mkdirSync(join(dir, "long"));
      for (const n of [...Array(60).keys()].map((i) => 60 - i)) {
        writeFileSync(
          join(dir, "long", `${n}.md`),
          `---\ntitle: "Part ${n}"\nslug: long-${n}\nlang: en\nseries: long-series\ninstallment: ${n}\npublished: 2026-02-01\n---\n\nText ${n}.\n`,
        );
      }
      await importDirectory(site.db, dir);
    });
    afterAll(async () => {
      await site.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    it("lists every series with its description and article count", async () => {
      const en = await (await site.app.request("/en/series/")).text();
      expect(en).toContain('<a href="/en/series/silent-treatment-and-repair">Silent Treatment and Repair</a>');
      expect(en).toContain("When one partner goes quiet");
      expect(en).toContain("3 articles");
      expect(en).toContain("60 articles");
      const zh = await (await site.app.request("/zh/series/")).text();
      expect(zh).toContain("冷战与修复");
      expect(zh).toContain("3 篇文章");
      expect(zh).toContain("0 篇文章");
    });

    it("lists installments in order, 50 a page", async () => {
      const first = await (await site.app.request("/en/series/long-series")).text();
      const numbers = [...first.matchAll(/<span class="number">(\d+)<\/span>/g)].map((m) => Number(m[1]));
      expect(numbers).toEqual([...Array(50).keys()].map((i) => i + 1));
      expect(first).toContain('href="/en/series/long-series?page=2" rel="next"');
      expect(first).toContain("Page 1 of 2");
      const second = await (await site.app.request("/en/series/long-series?page=2")).text();
      expect([...second.matchAll(/<span class="number">(\d+)<\/span>/g)].map((m) => Number(m[1]))).toEqual([...Array(10).keys()].map((i) => i + 51));
      expect(second).toContain('href="/en/series/long-series" rel="prev"');
    });

    it("shows the starter series in both languages", async () => {
      const zh = await (await site.app.request("/zh/series/forty-day-practice")).text();
      expect(zh).toContain("<h1>四十天练习</h1>");
      expect([...zh.matchAll(/<span class="number">(\d+)<\/span>/g)].map((m) => m[1])).toEqual(["1", "2", "3"]);
    });

    it("treats a malformed page number as the first page and a page past the end as 404", async () => {
      expect((await site.app.request("/en/series/long-series?page=abc")).status).toBe(200);
      expect((await site.app.request("/en/series/long-series?page=%")).status).toBe(200);
      expect((await site.app.request("/en/series/long-series?page=3")).status).toBe(404);
    });

    it("an unknown series is a localized 404", async () => {
      const res = await site.app.request("/zh/series/no-such-series");
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("找不到页面");
    });

    it("redirects the bare series path to the index", async () => {
      const res = await site.app.request("/zh/series");
      expect(res.status).toBe(301);
      expect(res.headers.get("location")).toBe("/zh/series/");
    });
  });
}
