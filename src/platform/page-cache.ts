/**
 * The public-page cache: rendered pages kept in memory with precompressed gzip and brotli
 * bodies, bounded by bytes (least recently used go first), and keyed by path and the content
 * version, so a publish anywhere makes every cached page stale at once, in every process.
 * Responses carry an ETag (304 when it matches) and CDN-friendly Cache-Control.
 *
 * Cached pages cannot carry a per-response CSP nonce (the bytes are shared), so they load their
 * script through a small inline bootstrap allowed by its hash (see ui/assets.ts); every other page
 * keeps the nonce. The front door answers cached pages with a policy that has no nonce at all:
 * a nonce that is in no tag of the page would allow nothing of ours, and the response's headers
 * become fixed bytes per page, prepared once.
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
  /**
   * Every header of the front door's responses for this page, prepared once from the security
   * headers of its first full pass through the app.
   */
  front?: FrontHeaders;
}

/** Header lists as Node's writeHead takes them: [name, value, name, value, …]. */
export interface FrontHeaders {
  identity: string[];
  gzip: string[];
  br: string[];
  notModified: string[];
}

/**
 * How long a process trusts the content version it last read. A write in the same process
 * resets it at once (see `contentChanged`); other processes see a publish within this time.
 */
const VERSION_TTL_MS = 1000;

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

  #version = { value: 0, readAt: Number.NEGATIVE_INFINITY };
  /** Bumped by contentChanged: a version read that started before it must not be trusted. */
  #generation = 0;

  constructor(readonly maxBytes: number) {}

  /**
   * The content version, read through `read` at most once a second; callers that arrive while a
   * read is under way share it.
   */
  version(read: () => Promise<number>, now = Date.now()): Promise<number> {
    const known = this.knownVersion(now);
    return known !== undefined ? Promise.resolve(known) : this.#read(read, now);
  }

  /** The content version when it was read less than a second ago, without waiting. */
  knownVersion(now = Date.now()): number | undefined {
    return now - this.#version.readAt < VERSION_TTL_MS ? this.#version.value : undefined;
  }

  /**
   * Reads the version again in the background once it is half its time old, so that a steady
   * stream of answers that cannot wait for a read (the front doors) never finds it expired. The
   * read is the shared one of `version`; one attempt per half-time when reads fail.
   */
  refreshAhead(read: () => Promise<number>, now = Date.now()): void {
    if (now - this.#version.readAt < VERSION_TTL_MS / 2 || now - this.#refreshTriedAt < VERSION_TTL_MS / 2) return;
    this.#refreshTriedAt = now;
    this.#read(read, now).catch(() => {});
  }
  #refreshTriedAt = Number.NEGATIVE_INFINITY;

  /**
   * The shared read: joined while it is under way, for the same content (no write here since it
   * started) and for at most a second, so that a read that hangs holds nobody for long.
   */
  #read(read: () => Promise<number>, now: number): Promise<number> {
    const generation = this.#generation;
    const current = this.#reading;
    if (current && current.generation === generation && now - current.startedAt < VERSION_TTL_MS) return current.value;
    const value = read().then((result) => {
      this.#learned(result, now, generation);
      return result;
    });
    const reading = { generation, startedAt: now, value };
    this.#reading = reading;
    const done = () => {
      if (this.#reading === reading) this.#reading = undefined;
    };
    value.then(done, done);
    return value;
  }
  #reading: { generation: number; startedAt: number; value: Promise<number> } | undefined;

  /**
   * Keeps a version read that started at `readAt`, unless content changed here since it started,
   * or a read that started later has already answered (a slow read must not take pages back).
   */
  #learned(value: number, readAt: number, generation: number): void {
    if (generation === this.#generation && readAt >= this.#version.readAt) this.#version = { value, readAt };
  }

  /** Content was written in this process: read the version again before serving anything. */
  contentChanged(): void {
    this.#generation++;
    this.#version = { value: this.#version.value, readAt: Number.NEGATIVE_INFINITY };
  }

  get bytes(): number {
    return this.#bytes;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
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
  const encoding = acceptEncoding ? acceptedEncoding(acceptEncoding) : undefined;
  return encoding === "br" ? [bodies.brotli, "br"] : encoding === "gzip" ? [bodies.gzip, "gzip"] : [bodies.body, undefined];
}

/** Browsers send the same few Accept-Encoding values again and again: each is parsed once. */
const encodingOf = new Map<string, "br" | "gzip" | undefined>();

function acceptedEncoding(acceptEncoding: string): "br" | "gzip" | undefined {
  if (encodingOf.has(acceptEncoding)) return encodingOf.get(acceptEncoding);
  // "br;q=0" means "not brotli": only codings with a weight above zero count.
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  const encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : undefined;
  if (encodingOf.size >= 64) encodingOf.clear(); // junk values cannot grow it
  encodingOf.set(acceptEncoding, encoding);
  return encoding;
}

function serve(c: Context<AppEnv>, page: CachedPage): Response {
  // Security headers come from the app's middleware on this path.
  const { status, headers, body } = cachedHeaders(page, c.req.header("if-none-match"), c.req.header("accept-encoding"));
  return asResponse(status, headers, body);
}

/** Buffers from zlib and arrayBuffer() are backed by plain ArrayBuffers; no copy is needed. */
const asResponse = (status: number, headers: Record<string, string>, body: Buffer | undefined) =>
  new Response((body as Uint8Array<ArrayBuffer> | undefined) ?? null, { status, headers });

/**
 * A page's cache key: its path, then `?` and the variant when there is one. A page without a
 * variant is keyed by its bare path, so the front door looks a request up by its raw path as is.
 */
const cacheKey = (path: string, variant: string) => (variant ? `${path}?${variant}` : path);

/** The cache key a front door may answer from: raw GET paths without a query string, else undefined. */
function frontKey(method: string | undefined, pathAndQuery: string): string | undefined {
  return method === "GET" && !pathAndQuery.includes("?") && !pathAndQuery.includes("%") ? pathAndQuery : undefined;
}

/**
 * Caches a GET route's 200 responses. `version` reads the content version (one indexed row);
 * `variant` names what else the page depends on (a page number, normalized), so other query
 * parameters (tracking tags, junk) neither split the cache nor change the page.
 */
export function cachedPage(version: (c: Context<AppEnv>) => Promise<number>, variant?: (c: Context<AppEnv>) => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cache = c.get("deps").pageCache;
    if (!cache) return next();
    const key = cacheKey(c.req.path, variant?.(c) ?? "");
    const current = await cache.version(() => version(c));
    const hit = cache.get(key, current);
    c.get("deps").metrics?.pageCache.inc({ result: hit ? "hit" : "miss" });
    if (hit) {
      cache.hits++;
      servedFor.set(c.req.raw, hit);
      return serve(c, hit);
    }
    cache.misses++;
    c.set("page", { ...c.get("page"), cacheable: true });
    await next();
    // Only what is the same for everyone: never a response that sets a cookie or says it is private.
    if (c.res.status !== 200 || c.res.headers.has("set-cookie") || /private|no-store/.test(c.res.headers.get("cache-control") ?? "")) return;
    const body = Buffer.from(await c.res.arrayBuffer());
    const page = cachedPageOf(body, c.res.headers.get("content-type") ?? "text/html; charset=UTF-8", current);
    cache.set(key, page);
    servedFor.set(c.req.raw, page);
    c.res = serve(c, page);
  };
}

