/**
 * Builds the Hono application: shared middleware, static assets, feature routes and the one
 * error handler. No I/O happens here beyond what the injected dependencies do.
 */
import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { NONCE, secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./app-env.js";
import type { Lang } from "./db/schema.js";
import { readContentVersion } from "./features/articles/content-version.js";
import { articleRoutes } from "./features/articles/routes.js";
import { assessmentRoutes } from "./features/assessment/routes.js";
import { authRoutes } from "./features/auth/routes.js";
import { legacyImportRoutes } from "./features/editor/legacy-routes.js";
import { editorRoutes } from "./features/editor/routes.js";
import { homeRoutes } from "./features/home/routes.js";
import { myDataRoutes } from "./features/my-data/routes.js";
import { reportRoutes } from "./features/report/routes.js";
import { safetyRoutes } from "./features/safety/routes.js";
import { searchRoutes } from "./features/search/routes.js";
import { seoRoutes } from "./features/seo/routes.js";
import { seriesRoutes } from "./features/series/routes.js";
import { isLang } from "./i18n/index.js";
import { AppError } from "./platform/errors.js";
import { healthRoutes } from "./platform/health-routes.js";
import type { BatchedValues } from "./platform/metrics.js";
import { cachedAnswerOrRead, type PageCache, pageCacheFront, pickEncoding, policyWithoutNonce, serveCachedNode } from "./platform/page-cache.js";
import { requestLog } from "./platform/request-log.js";
import { type DoorAnswerer, installSocketFrontDoor } from "./platform/socket-front-door.js";
import { ErrorView } from "./ui/error-page.js";
import { renderWithoutAsyncContext } from "./ui/jsx-async-context.js";
import { renderDocument } from "./ui/layout.js";
import { pageContext } from "./ui/page.js";

export type { AppDeps };

/** The language of a request: its path prefix, else its Accept-Language, else English. */
function requestLang(path: string, acceptLanguage: string | undefined): Lang {
  const first = path.split("/")[1];
  if (isLang(first)) return first;
  return /^\s*zh\b/i.test(acceptLanguage ?? "") ? "zh" : "en";
}

/** Metrics and the request log line for a page the cache answered before routing. */
function pageCacheObserver(deps: AppDeps): (ms: number, status: number) => void {
  const metrics = deps.metrics;
  // Batched: a hit then costs a few additions, not prom-client's label checks (see Metrics.batched).
  const hits = metrics?.batched(metrics.pageCache, { result: "hit" });
  const durations = new Map<number, BatchedValues>();
  return (ms, status) => {
    hits?.record();
    let duration = durations.get(status);
    if (!duration && metrics) {
      duration = metrics.batched(metrics.httpDuration, { method: "GET", route: "(page cache)", status: String(status) });
      durations.set(status, duration);
    }
    duration?.record(ms / 1000);
    if (deps.logger.isLevelEnabled("info"))
      deps.logger.info({ method: "GET", route: "(page cache)", status, ms: Math.round(ms * 10) / 10 }, "request");
  };
}

/**
 * The socket front door's answers (see platform/socket-front-door.ts): cached pages at the
 * version read in the last second (waiting for a read when it is older), one clock read each. Counted and logged like the
 * other cached answers, but not timed (see Metrics.frontDoorAnswers).
 */
function socketDoorAnswerer(deps: AppDeps, cache: PageCache, readVersion: () => Promise<number>): DoorAnswerer {
  const metrics = deps.metrics;
  const hits = metrics?.batched(metrics.pageCache, { result: "hit" });
  const answered = {
    200: metrics?.batched(metrics.frontDoorAnswers, { status: "200" }),
    304: metrics?.batched(metrics.frontDoorAnswers, { status: "304" }),
  };
  return (method, url, rawHeaders) => {
    const now = Date.now();
    // Read ahead, so that steady traffic never waits; after a quiet second the door waits for it.
    cache.refreshAhead(readVersion, now);
    const answer = cachedAnswerOrRead(cache, method, url, rawHeaders, readVersion, now);
    if (!answer || answer instanceof Promise) return answer;
    hits?.record();
    answered[answer.status]?.record();
    if (deps.logger.isLevelEnabled("info")) deps.logger.info({ method: "GET", route: "(page cache)", status: answer.status }, "request");
    return answer;
  };
}

/**
 * The function to serve: the page cache's front door (cached public pages without routing or
 * per-request middleware), then the app.
 */
export function createFetch(deps: AppDeps, app: Hono<AppEnv>) {
  return pageCacheFront(deps.pageCache, () => readContentVersion(deps.db), pageCacheObserver(deps), app.fetch);
}

/**
 * Node's HTTP server for the site (`npm start`, the browser tests): cached pages are written with
 * their prepared headers before any Request is built; every other request goes through createFetch.
 * With `socketFrontDoor`, most cached pages are answered earlier still, on the connection (see
 * platform/socket-front-door.ts); the server then sees only the connections the door hands it.
 * Not listening yet.
 */
export function createNodeServer(deps: AppDeps, fetch: ReturnType<typeof createFetch>, options: { socketFrontDoor: boolean }): Server {
  const observe = pageCacheObserver(deps);
  const listener = getRequestListener(fetch);
  const cache = deps.pageCache;
  const readVersion = () => readContentVersion(deps.db);
  const server = createServer((req, res) => {
    cache?.refreshAhead(readVersion);
    if (!serveCachedNode(cache, req, res, observe)) void listener(req, res);
  });
  const door = options.socketFrontDoor && cache ? installSocketFrontDoor(server, socketDoorAnswerer(deps, cache, readVersion)) : undefined;
  if (door) deps.metrics?.watchSocketFrontDoor(door);
  return server;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  renderWithoutAsyncContext();
  const app = new Hono<AppEnv>();

  app.use(requestId());
  // Registered before secureHeaders so this runs after it: a page's stricter policy wins, and a
  // response that shared caches may keep (a CDN, a proxy: `public`) leaves the nonce out of its
  // policy, as the front door does (see policyWithoutNonce).
  app.use(async (c, next) => {
    await next();
    const policy = c.get("referrerPolicy");
    if (policy) c.res.headers.set("Referrer-Policy", policy);
    const csp = c.res.headers.get("content-security-policy");
    if (csp && /\bpublic\b/.test(c.res.headers.get("cache-control") ?? "")) c.res.headers.set("Content-Security-Policy", policyWithoutNonce(csp));
    // A rendered page that says nothing about caching could be kept, nonce and all, by a cache
    // that gives such pages a default lifetime: it is to be asked for again every time.
    if (!c.res.headers.has("cache-control") && c.res.headers.get("content-type")?.startsWith("text/html"))
      c.res.headers.set("Cache-Control", "no-cache");
  });
  app.use(
    secureHeaders({
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginEmbedderPolicy: false,
      // Scripts run only with this response's nonce; nothing loads from another origin.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The nonce for pages rendered per request; the bootstrap's hash for cached pages.
        scriptSrc: [NONCE, deps.assets.bootstrap.cspHash, "'strict-dynamic'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
      // Headers for browsers and plug-ins long gone (IE8's download prompt, Flash policies, the
      // removed XSS auditor, DNS prefetch hints): each costs every response a little and protects
      // no reader today. CSP, HSTS, nosniff, COOP/CORP, the referrer and permissions policies and
      // X-Frame-Options stay.
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      originAgentCluster: false,
    }),
  );
  app.use(async (c, next) => {
    c.set("deps", deps);
    const lang = requestLang(c.req.path, c.req.header("accept-language"));
    c.set("page", pageContext(lang, deps.config.baseUrl, deps.assets, c.get("secureHeadersNonce"), deps.safetyResources));
    await next();
  });
  app.use(requestLog());
  // State changes only from our own pages: same-origin requests (Origin / Sec-Fetch-Site) pass.
  app.use(csrf());

  app.get("/assets/:file", (c) => {
    const asset = deps.assets.byUrl.get(c.req.path);
    if (!asset) throw new AppError("not_found", 404);
    const [body, encoding] = pickEncoding(c.req.header("accept-encoding"), asset);
    c.header("Content-Type", asset.contentType);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    c.header("Vary", "Accept-Encoding");
    if (encoding) c.header("Content-Encoding", encoding);
    return c.body(new Uint8Array(body));
  });

  app.route("/", homeRoutes());
  app.route("/", seriesRoutes());
  app.route("/", articleRoutes());
  app.route("/", seoRoutes());
  app.route("/", searchRoutes());
  app.route("/", assessmentRoutes());
  app.route("/", reportRoutes());
  app.route("/", safetyRoutes());
  app.route("/", myDataRoutes());
  app.route("/", authRoutes());
  app.route("/", legacyImportRoutes());
  app.route("/", editorRoutes());
  app.route("/", healthRoutes());

  app.notFound((c) => renderError(c, 404));
  app.onError((error, c) => {
    if (error instanceof AppError) return renderError(c, error.status, error.code);
    if (error instanceof HTTPException && error.status < 500) return renderError(c, error.status, error.status === 403 ? "forbidden" : "bad_request");
    deps.logger.error({ err: { message: error.message, stack: error.stack }, path: c.req.path, requestId: c.get("requestId") }, "unhandled error");
    return renderError(c, 500, "internal");
  });

  return app;
}

type ErrorContext = Parameters<Parameters<Hono<AppEnv>["notFound"]>[0]>[0];

function renderError(c: ErrorContext, status: number, code = "not_found") {
  const statusCode = (status >= 400 && status <= 599 ? status : 500) as 404;
  if (c.req.path.startsWith("/api/")) {
    const ctx = c.get("page");
    const key =
      statusCode === 404
        ? "error.notFound.body"
        : statusCode >= 500
          ? "error.server.body"
          : code === "not_permitted"
            ? "error.forbidden.body"
            : "error.request.body";
    return c.json({ error: { code, message: ctx.t(key) } }, statusCode);
  }
  c.header("Cache-Control", "no-store");
  return c.html(renderDocument(<ErrorView ctx={c.get("page")} status={statusCode} path={c.req.path} code={code} />), statusCode);
}
