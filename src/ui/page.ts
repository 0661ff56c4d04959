/**
 * What every page view receives: the language, its translator, absolute-URL helpers and the
 * fingerprinted asset URLs.
 */
import type { Lang } from "../db/schema.js";
import { SAFETY_RESOURCES, type SafetyResource } from "../features/assessment/safety-resources.js";
import { type Translate, translator } from "../i18n/index.js";
import type { Assets } from "./assets.js";

export interface PageContext {
  lang: Lang;
  t: Translate;
  /** Absolute origin without a trailing slash, from BASE_URL. */
  baseUrl: string;
  assets: Assets;
  /** The Content-Security-Policy nonce our script tags carry. */
  nonce?: string;
  /** Where to find help, in this language (operator-configurable). */
  safetyResources: SafetyResource[];
  /**
   * The page is shared by everyone (page cache, CDN): no nonce in it; its script loads through
   * the hash-allowed bootstrap instead.
   */
  cacheable?: boolean;
}

export function pageContext(lang: Lang, baseUrl: string, assets: Assets, nonce?: string, safety?: Record<Lang, SafetyResource[]>): PageContext {
  return { lang, t: translator(lang), baseUrl, assets, nonce, safetyResources: (safety ?? SAFETY_RESOURCES)[lang] };
}

/** Site paths in one place, so links and canonical URLs never disagree. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  seriesIndex: (lang: Lang) => `/${lang}/series/`,
  series: (lang: Lang, slug: string, page = 1) => `/${lang}/series/${slug}${page > 1 ? `?page=${page}` : ""}`,
  article: (lang: Lang, slug: string) => `/${lang}/articles/${slug}`,
  test: (lang: Lang) => `/${lang}/test`,
  feed: (lang: Lang) => `/${lang}/feed.xml`,
};

/** Serialises JSON for a <script type="application/ld+json"> block: `<` can never close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
