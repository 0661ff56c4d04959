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

export type Role = "editor" | "admin";

export interface EditorUserTable {
  id: string;
  /** Lower-cased. */
  email: string;
  role: Role;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface EditorSessionTable {
  /** SHA-256 of the session id in the cookie. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; idle expiry is counted from last_seen_at. */
  expires_at: string;
}

export type RevisionAction = "import" | "create" | "edit" | "publish" | "unpublish" | "restore" | "reorder";

export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  /** Equals article.revision after the save that made it. */
  revision: number;
  action: RevisionAction;
  author_id: string | null;
  /** The author's email at the time (or "import"), kept after the account is gone. */
  author_label: string;
  created_at: string;
  /** JSON: ParsedArticleFile — the whole article as front matter + body. */
  snapshot: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  created_at: string;
  actor_id: string | null;
  actor_label: string;
  /** A stable name such as "article.edit" or "session.signin". */
  action: string;
  /** What it was done to, e.g. "article:12" or "series:silent-treatment". */
  target: string;
  /** JSON with ids and counts only — never personal text. */
  detail: string;
}

export interface ArticleSlugRedirectTable {
  lang: Lang;
  old_slug: string;
  article_id: number;
  created_at: string;
}

export interface SiteStateTable {
  /** "content_version": bumped by every article or series write. */
  key: string;
  value: number;
}

export interface LegacySourceTable {
  lang: Lang;
  /** The page's own identity: its series title and installment. */
  source_key: string;
  article_id: number;
}

/**
 * Related reading of an article, recomputed whenever articles change; no row means none.
 * (The old `article.related` column is retired: see migration 011.)
 */
export interface ArticleRelatedTable {
  article_id: number;
  /** JSON: number[] — ids of related articles, best first. */
  related: string;
}

export interface Database {
  article_related: ArticleRelatedTable;
  legacy_source: LegacySourceTable;
  site_state: SiteStateTable;
  article_slug_redirect: ArticleSlugRedirectTable;
  article_revision: ArticleRevisionTable;
  audit_event: AuditEventTable;
  editor_session: EditorSessionTable;
  editor_user: EditorUserTable;
  result_share: ResultShareTable;
  series: SeriesTable;
  series_text: SeriesTextTable;
  article: ArticleTable;
  test_result: TestResultTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type ArticleUpdate = Updateable<ArticleTable>;
