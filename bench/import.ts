/**
 * Import benchmark (not a test), benchmark 2 of the performance issue: the 10,000-article
 * synthetic corpus (../shared/bench/gen-corpus.mjs, ~277 MB) imported with `wiki import` from
 * dist/ into a fresh SQLite database and a fresh PostgreSQL cluster (durable defaults), measuring
 * wall time and peak resident memory of the whole process (its worker threads included).
 *
 *   npx tsx bench/import.ts [COUNT=10000]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../src/config.js";
import { findPgBin, startCluster } from "../test/postgres-cluster.js";
import { buildServer, machine, table } from "./lib.js";

const COUNT = Number(process.argv[2] ?? 10_000);
const corpus = `/tmp/wiki-bench-corpus-${COUNT}`;
if (!existsSync(corpus))
  execFileSync("node", [join(PROJECT_ROOT, "..", "shared", "bench", "gen-corpus.mjs"), corpus, String(COUNT)], { stdio: "inherit" });
buildServer();

const rows: Record<string, string | number>[] = [];
function measure(name: string, env: Record<string, string>) {
  const result = execFileSync("sh", ["-c", `/usr/bin/time -f "TIME %e %M" node "${join(PROJECT_ROOT, "dist", "cli.js")}" import "${corpus}" 2>&1`], {
    env: { ...process.env, BASE_URL: "", ...env },
    encoding: "utf8",
  });
  const [, seconds, kb] = /TIME ([\d.]+) (\d+)/.exec(result) ?? [];
  const summary = /^\d+ files: .*$/m.exec(result)?.[0] ?? result.trim().split("\n").at(-2);
  rows.push({ database: name, "wall s": Number(seconds), "peak RSS MiB": Math.round(Number(kb) / 1024), result: summary ?? "" });
}

const dataDir = mkdtempSync(join(tmpdir(), "wiki-bench-import-"));
measure("SQLite (WAL)", { DATA_DIR: dataDir });
rmSync(dataDir, { recursive: true, force: true });
const bin = findPgBin();
if (bin) {
  const cluster = await startCluster(bin, { durable: true });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE bench_import");
    await admin.end();
    measure("PostgreSQL (fsync on)", { DATABASE_URL: cluster.url.replace(/\/postgres$/, "/bench_import") });
  } finally {
    cluster.stop();
  }
}
console.log(`\nwiki import of ${COUNT} articles (${corpus}), ${machine()}\n`);
table(rows);
console.log("\ntargets: ≤ 40 s wall, ≤ 1 GiB peak RSS");