const PER_RESPONSE = new Set(["content-encoding", "content-length", "content-type", "etag", "cache-control", "vary", "x-request-id"]);

/** Which cached page answered a request (set by `cachedPage`, read by the front door). */
const servedFor = new WeakMap<Request, CachedPage>();

// biome-ignore lint/suspicious/noExplicitAny: passes whatever the server hands the app (bindings, context) on untouched
type Fetch = (request: Request, ...rest: any[]) => Response | Promise<Response>;

/**
 * The front door, in front of the app's router: a GET without a query string for a page already
 * in the cache (whose security headers it has seen once) is answered at once, with the same
 * headers (a policy without a nonce, see above), skipping routing and the per-request middleware.
 * Everything else goes to the app; on the way out, it learns the headers of pages the cache has
 * just served.
 * @example serve({ fetch: pageCacheFront(cache, readVersion, observe, app.fetch) })
 */
export function pageCacheFront(
  cache: PageCache | undefined,
  readVersion: () => Promise<number>,
  observe: (ms: number, status: number) => void,
  inner: Fetch,
): Fetch {
  if (!cache) return inner;
  return async (request, ...rest) => {
    const url = request.url;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    // Raw paths only: percent-encoded or query-carrying requests take the ordinary route.
    const key = pathStart < 0 ? undefined : frontKey(request.method, url.slice(pathStart));
    if (!key) return inner(request, ...rest);
    const started = performance.now();
    if (cache.has(key)) {
      const version = cache.knownVersion() ?? (await cache.version(readVersion).catch(() => -1));
      const entry = version >= 0 ? cache.get(key, version) : undefined;
      if (entry?.front) {
        cache.hits++;
        const { status, headers, body } = frontAnswer(
          entry,
          entry.front,
          request.headers.get("if-none-match"),
          request.headers.get("accept-encoding"),
        );
        const init = new Headers();
        // The length follows from the body here; the server adapter writes it.
        for (let i = 0; i < headers.length; i += 2) if (headers[i] !== "content-length") init.append(headers[i] as string, headers[i + 1] as string);
        const response = new Response((body as Uint8Array<ArrayBuffer> | undefined) ?? null, { status, headers: init });
        observe(performance.now() - started, status);
        return response;
      }
    }
    const response = await inner(request, ...rest);
    const served = servedFor.get(request);
    if (served && !served.front && !response.headers.has("set-cookie")) served.front = frontHeadersOf(served, response.headers);
    return response;
  };
}

