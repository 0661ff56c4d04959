import { Agent, get as httpGet, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test/db.js";
import { postForm, signInAs } from "../../test/editor.js";
import { createTestSite, type TestSite } from "../../test/site.js";
import { createNodeServer } from "../app.js";
import { createMetrics } from "./metrics.js";
import { cachedPageOf, PageCache, pickEncoding, serveCachedNode } from "./page-cache.js";

describe("choosing the encoding", () => {
  it("honours q=0 (refused) and falls back to identity", () => {
    const page = cachedPageOf(Buffer.from("<p>hello</p>".repeat(50)), "text/html", 1);
    expect(pickEncoding("gzip, deflate, br", page)[1]).toBe("br");
    expect(pickEncoding("gzip, br;q=0", page)[1]).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0", page)[1]).toBeUndefined();
    expect(pickEncoding("GZIP;q=0.5", page)[1]).toBe("gzip");
    expect(pickEncoding(undefined, page)[1]).toBeUndefined();
  });
});

describe("page cache bounds", () => {
  it("keeps at most maxBytes, dropping the least recently used first", () => {
    const page = (n: number) => cachedPageOf(Buffer.from("x".repeat(n)), "text/html", 1);
    const one = page(1000);
    const cache = new PageCache((one.body.length + one.gzip.length + one.brotli.length) * 2 + 10);
    cache.set("/a", page(1000));
    cache.set("/b", page(1000));
    expect(cache.get("/a", 1)).toBeDefined(); // /a is now the most recent
    cache.set("/c", page(1000));
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(cache.get("/a", 1)).toBeDefined();
    expect(cache.get("/c", 1)).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    expect(cache.get("/a", 2)).toBeUndefined(); // another content version is a miss
  });
});

describe("content version for answers that cannot wait", () => {
  it("is read again in the background before it expires, once at a time, and kept fresh under steady use", async () => {
    const cache = new PageCache(1024);
    let reads = 0;
    let version = 1;
    const read = async () => {
      reads++;
      return version;
    };
    expect(await cache.version(read, 0)).toBe(1);
    cache.refreshAhead(read, 400); // still young: no read
    expect(reads).toBe(1);
    version = 2;
    cache.refreshAhead(read, 600);
    cache.refreshAhead(read, 650); // one read at a time
    expect(reads).toBe(2);
    await Promise.resolve();
    expect(cache.knownVersion(1500)).toBe(2); // read at 600: known until 1600, past the first read's 1000
    expect(cache.knownVersion(1700)).toBeUndefined();
  });

  it("shares one read among callers that arrive while it is under way", async () => {
    const cache = new PageCache(1024);
    let reads = 0;
    const read = () => new Promise<number>((resolve) => setTimeout(() => resolve(++reads), 10));
    const versions = await Promise.all([cache.version(read, 0), cache.version(read, 1), cache.version(read, 2)]);
    expect(versions).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
    cache.contentChanged(); // a write here: the next caller reads again
    expect(await cache.version(read, 3)).toBe(2);
  });

  it("tries again at most every half second while reads fail, and a write in this process wins over a read in flight", async () => {
    const cache = new PageCache(1024);
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error("database down");
    };
    cache.refreshAhead(failing, 10_000);
    await new Promise((r) => setTimeout(r, 0));
    cache.refreshAhead(failing, 10_100);
    expect(reads).toBe(1);
    cache.refreshAhead(failing, 10_600);
    expect(reads).toBe(2);
    await new Promise((r) => setTimeout(r, 0));

    let finish: (v: number) => void = () => {};
    cache.refreshAhead(() => new Promise<number>((resolve) => (finish = resolve)), 20_000);
    cache.contentChanged();
    finish(7);
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.knownVersion(20_001)).toBeUndefined(); // the read started before the write
  });
});

