import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, type TestSite } from "../../../test/site.js";

for (const dialect of DIALECTS) {
  describe(`search API and page (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(() => site.db.destroy());

    const api = (query: string, headers: Record<string, string> = {}) => site.app.request(`/api/search?${query}`, { headers });

    it("answers with the documented shape", async () => {
      const res = await api(`q=${encodeURIComponent("冷战")}&lang=zh&limit=2`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(["query", "results", "tookMs", "total", "totalExact"]);
      expect(body.totalExact).toBe(true);
      expect(body.query).toBe("冷战");
      expect(body.total).toBeGreaterThan(2);
      expect(body.results).toHaveLength(2);
      expect(body.results[0]).toMatchObject({
        lang: "zh",
        url: expect.stringMatching(/^\/zh\/articles\//),
        snippet: expect.stringContaining("<mark>"),
      });
      expect(Object.keys(body.results[0])).toEqual(expect.arrayContaining(["slug", "lang", "title", "series", "installment", "url", "snippet"]));
    });

    it.each([
      ["q=", "query_empty", {}, "Please type something to search for."],
      ["q=%20%20", "query_empty", { "Accept-Language": "zh-CN" }, "请输入要搜索的内容。"],
      ["lang=zh", "query_empty", {}, "请输入要搜索的内容。"],
      [`q=${"a".repeat(201)}`, "query_too_long", {}, "at most 200 characters"],
      ["q=love&limit=51", "invalid_parameter", {}, "limit"],
      ["q=love&limit=abc", "invalid_parameter", {}, "limit"],
      ["q=love&offset=-1", "invalid_parameter", {}, "offset"],
      ["q=love&lang=fr", "invalid_parameter", {}, "lang"],
      ["q=love&series=Not%20A%20Slug", "invalid_parameter", {}, "series"],
    ])("%s → 400 %s", async (query, code, headers, message) => {
      const res = await api(query, headers);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toContain(message);
    });

    it("accepts 200 characters, including Chinese ones", async () => {
      expect((await api(`q=${encodeURIComponent("爱".repeat(200))}`)).status).toBe(200);
    });

    it.each(['"', '" * ( ) - : ^ OR NEAR AND', '"unbalanced', "%", "%E0%A4%A"])("never errors on %s", async (q) => {
      const res = await api(`q=${q.startsWith("%") ? q : encodeURIComponent(q)}`);
      expect(res.status).toBeLessThan(500);
    });

    it("the search page works without JavaScript and highlights matches", async () => {
      const res = await site.app.request(`/zh/search?q=${encodeURIComponent("依恋")}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("“依恋”的搜索结果");
      expect(html).toMatch(/<ol class="search-results">/);
      expect(html).toContain("<mark>依恋</mark>");
      expect(html).toContain('<meta name="robots" content="noindex"/>');
    });

    it("defaults to the reader's language, with a switch for all languages", async () => {
      const zhOnly = await (await site.app.request("/zh/search?q=silence")).text();
      expect(zhOnly).toContain("没有找到与“silence”相关的内容。");
      expect(zhOnly).toContain('href="/zh/search?q=silence&amp;scope=all"');
      expect(zhOnly).toContain('href="/zh/series/');
      const all = await (await site.app.request("/zh/search?q=silence&scope=all")).text();
      expect(all).toMatch(/<li lang="en"><h3><a href="\/en\/articles\//);
      expect(all).toContain(" · English");
    });

    it("filters by series and paginates", async () => {
      const html = await (await site.app.request("/en/search?q=the&series=forty-day-practice")).text();
      const links = [...html.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]);
      expect(links.length).toBe(3);
      expect(html).toContain('<option value="forty-day-practice" selected="">');
      const broad = await (await site.app.request("/en/search?q=the")).text();
      expect(broad).not.toContain('rel="next"');
    });

    it("an over-long query is a 400 with the message in the reader's language", async () => {
      const res = await site.app.request(`/zh/search?q=${"x".repeat(201)}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("搜索内容太长了");
    });

    it("an empty query shows the form without results", async () => {
      const res = await site.app.request("/en/search");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('id="search-page-q"');
      expect(html).not.toContain('class="search-results"');
    });

    it("escapes the query everywhere it is shown", async () => {
      const html = await (await site.app.request(`/en/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>"')}`)).text();
      expect(html).not.toContain("<img src=x");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    });

    it("every page has the search box in its header", async () => {
      const html = await (await site.app.request("/en/articles/repair-attempts-that-land")).text();
      expect(html).toMatch(/<form class="site-search" role="search" aria-label="Site search" action="\/en\/search" method="get"/);
      expect(html).toContain('aria-keyshortcuts="/"');
    });
  });
}
