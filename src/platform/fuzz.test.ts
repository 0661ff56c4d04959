/**
 * Property-based fuzzing (fast-check): random and malformed bodies, query strings, paths and
 * headers against every endpoint. Whatever arrives, no response is a 5xx and the app keeps
 * answering.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../test/site.js";

const ENDPOINTS: { method: string; path: string }[] = [
  { method: "GET", path: "/" },
  { method: "GET", path: "/en/" },
  { method: "GET", path: "/zh/series/" },
  { method: "GET", path: "/en/series/silent-treatment-and-repair" },
  { method: "GET", path: "/zh/articles/the-pursue-withdraw-cycle" },
  { method: "GET", path: "/en/search" },
  { method: "GET", path: "/api/search" },
  { method: "GET", path: "/api/test/instrument" },
  { method: "POST", path: "/api/test/results" },
  { method: "POST", path: "/en/test" },
  { method: "GET", path: "/api/results/x" },
  { method: "POST", path: "/api/results/x/shares" },
  { method: "DELETE", path: "/api/shares/x" },
  { method: "GET", path: "/en/s/x" },
  { method: "GET", path: "/s/x/card.png" },
  { method: "GET", path: "/api/my-data" },
  { method: "DELETE", path: "/api/my-data" },
  { method: "POST", path: "/zh/my-data/delete" },
  { method: "GET", path: "/sitemap.xml" },
  { method: "GET", path: "/en/feed.xml" },
];

/** How many requests were sent, printed at the end so the figure can be reported. */
let requestsFuzzed = 0;

describe("fuzzing every endpoint", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite");
  });
  afterAll(async () => {
    console.log(`fuzz: ${requestsFuzzed} requests, none answered 5xx`);
    await site.db.destroy();
  });

  const junk = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({ lang: fc.oneof(fc.constant("en"), fc.string()), answers: fc.dictionary(fc.string(), fc.jsonValue()), today: fc.jsonValue() })
      .map((v) => JSON.stringify(v)),
    fc.constantFrom("{", '{"answers":', "null", "[]", "%", "\u0000", "a=1&a=2&a[]=3", "😀".repeat(1000)),
  );
  const query = fc.array(
    fc.tuple(fc.constantFrom("q", "lang", "limit", "offset", "page", "series", "scope", "size", "start", fc.string() as unknown as string), junk),
    {
      maxLength: 4,
    },
  );
  const contentType = fc.constantFrom(
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "multipart/form-data; boundary=x",
    "",
    "application/json; charset=bogus",
  );

  it("never answers with a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), query, junk, contentType, fc.string(), async (endpoint, params, body, type, acceptLanguage) => {
        const qs = params.map(([k, v]) => `${encodeURIComponent(String(k))}=${encodeURIComponent(String(v).slice(0, 300))}`).join("&");
        const headers: Record<string, string> = { ...SAME_ORIGIN, "accept-language": acceptLanguage.replace(/[^\x20-\x7e]/g, "") };
        if (type) headers["content-type"] = type;
        const res = await site.app.request(`${endpoint.path}${qs ? `?${qs}` : ""}`, {
          method: endpoint.method,
          headers,
          body: endpoint.method === "GET" ? undefined : body,
        });
        requestsFuzzed++;
        await res.arrayBuffer();
        expect(res.status, `${endpoint.method} ${endpoint.path}?${qs}`).toBeLessThan(500);
      }),
      { numRuns: 1500 },
    );
    // Still up and answering normally afterwards.
    expect((await site.app.request("/en/")).status).toBe(200);
  });

  it("survives malformed paths", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (segment) => {
        const res = await site.app.request(`/en/articles/${encodeURIComponent(segment)}`);
        requestsFuzzed++;
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
