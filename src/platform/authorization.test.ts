/**
 * The authorization matrix: every private route × {owner, another owner, anonymous} → status.
 * (Editors arrive with the editorial issue; they will get their own column.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test/db.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../test/site.js";
import { INSTRUMENT } from "../features/assessment/instrument.js";

type Who = "owner" | "other" | "anonymous";

for (const dialect of DIALECTS) {
  describe(`authorization matrix (${dialect})`, () => {
    let site: TestSite;
    const cookies: Record<Who, string> = { owner: "", other: "", anonymous: "" };
    let id = "";
    let token = "";
    beforeAll(async () => {
      site = await createTestSite(dialect);
      const answers = Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, 4]));
      const take = async () => {
        const res = await site.app.request("/api/test/results", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ lang: "en", answers, today: 5 }),
        });
        return { cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "", id: (await res.json()).id as string };
      };
      const mine = await take();
      cookies.owner = mine.cookie;
      id = mine.id;
      cookies.other = (await take()).cookie;
      token = (
        await (await site.app.request(`/api/results/${id}/shares`, { method: "POST", headers: { ...SAME_ORIGIN, cookie: cookies.owner } })).json()
      ).token;
    });
    afterAll(() => site.db.destroy());

    const routes: { name: string; method: string; path: () => string; owner: number; form?: boolean }[] = [
      { name: "result API", method: "GET", path: () => `/api/results/${id}`, owner: 200 },
      { name: "result page", method: "GET", path: () => `/en/results/${id}`, owner: 200 },
      { name: "report page", method: "GET", path: () => `/zh/results/${id}/report`, owner: 200 },
      { name: "report PDF", method: "GET", path: () => `/en/results/${id}/report.pdf`, owner: 200 },
      { name: "calendar", method: "GET", path: () => `/en/results/${id}/plan.ics`, owner: 200 },
      { name: "create share (API)", method: "POST", path: () => `/api/results/${id}/shares`, owner: 201 },
      { name: "create share (form)", method: "POST", path: () => `/en/results/${id}/shares`, owner: 200, form: true },
    ];

    for (const route of routes) {
      for (const who of ["owner", "other", "anonymous"] as const) {
        const expected = who === "owner" ? route.owner : 404;
        it(`${route.name} as ${who} → ${expected}`, async () => {
          const headers: Record<string, string> = { ...SAME_ORIGIN, ...(cookies[who] ? { cookie: cookies[who] } : {}) };
          if (route.form) headers["content-type"] = "application/x-www-form-urlencoded";
          const res = await site.app.request(route.path(), {
            method: route.method,
            headers,
            body: route.method === "POST" ? (route.form ? "lang=en" : "{}") : undefined,
          });
          expect(res.status).toBe(expected);
        });
      }
    }

    it("revoking a share: another owner and anonymous get 404, the owner 204", async () => {
      for (const who of ["other", "anonymous"] as const) {
        const res = await site.app.request(`/api/shares/${token}`, {
          method: "DELETE",
          headers: { ...SAME_ORIGIN, ...(cookies[who] ? { cookie: cookies[who] } : {}) },
        });
        expect(res.status).toBe(404);
      }
      expect((await site.app.request(`/api/shares/${token}`, { method: "DELETE", headers: { ...SAME_ORIGIN, cookie: cookies.owner } })).status).toBe(
        204,
      );
    });

    it("share tokens cannot be enumerated: 200 random tokens are all 404", async () => {
      const { randomBytes } = await import("node:crypto");
      for (let i = 0; i < 200; i++) expect((await site.app.request(`/en/s/${randomBytes(16).toString("base64url")}`)).status).toBe(404);
    });
  });
}