/**
 * A Content-Security-Policy without its per-response nonce, for responses a shared cache may keep:
 * a stored copy would hand the same nonce to every reader, making it a key to any injected script.
 * Pages served that way load their script through the hashed bootstrap instead.
 */
export const policyWithoutNonce = (policy: string) => policy.replace(/\s*'nonce-[^']*'/g, "");

/**
 * The front door's headers for a page, from a response the app gave for it: the app's security
 * headers with the nonce taken out of the policy (nothing in the cached bytes carries one), then
 * the cache's own. Undefined when the response has no policy (then the app keeps answering).
 */
export function frontHeadersOf(page: CachedPage, appHeaders: Headers): FrontHeaders | undefined {
  const csp = appHeaders.get("content-security-policy");
  if (!csp) return undefined;
  const common: string[] = [];
  appHeaders.forEach((value, name) => {
    if (name !== "content-security-policy" && !PER_RESPONSE.has(name)) common.push(name, value);
  });
  common.push(
    "content-security-policy",
    policyWithoutNonce(csp),
    "content-type",
    page.contentType,
    "etag",
    page.etag,
    "cache-control",
    PUBLIC_CACHE_CONTROL,
  );
  common.push("vary", "Accept-Encoding");
  return {
    identity: [...common, "content-length", String(page.body.length)],
    gzip: [...common, "content-encoding", "gzip", "content-length", String(page.gzip.length)],
    br: [...common, "content-encoding", "br", "content-length", String(page.brotli.length)],
    notModified: common,
  };
}

/** The headers of a cached response; `status` is 304 when the client already holds this version. */
function cachedHeaders(page: CachedPage, ifNoneMatch: string | undefined, acceptEncoding: string | undefined) {
  // A plain header object lets the server write the response without building Headers.
  const headers: Record<string, string> = Object.create(null);
  headers["content-type"] = page.contentType;
  headers.etag = page.etag;
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers.vary = "Accept-Encoding";
  if (holdsVersion(ifNoneMatch, page)) return { status: 304, headers, body: undefined };
  const [body, encoding] = pickEncoding(acceptEncoding, page);
  if (encoding) headers["content-encoding"] = encoding;
  return { status: 200, headers, body };
}

