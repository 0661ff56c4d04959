/**
 * Table types shared by both dialects. JSON-valued columns are stored as text in both
 * SQLite and PostgreSQL so the same queries and the same parsing work everywhere;
 * timestamps are ISO-8601 strings (they sort correctly as text).
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export type Lang = "en" | "zh";
export const LANGS: readonly Lang[] = ["en", "zh"] as const;

export interface SeriesTable {
  slug: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface SeriesTextTable {
  series_slug: string;
  lang: Lang;
  title: string;
  description: string;
}

export interface ArticleTable {
  id: Generated<number>;
  lang: Lang;
  slug: string;
  series_slug: string;
  installment: number;
  title: string;
  summary: string;
  /** JSON: string[] */
  tags: string;
  body_md: string;
  body_html: string;
  /** JSON: TocEntry[] */
  toc: string;
  /** JSON: string[] */
  quotes: string;
  /** JSON: { q, a, aHtml }[] */
  faq: string;
  translation_of: string | null;
  status: "draft" | "published";
  published_at: string | null;
  reading_minutes: number;
  /** JSON: number[] — ids of related articles, recomputed whenever articles change. */
  related: string;
  /** Hash of the imported source; an unchanged file is not rewritten. */
  source_hash: string;
  /** Increments on every change; keys caches. */
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface TestResultTable {
  id: string;
  owner_hash: string;
  lang: Lang;
  instrument_version: string;
  pattern: string;
  safety_flag: number;
  today: number;
  created_at: string;
  /** JSON: Record<ScaleId, number> */
  scores: string;
  /** JSON: { habits, strongestResource } */
  profile: string;
  /** JSON: Record<itemId, 1..7> */
  answers: string;
}

export interface ResultShareTable {
  id: string;
  token_hash: string;
  result_id: string;
  lang: Lang;
  created_at: string;
}

export interface Database {
  result_share: ResultShareTable;
  series: SeriesTable;
  series_text: SeriesTextTable;
  article: ArticleTable;
  test_result: TestResultTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type ArticleUpdate = Updateable<ArticleTable>;
