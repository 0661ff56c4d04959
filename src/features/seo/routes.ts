/**
 * Machine-readable surface: /sitemap.xml (an index past 50,000 URLs), /sitemaps/{n}.xml,
 * /robots.txt and /{lang}/feed.xml. Sitemaps and feeds are built once per content version (page
 * cache), never per request.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../platform/errors.js";
import { cachedPage } from "../../platform/page-cache.js";
import { contentVersionOf } from "../articles/content-version.js";
import { renderFeed } from "./feed.js";
import { collectSitemapUrls, renderSitemapIndex, renderUrlSet } from "./sitemap.js";

/** The sitemaps.org limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;

const XML = { "Content-Type": "application/xml; charset=utf-8" };

export function seoRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/sitemap.xml", cachedPage(contentVersionOf), async (c) => {
    const { db, config, sitemapPageSize = SITEMAP_MAX_URLS } = c.get("deps");
    const urls = await collectSitemapUrls(db);
    if (urls.length <= sitemapPageSize) return c.body(renderUrlSet(urls, config.baseUrl), 200, XML);
    return c.body(renderSitemapIndex(Math.ceil(urls.length / sitemapPageSize), config.baseUrl), 200, XML);
  });

  app.get("/sitemaps/:file{[0-9]+\\.xml}", cachedPage(contentVersionOf), async (c) => {
    const { db, config, sitemapPageSize = SITEMAP_MAX_URLS } = c.get("deps");
    const n = Number.parseInt(c.req.param("file"), 10);
    const urls = await collectSitemapUrls(db);
    const slice = urls.slice((n - 1) * sitemapPageSize, n * sitemapPageSize);
    if (urls.length <= sitemapPageSize || n < 1 || slice.length === 0) throw notFound();
    return c.body(renderUrlSet(slice, config.baseUrl), 200, XML);
  });

  app.get("/robots.txt", (c) => {
    const { baseUrl } = c.get("deps").config;
    // Owner pages, share links and the editor are private; they also carry noindex themselves.
    const lines = [
      "User-agent: *",
      "Disallow: /api/",
      "Disallow: /*/editor/",
      "Disallow: /*/signin",
      "Disallow: /*/results/",
      "Disallow: /*/s/",
      "Disallow: /s/",
      "",
      `Sitemap: ${baseUrl}/sitemap.xml`,
      "",
    ];
    return c.text(lines.join("\n"));
  });

  app.get("/:lang{en|zh}/feed.xml", cachedPage(contentVersionOf), async (c) => {
    const { db, config } = c.get("deps");
    return c.body(await renderFeed(db, c.get("page").lang, config.baseUrl), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });

  return app;
}
