/**
 * Serving benchmark (not a test), benchmarks 1 and 4 of the performance issue:
 *   - an article page from this server vs nginx (Debian, one worker) serving a saved copy of the
 *     same page, both with wrk (50 connections, one thread) in the same run, alternating; beside
 *     them Node's own HTTP module answering with the same prepared bytes (bench/node-http-floor.mjs),
 *     the most a server answering through node:http can do here, this server with its socket front
 *     door off (every request through node:http), the page through deploy/nginx-wiki.conf (nginx's
 *     cache in front of the one process), and each server's CPU time per request;
 *   - this server's peak RSS under that load (sampled every 100 ms while wrk runs), with the
 *     10,000-article corpus loaded;
 *   - time from starting the process to its first 200.
 *
 *   npx tsx bench/serve.ts [DATA_DIR]   (default: imports the 10,000-article corpus into
 *                                        /tmp/wiki-bench-10k first if it is not there)
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { freePort } from "../test/free-port.js";
import { startNginxProxy, startNginxStatic } from "../test/nginx.js";
import { buildServer, cpuSeconds, machine, sampleMemory, startServer, table, wrk } from "./lib.js";
import { SEARCH_QUERIES } from "./queries.js";

const DATA_DIR = resolve(process.argv[2] ?? "/tmp/wiki-bench-10k");
const SECONDS = 10;
/** Alternating rounds (ROUNDS=… for more on a noisy host). */
const ROUNDS = Number(process.env.ROUNDS ?? 3);

function ensureCorpus(): void {
  if (existsSync(join(DATA_DIR, "wiki.db"))) return;
  const corpus = "/tmp/wiki-bench-corpus-10k";
  if (!existsSync(corpus))
    execFileSync("node", [join(PROJECT_ROOT, "..", "shared", "bench", "gen-corpus.mjs"), corpus, "10000"], { stdio: "inherit" });
  execFileSync("node", [join(PROJECT_ROOT, "dist", "cli.js"), "import", corpus], {
    stdio: "inherit",
    env: { ...process.env, DATA_DIR, BASE_URL: "" },
  });
}

