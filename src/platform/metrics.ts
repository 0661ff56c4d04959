/**
 * Prometheus metrics (prom-client), one registry per app so tests and processes never share
 * counters: request duration by route pattern and status, database query duration, page-cache
 * hits and misses, and the process's own metrics. Served at /metrics.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** One label set of a counter, for the hottest path (see `Metrics.batched`). */
export interface BatchedCount {
  /** Counts one event. */
  record(): void;
  /** Hands what is held to prom-client; done on every read of the metrics. */
  flush(): void;
}

/** One label set of a histogram, for the hottest path (see `Metrics.batched`). */
export interface BatchedValues {
  /** Records one value; a value that is not a finite number is refused (TypeError), as prom-client does. */
  record(value: number): void;
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
   * Cached pages the socket front door answered, by status. Counted, not timed: each takes a few
   * microseconds of the server's time, and timing every one cost about 8 % of the door's
   * throughput (docs/PERFORMANCE.md). Requests in all = the duration histogram's counts + these.
   */
  frontDoorAnswers: Counter<"status">;
  /**
   * A recorder for one label set of a counter or histogram that holds events in plain numbers
   * and hands them over in batches, for cached pages (tens of thousands a second). prom-client
   * validates and hashes the labels on every call; a counter's batch is one call with the total,
   * so that work goes; a histogram's values still go through prom-client one by one, but in a
   * loop every `BATCH` requests or at a read, not in each request's path. Together they measured
   * about 8 % more cached pages a second (docs/PERFORMANCE.md). What `/metrics` shows is the same:
   * whatever is held is handed over before every read, and at most `BATCH` events are held.
   */
  batched<L extends string>(metric: Counter<L>, labels: Record<L, string>): BatchedCount;
  batched(metric: Histogram<"method" | "route" | "status">, labels: Record<"method" | "route" | "status", string>): BatchedValues;
  /** Exposes the socket front door's connections (held now, handed to the HTTP server so far). */
  watchSocketFrontDoor(door: { readonly open: number; readonly handedOff: number }): void;
}

/** The most events a batched recorder holds before handing them over. */
export const BATCH = 1024;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const recorders: { flush(): void }[] = [];
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
  function batched<L extends string>(metric: Counter<L>, labels: Record<L, string>): BatchedCount;
  function batched(metric: Histogram<"method" | "route" | "status">, labels: Record<"method" | "route" | "status", string>): BatchedValues;
  function batched(metric: Counter<string> | Histogram<"method" | "route" | "status">, labels: Record<string, string>): BatchedCount | BatchedValues {
    const recorder = metric instanceof Counter ? countingRecorder(metric, labels) : valueRecorder(metric, labels);
    recorders.push(recorder);
    return recorder;
  }
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
    frontDoorAnswers: new Counter({
      name: "socket_front_door_answers_total",
      help: "Cached pages the socket front door answered on the connection, by status (counted, not timed)",
      labelNames: ["status"],
      registers: [registry],
      collect,
    }),
    batched,
    watchSocketFrontDoor(door) {
      new Gauge({
        name: "socket_front_door_connections",
        help: "Connections the socket front door holds (answering cached pages on them)",
        registers: [registry],
        collect() {
          this.set(door.open);
        },
      });
      let counted = 0;
      new Counter({
        name: "socket_front_door_handoffs_total",
        help: "Connections the socket front door handed to the HTTP server (a request it does not answer)",
        registers: [registry],
        collect() {
          this.inc(door.handedOff - counted);
          counted = door.handedOff;
        },
      });
    },
  };
}

function countingRecorder(counter: Counter<string>, labels: Record<string, string>): BatchedCount {
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

function valueRecorder(histogram: Histogram<"method" | "route" | "status">, labels: Record<string, string>): BatchedValues {
  const held = new Float64Array(BATCH);
  let count = 0;
  const flush = () => {
    const n = count;
    count = 0;
    for (let i = 0; i < n; i++) histogram.observe(labels, held[i] as number);
  };
  return {
    record(value) {
      if (!Number.isFinite(value)) throw new TypeError(`a histogram value must be a finite number, not ${value}`);
      held[count++] = value;
      if (count === BATCH) flush();
    },
    flush,
  };
}
