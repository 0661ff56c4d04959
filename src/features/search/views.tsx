/**
 * The search page: the form (query, series, languages), hits with highlighted snippets,
 * pagination, and help when nothing matched.
 */
import type { Lang } from "../../db/schema.js";
import { HTML_LANG, LANGUAGE_NAMES } from "../../i18n/index.js";
import { Breadcrumbs, Pager } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import { pageCount } from "../../ui/pagination.js";
import type { SeriesSummary } from "../series/repo.js";
import type { SearchResult } from "./search.js";

/** Hits per page of the search page. */
export const SEARCH_PAGE_SIZE = 20;

interface SearchViewProps {
  ctx: PageContext;
  query: string;
  problem?: "query_too_long";
  scope: Lang | "all";
  series?: string;
  seriesList: SeriesSummary[];
  page: number;
  result?: SearchResult;
}

export function searchUrl(lang: Lang, params: { q: string; scope?: string; series?: string; page?: number }): string {
  const search = new URLSearchParams({ q: params.q });
  if (params.scope === "all") search.set("scope", "all");
  if (params.series) search.set("series", params.series);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  return `/${lang}/search?${search}`;
}

/** "12 results", or "More than 500 results" when counting stopped early. */
function resultCount({ t, lang }: PageContext, result: SearchResult): string {
  const count = result.total.toLocaleString(HTML_LANG[lang]);
  if (!result.totalExact) return t("search.countMore", { count });
  return result.total === 1 ? t("search.countOne") : t("search.count", { count });
}

export function SearchView({ ctx, query, problem, scope, series, seriesList, page, result }: SearchViewProps) {
  const { t, lang } = ctx;
  const pages = result ? pageCount(result.total, SEARCH_PAGE_SIZE) : 1;
  const popular = [...seriesList].sort((a, b) => b.articleCount - a.articleCount).slice(0, 4);
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: query ? t("search.resultsFor", { query }) : t("search.title"),
        description: t("search.intro"),
        path: `/${lang}/search`,
        noindex: true,
      }}
    >
      <Breadcrumbs ctx={ctx} trail={[{ label: t("nav.home"), href: paths.home(lang) }, { label: t("search.title") }]} />
      <h1 id="search-heading">{query ? t("search.resultsFor", { query }) : t("search.title")}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for some browsers readers use */}
      <form class="search-form" role="search" aria-labelledby="search-heading" action={`/${lang}/search`} method="get">
        <div class="field">
          <label for="search-page-q">{t("search.label")}</label>
          <input id="search-page-q" type="search" name="q" value={query} maxlength={200} aria-describedby="search-intro" />
        </div>
        <div class="field">
          <label for="search-page-series">{t("search.seriesLabel")}</label>
          <select id="search-page-series" name="series">
            <option value="">{t("search.seriesAll")}</option>
            {seriesList.map((s) => (
              <option value={s.slug} selected={s.slug === series}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field">
          <legend>{t("search.scopeLabel")}</legend>
          <label>
            <input type="radio" name="scope" value={lang} checked={scope !== "all"} /> {t("search.scopeThis")}
          </label>
          <label>
            <input type="radio" name="scope" value="all" checked={scope === "all"} /> {t("search.scopeAll")}
          </label>
        </fieldset>
        <button type="submit" class="button">
          {t("search.button")}
        </button>
      </form>
      <p id="search-intro" class="meta">
        {t("search.intro")}
      </p>
      {problem ? (
        <p class="form-error" role="alert">
          {t("error.search.query_too_long")}
        </p>
      ) : null}
      {result ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" class="visually-hidden">
            {t("search.resultsFor", { query })}
          </h2>
          <p role="status">{resultCount(ctx, result)}</p>
          {result.results.length > 0 ? (
            <ol class="search-results">
              {result.results.map((hit) => (
                <li lang={hit.lang !== lang ? HTML_LANG[hit.lang] : undefined}>
                  <h3>
                    <a href={hit.url}>{hit.title}</a>
                  </h3>
                  <p class="meta">
                    {t("article.installmentOf", { installment: hit.installment, series: hit.seriesTitle })}
                    {hit.lang !== lang ? ` · ${LANGUAGE_NAMES[hit.lang]}` : ""}
                  </p>
                  <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                </li>
              ))}
            </ol>
          ) : (
            <div class="no-results">
              <p>{t("search.none", { query })}</p>
              <ul>
                {scope !== "all" ? (
                  <li>
                    <a href={searchUrl(lang, { q: query, scope: "all" })}>{t("search.tryOtherLanguage")}</a>
                  </li>
                ) : null}
                {popular.length > 0 ? (
                  <li>
                    {t("search.tryPopular")}{" "}
                    {popular.map((s, i) => (
                      <>
                        {i > 0 ? " · " : ""}
                        <a href={paths.series(lang, s.slug)}>{s.title}</a>
                      </>
                    ))}
                  </li>
                ) : null}
              </ul>
            </div>
          )}
          <Pager
            ctx={ctx}
            page={page}
            pages={pages}
            href={(n) => searchUrl(lang, { q: query, scope, series, page: n })}
            label={t("search.pagination")}
            more={!result.totalExact} // a lower bound: there is a next page, whose own count reaches further
          />
        </section>
      ) : null}
    </Layout>
  );
}
