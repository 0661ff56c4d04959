/**
 * The public-page cache: rendered pages kept in memory with precompressed gzip and brotli
 * bodies, bounded by bytes (least recently used go first), and keyed by path and the content
 * version, so a publish anywhere makes every cached page stale at once, in every process.
 * Responses carry an ETag (304 when it matches) and CDN-friendly Cache-Control.
 *
 * Cached pages cannot carry a per-response CSP nonce (the bytes are shared), so they load their
 * script through a small inline bootstrap allowed by its hash (see ui/assets.ts); every other page
 * keeps the nonce.
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";

export interface CachedPage {
  version: number;
  etag: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/**
 * A shared cache (CDN) may keep a page a minute and serve it stale for ten while it revalidates;
 * browsers revalidate every time (cheap: a 304), so a publish shows up at once for readers.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

const size = (p: CachedPage) => p.body.length + p.gzip.length + p.brotli.length;

/** @example new PageCache(64 * 1024 * 1024).get("/en/", 3) // undefined until set */
export class PageCache {
  readonly #entries = new Map<string, CachedPage>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string, version: number): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    // Recently used moves to the end; eviction takes from the front.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, page: CachedPage): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= size(old);
      this.#entries.delete(key);
    }
    if (size(page) > this.maxBytes) return;
    this.#entries.set(key, page);
    this.#bytes += size(page);
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= size(v);
    }
  }
}

/**
 * Brotli quality 9 and gzip level 9: a page is compressed once per content version, so the
 * better ratio is worth a few milliseconds (brotli 11 would take ~100 ms on a long article).
 */
export function cachedPageOf(body: Buffer, contentType: string, version: number): CachedPage {
  return {
    version,
    contentType,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  };
}

/**
 * The smallest body the client accepts: brotli, then gzip, then identity.
 * @example pickEncoding("gzip, br", page) // [page.brotli, "br"]
 */
export function pickEncoding(
  acceptEncoding: string | undefined,
  bodies: { body: Buffer; gzip: Buffer; brotli: Buffer },
): [Buffer, "br" | "gzip" | undefined] {
  const accepts = acceptEncoding ?? "";
  if (/\bbr\b/.test(accepts)) return [bodies.brotli, "br"];
  if (/\bgzip\b/.test(accepts)) return [bodies.gzip, "gzip"];
  return [bodies.body, undefined];
}

function serve(c: Context<AppEnv>, page: CachedPage): Response {
  const headers = new Headers({ "Content-Type": page.contentType, ETag: page.etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding" });
  const match = c.req.header("if-none-match");
  if (match?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag)) return new Response(null, { status: 304, headers });
  const [body, encoding] = pickEncoding(c.req.header("accept-encoding"), page);
  if (encoding) headers.set("Content-Encoding", encoding);
  // Buffers from zlib and arrayBuffer() are backed by plain ArrayBuffers; no copy is needed.
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/**
 * Caches a GET route's 200 responses. `version` reads the content version (one indexed row);
 * `query` names the query parameters the page depends on, so other parameters (tracking tags)
 * neither split the cache nor change the page.
 */
export function cachedPage(version: (c: Context<AppEnv>) => Promise<number>, query: string[] = []): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cache = c.get("deps").pageCache;
    if (!cache) return next();
    const params = new URLSearchParams(query.flatMap((name) => c.req.queries(name)?.map((v) => [name, v] as [string, string]) ?? []));
    const key = `${c.req.path}?${params}`;
    const current = await version(c);
    const hit = cache.get(key, current);
    c.get("deps").metrics?.pageCache.inc({ result: hit ? "hit" : "miss" });
    if (hit) {
      cache.hits++;
      return serve(c, hit);
    }
    cache.misses++;
    c.set("page", { ...c.get("page"), cacheable: true });
    await next();
    if (c.res.status !== 200) return;
    const body = Buffer.from(await c.res.arrayBuffer());
    const page = cachedPageOf(body, c.res.headers.get("content-type") ?? "text/html; charset=UTF-8", current);
    cache.set(key, page);
    c.res = serve(c, page);
  };
}
