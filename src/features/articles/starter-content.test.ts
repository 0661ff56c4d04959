/**
 * Guards the starter content's promises: at least 4 series of at least 3 articles, every article
 * in English and Chinese, long-form (1,200+ English words / 2,000+ Chinese characters), shaped
 * like a real article, with ready-to-copy lines and an FAQ, and one series presenting the
 * six-stage, 40-day practice.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STARTER_CONTENT } from "../../../test/site.js";
import { type ParsedArticleFile, parseArticleFile } from "./front-matter.js";

const files = readdirSync(STARTER_CONTENT, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".md"))
  .map((e) => join(e.parentPath, e.name));

const articles: { file: string; article: ParsedArticleFile }[] = files.map((file) => {
  const result = parseArticleFile(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return { file, article: result.value };
});

describe("starter content", () => {
  it("has at least 4 series with at least 3 articles in each language", () => {
    const counts = new Map<string, number>();
    for (const { article } of articles) {
      const key = `${article.meta.series}/${article.meta.lang}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const series = new Set(articles.map((a) => a.article.meta.series));
    expect(series.size).toBeGreaterThanOrEqual(4);
    for (const s of series) {
      expect(counts.get(`${s}/en`), s).toBeGreaterThanOrEqual(3);
      expect(counts.get(`${s}/zh`), s).toBeGreaterThanOrEqual(3);
    }
  });

  it("has every article in both languages, linked as translations", () => {
    const key = (lang: string, slug: string) => `${lang}/${slug}`;
    const all = new Set(articles.map((a) => key(a.article.meta.lang, a.article.meta.slug)));
    for (const { file, article } of articles) {
      const other = article.meta.lang === "en" ? "zh" : "en";
      expect(article.meta.translationOf, file).toBeDefined();
      expect(all.has(key(other, article.meta.translationOf ?? "")), file).toBe(true);
    }
  });

  it.each(files.map((f) => [f.slice(STARTER_CONTENT.length + 1)]))("%s is long-form and complete", (name) => {
    const { article } = articles.find((a) => a.file.endsWith(name)) ?? { article: undefined };
    if (!article) throw new Error(name);
    const { meta, body } = article;
    if (meta.lang === "en") expect(body.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(1200);
    else expect(body.match(/\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThanOrEqual(2000);
    expect(meta.published).toBeDefined();
    expect(meta.summary.length).toBeGreaterThan(20);
    expect(meta.quotes.length).toBeGreaterThanOrEqual(2);
    expect(meta.faq.length).toBeGreaterThanOrEqual(3);
    const sections = body.match(/^## .+$/gm) ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(body).toMatch(meta.lang === "en" ? /\*\*Key takeaways:?\*\*/ : /\*\*要点总结：?\*\*/);
  });

  it("one series presents the six-stage, 40-day practice", () => {
    const overview = articles.find(
      (a) => a.article.meta.series === "forty-day-practice" && a.article.meta.installment === 1 && a.article.meta.lang === "en",
    );
    const text = overview?.article.body.toLowerCase() ?? "";
    for (const stage of ["collaborative", "resources", "vision", "exceptions", "action", "consolidation"]) expect(text).toContain(stage);
    expect(text).toMatch(/40|forty/);
  });
});
