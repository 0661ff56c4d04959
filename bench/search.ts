/**
 * Search benchmark (not a test): generates the synthetic corpus with ../shared/bench/gen-corpus.mjs,
 * imports it into SQLite and PostgreSQL, and reports per database:
 *   - import time and search-index rebuild time,
 *   - index size against the size of the text it indexes,
 *   - p50/p95/p99 latency of GET /api/search over a fixed mix of English and Chinese queries
 *     (1–3 Chinese characters, one and several English words), sequential over loopback HTTP,
 *     next to GET /robots.txt on the same server as a noise-floor baseline run in the same loop.
 *
 *   npm run bench:search -- [COUNT=10000]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "kysely";
import pg from "pg";
import { createApp } from "../src/app.js";
import { PROJECT_ROOT } from "../src/config.js";
import { type Db, openDatabase } from "../src/db/index.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { importDirectory } from "../src/features/articles/import.js";
import { rebuildSearchIndex, searchDocument } from "../src/features/search/index-store.js";
import { createLogger } from "../src/platform/logger.js";
import { buildAssets } from "../src/ui/assets.js";
import { findPgBin, startCluster } from "../test/postgres-cluster.js";
import { SEARCH_QUERIES as QUERIES } from "./queries.js";

const COUNT = Number(process.argv[2] ?? 10_000);
const ROUNDS = 20;
/** The fixed query mix: Chinese of 1, 2 and 3 characters, single and multi-word English. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function indexBytes(db: Db): Promise<number> {
  if (db.dialect === "sqlite") {
    const r = await sql<{ s: number }>`SELECT sum(pgsize) AS s FROM dbstat WHERE name LIKE 'article_fts%'`.execute(db.kysely);
    return Number(r.rows[0]?.s ?? 0);
  }
  const r = await sql<{ s: string }>`SELECT pg_total_relation_size('article_search') AS s`.execute(db.kysely);
  return Number(r.rows[0]?.s ?? 0);
}

async function textBytes(db: Db): Promise<number> {
  let total = 0;
  for (let lastId = 0; ; ) {
    const rows = await db.kysely
      .selectFrom("article")
      .select(["id", "lang", "series_slug", "published_at", "title", "summary", "quotes", "faq", "body_md"])
      .where("status", "=", "published")
      .where("id", ">", lastId)
      .orderBy("id")
      .limit(500)
      .execute();
    if (rows.length === 0) return total;
    for (const r of rows) {
      const doc = searchDocument({ ...r, quotes: JSON.parse(r.quotes), faq: JSON.parse(r.faq) });
      total += Buffer.byteLength(doc.title + doc.meta + doc.body);
    }
    lastId = rows[rows.length - 1]?.id ?? lastId;
  }
}

async function timeRequests(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  }
  return times;
}

interface Row {
  dialect: string;
  importS: number;
  reindexS: number;
  indexMB: number;
  textMB: number;
  ratio: number;
  p50: number;
  p95: number;
  p99: number;
  baseP50: number;
  baseP95: number;
  totalHits: number;
  /** Median latency per query, slowest first. */
  perQuery: { q: string; lang: string; ms: number }[];
}

async function measure(db: Db, corpus: string): Promise<Row> {
  await migrateToLatest(db);
  let t = performance.now();
  const report = await importDirectory(db, corpus);
  const importS = (performance.now() - t) / 1000;
  if (report.problems.length) throw new Error(`import problems: ${report.problems.length}`);
  t = performance.now();
  await rebuildSearchIndex(db);
  const reindexS = (performance.now() - t) / 1000;
  const [index, text] = await Promise.all([indexBytes(db), textBytes(db)]);

  const app = createApp({ db, config: { baseUrl: "http://bench" }, logger: createLogger("silent"), assets: buildAssets() });
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const searchPaths = QUERIES.map(({ q, lang }) => `/api/search?q=${encodeURIComponent(q)}&lang=${lang}&limit=10`);
  let totalHits = 0;
  for (const p of searchPaths) totalHits += ((await (await fetch(base + p)).json()) as { total: number }).total; // warm-up
  const search: number[] = [];
  const baseline: number[] = [];
  const byQuery: number[][] = QUERIES.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const times = await timeRequests(base, searchPaths);
    times.forEach((ms, i) => {
      byQuery[i]?.push(ms);
    });
    search.push(...times);
    baseline.push(
      ...(await timeRequests(
        base,
        searchPaths.map(() => "/robots.txt"),
      )),
    );
  }
  const perQuery = QUERIES.map((query, i) => ({
    ...query,
    ms: percentile(
      [...(byQuery[i] ?? [])].sort((a, b) => a - b),
      50,
    ),
  })).sort((a, b) => b.ms - a.ms);
  await new Promise<void>((ok) => server.close(() => ok()));
  search.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  return {
    dialect: db.dialect,
    importS,
    reindexS,
    indexMB: index / 1e6,
    textMB: text / 1e6,
    ratio: index / text,
    p50: percentile(search, 50),
    p95: percentile(search, 95),
    p99: percentile(search, 99),
    baseP50: percentile(baseline, 50),
    baseP95: percentile(baseline, 95),
    totalHits,
    perQuery,
  };
}

async function main() {
  const corpus = join(tmpdir(), `wiki-bench-corpus-${COUNT}`);
  if (!existsSync(corpus)) {
    console.log(`generating ${COUNT} articles in ${corpus} …`);
    execFileSync("node", [resolve(PROJECT_ROOT, "../shared/bench/gen-corpus.mjs"), corpus, String(COUNT)], { stdio: "inherit" });
  }
  const rows: Row[] = [];
  const work = mkdtempSync(join(tmpdir(), "wiki-bench-"));
  try {
    const sqlite = openDatabase({ sqlitePath: join(work, "bench.db") });
    rows.push(await measure(sqlite, corpus));
    await sqlite.close();
    const bin = findPgBin();
    if (!bin) console.log("PostgreSQL not found: skipping the PostgreSQL half");
    else {
      const cluster = await startCluster(bin, { durable: true });
      try {
        const admin = new pg.Client({ connectionString: cluster.url });
        await admin.connect();
        await admin.query("CREATE DATABASE bench");
        await admin.end();
        const postgres = openDatabase({ databaseUrl: cluster.url.replace(/\/postgres$/, "/bench") });
        rows.push(await measure(postgres, corpus));
        await postgres.close();
      } finally {
        cluster.stop();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nsearch benchmark: ${COUNT} articles, ${QUERIES.length} queries × ${ROUNDS} rounds, sequential, loopback HTTP`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log("| database | import s | reindex s | index MB | text MB | index/text | search p50 ms | p95 ms | p99 ms | baseline p50 / p95 ms |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.dialect} | ${fmt(r.importS)} | ${fmt(r.reindexS)} | ${fmt(r.indexMB)} | ${fmt(r.textMB)} | ${fmt(r.ratio, 2)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.baseP50, 2)} / ${fmt(r.baseP95, 2)} |`,
    );
  }
  for (const r of rows) {
    const slowest = r.perQuery.slice(0, 6).map((p) => `${p.q} [${p.lang}] ${fmt(p.ms)}`);
    console.log(`\nslowest queries on ${r.dialect} (median ms): ${slowest.join(" · ")}`);
  }
  console.log(`\n(total hits over the query mix, as a sanity check: ${rows.map((r) => `${r.dialect} ${r.totalHits}`).join(", ")})`);
}

await main();
