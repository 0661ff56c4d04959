/**
 * `/{lang}/articles/{slug}`: a published article. Drafts and unknown slugs are a localized 404.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../platform/errors.js";
import { renderDocument } from "../../ui/layout.js";
import { findArticlePage } from "./repo.js";
import { ArticleView } from "./views.js";

export function articleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/:lang{en|zh}/articles/:slug", async (c) => {
    const ctx = c.get("page");
    const article = await findArticlePage(c.get("deps").db, ctx.lang, c.req.param("slug"));
    if (!article) throw notFound();
    return c.html(renderDocument(<ArticleView ctx={ctx} article={article} />));
  });
  return app;
}
