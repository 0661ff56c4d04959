/**
 * What `npm start` runs: the esbuild bundle (dist/main.js) with the assets the build wrote,
 * started as its own process on an empty data folder (alone, then as a two-worker cluster), and
 * stopped with SIGTERM. The build goes to a scratch copy of the project (links to its sources,
 * content and packages), so running the tests never replaces the checkout's own dist/.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { Agent, get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../test/free-port.js";
import { PROJECT_ROOT } from "./config.js";

const ROOT = mkdtempSync(join(tmpdir(), "wiki-build-"));
for (const entry of ["src", "content", "node_modules", "package.json"]) symlinkSync(join(PROJECT_ROOT, entry), join(ROOT, entry));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  dataDir: string;
}

/** Spawns the build on an empty data folder with only the environment given (none of the caller's, such as DATABASE_URL). */
async function spawnBuilt(env: Record<string, string>): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), "wiki-start-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, dataDir };
}

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

async function start(env: Record<string, string>): Promise<Started> {
  const started = await spawnBuilt(env);
  for (let i = 0; i < 400; i++) {
    if (await answers(`${started.url}/healthz`)) return started;
    await new Promise((r) => setTimeout(r, 50));
  }
  started.child.kill("SIGKILL");
  throw new Error(`the server did not start:\n${started.output()}`);
}

function stop(started: Started | undefined): void {
  started?.child.kill("SIGKILL");
  if (started) rmSync(started.dataDir, { recursive: true, force: true });
}

const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

/** Child processes' command names (ps exits 1 when there are none). */
const childrenOf = (pid: number | undefined) => spawnSync("ps", ["--ppid", String(pid), "-o", "pid=,comm="], { encoding: "utf8" }).stdout;

beforeAll(() => {
  execFileSync(process.execPath, [join(PROJECT_ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "pipe" });
}, 60_000);
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe("the built server (npm start)", () => {
  let site: Started;
  beforeAll(async () => {
    site = await start({ WORKERS: "1" });
  }, 60_000);
  afterAll(() => stop(site));

  it("serves the starter content with the assets the build wrote", async () => {
    const home = await fetch(`${site.url}/en/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist", "assets", "manifest.json"), "utf8"));
    expect(html).toContain(manifest.css.url);
    expect(html).toContain(manifest.js.url); // in the hashed bootstrap of cacheable pages
    const css = await fetch(`${site.url}${manifest.css.url}`, { headers: { "accept-encoding": "br" } });
    expect(css.status).toBe(200);
    expect(css.headers.get("cache-control")).toContain("immutable");
    const article = /href="(\/en\/articles\/[^"]+)"/.exec(html)?.[1];
    expect(article).toBeDefined();
    // The second view comes from the page cache's front door in Node's server.
    for (let i = 0; i < 2; i++) expect((await fetch(`${site.url}${article}`)).status).toBe(200);
    const metrics = await (await fetch(`${site.url}/metrics`)).text();
    expect(metrics).toMatch(/page_cache_requests_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{method="GET",route="\(page cache\)",status="200"\} [1-9]/);

    // A new kept-alive connection asking for a cached page is answered on the socket, by the
    // front door (nothing handed to Node's server), with the same bytes.
    const text = (url: string, agent: Agent | false) =>
      new Promise<{ status?: number; body: string }>((resolve, reject) =>
        get(url, { agent }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode, body }));
        }).on("error", reject),
      );
    // Read on a connection of its own, which the door hands over (it asks to be closed): one each.
    const handoffs = async () => Number(/socket_front_door_handoffs_total (\d+)/.exec((await text(`${site.url}/metrics`, false)).body)?.[1]);
    const before = await handoffs();
    const agent = new Agent({ keepAlive: true });
    const bodies: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { status, body } = await text(`${site.url}${article}`, agent);
      expect(status).toBe(200);
      bodies.push(body);
    }
    agent.destroy();
    expect(bodies[0]).toBe(await (await fetch(`${site.url}${article}`)).text());
    expect(await handoffs()).toBe(before + 1);
    const after = await (await fetch(`${site.url}/metrics`)).text();
    expect(after).toMatch(/socket_front_door_connections \d+/);
    expect(Number(/socket_front_door_answers_total\{status="200"\} (\d+)/.exec(after)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("runs without an esbuild helper process", () => {
    expect(childrenOf(site.child.pid)).not.toContain("esbuild");
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = exitCode(site.child);
    site.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

describe("the built server as a cluster (WORKERS=2)", () => {
  let site: Started;
  beforeAll(async () => {
    site = await start({ WORKERS: "2" });
  }, 60_000);
  afterAll(() => stop(site));

  it("sets the database up once, then serves from two workers", async () => {
    expect((await fetch(`${site.url}/en/`)).status).toBe(200);
    for (let i = 0; i < 50 && (site.output().match(/"msg":"listening"/g) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(site.output().match(/"msg":"listening"/g)).toHaveLength(2);
    expect(site.output().match(/starter content loaded/g)).toHaveLength(1);
    expect(childrenOf(site.child.pid).trim().split("\n")).toHaveLength(2);
  });

  // The primary only supervises: it never loads the site (nor its database driver).
  it("keeps the site's code out of the primary", () => {
    const maps = readFileSync(`/proc/${site.child.pid}/maps`, "utf8");
    expect(maps).not.toContain("better_sqlite3.node");
    const worker = childrenOf(site.child.pid).trim().split(/\s+/)[0];
    expect(readFileSync(`/proc/${worker}/maps`, "utf8")).toContain("better_sqlite3.node");
  });

  it("lets a database setup interrupted by SIGTERM finish, then starts nothing and exits 0", async () => {
    const early = await spawnBuilt({ WORKERS: "2" });
    try {
      // As soon as the setup worker exists.
      for (let i = 0; i < 200 && childrenOf(early.child.pid).trim() === ""; i++) await new Promise((r) => setTimeout(r, 10));
      const exited = exitCode(early.child);
      early.child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(early.output()).toContain("starter content loaded");
      expect(early.output()).not.toContain('"msg":"listening"');
    } finally {
      stop(early);
    }
  });

  it("stops every worker and exits 0 on SIGTERM", async () => {
    const workers = childrenOf(site.child.pid)
      .trim()
      .split("\n")
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    const exited = exitCode(site.child);
    site.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
