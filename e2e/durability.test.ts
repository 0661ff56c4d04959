/**
 * Reliability of the real server process on SQLite: kill it with SIGKILL while submissions are
 * streaming in, start it again, and every submission that got a 201 is there and the database
 * passes PRAGMA integrity_check. Then SIGTERM: it finishes what is in flight and exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { INSTRUMENT } from "../src/features/assessment/instrument.js";
import { freePort } from "../test/free-port.js";

const dataDir = mkdtempSync(join(tmpdir(), "wiki-durability-"));
const answers = Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, 4]));

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "silent", RATE_LIMITS: "off" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${stderr.slice(0, 2000)}`);
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("the server process", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps every acknowledged submission through a SIGKILL, and the database stays intact", async () => {
    const port = await freePort();
    const server = await start(port);
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/test/results`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ lang: "en", answers, today: 5 }),
          });
          if (res.status === 201) acknowledged.push((await res.json()).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await new Promise((r) => setTimeout(r, 1500));
    server.kill("SIGKILL");
    await exited(server);
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(20);

    const again = await start(port);
    const db = new SQLite(join(dataDir, "wiki.db"), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set(
      db
        .prepare("SELECT id FROM test_result")
        .all()
        .map((r) => (r as { id: string }).id),
    );
    db.close();
    const lost = acknowledged.filter((id) => !stored.has(id));
    console.log(`durability: ${acknowledged.length} submissions acknowledged before SIGKILL, ${lost.length} lost`);
    expect(lost).toEqual([]);

    // SIGTERM: a request already in flight still completes, then the process exits 0.
    const inFlight = fetch(`http://127.0.0.1:${port}/en/results/x/report.pdf`).then((r) => r.status);
    await new Promise((r) => setTimeout(r, 20));
    again.kill("SIGTERM");
    const [status, code] = await Promise.all([inFlight, exited(again)]);
    expect(status).toBe(404);
    expect(code).toBe(0);
  }, 60_000);
});
