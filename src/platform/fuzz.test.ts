/**
 * Property-based fuzzing (fast-check): random and malformed bodies, query strings, paths and
 * headers against every endpoint. Whatever arrives, no response is a 5xx and the app keeps
 * answering.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../test/editor.js";
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
  { method: "POST", path: "/api/session" },
  { method: "POST", path: "/en/signin" },
];

/** Sent with an admin's session, so the input reaches the editor's handlers. */
const EDITOR_ENDPOINTS: { method: string; path: string }[] = [
  { method: "GET", path: "/en/editor/" },
  { method: "POST", path: "/en/editor/articles/new" },
  { method: "POST", path: "/zh/editor/articles/1" },
  { method: "POST", path: "/en/editor/articles/1/publish" },
  { method: "POST", path: "/en/editor/articles/1/restore" },
  { method: "GET", path: "/en/editor/articles/1/diff" },
  { method: "POST", path: "/en/editor/series" },
  { method: "POST", path: "/en/editor/series/attachment-and-communication" },
  { method: "POST", path: "/en/editor/series/attachment-and-communication/order" },
  { method: "POST", path: "/en/editor/import" },
  { method: "POST", path: "/api/editor/preview" },
  { method: "GET", path: "/en/editor/audit" },
];

/** How many requests were sent, printed at the end so the figure can be reported. */
let requestsFuzzed = 0;

describe("fuzzing every endpoint", () => {
  let site: TestSite;
  let admin = "";
  beforeAll(async () => {
    site = await createTestSite("sqlite");
    admin = (await signInAs(site, "fuzz-admin@example.org", "admin")).cookie;
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
    // Editor-shaped forms: every field present, with random values.
    fc
      .record({
        title: fc.string(),
        slug: fc.string(),
        series: fc.constantFrom("attachment-and-communication", "", "x"),
        installment: fc.oneof(fc.nat().map(String), fc.string()),
        body: fc.string(),
        baseRevision: fc.oneof(fc.nat().map(String), fc.string()),
        revision: fc.oneof(fc.nat().map(String), fc.string()),
        faq_q_0: fc.string(),
        faq_a_0: fc.string(),
        status: fc.constantFrom("draft", "published", "?"),
        published: fc.string(),
        lang: fc.constantFrom("en", "zh", "xx"),
        installment_1: fc.string(),
        intent: fc.constantFrom("save", "preview"),
        email: fc.string(),
        password: fc.string(),
      })
      .map((v) => new URLSearchParams(v).toString()),
    fc.constantFrom("{", '{"answers":', "null", "[]", "%", "\u0000", "a=1&a=2&a[]=3", "😀".repeat(1000)),
  );
  const query = fc.array(
    fc.tuple(
      fc.constantFrom(
        "q",
        "lang",
        "limit",
        "offset",
        "page",
        "series",
        "scope",
        "size",
        "start",
        "from",
        "to",
        "status",
        fc.string() as unknown as string,
      ),
      junk,
    ),
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
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS, ...EDITOR_ENDPOINTS),
        query,
        junk,
        contentType,
        fc.string(),
        async (endpoint, params, body, type, acceptLanguage) => {
          const qs = params.map(([k, v]) => `${encodeURIComponent(String(k))}=${encodeURIComponent(String(v).slice(0, 300))}`).join("&");
          const headers: Record<string, string> = { ...SAME_ORIGIN, "accept-language": acceptLanguage.replace(/[^\x20-\x7e]/g, "") };
          if (EDITOR_ENDPOINTS.includes(endpoint)) headers.cookie = admin;
          if (type) headers["content-type"] = type;
          const res = await site.app.request(`${endpoint.path}${qs ? `?${qs}` : ""}`, {
            method: endpoint.method,
            headers,
            body: endpoint.method === "GET" ? undefined : body,
          });
          requestsFuzzed++;
          await res.arrayBuffer();
          expect(res.status, `${endpoint.method} ${endpoint.path}?${qs}`).toBeLessThan(500);
        },
      ),
      { numRuns: 2200 },
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
