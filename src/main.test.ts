/**
 * What `npm start` runs: the esbuild bundle (dist/main.js) with the assets the build wrote,
 * started as its own process on an empty data folder, then stopped with SIGTERM.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./config.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe("the built server (npm start)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "wiki-start-"));
  let child: ChildProcess;
  let url: string;
  let output = "";

  beforeAll(async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: PROJECT_ROOT, stdio: "pipe" });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["dist/main.js"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", BASE_URL: "", LOG_LEVEL: "info", WORKERS: "1" },
    });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the server did not start:\n${output}`);
  }, 60_000);
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves the starter content with the assets the build wrote", async () => {
    const home = await fetch(`${url}/en/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "dist", "assets", "manifest.json"), "utf8"));
    expect(html).toContain(manifest.css.url);
    expect(html).toContain(manifest.js.url); // in the hashed bootstrap of cacheable pages
    const css = await fetch(`${url}${manifest.css.url}`, { headers: { "accept-encoding": "br" } });
    expect(css.status).toBe(200);
    expect(css.headers.get("cache-control")).toContain("immutable");
    const article = /href="(\/en\/articles\/[^"]+)"/.exec(html)?.[1];
    expect(article).toBeDefined();
    // The second view comes from the page cache's front door in Node's server.
    for (let i = 0; i < 2; i++) expect((await fetch(`${url}${article}`)).status).toBe(200);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/page_cache_requests_total\{result="hit"\} [1-9]/);
  });

  it("runs without an esbuild helper process", () => {
    // ps exits 1 when the process has no children at all.
    const children = spawnSync("ps", ["--ppid", String(child.pid), "-o", "comm="], { encoding: "utf8" }).stdout;
    expect(children).not.toContain("esbuild");
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
