import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, type TestSite } from "../../../test/site.js";

for (const dialect of DIALECTS) {
  describe(`home and language redirect (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(() => site.db.destroy());

    it.each([
      [{}, "/en/"],
      [{ "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8" }, "/zh/"],
      [{ "Accept-Language": "fr-FR, en;q=0.5" }, "/en/"],
      [{ "Accept-Language": "en-US", Cookie: "lang=zh" }, "/zh/"],
      [{ "Accept-Language": "zh-TW", Cookie: "lang=en" }, "/en/"],
      [{ Cookie: "lang=xx", "Accept-Language": "zh" }, "/zh/"],
      [{ "Accept-Language": ";;;q=abc,,," }, "/en/"],
    ])("/ with %o redirects to %s", async (headers, target) => {
      const res = await site.app.request("/", { headers });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(target);
      expect(res.headers.get("vary")).toContain("Accept-Language");
    });

    it("the home page shows series, newest articles and the invitation to the test", async () => {
      const html = await (await site.app.request("/en/")).text();
      expect(html).toContain("Newest articles");
      expect(html).toContain('href="/en/series/attachment-and-communication"');
      expect(html).toContain('href="/en/test"');
      // newest first: the exception log (2026-03-30) leads
      const firstArticle = html.match(/href="\/en\/articles\/([a-z0-9-]+)"/)?.[1];
      expect(firstArticle).toBe("keeping-an-exception-log");
      const zh = await (await site.app.request("/zh/")).text();
      expect(zh).toContain("最新文章");
      expect(zh).toContain('<html lang="zh-Hans">');
    });

    it("links the other language from every page", async () => {
      const html = await (await site.app.request("/en/")).text();
      expect(html).toMatch(/<a class="lang-switch" href="\/zh\/" hreflang="zh-Hans" data-lang-switch="zh">/);
    });

    it("serves fingerprinted assets immutable, compressed when asked", async () => {
      const html = await (await site.app.request("/en/")).text();
      const css = html.match(/href="(\/assets\/site\.[0-9a-f]{10}\.css)"/)?.[1];
      expect(css).toBeDefined();
      const res = await site.app.request(css ?? "", { headers: { "Accept-Encoding": "gzip, br" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toContain("immutable");
      expect(res.headers.get("content-encoding")).toBe("br");
      expect((await site.app.request("/assets/site.0000000000.css")).status).toBe(404);
    });
  });
}
