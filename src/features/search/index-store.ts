/**
 * Keeping the search index in step with articles. Called inside the transaction that writes
 * the article, so the index never disagrees with what readers see. Drafts are not indexed.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { Db, Dialect } from "../../db/index.js";
import type { Database } from "../../db/schema.js";
import { markdownToPlain } from "./snippet.js";
import { documentTokens } from "./tokenize.js";

type Executor = Kysely<Database> | Transaction<Database>;

export interface SearchDocument {
  title: string;
  /** Summary, ready-to-copy lines and FAQ: ranked between title and body. */
  meta: string;
  /** Plain text of the body. */
  body: string;
}

export interface IndexableArticle {
  lang: string;
  series_slug: string;
  published_at: string | null;
  title: string;
  summary: string;
  quotes: string[];
  faq: { q: string; a: string }[];
  body_md: string;
}

export function searchDocument(article: IndexableArticle): SearchDocument {
  return {
    title: article.title,
    meta: [article.summary, ...article.quotes, ...article.faq.flatMap((f) => [f.q, markdownToPlain(f.a)])].join("\n"),
    body: markdownToPlain(article.body_md),
  };
}

/** PostgreSQL positions stop at 16383; later tokens share the last position. */
const PG_MAX_POSITION = 16383;
/** PostgreSQL keeps at most 256 positions per lexeme. */
const PG_MAX_POSITIONS_PER_LEXEME = 256;

/**
 * A tsvector literal with positions, built here rather than by to_tsvector so that
 * PostgreSQL's own parser (whose handling of Han text depends on the locale) never touches it.
 * A gap between fields keeps a phrase from matching across them.
 * @example tsvectorLiteral(["冷战 silence"]) // "'冷战':1 '战':2 'silence':3"
 */
export function tsvectorLiteral(fields: string[]): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const field of fields) {
    for (const token of documentTokens(field)) {
      position = Math.min(position + 1, PG_MAX_POSITION);
      const list = positions.get(token);
      if (!list) positions.set(token, [position]);
      else if (list.length < PG_MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== position) list.push(position);
    }
    position = Math.min(position + 2, PG_MAX_POSITION);
  }
  return [...positions].map(([token, list]) => `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${list.join(",")}`).join(" ");
}

/** Article ids stay below this; the search key keeps the id in its low digits. */
export const SEARCH_KEY_ID_SPACE = 1_000_000;

/**
 * The SQLite index's rowid for an article: publication time in seconds, then the id, so that
 * descending rowid order is "newest first, then highest id" and the id is `key % 1e6`.
 * Stays an exact JavaScript integer until the year 2255.
 * @example searchKey("2026-01-01T00:00:00.000Z", 42) // 1767225600000042
 */
export function searchKey(publishedAt: string | null, id: number): number {
  if (id >= SEARCH_KEY_ID_SPACE) throw new Error(`article id ${id} is beyond the search key's id space`);
  const seconds = Math.floor(Date.parse(publishedAt ?? "1970-01-01T00:00:00Z") / 1000);
  return seconds * SEARCH_KEY_ID_SPACE + id;
}

/** The article id inside a search key (also for keys of dates before 1970, which are negative). */
export const articleIdOfKey = (key: number) => ((key % SEARCH_KEY_ID_SPACE) + SEARCH_KEY_ID_SPACE) % SEARCH_KEY_ID_SPACE;

/** Exact-match filter tokens for the lang and series columns (hex keeps a slug one token). */
export const langToken = (lang: string) => `l${lang}`;
export const seriesToken = (slug: string) => `s${Buffer.from(slug).toString("hex")}`;

/** What the index stores for one article, computed without I/O (import workers compute it). */
export type SearchEntry =
  | { dialect: "sqlite"; title: string; meta: string; body: string }
  | { dialect: "postgres"; titleVec: string; headVec: string; allVec: string };

/**
 * The tokens (SQLite) or tsvector literals (PostgreSQL) of an article. Pure.
 * @example searchEntry(article, "sqlite").title // "冷战 战 silence"
 */
