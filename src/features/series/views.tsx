/**
 * Series listings: all series as cards, and one series' installments with pagination.
 */
import { Breadcrumbs, Pager } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import type { InstallmentListItem, SeriesSummary } from "./repo.js";

export function SeriesCards({ ctx, series, headingLevel }: { ctx: PageContext; series: SeriesSummary[]; headingLevel: 2 | 3 }) {
  const { t, lang } = ctx;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="card-list grid">
      {series.map((s) => (
        <li class="card">
          <Heading>
            <a href={paths.series(lang, s.slug)}>{s.title}</a>
          </Heading>
          {s.description ? <p>{s.description}</p> : null}
          <p class="meta">{s.articleCount === 1 ? t("series.articleCountOne") : t("series.articleCount", { count: s.articleCount })}</p>
        </li>
      ))}
    </ul>
  );
}

export function SeriesIndexView({ ctx, series }: { ctx: PageContext; series: SeriesSummary[] }) {
  const { t, lang } = ctx;
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("series.indexTitle"),
        description: t("series.indexIntro"),
        path: paths.seriesIndex(lang),
        alternates: { en: "/en/series/", zh: "/zh/series/" },
      }}
    >
      <Breadcrumbs ctx={ctx} trail={[{ label: t("nav.home"), href: paths.home(lang) }, { label: t("series.indexTitle") }]} />
      <h1>{t("series.indexTitle")}</h1>
      <p class="lede">{t("series.indexIntro")}</p>
      <SeriesCards ctx={ctx} series={series} headingLevel={2} />
    </Layout>
  );
}

interface SeriesPageProps {
  ctx: PageContext;
  series: { slug: string; title: string; description: string };
  items: InstallmentListItem[];
  page: number;
  pages: number;
}

export function SeriesView({ ctx, series, items, page, pages }: SeriesPageProps) {
  const { t, lang } = ctx;
  const path = paths.series(lang, series.slug, page);
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: page > 1 ? `${series.title} (${t("series.page", { page, pages })})` : series.title,
        description: series.description || t("series.indexIntro"),
        path,
        alternates: { en: paths.series("en", series.slug, page), zh: paths.series("zh", series.slug, page) },
      }}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[{ label: t("nav.home"), href: paths.home(lang) }, { label: t("nav.series"), href: paths.seriesIndex(lang) }, { label: series.title }]}
      />
      <h1>{series.title}</h1>
      {series.description ? <p class="lede">{series.description}</p> : null}
      <h2>{t("series.installmentsHeading")}</h2>
      {items.length === 0 ? (
        <p>{t("series.empty")}</p>
      ) : (
        <ol class="installments">
          {items.map((item) => (
            <li>
              <span class="number">{item.installment}</span>
              <div>
                <a href={paths.article(lang, item.slug)}>{item.title}</a>
                {item.summary ? <p class="meta">{item.summary}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pager ctx={ctx} page={page} pages={pages} href={(n) => paths.series(lang, series.slug, n)} label={t("series.pagination")} />
    </Layout>
  );
}
