/**
 * Prometheus metrics (prom-client), one registry per app so tests and processes never share
 * counters: request duration by route pattern and status, database query duration, page-cache
 * hits and misses, and the
 * process's own metrics. Served at /metrics.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  dbDuration: Histogram<never>;
  /** Public-page cache lookups by result; the hit ratio is hit / (hit + miss). */
  pageCache: Counter<"result">;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Request duration by route pattern, method and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    dbDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Database query duration",
      buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    pageCache: new Counter({
      name: "page_cache_requests_total",
      help: "Public-page cache lookups, by result (hit or miss)",
      labelNames: ["result"],
      registers: [registry],
    }),
  };
}