export function searchEntry(article: IndexableArticle, dialect: Dialect): SearchEntry {
  const doc = searchDocument(article);
  if (dialect === "sqlite") {
    const join = (text: string) => documentTokens(text).join(" ");
    return { dialect, title: join(doc.title), meta: join(doc.meta), body: join(doc.body) };
  }
  return {
    dialect,
    titleVec: tsvectorLiteral([doc.title]),
    headVec: tsvectorLiteral([doc.title, doc.meta]),
    allVec: tsvectorLiteral([doc.title, doc.meta, doc.body]),
  };
}

/**
 * Puts a published article into the index (replacing what was there) or takes a draft out.
 * `article.search`, when present for this dialect, is used instead of tokenizing again.
 */
export async function indexArticle(
  db: Executor,
  dialect: Dialect,
  id: number,
  article: IndexableArticle & { status: string; search?: SearchEntry },
  { isNew = false }: { isNew?: boolean } = {},
): Promise<void> {
  if (!isNew) await removeFromIndex(db, dialect, id);
  if (article.status !== "published") return;
  const entry = article.search?.dialect === dialect ? article.search : searchEntry(article, dialect);
  if (entry.dialect === "sqlite") {
    const key = searchKey(article.published_at, id);
    await sql`INSERT INTO article_fts (rowid, title, meta, body, lang, series)
      VALUES (${key}, ${entry.title}, ${entry.meta}, ${entry.body}, ${langToken(article.lang)}, ${seriesToken(article.series_slug)})`.execute(db);
    await sql`INSERT INTO article_search_key (article_id, search_key) VALUES (${id}, ${key})`.execute(db);
  } else {
    await sql`INSERT INTO article_search (article_id, lang, series_slug, published_at, title_vec, head_vec, all_vec)
      VALUES (${id}, ${article.lang}, ${article.series_slug}, ${article.published_at ?? ""},
      ${entry.titleVec}::tsvector, ${entry.headVec}::tsvector, ${entry.allVec}::tsvector)`.execute(db);
  }
}

export async function removeFromIndex(db: Executor, dialect: Dialect, id: number): Promise<void> {
  if (dialect === "sqlite") {
    await sql`DELETE FROM article_fts WHERE rowid IN (SELECT search_key FROM article_search_key WHERE article_id = ${id})`.execute(db);
    await sql`DELETE FROM article_search_key WHERE article_id = ${id}`.execute(db);
  } else await sql`DELETE FROM article_search WHERE article_id = ${id}`.execute(db);
}

/**
 * After many articles changed at once (an import, a rebuild), PostgreSQL's planner statistics
 * for the index are refreshed at once rather than when autovacuum gets to it: without them a
 * common phrase's page is planned as a sort of every hit (60 instead of 22 ms at 10,000
 * articles). Takes well under a second. SQLite's plans do not depend on statistics here.
 */
export async function refreshSearchStatistics(db: Db): Promise<void> {
  if (db.dialect === "postgres") await sql`ANALYZE article_search`.execute(db.kysely);
}

/** Rebuilds the whole index from the articles (`wiki reindex`), in one transaction. */
export async function rebuildSearchIndex(db: Db): Promise<number> {
  const indexed = await rebuildInTransaction(db);
  await refreshSearchStatistics(db);
  return indexed;
}

async function rebuildInTransaction(db: Db): Promise<number> {
  const PAGE = 500;
  return db.kysely.transaction().execute(async (trx) => {
    if (db.dialect === "sqlite") {
      await sql`DELETE FROM article_fts`.execute(trx);
      await sql`DELETE FROM article_search_key`.execute(trx);
    } else await sql`TRUNCATE article_search`.execute(trx); // DELETE would leave every old row as bloat
    let indexed = 0;
    for (let lastId = 0; ; ) {
      const rows = await trx
        .selectFrom("article")
        .select(["id", "lang", "series_slug", "published_at", "title", "summary", "quotes", "faq", "body_md", "status"])
        .where("id", ">", lastId)
        .orderBy("id")
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.status !== "published") continue;
        await indexArticle(trx, db.dialect, row.id, {
          ...row,
          quotes: JSON.parse(row.quotes) as string[],
          faq: JSON.parse(row.faq) as { q: string; a: string }[],
        });
        indexed++;
      }
      lastId = rows[rows.length - 1]?.id ?? lastId;
    }
    return indexed;
  });
}
