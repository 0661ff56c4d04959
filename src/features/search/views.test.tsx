/**
 * The search page's count and pager when counting stopped early ("more than …"), in both
 * languages. Rendered directly: reaching the limit through the database takes 501 articles.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../db/schema.js";
import type { Assets } from "../../ui/assets.js";
import { pageContext } from "../../ui/page.js";
import type { SearchResult } from "./search.js";
import { SearchView } from "./views.js";

const asset = { url: "/assets/x", contentType: "text/plain", body: Buffer.alloc(0), gzip: Buffer.alloc(0), brotli: Buffer.alloc(0) };
const assets = { css: asset, js: asset, editorJs: asset, bootstrap: { code: "", cspHash: "" }, byUrl: new Map() } as unknown as Assets;

const render = (lang: Lang, result: SearchResult, page = 1) =>
  String(SearchView({ ctx: pageContext(lang, "https://example.org", assets), query: "partner", scope: lang, seriesList: [], page, result }));

const hit = { slug: "a", lang: "en" as const, title: "A", series: "s", seriesTitle: "S", installment: 1, url: "/en/articles/a", snippet: "x" };

describe("search page count", () => {
  it.each([
    ["en", "More than 1,000 results", "Page 3"],
    ["zh", "超过 1,000 条结果", "第 3 页"],
  ] as const)("says 'more than' and offers a next page when the total is a lower bound (%s)", (lang, count, pageLabel) => {
    const html = render(lang, { query: "partner", total: 1000, totalExact: false, results: [hit], tookMs: 1 }, 3);
    expect(html).toContain(count);
    expect(html).toContain(`<span>${pageLabel}</span>`);
    expect(html).toMatch(/href="[^"]*page=4" rel="next"/);
  });

  it("gives the exact count and the number of pages otherwise", () => {
    const html = render("en", { query: "partner", total: 1234, totalExact: true, results: [hit], tookMs: 1 }, 62);
    expect(html).toContain("1,234 results");
    expect(html).toContain("Page 62 of 62");
    expect(html).not.toContain('rel="next"');
  });
});
