/**
 * Prometheus metrics (prom-client), one registry per app so tests and processes never share
 * counters: request duration by route pattern and status, database query duration, page-cache
 * hits and misses, and the process's own metrics. Served at /metrics.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** A labelled counter or histogram child for the hottest path (see `batched`). */
export interface BatchedRecorder {
  /** Counts one event (a counter) or records one value (a histogram). */
  record(value?: number): void;
  /** Hands what is held to prom-client; done on every read of the metrics. */
  flush(): void;
}

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  dbDuration: Histogram<never>;
  /** Public-page cache lookups by result; the hit ratio is hit / (hit + miss). */
  pageCache: Counter<"result">;
  /**
   * A recorder for one label set of a counter or histogram that holds events in plain numbers
   * and hands them over in batches, for cached pages (tens of thousands a second). prom-client
   * validates and hashes the labels on every call and allocates as it does so; in a cached page's
   * path that measured about a tenth of the page's cost. What `/metrics` shows is the same:
   * whatever is held is handed over before every read, and at most `BATCH` events are held.
   */
  batched(metric: Counter<"result">, labels: Record<"result", string>): BatchedRecorder;
  batched(metric: Histogram<"method" | "route" | "status">, labels: Record<"method" | "route" | "status", string>): BatchedRecorder;
}

/** The most events a batched recorder holds before handing them over. */
export const BATCH = 1024;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const recorders: BatchedRecorder[] = [];
  // prom-client calls a metric's `collect` before reading it: batched events arrive first.
  const collect = () => {
    for (const r of recorders) r.flush();
  };
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Request duration by route pattern, method and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
    collect,
  });
  const pageCache = new Counter({
    name: "page_cache_requests_total",
    help: "Public-page cache lookups, by result (hit or miss)",
    labelNames: ["result"],
    registers: [registry],
    collect,
  });
  const batched = (metric: Counter<"result"> | Histogram<"method" | "route" | "status">, labels: Record<string, string>): BatchedRecorder => {
    const recorder = metric instanceof Counter ? countingRecorder(metric, labels) : valueRecorder(metric as Histogram<string>, labels);
    recorders.push(recorder);
    return recorder;
  };
  return {
    registry,
    httpDuration,
    dbDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Database query duration",
      buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    pageCache,
    batched: batched as Metrics["batched"],
  };
}

function countingRecorder(counter: Counter<string>, labels: Record<string, string>): BatchedRecorder {
  let held = 0;
  const flush = () => {
    if (held === 0) return;
    counter.inc(labels, held);
    held = 0;
  };
  return {
    record() {
      if (++held >= BATCH) flush();
    },
    flush,
  };
}

function valueRecorder(histogram: Histogram<string>, labels: Record<string, string>): BatchedRecorder {
  const held = new Float64Array(BATCH);
  let count = 0;
  const flush = () => {
    for (let i = 0; i < count; i++) histogram.observe(labels, held[i] as number);
    count = 0;
  };
  return {
    record(value = 0) {
      held[count++] = value;
      if (count === BATCH) flush();
    },
    flush,
  };
}
