/**
 * UI strings: flat dotted keys per locale (en.json, zh.json must hold the same keys — a test
 * checks), a translator with `{name}` placeholders, and locale-aware date formatting.
 */
import type { Lang } from "../db/schema.js";
import en from "./en.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };

export type { Lang };
export type MessageKey = keyof typeof en;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, zh };
export const LOCALES = ["en", "zh"] as const satisfies readonly Lang[];

/** Narrows a path segment or query value to a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "zh";
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "zh" : "en";
}

/** Each language's name in itself, shown wherever languages are mixed. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", zh: "中文" };

/** BCP 47 tags used in `lang` and `hreflang` attributes. */
export const HTML_LANG: Record<Lang, string> = { en: "en", zh: "zh-Hans" };

/**
 * Looks up a UI string and fills `{placeholders}`.
 * @example t("en", "article.readingTime", { minutes: 7 }) // "7 min read"
 */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, handed to views. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    t(lang, key, params);

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  zh: new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
};

/** @example formatDate("en", "2026-03-14T00:00:00.000Z") // "14 March 2026" */
export function formatDate(lang: Lang, iso: string): string {
  return dateFormats[lang].format(new Date(iso));
}
