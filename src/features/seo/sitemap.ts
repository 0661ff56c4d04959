/**
 * Sitemaps (sitemaps.org with xhtml:link hreflang alternates). Every published article is listed
 * with its translation; past `pageSize` URLs, /sitemap.xml becomes an index of numbered files.
 */
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { HTML_LANG, LOCALES, otherLang } from "../../i18n/index.js";
import { paths } from "../../ui/page.js";
import { xmlEscape } from "./xml.js";

export interface SitemapUrl {
  path: string;
  lastmod?: string;
  alternates: Partial<Record<Lang, string>>;
}

/** Every public URL: home and series pages in both languages, then every published article. */
export async function collectSitemapUrls(db: Db): Promise<SitemapUrl[]> {
  const [series, articles] = await Promise.all([
    db.reader.selectFrom("series").select(["slug", "updated_at"]).orderBy("position").execute(),
    db.reader
      .selectFrom("article")
      .select(["lang", "slug", "translation_of", "updated_at"])
      .where("status", "=", "published")
      .orderBy("id")
      .execute(),
  ]);
  const urls: SitemapUrl[] = [];
  const both = (make: (l: Lang) => string) => ({ en: make("en"), zh: make("zh") });
  for (const lang of LOCALES) {
    urls.push({ path: paths.home(lang), alternates: both(paths.home) });
    urls.push({ path: paths.seriesIndex(lang), alternates: both(paths.seriesIndex) });
    for (const s of series) urls.push({ path: paths.series(lang, s.slug), lastmod: s.updated_at, alternates: both((l) => paths.series(l, s.slug)) });
  }
  const published = new Set(articles.map((a) => `${a.lang}/${a.slug}`));
  const pointedAt = new Map<string, string>();
  for (const a of articles) if (a.translation_of) pointedAt.set(`${otherLang(a.lang)}/${a.translation_of}`, a.slug);
  for (const a of articles) {
    const other = otherLang(a.lang);
    const named = a.translation_of && published.has(`${other}/${a.translation_of}`) ? a.translation_of : undefined;
    const translation = named ?? pointedAt.get(`${a.lang}/${a.slug}`);
    urls.push({
      path: paths.article(a.lang, a.slug),
      lastmod: a.updated_at,
      alternates: { [a.lang]: paths.article(a.lang, a.slug), ...(translation ? { [other]: paths.article(other, translation) } : {}) },
    });
  }
  return urls;
}

export function renderUrlSet(urls: SitemapUrl[], baseUrl: string): string {
  const body = urls
    .map((u) => {
      const alternates = Object.entries(u.alternates)
        .map(([l, p]) => `<xhtml:link rel="alternate" hreflang="${HTML_LANG[l as Lang]}" href="${xmlEscape(baseUrl + p)}"/>`)
        .join("");
      const lastmod = u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : "";
      return `<url><loc>${xmlEscape(baseUrl + u.path)}</loc>${lastmod}${alternates}</url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function renderSitemapIndex(fileCount: number, baseUrl: string): string {
  const entries = Array.from({ length: fileCount }, (_, i) => `<sitemap><loc>${xmlEscape(`${baseUrl}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`).join(
    "\n",
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}
