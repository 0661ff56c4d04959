/**
 * JSON-LD for article pages: Article, FAQPage (from the FAQ) and BreadcrumbList. Pure.
 */
import { HTML_LANG, t } from "../../i18n/index.js";
import { paths } from "../../ui/page.js";
import type { ArticlePage } from "./repo.js";

export function articleJsonLd(article: ArticlePage, baseUrl: string): unknown[] {
  const url = baseUrl + paths.article(article.lang, article.slug);
  const site = t(article.lang, "site.name");
  const data: unknown[] = [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: article.title,
      description: article.summary,
      inLanguage: HTML_LANG[article.lang],
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      mainEntityOfPage: url,
      url,
      keywords: article.tags.join(", "),
      isPartOf: { "@type": "CreativeWorkSeries", name: article.series.title, url: baseUrl + paths.series(article.lang, article.series.slug) },
      position: article.installment,
      author: { "@type": "Organization", name: site },
      publisher: { "@type": "Organization", name: site },
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: t(article.lang, "nav.home"), item: baseUrl + paths.home(article.lang) },
        { "@type": "ListItem", position: 2, name: article.series.title, item: baseUrl + paths.series(article.lang, article.series.slug) },
        { "@type": "ListItem", position: 3, name: article.title, item: url },
      ],
    },
  ];
  if (article.faq.length > 0) {
    data.push({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      inLanguage: HTML_LANG[article.lang],
      mainEntity: article.faq.map((f) => ({
        "@type": "Question",
        name: f.q,
        acceptedAnswer: { "@type": "Answer", text: f.a },
      })),
    });
  }
  return data;
}