const holdsVersion = (ifNoneMatch: string | null | undefined, page: CachedPage) =>
  !!ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag);

/** The front door's answer: 304 when the client holds this version, else the smallest body it accepts. */
function frontAnswer(
  page: CachedPage,
  front: FrontHeaders,
  ifNoneMatch: string | null | undefined,
  acceptEncoding: string | null | undefined,
): FrontAnswer {
  if (holdsVersion(ifNoneMatch, page)) return { status: 304, headers: front.notModified, body: undefined };
  const encoding = acceptEncoding ? acceptedEncoding(acceptEncoding) : undefined;
  if (encoding === "br") return { status: 200, headers: front.br, body: page.brotli };
  if (encoding === "gzip") return { status: 200, headers: front.gzip, body: page.gzip };
  return { status: 200, headers: front.identity, body: page.body };
}

/** A cached page's answer, ready to write: status, header list (as writeHead takes it) and body. */
export interface FrontAnswer {
  status: 200 | 304;
  headers: string[];
  body: Buffer | undefined;
}

/**
 * The front door's answer for a request given as Node parses it (method, raw URL, raw header list
 * [name, value, …]): undefined unless the page is cached, its headers are prepared, and the content
 * version is already known (read within the last second before `now`), so answering never waits.
 * Counts the hit in the cache's own tally (metrics are the caller's).
 */
export function cachedAnswer(
  cache: PageCache | undefined,
  method: string | undefined,
  url: string,
  rawHeaders: string[],
  now = Date.now(),
): FrontAnswer | undefined {
  const key = cache && frontKey(method, url);
  if (!key) return undefined;
  const version = cache.knownVersion(now);
  const entry = version === undefined ? undefined : cache.get(key, version);
  if (!entry?.front) return undefined;
  cache.hits++;
  // The two headers that matter, read from the raw list (repeated headers joined, as Node does).
  let ifNoneMatch: string | undefined;
  let acceptEncoding: string | undefined;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    const value = rawHeaders[i + 1] as string;
    if (name.length === 13 && name.toLowerCase() === "if-none-match") ifNoneMatch = ifNoneMatch === undefined ? value : `${ifNoneMatch}, ${value}`;
    else if (name.length === 15 && name.toLowerCase() === "accept-encoding")
      acceptEncoding = acceptEncoding === undefined ? value : `${acceptEncoding}, ${value}`;
  }
  return frontAnswer(entry, entry.front, ifNoneMatch, acceptEncoding);
}

/**
 * For a caller that can wait (the socket front door): the answer as `cachedAnswer` gives it; or,
 * when the page is cached but the content version has expired (nothing asked for a second), the
 * read of the version, to ask again once it settles; else undefined.
 */
export function cachedAnswerOrRead(
  cache: PageCache,
  method: string,
  url: string,
  rawHeaders: string[],
  readVersion: () => Promise<number>,
  now = Date.now(),
): FrontAnswer | Promise<number> | undefined {
  const answer = cachedAnswer(cache, method, url, rawHeaders, now);
  if (answer || cache.knownVersion(now) !== undefined) return answer;
  const key = frontKey(method, url);
  return key && cache.has(key) ? cache.version(readVersion, now) : undefined;
}

/**
 * The same front door at the level of Node's HTTP server: a cached page is written with its
 * prepared headers, without building a Request, a Response or even the request's header object.
 * Returns false to let the app handle the request. (`npm start` answers most of these one level
 * lower still, on the socket: see socket-front-door.ts.)
 */
export function serveCachedNode(
  cache: PageCache | undefined,
  req: { method?: string; url?: string; rawHeaders: string[] },
  res: { writeHead(status: number, headers: string[]): unknown; end(body?: Uint8Array): unknown },
  observe: (ms: number, status: number) => void,
): boolean {
  const started = performance.now();
  const answer = cachedAnswer(cache, req.method, req.url ?? "", req.rawHeaders);
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  observe(performance.now() - started, answer.status);
  return true;
}
