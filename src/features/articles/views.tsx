/**
 * The article page: header, table of contents, body, ready-to-copy lines, FAQ, installment
 * navigation, translation link, related reading and the invitation to the test.
 */
import { formatDate, HTML_LANG } from "../../i18n/index.js";
import { Breadcrumbs, TestInvite } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import type { TocEntry } from "./markdown.js";
import type { FaqEntry } from "./prepare.js";
import type { ArticlePage } from "./repo.js";
import { articleJsonLd } from "./structured-data.js";

export function ArticleView({ ctx, article }: { ctx: PageContext; article: ArticlePage }) {
  const { lang, t } = ctx;
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: article.title,
        description: article.summary || t("site.description"),
        path: paths.article(lang, article.slug),
        alternates: {
          [lang]: paths.article(lang, article.slug),
          ...(article.translation ? { [article.translation.lang]: paths.article(article.translation.lang, article.translation.slug) } : {}),
        },
        ogType: "article",
        jsonLd: articleJsonLd(article, ctx.baseUrl),
      }}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t("nav.home"), href: paths.home(lang) },
          { label: article.series.title, href: paths.series(lang, article.series.slug) },
          { label: article.title },
        ]}
      />
      <article class="article-layout">
        <header class="article-header">
          <p class="kicker">
            <a href={paths.series(lang, article.series.slug)}>
              {t("article.installmentOf", { installment: article.installment, series: article.series.title })}
            </a>
          </p>
          <h1>{article.title}</h1>
          <p class="meta">
            <time datetime={article.publishedAt}>{t("article.published", { date: formatDate(lang, article.publishedAt) })}</time>
            {" · "}
            {t("article.readingTime", { minutes: article.readingMinutes })}
          </p>
          {article.summary ? <p class="lede">{article.summary}</p> : null}
        </header>
        {article.toc.length > 0 ? <Toc ctx={ctx} toc={article.toc} /> : null}
        <div class="article-main">
          <div class="prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
          <div class="article-extras">
            {article.quotes.length > 0 ? <Quotes ctx={ctx} quotes={article.quotes} /> : null}
            {article.faq.length > 0 ? <Faq ctx={ctx} faq={article.faq} /> : null}
            {article.previous || article.next ? (
              <nav class="installment-nav" aria-label={t("article.installmentNav")}>
                {article.previous ? (
                  <a class="previous" href={paths.article(lang, article.previous.slug)} rel="prev">
                    <small>{t("article.previous")}</small>
                    {article.previous.title}
                  </a>
                ) : null}
                {article.next ? (
                  <a class="next" href={paths.article(lang, article.next.slug)} rel="next">
                    <small>{t("article.next")}</small>
                    {article.next.title}
                  </a>
                ) : null}
              </nav>
            ) : null}
            {article.translation ? (
              <p>
                <a href={paths.article(article.translation.lang, article.translation.slug)} hreflang={HTML_LANG[article.translation.lang]}>
                  {t("article.translation")}
                </a>
                {": "}
                <span lang={HTML_LANG[article.translation.lang]}>{article.translation.title}</span>
              </p>
            ) : (
              <p class="note">{t("article.notTranslated")}</p>
            )}
            {article.related.length > 0 ? (
              <section aria-labelledby="related-heading">
                <h2 id="related-heading">{t("article.related")}</h2>
                <ul>
                  {article.related.map((r) => (
                    <li>
                      <a href={paths.article(lang, r.slug)}>{r.title}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <TestInvite ctx={ctx} />
          </div>
        </div>
      </article>
    </Layout>
  );
}

/** The FAQ as disclosure widgets (also used by the editor's preview). */
export function Faq({ ctx, faq }: { ctx: PageContext; faq: FaqEntry[] }) {
  return (
    <section class="faq" aria-labelledby="faq-heading">
      <h2 id="faq-heading">{ctx.t("article.faq")}</h2>
      {faq.map((f) => (
        <details>
          <summary>{f.q}</summary>
          <div dangerouslySetInnerHTML={{ __html: f.aHtml }} />
        </details>
      ))}
    </section>
  );
}

/** Ready-to-copy lines with copy buttons (also used by the editor's preview). */
export function Quotes({ ctx, quotes }: { ctx: PageContext; quotes: string[] }) {
  const { t } = ctx;
  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t("article.quotes")}</h2>
      <p class="meta">{t("article.quotesIntro")}</p>
      <ul>
        {quotes.map((q, i) => (
          <li class="quote">
            <blockquote id={`quote-${i + 1}`}>
              <p>{q}</p>
            </blockquote>
            <button
              type="button"
              class="copy-button"
              data-copy={`quote-${i + 1}`}
              data-status="copy-status"
              data-copied={t("article.copied")}
              data-failed={t("article.copyFailed")}
              aria-label={`${t("article.copy")}: ${t("article.copyLabel", { n: i + 1 })}`}
            >
              <span class="copy-label">{t("article.copy")}</span>
            </button>
          </li>
        ))}
      </ul>
      <p id="copy-status" class="visually-hidden" role="status" aria-live="polite" />
    </section>
  );
}

/** Nests ### entries under the preceding ## entry. */
function Toc({ ctx, toc }: { ctx: PageContext; toc: TocEntry[] }) {
  const groups: { entry: TocEntry; children: TocEntry[] }[] = [];
  for (const entry of toc) {
    const last = groups[groups.length - 1];
    if (entry.level === 3 && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  return (
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{ctx.t("article.toc")}</h2>
      <ol>
        {groups.map(({ entry, children }) => (
          <li>
            <a href={`#${entry.id}`}>{entry.text}</a>
            {children.length > 0 ? (
              <ol>
                {children.map((c) => (
                  <li>
                    <a href={`#${c.id}`}>{c.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
