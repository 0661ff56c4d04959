/**
 * /healthz: 200 when the database answers, 503 otherwise (for load balancers and process
 * managers). /metrics: Prometheus text format.
 */
import { Hono } from "hono";
import { sql } from "kysely";
import type { AppEnv } from "../app-env.js";

export function healthRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/healthz", async (c) => {
    c.header("Cache-Control", "no-store");
    try {
      await sql`SELECT 1`.execute(c.get("deps").db.kysely);
      return c.json({ status: "ok", database: c.get("deps").db.dialect });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
  app.get("/metrics", async (c) => {
    const metrics = c.get("deps").metrics;
    if (!metrics) return c.notFound();
    c.header("Cache-Control", "no-store");
    return c.body(await metrics.registry.metrics(), 200, { "Content-Type": metrics.registry.contentType });
  });
  return app;
}
