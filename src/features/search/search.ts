/**
 * Running a search: parse → match in the index → rank → load the page of hits → snippets.
 *
 * Ranking is by tier, then recency: an article whose title holds the whole query comes first;
 * then one where title, summary, quotes and FAQ hold it; then one that needs the body; within
 * a tier, the newest first. Both engines compute the tier from the index alone (FTS5 column
 * filters; small per-field tsvectors), so ranking stays cheap on large archives and gives the
 * same order on SQLite and PostgreSQL. Article text is loaded for the returned page alone.
 */
import { sql } from "kysely";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { paths } from "../../ui/page.js";
import { articleIdOfKey, langToken, seriesToken } from "./index-store.js";
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

/**
 * SQLite: one FTS5 expression per tier (column filters; NOT removes the tiers above), counted
 * from the index alone; the page is read newest-first straight off the recency-keyed rowids.
 */
async function matchSqlite(db: Db, query: ParsedQuery, params: SearchParams) {
  const scope = [
    ...(params.lang !== "all" ? [`{lang} : "${langToken(params.lang)}"`] : []),
    ...(params.series ? [`{series} : "${seriesToken(params.series)}"`] : []),
  ];
  const within = (expr: string) => [...scope, `(${expr})`].join(" AND ");
  const all = toFts5(query);
  const inTitle = `{title} : (${all})`;
  const inHead = `{title meta} : (${all})`;
  const tiers = [within(inTitle), `(${within(inHead)}) NOT (${inTitle})`, `(${within(all)}) NOT (${inHead})`];
  const count = async (match: string) =>
    Number((await sql<{ n: number }>`SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ${match}`.execute(db.kysely)).rows[0]?.n ?? 0);
  const total = await count(within(all));
  // A tier's size is only needed to skip past it (offset > 0); page one just reads tiers in order.
  const keys: number[] = [];
  let skip = params.offset;
  for (const [i, match] of tiers.entries()) {
    if (keys.length >= params.limit || skip >= total) break;
    if (skip > 0 && i < tiers.length - 1) {
      const size = await count(match);
      if (skip >= size) {
        skip -= size;
        continue;
      }
    }
    const rows = await sql<{ key: number }>`SELECT rowid AS key FROM article_fts WHERE article_fts MATCH ${match}
      ORDER BY rowid DESC LIMIT ${params.limit - keys.length} OFFSET ${skip}`.execute(db.kysely);
    keys.push(...rows.rows.map((r) => r.key));
    skip = 0;
  }
  return { ids: keys.map(articleIdOfKey), total };
}

async function matchPostgres(db: Db, query: ParsedQuery, params: SearchParams) {
  const tsquery = sql`${toTsquery(query)}::tsquery`;
  const where = sql`s.all_vec @@ ${tsquery} AND ${filters(params)}`;
  const tier = sql`CASE WHEN s.title_vec @@ ${tsquery} THEN 1 WHEN s.head_vec @@ ${tsquery} THEN 2 ELSE 3 END`;
  const [page, count] = await Promise.all([
    sql<{ id: number }>`SELECT a.id FROM article_search s JOIN article a ON a.id = s.article_id WHERE ${where}
      ORDER BY ${tier}, a.published_at DESC, a.id DESC LIMIT ${params.limit} OFFSET ${params.offset}`.execute(db.kysely),
    sql<{ n: string }>`SELECT count(*) AS n FROM article_search s JOIN article a ON a.id = s.article_id WHERE ${where}`.execute(db.kysely),
  ]);
  return { ids: page.rows.map((r) => r.id), total: Number(count.rows[0]?.n ?? 0) };
}

/**
 * The texts a snippet may come from, in order: the summary, the body a few paragraphs at a time
 * (converted to plain text only as far as the search needs to go), then quotes and FAQ.
 */
function* snippetFields(summary: string, bodyMarkdown: string, meta: string): Generator<string> {
  yield summary;
  const paragraphs = bodyMarkdown.split(/\n\s*\n/);
  let chunk = "";
  for (const paragraph of paragraphs) {
    chunk += `${paragraph}\n\n`;
    if (chunk.length >= BODY_CHUNK) {
      yield markdownToPlain(chunk);
      chunk = "";
    }
  }
  if (chunk) yield markdownToPlain(chunk);
  yield meta;
}

/** Body text is turned into plain text for snippets about this many characters at a time. */
const BODY_CHUNK = 3000;

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
        snippet: snippetHtml(snippetFields(r.summary, r.body_md, meta), terms, r.summary),
      },
    ];
  });
}
