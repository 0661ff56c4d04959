/**
 * Turns a validated article file into the row we store: rendered HTML, table of contents,
 * rendered FAQ answers, reading time, status and a content hash. Pure.
 */
import { createHash } from "node:crypto";
import type { Lang } from "../../db/schema.js";
import type { SearchEntry } from "../search/index-store.js";
import type { ParsedArticleFile } from "./front-matter.js";
import { readingMinutes, renderFragment, renderMarkdown, type TocEntry } from "./markdown.js";

export interface FaqEntry {
  q: string;
  a: string;
  aHtml: string;
}

export interface PreparedArticle {
  lang: Lang;
  slug: string;
  series_slug: string;
  installment: number;
  title: string;
  summary: string;
  tags: string[];
  body_md: string;
  body_html: string;
  toc: TocEntry[];
  quotes: string[];
  faq: FaqEntry[];
  translation_of: string | null;
  status: "draft" | "published";
  published_at: string | null;
  reading_minutes: number;
  source_hash: string;
  /**
   * What it was made from (front matter and body) as JSON: stored as the revision snapshot, and
   * what a restore starts from. Made here, so import workers do it off the writing thread.
   */
  snapshot: string;
  /** The search index's entry, when computed ahead (import workers); else computed on write. */
  search?: SearchEntry;
}

/** @example prepareArticle(parsed).status // "published" when `published` is set */
export function prepareArticle(source: ParsedArticleFile): PreparedArticle {
  const { meta, body } = source;
  const rendered = renderMarkdown(body);
  const faq = meta.faq.map((f) => ({ q: f.q, a: f.a, aHtml: renderFragment(f.a) }));
  return {
    lang: meta.lang,
    slug: meta.slug,
    series_slug: meta.series,
    installment: meta.installment,
    title: meta.title,
    summary: meta.summary,
    tags: meta.tags,
    body_md: body,
    body_html: rendered.html,
    toc: rendered.toc,
    quotes: meta.quotes,
    faq,
    translation_of: meta.translationOf ?? null,
    status: meta.published ? "published" : "draft",
    published_at: meta.published ?? null,
    reading_minutes: readingMinutes(`${meta.title}\n${body}`),
    source_hash: createHash("sha256").update(JSON.stringify(meta)).update("\0").update(body).digest("base64url"),
    snapshot: JSON.stringify(source),
  };
}
