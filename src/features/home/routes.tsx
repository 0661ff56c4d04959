/**
 * The home page per language, and `/`, which redirects by the language cookie, then by
 * Accept-Language.
 */

import { Hono } from "hono";
import { languageDetector } from "hono/language";
import type { AppEnv } from "../../app-env.js";
import { formatDate } from "../../i18n/index.js";
import { cachedPage } from "../../platform/page-cache.js";
import { TestInvite } from "../../ui/components.js";
import { Layout, renderDocument } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import { contentVersionOf } from "../articles/content-version.js";
import { type ArticleListItem, listNewest } from "../articles/repo.js";
import { listSeries, type SeriesSummary } from "../series/repo.js";
import { SeriesCards } from "../series/views.js";

/** How many new articles the home page lists. */
const NEWEST_ON_HOME = 8;

export function homeRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(
    "/",
    languageDetector({
      order: ["cookie", "header"],
      lookupCookie: "lang",
      supportedLanguages: ["en", "zh"],
      fallbackLanguage: "en",
      caches: false,
    }),
    (c) => {
      c.header("Vary", "Accept-Language, Cookie");
      c.header("Cache-Control", "private, no-cache");
      return c.redirect(paths.home(c.get("language") === "zh" ? "zh" : "en"), 302);
    },
  );

  for (const lang of ["en", "zh"] as const) app.get(`/${lang}`, (c) => c.redirect(paths.home(lang), 301));

  app.get("/:lang{en|zh}/", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const db = c.get("deps").db;
    const [series, newest] = await Promise.all([listSeries(db, ctx.lang), listNewest(db, ctx.lang, NEWEST_ON_HOME)]);
    return c.html(renderDocument(<HomeView ctx={ctx} series={series} newest={newest} />));
  });

  return app;
}

function HomeView({ ctx, series, newest }: { ctx: PageContext; series: SeriesSummary[]; newest: ArticleListItem[] }) {
  const { t, lang } = ctx;
  return (
    <Layout
      ctx={ctx}
      seo={{ title: t("home.title"), description: t("site.description"), path: paths.home(lang), alternates: { en: "/en/", zh: "/zh/" } }}
    >
      <h1>{t("home.title")}</h1>
      <p class="lede">{t("home.intro")}</p>
      <TestInvite ctx={ctx} />
      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">{t("home.newestHeading")}</h2>
        <ul class="card-list grid">
          {newest.map((a) => (
            <li class="card">
              <h3>
                <a href={paths.article(lang, a.slug)}>{a.title}</a>
              </h3>
              <p class="meta">
                {t("article.installmentOf", { installment: a.installment, series: a.seriesTitle })}
                {" · "}
                <time datetime={a.publishedAt}>{formatDate(lang, a.publishedAt)}</time>
              </p>
              {a.summary ? <p>{a.summary}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{t("home.seriesHeading")}</h2>
        <SeriesCards ctx={ctx} series={series} headingLevel={3} />
        <p>
          <a href={paths.seriesIndex(lang)}>{t("home.allSeries")}</a>
        </p>
      </section>
    </Layout>
  );
}
