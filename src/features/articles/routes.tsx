/**
 * `/{lang}/articles/{slug}`: a published article. A slug an editor has since changed redirects
 * (301) to the current one; drafts and unknown slugs are a localized 404.
 */

import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../platform/errors.js";
import { cachedPage } from "../../platform/page-cache.js";
import { renderDocument } from "../../ui/layout.js";
import { paths } from "../../ui/page.js";
import { contentVersionOf } from "./content-version.js";
import { findArticlePage, findRedirect } from "./repo.js";
import { ArticleView } from "./views.js";

export function articleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/:lang{en|zh}/articles/:slug", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const article = await findArticlePage(c.get("deps").db, ctx.lang, c.req.param("slug"));
    if (!article) {
      const moved = await findRedirect(c.get("deps").db, ctx.lang, c.req.param("slug"));
      if (moved) {
        // Permanent, but cached no longer than pages are: an editor may rename the article back.
        c.header("Cache-Control", "public, max-age=300, s-maxage=60");
        return c.redirect(paths.article(ctx.lang, moved), 301);
      }
      throw notFound();
    }
    return c.html(renderDocument(<ArticleView ctx={ctx} article={article} />));
  });
  return app;
}
