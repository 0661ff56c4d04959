/**
 * `/{lang}/series/` and `/{lang}/series/{series}?page=N`.
 */

import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../platform/errors.js";
import { cachedPage } from "../../platform/page-cache.js";
import { renderDocument } from "../../ui/layout.js";
import { paths } from "../../ui/page.js";
import { parsePage } from "../../ui/pagination.js";
import { contentVersionOf } from "../articles/content-version.js";
import { findSeries, listInstallments, listSeries, SERIES_PAGE_SIZE } from "./repo.js";
import { SeriesIndexView, SeriesView } from "./views.js";

export function seriesRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  for (const lang of ["en", "zh"] as const) app.get(`/${lang}/series`, (c) => c.redirect(paths.seriesIndex(lang), 301));

  app.get("/:lang{en|zh}/series/", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const series = await listSeries(c.get("deps").db, ctx.lang);
    return c.html(renderDocument(<SeriesIndexView ctx={ctx} series={series} />));
  });

  app.get(
    "/:lang{en|zh}/series/:slug",
    cachedPage(contentVersionOf, (c) => {
      const page = parsePage(c.req.query("page"));
      return page > 1 ? `page=${page}` : "";
    }),
    async (c) => {
      const ctx = c.get("page");
      const db = c.get("deps").db;
      const series = await findSeries(db, c.req.param("slug"), ctx.lang);
      if (!series) throw notFound();
      const page = parsePage(c.req.query("page"));
      const { items, total } = await listInstallments(db, series.slug, ctx.lang, page);
      const pages = Math.max(1, Math.ceil(total / SERIES_PAGE_SIZE));
      if (page > pages) throw notFound();
      return c.html(renderDocument(<SeriesView ctx={ctx} series={series} items={items} page={page} pages={pages} />));
    },
  );

  return app;
}
