import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test/db.js";
import { createTestSite, type TestSite } from "../../test/site.js";
import { createMetrics } from "./metrics.js";

for (const dialect of DIALECTS) {
  describe(`health and metrics (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect, { metrics: createMetrics() });
    });
    afterAll(() => site.db.destroy());

    it("/healthz checks the database", async () => {
      const res = await site.app.request("/healthz");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", database: dialect });
    });

    it("/metrics exposes request durations by route pattern, never by real path", async () => {
      await site.app.request("/en/articles/the-pursue-withdraw-cycle");
      await site.app.request("/zh/search?q=%E5%86%B7%E6%88%98");
      const text = await (await site.app.request("/metrics")).text();
      expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/:lang{en|zh}/articles/:slug",status="200"}');
      expect(text).toContain("process_cpu_user_seconds_total");
      expect(text).not.toContain("the-pursue-withdraw-cycle");
      expect(text).not.toContain("冷战");
    });
  });
}

describe("health when the database is gone", () => {
  it("answers 503", async () => {
    const site = await createTestSite("sqlite", { content: false });
    await site.db.close();
    expect((await site.app.request("/healthz")).status).toBe(503);
  });
});
