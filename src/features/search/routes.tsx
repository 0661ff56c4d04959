/**
 * `GET /api/search` (JSON) and `/{lang}/search?q=&scope=&series=&page=` (works without JavaScript).
 */
import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { isLang, translator } from "../../i18n/index.js";
import { rateLimit } from "../../platform/rate-limit.js";
import { renderDocument } from "../../ui/layout.js";
import { parsePage } from "../../ui/pagination.js";
import { listSeries } from "../series/repo.js";
import { checkQuery, SearchApiQuery } from "./schema.js";
import { searchArticles } from "./search.js";
import { SEARCH_PAGE_SIZE, SearchView } from "./views.js";

export function searchRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const limited = rateLimit("search");
  app.get("/api/search", limited, async (c) => {
    const raw = c.req.query();
    // Errors speak the language the caller asked for, else the request's language.
    const tr = translator(isLang(raw.lang) ? raw.lang : c.get("page").lang);
    const parsed = SearchApiQuery.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      return c.json({ error: { code: "invalid_parameter", message: tr("error.invalid_parameter", { details }) } }, 400);
    }
    const { query, problem } = checkQuery(parsed.data.q);
    if (problem) return c.json({ error: { code: problem, message: tr(`error.search.${problem}`) } }, 400);
    const result = await searchArticles(c.get("deps").db, { ...parsed.data, query });
    c.header("Cache-Control", "no-store");
    return c.json(result);
  });

  app.get("/:lang{en|zh}/search", limited, async (c) => {
    const ctx = c.get("page");
    const { db } = c.get("deps");
    const raw = c.req.query();
    const scope = raw.scope === "all" ? "all" : ctx.lang;
    const seriesList = await listSeries(db, ctx.lang);
    const series = seriesList.some((s) => s.slug === raw.series) ? raw.series : undefined;
    const page = parsePage(raw.page);
    const { query, problem } = checkQuery(raw.q);
    const result =
      query && !problem
        ? await searchArticles(db, { query, lang: scope, series, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE })
        : undefined;
    c.header("Cache-Control", "no-store");
    const status = problem === "query_too_long" ? 400 : 200;
    return c.html(
      renderDocument(
        <SearchView
          ctx={ctx}
          query={query}
          problem={problem === "query_too_long" ? problem : undefined}
          scope={scope}
          series={series}
          seriesList={seriesList}
          page={page}
          result={result}
        />,
      ),
      status,
    );
  });

  return app;
}