for (const dialect of DIALECTS) {
  describe(`cached public pages (${dialect})`, () => {
    /** Publishes a new article through the editor, as `email`. */
    const publish = async (email: string, article: { title: string; slug: string; installment: string; body: string }) => {
      const { cookie } = await signInAs(site, email);
      return postForm(site, "/en/editor/articles/new", cookie, {
        articleLang: "en",
        series: "silent-treatment-and-repair",
        status: "published",
        intent: "save",
        ...article,
      });
    };
    let site: TestSite;
    let cache: PageCache;
    beforeAll(async () => {
      cache = new PageCache(8 * 1024 * 1024);
      site = await createTestSite(dialect, { pageCache: cache });
    });
    afterAll(() => site.db.destroy());

    const path = "/en/articles/the-pursue-withdraw-cycle";

    it("serves repeat views from memory, precompressed, with an ETag, a 304 and CDN caching", async () => {
      const hitsBefore = cache.hits;
      const first = await site.app.request(path);
      const plain = await first.text();
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
      expect(first.headers.get("vary")).toContain("Accept-Encoding");
      const br = await site.app.request(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(br.headers.get("content-encoding")).toBe("br");
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
      const gz = await site.app.request(path, { headers: { "accept-encoding": "gzip" } });
      expect(gz.headers.get("content-encoding")).toBe("gzip");
      expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);
      expect(cache.hits - hitsBefore).toBe(2);
      const revalidated = await site.app.request(path, { headers: { "if-none-match": etag } });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe("");
    });

    it("ignores query parameters a page does not use, and keys series pages by ?page", async () => {
      const misses = cache.misses;
      await site.app.request(`${path}?utm_source=newsletter`);
      expect(cache.misses).toBe(misses);
      const series = "/zh/series/attachment-and-communication";
      await site.app.request(series);
      await site.app.request(`${series}?page=1`);
      // Junk page numbers show page 1 and share its entry: they cannot fill the cache.
      await site.app.request(`${series}?page=a1`);
      await site.app.request(`${series}?page=1&page=zz`);
      expect(cache.misses).toBe(misses + 1);
    });

    it("a publish makes every cached page stale at once: the home page lists the new article", async () => {
      const home = await (await site.app.request("/en/")).text();
      expect(home).not.toContain("Fresh from the editor");
      const created = await publish("cache@example.org", {
        title: "Fresh from the editor",
        slug: "fresh-from-the-editor",
        installment: "90",
        body: "## Fresh\n\nNew words.",
      });
      expect(created.status).toBe(303);
      expect(await (await site.app.request("/en/")).text()).toContain("Fresh from the editor");
      expect(await (await site.app.request("/en/feed.xml")).text()).toContain("fresh-from-the-editor");
    });

    it("the front door answers repeat views before routing, with the same headers and a policy without a nonce", async () => {
      const get = (headers: Record<string, string> = {}) => site.fetch(new Request(`http://localhost${path}`, { headers }));
      const first = await get();
      const firstBody = await first.text();
      const hits = cache.hits;
      const second = await get();
      expect(cache.hits).toBe(hits + 1);
      expect(await second.text()).toBe(firstBody);
      const names = (r: Response) => [...r.headers.keys()].filter((n) => n !== "x-request-id").sort();
      expect(names(second)).toEqual(names(first));
      // The cached bytes carry no nonce, so the policy allows none: scripts load through the hashed bootstrap.
      const policy = second.headers.get("content-security-policy") ?? "";
      expect(policy).not.toContain("nonce");
      expect(policy).toBe((first.headers.get("content-security-policy") ?? "").replace(/ 'nonce-[^']+'/, ""));
      expect(policy).toMatch(/script-src 'sha256-[^']+' 'strict-dynamic'/);
      expect(firstBody).not.toContain("nonce=");
      expect(second.headers.get("x-content-type-options")).toBe("nosniff");
      const br = await get({ "accept-encoding": "br" });
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(firstBody);
      expect((await get({ "if-none-match": second.headers.get("etag") ?? "" })).status).toBe(304);
      // Everything else still goes through the app.
      expect((await site.fetch(new Request("http://localhost/en/test"))).headers.get("cache-control")).not.toContain("public");
      expect((await site.fetch(new Request("http://localhost/healthz"))).status).toBe(200);
    });

    it("the Node-level door writes cached pages straight to the response, and declines anything else", async () => {
      await site.fetch(new Request(`http://localhost${path}`)); // cached, headers learned
      const written: { status?: number; headers?: Record<string, string>; body?: Uint8Array } = {};
      const res = {
        writeHead: (status: number, list: string[]) => {
          const headers: Record<string, string> = {};
          for (let i = 0; i < list.length; i += 2) headers[list[i] as string] = list[i + 1] as string;
          expect(Object.keys(headers)).toHaveLength(list.length / 2); // no name twice
          Object.assign(written, { status, headers });
        },
        end: (body?: Uint8Array) => Object.assign(written, { body }),
      };
      const observed: number[] = [];
      // Node's rawHeaders: names as the client spelled them, repeats kept.
      const req = (url: string, method = "GET", rawHeaders: string[] = []) => ({ url, method, rawHeaders });
      const door = (r: ReturnType<typeof req>) => serveCachedNode(cache, r, res, (_ms, status) => observed.push(status));
      expect(door(req(path, "GET", ["Host", "localhost", "Accept-Encoding", "gzip, br"]))).toBe(true);
      expect(written.status).toBe(200);
      expect(written.headers?.["content-encoding"]).toBe("br");
      expect(written.headers?.["content-security-policy"]).toMatch(/script-src 'sha256-[^']+' 'strict-dynamic'/);
      expect(written.headers?.["content-security-policy"]).not.toContain("nonce");
      expect(written.headers?.["x-content-type-options"]).toBe("nosniff");
      expect(written.headers?.vary).toBe("Accept-Encoding");
      expect(Number(written.headers?.["content-length"])).toBe(written.body?.length);
      const etag = written.headers?.etag ?? "";
      expect(door(req(path, "GET", ["accept-encoding", "gzip"]))).toBe(true);
      expect(written.headers?.["content-encoding"]).toBe("gzip");
      expect(gunzipSync(written.body ?? new Uint8Array()).length).toBeGreaterThan(written.body?.length ?? 0);
      expect(door(req(path, "GET", ["Accept-Encoding", "br;q=0, gzip;q=0"]))).toBe(true);
      expect(written.headers?.["content-encoding"]).toBeUndefined();
      expect(Number(written.headers?.["content-length"])).toBe(written.body?.length);
      // A second If-None-Match header line counts, as Node would join it.
      expect(door(req(path, "GET", ["If-None-Match", '"other"', "IF-NONE-MATCH", etag]))).toBe(true);
      expect(written.status).toBe(304);
      expect(written.body).toBeUndefined();
      expect(written.headers?.["content-length"]).toBeUndefined();
      for (const declined of [req(`${path}?x=1`), req(path, "POST"), req(path, "HEAD"), req("/en/test"), req("/en/articles/unknown")]) {
        expect(serveCachedNode(cache, declined, res, () => {})).toBe(false);
      }
      expect(observed).toEqual([200, 200, 200, 304]);
    });

    it("the socket door answers cached pages on new connections, and never an old version after a publish here", async () => {
      const metrics = createMetrics();
      const server = createNodeServer({ ...site.deps, metrics }, site.fetch, { socketFrontDoor: true });
      const handoffs = async () => Number(/ (\d+)$/m.exec(await metrics.registry.getSingleMetricAsString("socket_front_door_handoffs_total"))?.[1]);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // Each view on a connection of its own, kept alive: the door's to answer when it can.
      const view = (target: string) =>
        new Promise<{ status?: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
          const agent = new Agent({ keepAlive: true });
          httpGet(`${url}${target}`, { agent }, (res) => {
            let body = "";
            res.on("data", (chunk) => (body += chunk));
            res.on("end", () => {
              agent.destroy();
              resolve({ status: res.statusCode, headers: res.headers, body });
            });
          }).on("error", reject);
        });
      try {
        const first = await view("/en/"); // rendered, cached, headers learned
        const hits = cache.hits;
        const handedOff = await handoffs();
        const second = await view("/en/");
        expect(cache.hits).toBe(hits + 1);
        expect(await handoffs()).toBe(handedOff); // answered on the socket
        expect(second.body).toBe(first.body);
        expect(second.headers.etag).toBe(first.headers.etag);
        expect(second.headers["content-security-policy"]).not.toContain("nonce");
        expect((await view(`${path}?utm_source=x`)).status).toBe(200); // not the door's: the app answers
        expect(await handoffs()).toBe(handedOff + 1);

        const created = await publish("door@example.org", {
          title: "Straight past the door",
          slug: "straight-past-the-door",
          installment: "91",
          body: "## New\n\nMore words.",
        });
        expect(created.status).toBe(303);
        const after = await view("/en/");
        expect(after.body).toContain("Straight past the door");
        expect(after.headers.etag).not.toBe(first.headers.etag);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it("never caches owner pages or errors", async () => {
      const missing = await site.app.request("/en/articles/no-such-article");
      expect(missing.status).toBe(404);
      expect(missing.headers.get("etag")).toBeNull();
      expect((await site.app.request("/en/test")).headers.get("cache-control")).not.toContain("public");
    });
  });
}
