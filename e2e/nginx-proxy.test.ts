/**
 * deploy/nginx-wiki.conf in front of the real server: public pages are stored and served by
 * nginx with the app's headers intact, per encoding; nothing personal is ever stored (a reader's
 * result stays theirs), `/` still redirects by language, and /metrics is not reachable. Needs
 * Debian's nginx; skipped loudly without it, except under CI=true, where that is a failure.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_NGINX, type RunningNginx, startNginxProxy } from "../test/nginx.js";
import { type RunningSite, startSite } from "./harness.js";

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
  let nginx: RunningNginx;
  let proxy: string;

  beforeAll(async () => {
    site = await startSite();
    nginx = await startNginxProxy(new URL(site.url).host);
    proxy = nginx.url;
  });

  afterAll(async () => {
    await nginx?.stop();
    await site?.close();
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
    // Another Host header gets the same stored copy: junk hosts cannot fill the cache.
    expect((await get(proxy + path, { host: "junk.example" })).headers["x-cache-status"]).toBe("HIT");
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
