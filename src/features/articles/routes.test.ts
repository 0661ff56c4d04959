import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { BASE_URL, createTestSite, type TestSite } from "../../../test/site.js";
import { importDirectory } from "./import.js";

/** JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null"));
}

for (const dialect of DIALECTS) {
  describe(`article pages (${dialect})`, () => {
    let site: TestSite;
    let extraDir: string;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      extraDir = mkdtempSync(join(tmpdir(), "wiki-extra-"));
      const fm = (slug: string, extra: string) =>
        `---\ntitle: "${slug}"\nslug: ${slug}\nlang: en\nseries: anxiety-and-reassurance\n${extra}\n---\n\n## Only\n\n<script>alert(1)</script> text\n`;
      writeFileSync(join(extraDir, "draft.md"), fm("unpublished-draft", "installment: 50"));
      writeFileSync(join(extraDir, "lonely.md"), fm("english-only", "installment: 51\npublished: 2026-04-01"));
      await importDirectory(site.db, extraDir);
    });
    afterAll(async () => {
      await site.db.destroy();
      rmSync(extraDir, { recursive: true, force: true });
    });

    it("shows title, installment line, reading time, TOC, body, quotes, FAQ and the test invitation (English)", async () => {
      const res = await site.app.request("/en/articles/the-pursue-withdraw-cycle");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toMatch(/<h1>The Pursue–Withdraw Cycle[^<]*<\/h1>/);
      expect(html).toContain("Installment 2 of Attachment and Communication");
      expect(html).toMatch(/\d+ min read/);
      expect(html).toMatch(/<nav class="toc" aria-labelledby="toc-heading">/);
      expect(html).toMatch(/<a href="#core-ideas">Core ideas<\/a>/);
      expect(html).toContain('<h2 id="core-ideas">Core ideas</h2>');
      expect(html).toContain("Lines you can copy");
      expect(html).toMatch(/<blockquote id="quote-1"><p>[^<]+<\/p><\/blockquote><button type="button" class="copy-button" data-copy="quote-1"/);
      expect(html).toContain('role="status"');
      expect(html).toMatch(/<details><summary>[^<]+\?<\/summary>/);
      expect(html).toContain('href="/en/test"');
    });

    it("keeps Chinese anchors readable and links the two languages both ways", async () => {
      const zh = await (await site.app.request("/zh/articles/the-pursue-withdraw-cycle")).text();
      expect(zh).toContain('<html lang="zh-Hans">');
      expect(zh).toContain("依恋与沟通 · 第 2 期");
      expect(zh).toMatch(/<a href="#问题情境">问题情境<\/a>|<a href="#[\p{Script=Han}][^"]*">/u);
      expect(zh).toContain('href="/en/articles/the-pursue-withdraw-cycle" hreflang="en"');
      expect(zh).toContain("可以直接复制的话");
      expect(zh).toContain("常见问题");
      const en = await (await site.app.request("/en/articles/the-pursue-withdraw-cycle")).text();
      expect(en).toContain('href="/zh/articles/the-pursue-withdraw-cycle" hreflang="zh-Hans"');
    });

    it("links previous and next installments and related reading in the same language", async () => {
      const html = await (await site.app.request("/en/articles/the-pursue-withdraw-cycle")).text();
      expect(html).toMatch(/<a class="previous" href="\/en\/articles\/what-attachment-means-for-couples" rel="prev">/);
      expect(html).toMatch(/<a class="next" href="\/en\/articles\/turning-toward-bids-for-connection" rel="next">/);
      const related = html.split('id="related-heading"')[1] ?? "";
      expect(related).toMatch(/href="\/en\/articles\/[a-z0-9-]+"/);
      expect(related).not.toContain('href="/zh/');
    });

    it("says when an article is not yet translated", async () => {
      const html = await (await site.app.request("/en/articles/english-only")).text();
      expect(html).toContain("This article has not been translated into Chinese yet.");
      expect(html).not.toContain('hreflang="zh-Hans" href=');
    });

    it("publishes SEO metadata: canonical, hreflang, OpenGraph and JSON-LD Article, FAQPage, BreadcrumbList", async () => {
      const html = await (await site.app.request("/en/articles/why-the-silent-treatment-hurts")).text();
      const url = `${BASE_URL}/en/articles/why-the-silent-treatment-hurts`;
      expect(html).toContain(`<link rel="canonical" href="${url}"/>`);
      expect(html).toContain(`<link rel="alternate" hreflang="zh-Hans" href="${BASE_URL}/zh/articles/why-the-silent-treatment-hurts"/>`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${url}"/>`);
      expect(html).toContain('<meta property="og:type" content="article"/>');
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"\/>/);
      const blocks = jsonLd(html);
      const types = blocks.map((b) => b["@type"]);
      expect(types).toEqual(["Article", "BreadcrumbList", "FAQPage"]);
      expect(blocks[0]).toMatchObject({ inLanguage: "en", mainEntityOfPage: url });
      expect(blocks[2]?.mainEntity).toEqual(expect.arrayContaining([expect.objectContaining({ "@type": "Question" })]));
      expect((blocks[2]?.mainEntity as unknown[] | undefined)?.length).toBeGreaterThanOrEqual(3);
    });

    it("escapes raw HTML from Markdown", async () => {
      const html = await (await site.app.request("/en/articles/english-only")).text();
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toContain("<script>alert(1)");
    });

    it.each([
      ["/en/articles/unpublished-draft", "Page not found"],
      ["/en/articles/no-such-article", "Page not found"],
      ["/zh/articles/no-such-article", "找不到页面"],
      ["/zh/articles/%E0%A4%A", "找不到页面"],
      ["/fr/articles/the-pursue-withdraw-cycle", "Page not found"],
    ])("%s is a localized 404", async (path, text) => {
      const res = await site.app.request(path);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(text);
      expect(html).toContain('<meta name="robots" content="noindex"/>');
    });

    it("never errors on malformed query strings", async () => {
      for (const q of ["?%", "?a=%E0%A4%A", "?page=-1&page=2", "?x[]=1&x[]=2"]) {
        const res = await site.app.request(`/en/articles/the-pursue-withdraw-cycle${q}`);
        expect(res.status, q).toBe(200);
      }
    });
  });
}
