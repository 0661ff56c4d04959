import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../../test/site.js";
import { INSTRUMENT } from "./instrument.js";

/** Answers putting every scale at `value` after reverse-keying, with optional overrides. */
function answers(value = 3, overrides: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of INSTRUMENT.items) {
    const v = item.scale === "safety" ? 1 : value;
    out[item.id] = item.reversed ? 8 - v : v;
  }
  return { ...out, ...overrides };
}

for (const dialect of DIALECTS) {
  describe(`the test: API and pages (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(() => site.db.destroy());

    const submit = (body: unknown, cookie?: string, raw?: string) =>
      site.app.request("/api/test/results", {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: raw ?? JSON.stringify(body),
      });
    const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const rows = async () =>
      Number(
        (
          await site.db.kysely
            .selectFrom("test_result")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n,
      );

    it("serves the instrument in both languages with the same item ids", async () => {
      const en = await (await site.app.request("/api/test/instrument?lang=en")).json();
      const zh = await (await site.app.request("/api/test/instrument?lang=zh")).json();
      expect(Object.keys(en).sort()).toEqual(["items", "lang", "scaleLabels", "today", "version"]);
      expect(en.items).toHaveLength(48);
      expect(zh.items.map((i: { id: string }) => i.id)).toEqual(en.items.map((i: { id: string }) => i.id));
      expect(en.scaleLabels).toHaveLength(7);
      expect(zh.today.text).toMatch(/\p{Script=Han}/u);
      expect(Object.keys(en.items[0]).sort()).toEqual(["id", "reversed", "scale", "text"]);
      expect((await site.app.request("/api/test/instrument?lang=fr")).status).toBe(400);
    });

    it("stores a submission, sets a private owner cookie stored only as a hash, and returns the scores", async () => {
      const res = await submit({ lang: "en", answers: answers(3, { anx1: 7 }), today: 4 });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toMatchObject({ pattern: "secure", safetyFlag: false, url: `/en/results/${body.id}` });
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(body.scores.pursue).toBe(3);
      const setCookie = res.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/^owner=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toContain("HttpOnly");
      expect(setCookie).toContain("SameSite=Lax");
      const token = cookieOf(res).slice("owner=".length);
      const row = await site.db.kysely.selectFrom("test_result").select(["owner_hash"]).where("id", "=", body.id).executeTakeFirstOrThrow();
      expect(row.owner_hash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(row.owner_hash).not.toContain(token);
    });

    it("shows a result to its owner only: another owner and a stranger get 404", async () => {
      const mine = await submit({ lang: "zh", answers: answers(6), today: 7 });
      const { id, url } = await mine.json();
      const cookie = cookieOf(mine);
      const other = cookieOf(await submit({ lang: "en", answers: answers(), today: 5 }));
      expect((await site.app.request(`/api/results/${id}`, { headers: { cookie } })).status).toBe(200);
      expect((await site.app.request(`/api/results/${id}`, { headers: { cookie: other } })).status).toBe(404);
      expect((await site.app.request(`/api/results/${id}`)).status).toBe(404);
      const page = await site.app.request(url, { headers: { cookie } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("你的结果");
      expect(html).toContain('role="img"');
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(page.headers.get("cache-control")).toContain("no-store");
      expect(page.headers.get("referrer-policy")).toBe("no-referrer");
      expect((await site.app.request(url, { headers: { cookie: other } })).status).toBe(404);
      expect((await site.app.request(url)).status).toBe(404);
    });

    it("keeps the same owner across submissions and lists earlier results with the change", async () => {
      const first = await submit({ lang: "en", answers: answers(3), today: 3 });
      const cookie = cookieOf(first);
      const second = await submit({ lang: "en", answers: answers(5), today: 6 }, cookie);
      expect(second.headers.get("set-cookie")).toBeNull();
      const html = await (await site.app.request((await second.json()).url, { headers: { cookie } })).text();
      expect(html).toContain("Your earlier results");
      expect(html).toContain("Worry +2.00, discomfort +2.00");
    });

    it("puts safety first and leaves out couple advice when the safety flag is set", async () => {
      const a = answers(5);
      const safety = INSTRUMENT.items.find((i) => i.scale === "safety");
      if (safety) a[safety.id] = 6;
      const res = await submit({ lang: "en", answers: a, today: 2 });
      const body = await res.json();
      expect(body.safetyFlag).toBe(true);
      const html = await (await site.app.request(body.url, { headers: { cookie: cookieOf(res) } })).text();
      expect(html).toContain('class="safety-panel"');
      expect(html).toContain("1-800-799-7233");
      expect(html).not.toContain(">What helps<");
      expect(html).not.toContain(">In conflict<");
      expect(html.indexOf("safety-panel")).toBeLessThan(html.indexOf("pattern-heading"));
    });

    it("says comparisons will come until enough people have taken the test", async () => {
      const res = await submit({ lang: "en", answers: answers(), today: 5 });
      const html = await (await site.app.request((await res.json()).url, { headers: { cookie: cookieOf(res) } })).text();
      expect(html).toContain("once 200 people have taken the test");
    });

    it.each([
      ["an unknown item", { lang: "en", answers: answers(3, { nope1: 3 }), today: 4 }, "unknown_item"],
      ["a value of 0", { lang: "en", answers: answers(3, { anx1: 0 }), today: 4 }, "invalid_answer"],
      ["a value of 8", { lang: "en", answers: answers(3, { anx1: 8 }), today: 4 }, "invalid_answer"],
      ["a fraction", { lang: "en", answers: answers(3, { anx1: 3.5 }), today: 4 }, "invalid_answer"],
      ["a string", { lang: "en", answers: answers(3, { anx1: "3" as unknown as number }), today: 4 }, "invalid_answer"],
      ["today out of range", { lang: "en", answers: answers(), today: 11 }, "invalid_today"],
      ["a missing today", { lang: "en", answers: answers() }, "invalid_today"],
      ["an unknown language", { lang: "fr", answers: answers(), today: 4 }, "invalid_lang"],
      ["answers as a list", { lang: "en", answers: [1, 2, 3], today: 4 }, "invalid_body"],
      ["a body that is not an object", [1, 2], "invalid_body"],
    ])("rejects %s with 400 and stores nothing", async (_name, body, code) => {
      const before = await rows();
      const res = await submit(body);
      expect(res.status).toBe(400);
      const json = await res.json();
      expect(json.error.code).toBe("invalid_submission");
      expect(json.error.problems.map((p: { code: string }) => p.code)).toContain(code);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await rows()).toBe(before);
    });

    it("names the missing items when a scale is under 75% answered", async () => {
      const a = answers();
      const anxiety = INSTRUMENT.items.filter((i) => i.scale === "anxiety").map((i) => i.id);
      for (const id of anxiety.slice(0, 3)) delete a[id];
      const json = await (await submit({ lang: "zh", answers: a, today: 4 })).json();
      expect(json.error.problems).toEqual([
        { code: "answers_missing", field: "scales.anxiety", message: expect.stringContaining(anxiety.slice(0, 3).join(", ")) },
      ]);
      expect(json.error.message).toBe("有些回答需要再看一下。");
    });

    it("rejects malformed JSON and oversized bodies with 400", async () => {
      expect((await submit(undefined, undefined, "{not json")).status).toBe(400);
      const huge = await submit(undefined, undefined, JSON.stringify({ lang: "en", answers: answers(), today: 4, pad: "x".repeat(40_000) }));
      expect(huge.status).toBe(400);
      expect((await huge.json()).error.code).toBe("body_too_large");
    });

    it("works as a plain form without JavaScript: submit, then the result page", async () => {
      const page = await (await site.app.request("/zh/test")).text();
      expect(page).toContain('<form id="test-form"');
      expect(page).toMatch(/<input type="radio" name="a_[a-z]+\d+" value="1"\/>/);
      const form = new URLSearchParams({ lang: "zh", today: "5" });
      for (const [id, v] of Object.entries(answers(4))) form.set(`a_${id}`, String(v));
      const res = await site.app.request("/zh/test", {
        method: "POST",
        body: form,
        headers: { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      });
      expect(res.status).toBe(303);
      const location = res.headers.get("location") ?? "";
      expect(location).toMatch(/^\/zh\/results\/[A-Za-z0-9_-]{22}$/);
      expect((await site.app.request(location, { headers: { cookie: cookieOf(res) } })).status).toBe(200);
    });

    it("explains the scoring, the cut and the limits on the about page", async () => {
      const en = await (await site.app.request("/en/test/about")).text();
      expect(en).toContain("above 4.0");
      expect(en).toContain("8 − x");
      expect(en).toContain("answered 5 (somewhat agree)");
      const zh = await (await site.app.request("/zh/test/about")).text();
      expect(zh).toContain("达到 200 人");
    });

    it("refuses a form posted from another site (CSRF) with 403, in the reader's language, storing nothing", async () => {
      const before = await rows();
      const form = new URLSearchParams({ lang: "zh", today: "5" });
      for (const [id, v] of Object.entries(answers(4))) form.set(`a_${id}`, String(v));
      const attempts: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, {}];
      for (const headers of attempts) {
        const res = await site.app.request("/zh/test", {
          method: "POST",
          body: form,
          headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        });
        expect(res.status).toBe(403);
        expect(await res.text()).toContain("无法处理这个请求");
      }
      const sneaky = await site.app.request("/api/test/results", {
        method: "POST",
        headers: { origin: "https://evil.example", "content-type": "text/plain" },
        body: JSON.stringify({ lang: "en", answers: answers(), today: 4 }),
      });
      expect(sneaky.status).toBe(403);
      expect(await rows()).toBe(before);
    });

    it("re-shows the form with errors and the answers kept when a form submission is incomplete", async () => {
      const form = new URLSearchParams({ lang: "en" });
      form.set("a_anx1", "5");
      const res = await site.app.request("/en/test", {
        method: "POST",
        body: form,
        headers: { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("Please check your answers");
      expect(html).toContain('name="a_anx1" value="5" checked=""');
    });
  });
}
