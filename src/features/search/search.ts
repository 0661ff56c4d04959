/**
 * Running a search: parse → match in the index (FTS5 bm25 or tsvector ts_rank, title weighted
 * over summary/quotes/FAQ over body, ties to the newest) → load the page of hits → snippets.
 * Ranking selects ids only; article text is loaded for the returned page alone.
 */
import { sql } from "kysely";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { paths } from "../../ui/page.js";
import { type ParsedQuery, parseQuery, toFts5, toTsquery } from "./query.js";
import { markdownToPlain, snippetHtml } from "./snippet.js";

export interface SearchParams {
  query: string;
  lang: Lang | "all";
  series?: string;
  limit: number;
  offset: number;
}

export interface SearchHit {
  slug: string;
  lang: Lang;
  title: string;
  series: string;
  seriesTitle: string;
  installment: number;
  url: string;
  /** HTML: escaped text with the matched words in <mark>. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  total: number;
  results: SearchHit[];
  tookMs: number;
}

/** FTS5 bm25 weights for title, meta (summary, quotes, FAQ) and body. */
const BM25 = sql.raw("bm25(article_fts, 10.0, 4.0, 1.0)");

/**
 * @example await searchArticles(db, { query: "依恋", lang: "zh", limit: 10, offset: 0 })
 */
export async function searchArticles(db: Db, params: SearchParams): Promise<SearchResult> {
  const started = performance.now();
  const parsed = parseQuery(params.query);
  if (parsed.groups.length === 0) return { query: params.query, total: 0, results: [], tookMs: 0 };
  const { ids, total } = db.dialect === "sqlite" ? await matchSqlite(db, parsed, params) : await matchPostgres(db, parsed, params);
  const results = ids.length ? await loadHits(db, ids, parsed) : [];
  return { query: params.query, total, results, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}

function filters(params: SearchParams) {
  return sql.join(
    [
      sql`a.status = 'published'`,
      ...(params.lang !== "all" ? [sql`a.lang = ${params.lang}`] : []),
      ...(params.series ? [sql`a.series_slug = ${params.series}`] : []),
    ],
    sql` AND `,
  );
}

async function matchSqlite(db: Db, query: ParsedQuery, params: SearchParams) {
  const match = toFts5(query);
  const where = sql`article_fts MATCH ${match} AND ${filters(params)}`;
  const [page, count] = await Promise.all([
    sql<{ id: number }>`SELECT a.id FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE ${where}
      ORDER BY ${BM25}, a.published_at DESC, a.id DESC LIMIT ${params.limit} OFFSET ${params.offset}`.execute(db.kysely),
    sql<{ n: number }>`SELECT count(*) AS n FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE ${where}`.execute(db.kysely),
  ]);
  return { ids: page.rows.map((r) => r.id), total: Number(count.rows[0]?.n ?? 0) };
}

async function matchPostgres(db: Db, query: ParsedQuery, params: SearchParams) {
  const tsquery = sql`${toTsquery(query)}::tsquery`;
  const where = sql`s.vector @@ ${tsquery} AND ${filters(params)}`;
  const [page, count] = await Promise.all([
    sql<{ id: number }>`SELECT a.id FROM article_search s JOIN article a ON a.id = s.article_id WHERE ${where}
      ORDER BY ts_rank(s.vector, ${tsquery}) DESC, a.published_at DESC, a.id DESC LIMIT ${params.limit} OFFSET ${params.offset}`.execute(db.kysely),
    sql<{ n: string }>`SELECT count(*) AS n FROM article_search s JOIN article a ON a.id = s.article_id WHERE ${where}`.execute(db.kysely),
  ]);
  return { ids: page.rows.map((r) => r.id), total: Number(count.rows[0]?.n ?? 0) };
}

async function loadHits(db: Db, ids: number[], query: ParsedQuery): Promise<SearchHit[]> {
  const rows = await db.kysely
    .selectFrom("article as a")
    .leftJoin("series_text as st", (j) => j.onRef("st.series_slug", "=", "a.series_slug").onRef("st.lang", "=", "a.lang"))
    .select([
      "a.id",
      "a.slug",
      "a.lang",
      "a.title",
      "a.series_slug",
      "a.installment",
      "a.summary",
      "a.quotes",
      "a.faq",
      "a.body_md",
      "st.title as series_title",
    ])
    .where("a.id", "in", ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const terms = query.groups.flatMap((g) => g.surface);
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const faq = JSON.parse(r.faq) as { q: string; a: string }[];
    const meta = [...(JSON.parse(r.quotes) as string[]), ...faq.flatMap((f) => [f.q, markdownToPlain(f.a)])].join(" ");
    return [
      {
        slug: r.slug,
        lang: r.lang,
        title: r.title,
        series: r.series_slug,
        seriesTitle: r.series_title ?? r.series_slug,
        installment: r.installment,
        url: paths.article(r.lang, r.slug),
        snippet: snippetHtml([r.summary, markdownToPlain(r.body_md), meta], terms, r.summary),
      },
    ];
  });
}
