/**
 * Shared pieces of the benchmarks (not tests): a free port, the built server started as its own
 * process, wrk runs parsed into numbers, memory sampling, and table printing.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { freePort } from "../test/free-port.js";

export const machine = () => `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** Builds dist/ once, so the benchmarks measure what `npm start` runs. */
export function buildServer(): void {
  execFileSync("node", [join(PROJECT_ROOT, "scripts", "build.mjs")], { stdio: "inherit", cwd: PROJECT_ROOT });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Milliseconds from spawning the process to the first 200 on `readyPath`. */
  startupMs: number;
  stop(): Promise<void>;
}

/** Starts `node dist/main.js` with the given environment and waits for a 200 on `readyPath`. */
export async function startServer(env: Record<string, string>, readyPath = "/en/"): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("node", [join(PROJECT_ROOT, "dist", "main.js")], {
    env: { ...process.env, LOG_LEVEL: "warn", RATE_LIMITS: "off", HOST: "127.0.0.1", PORT: String(port), BASE_URL: "", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url + readyPath)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = performance.now() - started;
  return {
    url,
    process: child,
    startupMs,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface WrkResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  errors: number;
}

const toMs = (value: string, unit: string) => Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);

/**
 * Runs wrk (one thread: the server under test gets the other core) and parses its report. Waits
 * without blocking, so timers (memory sampling) keep running during the load.
 */
export async function wrk(
  url: string,
  { connections = 50, seconds = 10, script }: { connections?: number; seconds?: number; script?: string } = {},
): Promise<WrkResult> {
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", ...(script ? ["-s", script] : []), url];
  const out = await new Promise<string>((resolve, reject) =>
    execFile("wrk", args, { encoding: "utf8" }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
  const pct = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, "m").exec(out);
    return m ? toMs(m[1] as string, m[2] as string) : Number.NaN;
  };
  const errors =
    Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) +
    [...out.matchAll(/(?:connect|read|write|timeout) (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN),
    p50: pct("50"),
    p90: pct("90"),
    p99: pct("99"),
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    errors,
  };
}

/** The resident memory of a process in MiB, from /proc. */
export function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return kb / 1024;
}

/**
 * The proportional set size in MiB: resident pages, each shared page divided among the processes
 * sharing it. A cluster's workers share the Node binary and libraries; summing their RSS counts
 * those pages once per process, summing PSS counts them once.
 */
export function pssMiB(pid: number): number {
  const kb = Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  return kb / 1024;
}

/** CPU seconds (user + system) a process and its children have used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th (clock ticks, 100 Hz).
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone between listing and reading
    }
  }
  return ticks / 100;
}

/** A process and its children (cluster workers, nginx's worker). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // gone
  }
  return [pid, ...children.flatMap(processTree)];
}

/**
 * Samples the memory of a process and its children every 100 ms until stopped; returns the peak
 * sums of RSS and of PSS (see pssMiB).
 */
export function sampleMemory(pid: number): () => { rss: number; pss: number } {
  const peak = { rss: 0, pss: 0 };
  const sample = () => {
    let rss = 0;
    let pss = 0;
    for (const p of processTree(pid)) {
      try {
        rss += rssMiB(p);
        pss += pssMiB(p);
      } catch {
        // gone between listing and reading
      }
    }
    peak.rss = Math.max(peak.rss, rss);
    peak.pss = Math.max(peak.pss, pss);
  };
  sample();
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

export function table(rows: Record<string, string | number>[]): void {
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first);
  const cell = (v: string | number) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k] ?? "").length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(keys));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(keys.map((k) => cell(r[k] ?? ""))));
}

export interface OpenLoopResult {
  sent: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  /** Completed requests per second over the run. */
  achieved: number;
}

/**
 * Open-loop load: requests are started on a fixed schedule (`rate` per second) whatever the
 * server's speed, over at most `connections` keep-alive sockets, and each latency is counted from
 * its scheduled start, so a stall shows up in full (no coordinated omission).
 */
export async function openLoop(
  url: string,
  {
    rate,
    seconds,
    method = "GET",
    body,
    headers = {},
    connections = 50,
  }: { rate: number; seconds: number; method?: string; body?: string; headers?: Record<string, string>; connections?: number },
): Promise<OpenLoopResult> {
  const { Agent, request } = await import("node:http");
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const total = rate * seconds;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  const fire = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method,
          headers: { ...headers, ...(body ? { "content-length": Buffer.byteLength(body) } : {}) },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - scheduled);
            if ((res.statusCode ?? 500) < 400) ok++;
            else errors++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  for (let i = 0; i < total; i++) {
    const scheduled = started + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(fire(scheduled));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return { sent: total, ok, errors, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? Number.NaN, achieved: latencies.length / elapsed };
}
