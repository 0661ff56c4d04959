/**
 * One log line per request with only technical facts: method, the matched route *pattern*
 * (`/:lang/s/:token`, never the real path, which can hold share tokens and result ids), status,
 * duration and request id. Query strings (search words), bodies (answers) and cookies are
 * never logged.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";

export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const routes = c.req.matchedRoutes.filter((r) => r.method !== "ALL");
    const route = routes[routes.length - 1]?.path ?? "(unmatched)";
    const ms = performance.now() - started;
    const { logger, metrics } = c.get("deps");
    metrics?.httpDuration.observe({ method: c.req.method, route, status: String(c.res.status) }, ms / 1000);
    logger.info({ method: c.req.method, route, status: c.res.status, ms: Math.round(ms * 10) / 10, requestId: c.get("requestId") }, "request");
  };
}