/** Node's HTTP module with this server's response for `pageUrl` (headers and bytes), see node-http-floor.mjs. */
async function startFloor(dir: string, pageUrl: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const response = await fetch(pageUrl, { headers: { "accept-encoding": "identity" } });
  // Node writes these itself; asked for identity, the page has no content-encoding (skipped anyway).
  const skip = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding", "content-encoding"]);
  const file = join(dir, "floor-response.json");
  writeFileSync(file, JSON.stringify({ headers: [...response.headers].filter(([k]) => !skip.has(k)), body: await response.text() }));
  const port = await freePort();
  const child = spawn("node", [join(PROJECT_ROOT, "bench", "node-http-floor.mjs"), file], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((ready, fail) => {
    child.stdout.once("data", ready);
    child.once("exit", (code) => fail(new Error(`the floor server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, stop: () => child.kill("SIGTERM") };
}

buildServer();
ensureCorpus();
/** Everything started below, stopped in reverse order even when a step fails. */
const running: { stop: () => unknown }[] = [];
const started = <T extends { stop: () => unknown }>(s: T): T => {
  running.push(s);
  return s;
};
const www = mkdtempSync(join(tmpdir(), "wiki-www-"));
chmodSync(www, 0o755); // nginx's workers run as www-data
const rows: Record<string, string | number>[] = [];
const peaks = new Map<string, { rss: number; pss: number }>();
const searchMs: number[] = [];
let path = "";
let page = "";
let startupMs = 0;
const names = {
  debian: "nginx, Debian's settings (sendfile on)",
  plain: "nginx, built-in defaults (sendfile off)",
  floor: "node:http, same bytes (floor)",
  proxy: "this server behind deploy/nginx-wiki.conf",
  single: "this server (1 process)",
  noDoor: "this server, SOCKET_FRONT_DOOR=off",
  cluster: "this server (WORKERS=2)",
};
try {
  const single = started(await startServer({ DATA_DIR }));
  startupMs = single.startupMs;
  const home = await (await fetch(`${single.url}/en/`)).text();
  path = /href="(\/en\/articles\/[^"]+)"/.exec(home)?.[1] ?? "";
  if (!path) throw new Error("no article on the home page");
  page = await (await fetch(single.url + path)).text();
  mkdirSync(join(www, path), { recursive: true });
  writeFileSync(join(www, path, "index.html"), page);
  // Debian's /etc/nginx/nginx.conf turns on sendfile and tcp_nopush (nginx's built-in default is
  // off): with them nginx hands the file to the socket without copying it through its memory.
  const debianSettings = "sendfile on; tcp_nopush on;";
  const nginx = started(await startNginxStatic(www, debianSettings));
  const nginxPlain = started(await startNginxStatic(www));
  const proxy = started(await startNginxProxy(new URL(single.url).host, debianSettings));
  const cluster = started(await startServer({ DATA_DIR, WORKERS: "2" }));
  const noDoor = started(await startServer({ DATA_DIR, SOCKET_FRONT_DOOR: "off" }));
  const floor = started(await startFloor(www, single.url + path));

  const targets = [
    { name: names.debian, url: nginx.url, pid: nginx.pid, memory: false },
    { name: names.plain, url: nginxPlain.url, pid: nginxPlain.pid, memory: false },
    { name: names.floor, url: floor.url, pid: floor.pid, memory: false },
    { name: names.proxy, url: proxy.url, pid: proxy.pid, memory: false },
    { name: names.single, url: single.url, pid: single.process.pid as number, memory: true },
    { name: names.cluster, url: cluster.url, pid: cluster.process.pid as number, memory: true },
    { name: names.noDoor, url: noDoor.url, pid: noDoor.process.pid as number, memory: false },
  ];
  // Warm all (page caches in every worker, nginx's open-file cache), then alternate measured runs.
  for (const t of targets) await wrk(t.url + path, { seconds: 2 });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      const memory = t.memory ? sampleMemory(t.pid) : undefined;
      const cpuBefore = cpuSeconds(t.pid);
      const r = await wrk(t.url + path, { seconds: SECONDS });
      const cpuUs = ((cpuSeconds(t.pid) - cpuBefore) / r.requests) * 1e6;
      if (memory) {
        const now = memory();
        const before = peaks.get(t.name) ?? { rss: 0, pss: 0 };
        peaks.set(t.name, { rss: Math.max(before.rss, now.rss), pss: Math.max(before.pss, now.pss) });
      }
      rows.push({
        round,
        server: t.name,
        "req/s": Math.round(r.rps),
        "p50 ms": r.p50,
        "p90 ms": r.p90,
        "p99 ms": r.p99,
        errors: r.errors,
        "CPU µs/req": Math.round(cpuUs * 10) / 10,
      });
    }
  }
  // Search latency on the same database, sequential, after the load (benchmark 5).
  for (let round = 0; round < 11; round++) {
    for (const { q, lang } of SEARCH_QUERIES) {
      const startedAt = performance.now();
      const url = `${single.url}/api/search?q=${encodeURIComponent(q)}&lang=${lang}&limit=10`;
      // A keep-alive connection idle past the server's timeout may be closed as it is reused: retry once.
      await (await fetch(url).catch(() => fetch(url))).arrayBuffer();
      if (round > 0) searchMs.push(performance.now() - startedAt);
    }
  }
} finally {
  for (const r of running.reverse()) await r.stop();
  rmSync(www, { recursive: true, force: true });
}
searchMs.sort((a, b) => a - b);
const pct = (p: number) => searchMs[Math.min(searchMs.length - 1, Math.floor((p / 100) * searchMs.length))] ?? Number.NaN;

console.log(`\nArticle page ${path} (${Buffer.byteLength(page)} bytes, no compression asked), wrk -t1 -c50 -d${SECONDS}s, ${machine()}\n`);
table(rows);
const ours = [names.single, names.cluster];
const of = (name: string) => rows.filter((r) => r.server === name);
const best = (name: string) => Math.max(...of(name).map((r) => Number(r["req/s"])));
/** Best against best, then each round's ratio (the same round's nginx): the spread is the shared machine's. */
const ratios = (name: string, baseline: string) => {
  const perRound = of(name).map((r) => {
    const base = rows.find((n) => n.round === r.round && n.server === baseline);
    return (Number(r["req/s"]) / Number(base?.["req/s"])).toFixed(2);
  });
  return `${(best(name) / best(baseline)).toFixed(2)} × (rounds ${perRound.join(", ")})`;
};
const cpu = (name: string) => {
  const l = of(name).map((r) => Number(r["CPU µs/req"]));
  return (l.reduce((a, b) => a + b, 0) / l.length).toFixed(1);
};
console.log("\nRequests per second against each nginx (target ≥ 0.5 ×), CPU per request (mean of the rounds):");
for (const name of [names.floor, ...ours, names.noDoor, names.proxy])
  console.log(`  ${name}: ${ratios(name, names.debian)} Debian's nginx; ${ratios(name, names.plain)} nginx's defaults; CPU ${cpu(name)} µs`);
console.log(`  nginx: CPU ${cpu(names.debian)} µs (Debian's settings), ${cpu(names.plain)} µs (built-in defaults)`);
for (const name of ours)
  console.log(
    `${name}: p99 ${of(name)
      .map((r) => Number(r["p99 ms"]).toFixed(2))
      .join(
        ", ",
      )} ms (target ≤ 25); peak RSS ${peaks.get(name)?.rss.toFixed(0)} MiB (target ≤ 250 MB = 238 MiB), PSS ${peaks.get(name)?.pss.toFixed(0)} MiB`,
  );
console.log(`start to first 200 (1 process, ${DATA_DIR}): ${startupMs.toFixed(0)} ms (target ≤ 2000)`);
console.log(
  `search on the same database (${SEARCH_QUERIES.length} queries × 10, sequential): p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`,
);
