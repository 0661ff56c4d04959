/**
 * The authorization matrix: every private route × {owner, another owner, anonymous, editor,
 * admin} → status. Editors have no special view of readers' results (they get 404 like any
 * stranger); readers never reach editor pages (sign-in redirect) or APIs (401).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test/db.js";
import { signInAs } from "../../test/editor.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../test/site.js";
import { INSTRUMENT } from "../features/assessment/instrument.js";

type Who = "owner" | "other" | "anonymous" | "editor" | "admin";
const EVERYONE: Who[] = ["owner", "other", "anonymous", "editor", "admin"];

for (const dialect of DIALECTS) {
  describe(`authorization matrix (${dialect})`, () => {
    let site: TestSite;
    const cookies: Record<Who, string> = { owner: "", other: "", anonymous: "", editor: "", admin: "" };
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
      cookies.editor = (await signInAs(site, "editor@example.org", "editor")).cookie;
      cookies.admin = (await signInAs(site, "admin@example.org", "admin")).cookie;
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
      for (const who of EVERYONE) {
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

    // Editor routes: readers (with or without an owner cookie) are sent to sign in or get 401.
    const editorRoutes: { name: string; method: string; path: string; editor: number; admin?: number; body?: string }[] = [
      { name: "article list", method: "GET", path: "/en/editor/", editor: 200 },
      { name: "new article", method: "GET", path: "/zh/editor/articles/new", editor: 200 },
      { name: "edit article", method: "GET", path: "/en/editor/articles/1", editor: 200 },
      { name: "save article", method: "POST", path: "/en/editor/articles/1", editor: 400, body: "baseRevision=1&title=" },
      { name: "publish", method: "POST", path: "/en/editor/articles/1/unpublish", editor: 303, body: "baseRevision=99" },
      { name: "history", method: "GET", path: "/en/editor/articles/1/history", editor: 200 },
      { name: "diff", method: "GET", path: "/en/editor/articles/1/diff?from=1&to=1", editor: 200 },
      { name: "restore", method: "POST", path: "/en/editor/articles/1/restore", editor: 303, body: "revision=1&baseRevision=99" },
      { name: "series list", method: "GET", path: "/en/editor/series", editor: 200 },
      { name: "create series", method: "POST", path: "/en/editor/series", editor: 400, body: "slug=" },
      { name: "reorder", method: "POST", path: "/en/editor/series/attachment-and-communication/order", editor: 303, body: "lang=en" },
      { name: "audit trail", method: "GET", path: "/en/editor/audit", editor: 200 },
      { name: "legacy upload page", method: "GET", path: "/en/editor/import", editor: 403, admin: 200 },
      { name: "preview API", method: "POST", path: "/api/editor/preview", editor: 200, body: "body=x" },
    ];
    for (const route of editorRoutes) {
      for (const who of EVERYONE) {
        const reader = who !== "editor" && who !== "admin";
        const expected = reader ? (route.path.startsWith("/api/") ? 401 : 303) : who === "admin" ? (route.admin ?? route.editor) : route.editor;
        it(`${route.name} as ${who} → ${expected}`, async () => {
          const headers: Record<string, string> = { ...SAME_ORIGIN, ...(cookies[who] ? { cookie: cookies[who] } : {}) };
          if (route.body) headers["content-type"] = "application/x-www-form-urlencoded";
          const res = await site.app.request(route.path, { method: route.method, headers, body: route.body });
          expect(res.status).toBe(expected);
          if (reader && expected === 303) expect(res.headers.get("location")).toMatch(/^\/(en|zh)\/signin\?next=/);
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
