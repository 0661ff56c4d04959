import { describe, expect, it } from "vitest";
import { BATCH, createMetrics } from "./metrics.js";

/** One sample line's value from the Prometheus text, or undefined when absent. */
const sample = (text: string, line: string) => {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe("batched recorders", () => {
  it("show every counted hit on the next read, however many were held", async () => {
    const metrics = createMetrics();
    const hits = metrics.batched(metrics.pageCache, { result: "hit" });
    metrics.pageCache.inc({ result: "hit" }); // counted the ordinary way elsewhere
    for (let i = 0; i < 3; i++) hits.record();
    expect(sample(await metrics.registry.metrics(), 'page_cache_requests_total{result="hit"}')).toBe(4);
    // More than a batch: some handed over while recording, the rest on the read.
    for (let i = 0; i < 2 * BATCH + 5; i++) hits.record();
    expect(sample(await metrics.registry.metrics(), 'page_cache_requests_total{result="hit"}')).toBe(4 + 2 * BATCH + 5);
    // Nothing counted twice by a second read.
    expect(sample(await metrics.registry.metrics(), 'page_cache_requests_total{result="hit"}')).toBe(4 + 2 * BATCH + 5);
    // Reading the counter alone hands over what it holds too.
    hits.record();
    expect((await metrics.pageCache.get()).values.find((v) => v.labels.result === "hit")?.value).toBe(4 + 2 * BATCH + 6);
  });

  it("refuse a value that is not a finite number and keep what they held", async () => {
    const metrics = createMetrics();
    const labels = { method: "GET", route: "(page cache)", status: "200" };
    const durations = metrics.batched(metrics.httpDuration, labels);
    durations.record(0.002);
    expect(() => durations.record(Number.NaN)).toThrow(TypeError);
    expect(() => durations.record(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    durations.record(0.003);
    const series = 'method="GET",route="(page cache)",status="200"';
    expect(sample(await metrics.registry.metrics(), `http_request_duration_seconds_count{${series}}`)).toBe(2);
    expect(sample(await metrics.registry.metrics(), `http_request_duration_seconds_count{${series}}`)).toBe(2);
  });

  it("give a histogram the same buckets, count and sum as observing each value", async () => {
    const metrics = createMetrics();
    const labels = { method: "GET", route: "(page cache)", status: "200" };
    const durations = metrics.batched(metrics.httpDuration, labels);
    const values = Array.from({ length: BATCH + 10 }, (_, i) => (i % 3 === 0 ? 0.0004 : i % 3 === 1 ? 0.003 : 0.02));
    for (const v of values) durations.record(v);
    const text = await metrics.registry.metrics();
    const series = 'method="GET",route="(page cache)",status="200"';
    expect(sample(text, `http_request_duration_seconds_count{${series}}`)).toBe(values.length);
    expect(sample(text, `http_request_duration_seconds_sum{${series}}`)).toBeCloseTo(
      values.reduce((a, b) => a + b, 0),
      9,
    );
    expect(sample(text, `http_request_duration_seconds_bucket{le="0.001",${series}}`)).toBe(values.filter((v) => v <= 0.001).length);
    expect(sample(text, `http_request_duration_seconds_bucket{le="0.005",${series}}`)).toBe(values.filter((v) => v <= 0.005).length);
    expect(sample(text, `http_request_duration_seconds_bucket{le="+Inf",${series}}`)).toBe(values.length);
  });

  it("keep their label sets apart", async () => {
    const metrics = createMetrics();
    const ok = metrics.batched(metrics.httpDuration, { method: "GET", route: "(page cache)", status: "200" });
    const notModified = metrics.batched(metrics.httpDuration, { method: "GET", route: "(page cache)", status: "304" });
    ok.record(0.001);
    notModified.record(0.001);
    notModified.record(0.001);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="(page cache)",status="200"}')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="(page cache)",status="304"}')).toBe(2);
  });
});
