import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { BASE_URL, createTestSite, type TestSite } from "../../../test/site.js";

for (const dialect of DIALECTS) {
  describe(`sitemap, robots and feeds (${dialect})`, () => {
    let site: TestSite;
    let small: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      small = await createTestSite(dialect, { sitemapPageSize: 10 });
    });
    afterAll(async () => {
      await site.db.destroy();
      await small.db.destroy();
    });

    it("lists every published article with its language alternates", async () => {
      const res = await site.app.request("/sitemap.xml");
      expect(res.headers.get("content-type")).toContain("application/xml");
      const xml = await res.text();
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs.filter((l) => l?.includes("/articles/"))).toHaveLength(24);
      expect(locs).toContain(`${BASE_URL}/zh/`);
      expect(xml).toContain(`<url><loc>${BASE_URL}/en/articles/repair-attempts-that-land</loc><lastmod>`);
      expect(xml).toMatch(
        new RegExp(
          `<loc>${BASE_URL}/en/articles/repair-attempts-that-land</loc>.*<xhtml:link rel="alternate" hreflang="zh-Hans" href="${BASE_URL}/zh/articles/repair-attempts-that-land"/>`,
        ),
      );
    });

    it("becomes a sitemap index past the per-file limit", async () => {
      const index = await (await small.app.request("/sitemap.xml")).text();
      expect(index).toContain("<sitemapindex");
      const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
      // 24 articles + 2 home + 2 series index + 8 series pages = 36 URLs → 4 files of 10
      expect(files).toHaveLength(4);
      let total = 0;
      for (const file of files) {
        const res = await small.app.request(file.replace(BASE_URL, ""));
        expect(res.status).toBe(200);
        total += [...(await res.text()).matchAll(/<url>/g)].length;
      }
      expect(total).toBe(36);
      expect((await small.app.request("/sitemaps/5.xml")).status).toBe(404);
      expect((await site.app.request("/sitemaps/1.xml")).status).toBe(404);
    });

    it("robots.txt points to the sitemap", async () => {
      const text = await (await site.app.request("/robots.txt")).text();
      expect(text).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
      expect(text).toContain("User-agent: *");
    });

    it.each([
      ["en", "Relationship Communication Wiki"],
      ["zh", "亲密关系沟通百科"],
    ])("the %s feed lists that language's newest articles", async (lang, title) => {
      const res = await site.app.request(`/${lang}/feed.xml`);
      expect(res.headers.get("content-type")).toContain("application/atom+xml");
      const xml = await res.text();
      expect(xml).toContain(title);
      const links = [...xml.matchAll(/<entry><title>[^<]*<\/title><link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toHaveLength(12);
      expect(links.every((l) => l?.startsWith(`${BASE_URL}/${lang}/articles/`))).toBe(true);
      expect(links[0]).toBe(`${BASE_URL}/${lang}/articles/keeping-an-exception-log`);
    });
  });
}
