/**
 * The page shell: <head> with SEO metadata (title, description, canonical, hreflang alternates,
 * OpenGraph, JSON-LD), the header with navigation and language switch, and the footer.
 */
import type { Child } from "hono/jsx";
import type { Lang } from "../db/schema.js";
import { HTML_LANG, otherLang } from "../i18n/index.js";
import { jsonForScript, type PageContext, paths } from "./page.js";

export interface SeoMeta {
  title: string;
  description: string;
  /** Site-relative path of this page; the canonical URL is BASE_URL + path. */
  path: string;
  /** The same page in each language that has it (site-relative paths). */
  alternates?: Partial<Record<Lang, string>>;
  ogType?: "website" | "article";
  jsonLd?: unknown[];
  noindex?: boolean;
  /** Absolute URL of a 1200×630 preview image (share cards). */
  image?: string;
  /** Show the quick-exit button (test, result and report pages). */
  quickExit?: boolean;
}

/** Where quick exit goes: an ordinary page, reachable in each language's usual region. */
export const QUICK_EXIT_URL: Record<Lang, string> = { en: "https://en.wikipedia.org/wiki/Weather", zh: "https://www.baidu.com/" };

interface LayoutProps {
  ctx: PageContext;
  seo: SeoMeta;
  /** Further island scripts (URLs) for this page only, e.g. the editor's. */
  scripts?: string[];
  children: Child;
}

export function Layout({ ctx, seo, scripts, children }: LayoutProps) {
  const { lang, t, baseUrl, assets } = ctx;
  const other = otherLang(lang);
  const alternates = seo.alternates ?? {};
  const switchPath = alternates[other] ?? paths.home(other);
  const fullTitle = seo.path === paths.home(lang) ? t("site.name") : `${seo.title} · ${t("site.name")}`;
  return (
    <html lang={HTML_LANG[lang]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={seo.description} />
        {seo.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={baseUrl + seo.path} />
        {Object.entries(alternates).map(([l, p]) => (
          <link rel="alternate" hreflang={HTML_LANG[l as Lang]} href={baseUrl + p} />
        ))}
        {alternates.en ? <link rel="alternate" hreflang="x-default" href={baseUrl + alternates.en} /> : null}
        <link rel="alternate" type="application/atom+xml" title={t("feed.title")} href={baseUrl + paths.feed(lang)} />
        <meta property="og:site_name" content={t("site.name")} />
        <meta property="og:type" content={seo.ogType ?? "website"} />
        <meta property="og:title" content={seo.title} />
        <meta property="og:description" content={seo.description} />
        <meta property="og:url" content={baseUrl + seo.path} />
        <meta property="og:locale" content={lang === "zh" ? "zh_CN" : "en_US"} />
        {alternates[other] ? <meta property="og:locale:alternate" content={other === "zh" ? "zh_CN" : "en_US"} /> : null}
        {seo.image ? (
          <>
            <meta property="og:image" content={seo.image} />
            <meta property="og:image:width" content="1200" />
            <meta property="og:image:height" content="630" />
            <meta name="twitter:card" content="summary_large_image" />
            <meta name="twitter:image" content={seo.image} />
          </>
        ) : (
          <meta name="twitter:card" content="summary" />
        )}
        <meta name="twitter:title" content={seo.title} />
        <meta name="twitter:description" content={seo.description} />
        <link rel="stylesheet" href={assets.css.url} />
        {ctx.cacheable ? (
          <script data-bootstrap dangerouslySetInnerHTML={{ __html: assets.bootstrap.code }} />
        ) : (
          <script type="module" src={assets.js.url} nonce={ctx.nonce} />
        )}
        {(scripts ?? []).map((src) => (
          <script type="module" src={src} nonce={ctx.nonce} />
        ))}
        {(seo.jsonLd ?? []).map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("nav.skip")}
        </a>
        {seo.quickExit ? (
          <a class="quick-exit" href={QUICK_EXIT_URL[lang]} rel="noreferrer" data-quick-exit>
            {t("quickExit.label")}
          </a>
        ) : null}
        <header class="site-header">
          <div class="inner">
            <a class="brand" href={paths.home(lang)}>
              {t("site.name")}
            </a>
            {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for some browsers readers use */}
            <form
              class="site-search"
              role="search"
              aria-label={t("search.siteSearch")}
              action={`/${lang}/search`}
              method="get"
              data-search-lang={lang}
            >
              <label for="site-search" class="visually-hidden">
                {t("search.label")}
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                maxlength={200}
                placeholder={t("search.placeholder")}
                autocomplete="off"
                aria-keyshortcuts="/"
                data-live-count={t("search.liveCount")}
                data-live-count-more={t("search.liveCountMore")}
                data-live-none={t("search.liveNone")}
                data-all-results={t("search.allResults")}
              />
              <button type="submit" class="search-button">
                {t("search.button")}
              </button>
              {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern needs a listbox of options */}
              <ul id="site-search-results" class="live-results" role="listbox" aria-label={t("search.liveResults")} hidden />
              <p id="site-search-status" class="visually-hidden" role="status" aria-live="polite" />
            </form>
            <nav class="site-nav" aria-label={t("nav.main")}>
              <ul>
                <li>
                  <a href={paths.seriesIndex(lang)}>{t("nav.series")}</a>
                </li>
                <li>
                  <a href={paths.test(lang)}>{t("nav.test")}</a>
                </li>
              </ul>
            </nav>
            <a class="lang-switch" href={switchPath} hreflang={HTML_LANG[other]} data-lang-switch={other}>
              <span class="visually-hidden">{t("nav.switchToLabel")}: </span>
              <span lang={HTML_LANG[other]}>{t("nav.switchTo")}</span>
            </a>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="inner">
            <p>{t("footer.disclaimer")}</p>
            <p>
              <a href={`/${lang}/safety`}>{t("nav.safety")}</a>
              {" · "}
              <a href={`/${lang}/privacy`}>{t("nav.privacy")}</a>
              {" · "}
              <a href={`/${lang}/my-data`}>{t("nav.myData")}</a>
              {" · "}
              <a href={paths.feed(lang)}>{t("footer.feed")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Renders a full HTML document string. */
export function renderDocument(node: unknown): string {
  return `<!doctype html>${String(node)}`;
}
