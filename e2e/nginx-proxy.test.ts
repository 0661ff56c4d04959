/**
 * deploy/nginx-wiki.conf in front of the real server: public pages are stored and served by
 * nginx with the app's headers intact, per encoding; nothing personal is ever stored (a reader's
 * result stays theirs), `/` still redirects by language, and /metrics is not reachable. Needs
 * Debian's nginx; skipped loudly without it, except under CI=true, where that is a failure.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";
import { freePort } from "../test/free-port.js";
import { type RunningSite, startSite } from "./harness.js";

/** Debian installs nginx in /usr/sbin, which a non-root PATH may lack. */
const NGINX = process.env.NGINX_PATH ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
const HAS_NGINX = spawnSync(NGINX, ["-v"]).status === 0;
if (!HAS_NGINX) {
  if (process.env.CI) throw new Error("nginx not found, and CI=true forbids skipping the proxy tests (apt-get install nginx).");
  console.warn("\n!! nginx not found: SKIPPING e2e/nginx-proxy.test.ts (apt-get install nginx)\n");
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request (no decompression, no cookie jar), to see exactly what nginx sends. */
function get(url: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe.skipIf(!HAS_NGINX)("behind nginx with deploy/nginx-wiki.conf", () => {
  let site: RunningSite;
  let nginx: ChildProcess;
  let proxy: string;
  let dir: string;

  beforeAll(async () => {
    site = await startSite();
    dir = mkdtempSync(join(tmpdir(), "wiki-nginx-proxy-"));
    chmodSync(dir, 0o755); // nginx's workers may run as another user: they read through it…
    for (const sub of ["cache", "temp"]) {
      mkdirSync(join(dir, sub));
      chmodSync(join(dir, sub), 0o777); // …and write only here
    }
    const port = await freePort();
    const shipped = readFileSync(join(PROJECT_ROOT, "deploy", "nginx-wiki.conf"), "utf8");
    const replacements: [string, string][] = [
      ["server 127.0.0.1:3000;", `server ${new URL(site.url).host};`],
      ["/var/cache/nginx-wiki", join(dir, "cache")],
      ["listen 80;", `listen 127.0.0.1:${port};`],
    ];
    let conf = shipped;
    for (const [from, to] of replacements) {
      expect(conf).toContain(from); // the shipped file keeps the shape this test adapts
      conf = conf.replace(from, to);
    }
    writeFileSync(join(dir, "wiki.conf"), conf);
    const temp = join(dir, "temp");
    writeFileSync(
      join(dir, "nginx.conf"),
      `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${dir}/wiki.conf;
}
`,
    );
    nginx = spawn(NGINX, ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" }); // errors go to error.log
    proxy = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        await get(`${proxy}/healthz`);
        break;
      } catch (error) {
        if (i > 200) throw new Error(`nginx did not start: ${readFileSync(join(dir, "error.log"), "utf8")}`, { cause: error });
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("stores a public article page and serves it again with the app's headers", async () => {
    const home = (await get(`${proxy}/en/`)).body.toString();
    const path = /href="(\/en\/articles\/[^"]+)"/.exec(home)?.[1] as string;
    expect(path).toBeDefined();
    const first = await get(proxy + path);
    const second = await get(proxy + path);
    expect(first.status).toBe(200);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    const direct = await get(site.url + path);
    for (const name of ["content-security-policy", "cache-control", "etag", "strict-transport-security", "x-content-type-options"])
      expect(second.headers[name], name).toBe(direct.headers[name]);
    expect(second.headers["set-cookie"]).toBeUndefined();
  });

  it("keeps each encoding apart: a reader who asked for gzip gets gzip, one who did not gets plain HTML", async () => {
    const path = "/zh/";
    await get(proxy + path, { "accept-encoding": "gzip" });
    const gzip = await get(proxy + path, { "accept-encoding": "gzip" });
    expect(gzip.headers["x-cache-status"]).toBe("HIT");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const plain = await get(proxy + path);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toContain("<html");
  });

  it("redirects / by each reader's language, never from a stored copy", async () => {
    const zh = await get(`${proxy}/`, { "accept-language": "zh-CN,zh;q=0.9" });
    const en = await get(`${proxy}/`, { "accept-language": "en-GB,en;q=0.9" });
    expect(zh.status).toBe(302);
    expect(zh.headers.location).toBe("/zh/");
    expect(en.headers.location).toBe("/en/");
    expect(en.headers["x-cache-status"]).not.toBe("HIT");
  });

  it("never stores a reader's result: the owner sees it, another reader does not, even right after", async () => {
    const instrument = JSON.parse((await get(`${proxy}/api/test/instrument?lang=en`)).body.toString());
    const answers = Object.fromEntries(instrument.items.map((i: { id: string }) => [i.id, 4]));
    const submitted = await get(
      `${proxy}/api/test/results`,
      { "content-type": "application/json" },
      "POST",
      JSON.stringify({ lang: "en", answers, today: 4 }),
    );
    expect(submitted.status).toBe(201);
    const { url } = JSON.parse(submitted.body.toString());
    const cookie = String(submitted.headers["set-cookie"]).split(";")[0] as string;
    for (let i = 0; i < 2; i++) {
      const own = await get(proxy + url, { cookie });
      expect(own.status).toBe(200);
      expect(own.headers["x-cache-status"]).not.toBe("HIT");
    }
    const stranger = await get(proxy + url);
    expect(stranger.status).toBe(404);
    expect(stranger.headers["x-cache-status"]).not.toBe("HIT");
  });

  it("does not answer /metrics from the internet", async () => {
    expect((await get(`${proxy}/metrics`)).status).toBe(404);
    expect((await get(`${proxy}/metrics?format=text`)).status).toBe(404);
    expect((await get(`${site.url}/metrics`)).status).toBe(200); // the app still serves it to Prometheus
  });
});
