/**
 * Test-submission benchmark (not a test), benchmark 3 of the performance issue: POST
 * /api/test/results with a complete set of answers — 1,000 a second on a fixed schedule for 15 s
 * (open loop), then as fast as it goes at 10 and 50 connections (wrk) — on SQLite (WAL,
 * synchronous=NORMAL: a commit survives a crash of the process) and on PostgreSQL (a throwaway
 * cluster with its durable defaults: fsync on, synchronous_commit on).
 *
 *   npx tsx bench/submissions.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INSTRUMENT } from "../src/features/assessment/instrument.js";
import { findPgBin, startCluster } from "../test/postgres-cluster.js";
import { buildServer, machine, openLoop, startServer, table, wrk } from "./lib.js";

const SECONDS = 15;
const answers = Object.fromEntries(INSTRUMENT.items.map((item, i) => [item.id, item.scale === "safety" ? 1 : 1 + (i % 7)]));
const body = JSON.stringify({ lang: "en", answers, today: 4 });
const dir = mkdtempSync(join(tmpdir(), "wiki-bench-submit-"));
const script = join(dir, "post.lua");
writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\nwrk.headers["Content-Type"] = "application/json"\n`);

buildServer();
const rows: Record<string, string | number>[] = [];
async function run(name: string, env: Record<string, string>) {
  const server = await startServer(env, "/healthz");
  await wrk(`${server.url}/api/test/results`, { seconds: 2, script }); // warm-up
  // Sustained: 1,000 submissions a second on a fixed schedule, latency from each scheduled start.
  const sustained = await openLoop(`${server.url}/api/test/results`, {
    rate: 1000,
    seconds: SECONDS,
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  rows.push({
    database: name,
    load: "open loop, 1,000/s",
    "submissions/s": Math.round(sustained.achieved),
    "p50 ms": sustained.p50,
    "p99 ms": sustained.p99,
    "max ms": sustained.max,
    requests: sustained.sent,
    errors: sustained.errors,
  });
  // As fast as it goes: closed loop with 10 and 50 connections.
  for (const connections of [10, 50]) {
    const r = await wrk(`${server.url}/api/test/results`, { seconds: SECONDS, script, connections });
    rows.push({
      database: name,
      load: `closed loop, ${connections} connections`,
      "submissions/s": Math.round(r.rps),
      "p50 ms": r.p50,
      "p99 ms": r.p99,
      "max ms": Number.NaN,
      requests: r.requests,
      errors: r.errors,
    });
  }
  await server.stop();
}

await run("SQLite (WAL, synchronous=NORMAL)", { DATA_DIR: join(dir, "data") });
const bin = findPgBin();
if (bin) {
  const cluster = await startCluster(bin, { durable: true });
  try {
    await run("PostgreSQL (fsync on, synchronous_commit on)", { DATABASE_URL: cluster.url, DATABASE_POOL_SIZE: "10" });
  } finally {
    cluster.stop();
  }
} else console.log("PostgreSQL binaries not found: PostgreSQL row skipped");
rmSync(dir, { recursive: true, force: true });

console.log(`\nPOST /api/test/results (${INSTRUMENT.items.length} answers, ${body.length} bytes), wrk -t1 -d${SECONDS}s, ${machine()}\n`);
table(rows);
console.log("\ntargets (SQLite): ≥ 1,000 submissions/s sustained, 0 errors, p99 ≤ 50 ms");
