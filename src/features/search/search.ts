/**
 * Running a search: parse → match in the index → rank → load the page of hits → snippets.
 *
 * Ranking is by tier, then recency: an article whose title holds the whole query comes first;
 * then one where title, summary, quotes and FAQ hold it; then one that needs the body; within
 * a tier, the newest first. Both engines compute the tier from the index alone (FTS5 column
 * filters; small per-field tsvectors), so ranking stays cheap on large archives and gives the
 * same order on SQLite and PostgreSQL. Article text is loaded for the returned page alone.
 */
import { type Kysely, sql } from "kysely";
import type { Db } from "../../db/index.js";
import type { Database, Lang } from "../../db/schema.js";
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
  /** Where exact counting stops (default EXACT_TOTAL_LIMIT); tests set a small one. */
  exactTotalLimit?: number;
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
  /** The number of hits when `totalExact`; otherwise a lower bound ("more than `total`"). */
  total: number;
  totalExact: boolean;
  results: SearchHit[];
  tookMs: number;
}

/**
 * Hits are counted exactly up to this many (or up to the end of the requested page, when that
 * is further); beyond it the total is reported as "more than". Counting every hit of a common
 * phrase means checking word positions in thousands of articles (~50–70 ms on PostgreSQL at
 * 10,000 articles), and no reader pages through a thousand results. The same convention as
 * Elasticsearch's track_total_hits or GitLab's "1,000+"; at 500 the slowest count takes ~13 ms.
 */
export const EXACT_TOTAL_LIMIT = 500;

/**
 * @example await searchArticles(db, { query: "依恋", lang: "zh", limit: 10, offset: 0 })
 */
export async function searchArticles(db: Db, params: SearchParams): Promise<SearchResult> {
  const started = performance.now();
  const parsed = parseQuery(params.query);
  if (parsed.groups.length === 0) return { query: params.query, total: 0, totalExact: true, results: [], tookMs: 0 };
  const { ids, total, totalExact } = db.dialect === "sqlite" ? await matchSqlite(db, parsed, params) : await matchPostgres(db, parsed, params);
  const results = ids.length ? await loadHits(db, ids, parsed) : [];
  return { query: params.query, total, totalExact, results, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}

/**
 * One engine's way to ask about the three tiers: how many hits a tier (or all tiers) has —
 * counting stops after `atMost + 1`, so a larger answer means "more than `atMost`" — and a page
 * of a tier's article ids, newest first.
 */
interface TierEngine {
  count(tier: 1 | 2 | 3 | "all", atMost: number): Promise<number>;
  page(tier: 1 | 2 | 3, limit: number, offset: number): Promise<number[]>;
}

/**
 * Pages through the tiers in order; a tier's size is only asked for when paging skips past it,
 * and then only as far as the skip.
 */
async function rankedPage(engine: TierEngine, params: SearchParams): Promise<{ ids: number[]; total: number; totalExact: boolean }> {
  const countLimit = Math.max(params.exactTotalLimit ?? EXACT_TOTAL_LIMIT, params.offset + params.limit);
  const counted = await engine.count("all", countLimit);
  const totalExact = counted <= countLimit;
  const total = Math.min(counted, countLimit);
  const ids: number[] = [];
  let skip = params.offset;
  for (const tier of [1, 2, 3] as const) {
    if (ids.length >= params.limit || skip >= total) break;
    if (skip > 0 && tier < 3) {
      const size = await engine.count(tier, skip);
      if (skip >= size) {
        skip -= size;
        continue;
      }
    }
    ids.push(...(await engine.page(tier, params.limit - ids.length, skip)));
    skip = 0;
  }
  return { ids, total, totalExact };
}

/**
 * SQLite: one FTS5 expression per tier (column filters; NOT removes the tiers above). Counts
 * come from the index alone; pages are read newest-first straight off the recency-keyed rowids.
 */
function sqliteEngine(db: Db, query: ParsedQuery, params: SearchParams): TierEngine {
  const scope = [
    ...(params.lang !== "all" ? [`{lang} : "${langToken(params.lang)}"`] : []),
    ...(params.series ? [`{series} : "${seriesToken(params.series)}"`] : []),
  ];
  const within = (expr: string) => [...scope, `(${expr})`].join(" AND ");
  const all = toFts5(query);
  const inTitle = `{title} : (${all})`;
  const inHead = `{title meta} : (${all})`;
  const match = { all: within(all), 1: within(inTitle), 2: `(${within(inHead)}) NOT (${inTitle})`, 3: `(${within(all)}) NOT (${inHead})` };
  return {
    async count(tier, atMost) {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM
        (SELECT 1 FROM article_fts WHERE article_fts MATCH ${match[tier]} LIMIT ${atMost + 1})`.execute(db.reader);
      return Number(r.rows[0]?.n ?? 0);
    },
    async page(tier, limit, offset) {
      const r = await sql<{ key: number }>`SELECT rowid AS key FROM article_fts WHERE article_fts MATCH ${match[tier]}
        ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`.execute(db.reader);
      return r.rows.map((row) => articleIdOfKey(row.key));
    },
  };
}

/**
 * PostgreSQL: each tier is a condition on the per-field vectors. Counts go through the GIN
 * indexes (exact for plain words, so no vector is read; a phrase reads the vectors of candidate
 * articles, until the count limit); a page either walks the recency index
 * and stops after `limit` hits (common queries) or sorts a GIN bitmap (rare ones), as the
 * planner judges. Sequential scans are ruled out: they would read (detoast) the large vector of
 * every row for a common word.
 */
function postgresEngine(executor: Kysely<Database>, query: ParsedQuery, params: SearchParams): TierEngine {
  const q = sql`${toTsquery(query)}::tsquery`;
  const scope = sql.join(
    [sql`TRUE`, ...(params.lang !== "all" ? [sql`lang = ${params.lang}`] : []), ...(params.series ? [sql`series_slug = ${params.series}`] : [])],
    sql` AND `,
  );
  const where = {
    all: sql`all_vec @@ ${q} AND ${scope}`,
    1: sql`title_vec @@ ${q} AND ${scope}`,
    2: sql`head_vec @@ ${q} AND NOT (title_vec @@ ${q}) AND ${scope}`,
    3: sql`all_vec @@ ${q} AND NOT (head_vec @@ ${q}) AND ${scope}`,
  };
  return {
    async count(tier, atMost) {
      const r = await sql<{ n: string }>`SELECT count(*) AS n FROM
        (SELECT 1 FROM article_search WHERE ${where[tier]} LIMIT ${atMost + 1}) AS hits`.execute(executor);
      return Number(r.rows[0]?.n ?? 0);
    },
    async page(tier, limit, offset) {
      const r = await sql<{ id: number }>`SELECT article_id AS id FROM article_search WHERE ${where[tier]}
        ORDER BY published_at DESC, article_id DESC LIMIT ${limit} OFFSET ${offset}`.execute(executor);
      return r.rows.map((row) => row.id);
    },
  };
}

async function matchSqlite(db: Db, query: ParsedQuery, params: SearchParams) {
  return rankedPage(sqliteEngine(db, query, params), params);
}

async function matchPostgres(db: Db, query: ParsedQuery, params: SearchParams) {
  return db.reader.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return rankedPage(postgresEngine(trx, query, params), params);
  });
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
  const rows = await db.reader
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
