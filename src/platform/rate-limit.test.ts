import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, type TestSite } from "../../test/site.js";
import { INSTRUMENT } from "../features/assessment/instrument.js";
import { DEFAULT_RATE_LIMITS } from "./rate-limit.js";

describe("rate limits", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite", {
      trustProxy: true,
      rateLimits: {
        ...DEFAULT_RATE_LIMITS,
        submit: { max: 2, windowSeconds: 600 },
        share: { max: 2, windowSeconds: 600 },
        search: { max: 3, windowSeconds: 60 },
      },
    });
  });
  afterAll(() => site.db.destroy());

  const search = (ip: string, lang = "en") => site.app.request(`/api/search?q=love&lang=${lang}`, { headers: { "x-forwarded-for": ip } });

  it("answers 429 with Retry-After and a message in the reader's language once a client is over its limit", async () => {
    for (let i = 0; i < 3; i++) expect((await search("203.0.113.1")).status).toBe(200);
    const limited = await search("203.0.113.1", "zh");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("请等待");
    const page = await site.app.request("/zh/search?q=love", { headers: { "x-forwarded-for": "203.0.113.1" } });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain("请稍等一下");
  });

  it("counts each client separately", async () => {
    expect((await search("203.0.113.2")).status).toBe(200);
  });

  it("limits test submissions and stores nothing past the limit", async () => {
    const answers = Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, 4]));
    const submit = () =>
      site.app.request("/api/test/results", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.7" },
        body: JSON.stringify({ lang: "en", answers, today: 5 }),
      });
    expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(201);
    const count = async () =>
      Number(
        (
          await site.db.kysely
            .selectFrom("test_result")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n,
      );
    const before = await count();
    expect((await submit()).status).toBe(429);
    expect(await count()).toBe(before);
  });
});
