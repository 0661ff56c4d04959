import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { BASE_URL, createTestSite, SAME_ORIGIN, type TestSite } from "../../../test/site.js";
import { INSTRUMENT } from "./instrument.js";

const answers = (safety = 1) => Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, i.scale === "safety" ? safety : i.reversed ? 2 : 6]));

for (const dialect of DIALECTS) {
  describe(`sharing a result (${dialect})`, () => {
    let site: TestSite;
    let owner = "";
    let resultId = "";
    beforeAll(async () => {
      site = await createTestSite(dialect);
      const res = await site.app.request("/api/test/results", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lang: "zh", answers: answers(6), today: 3 }),
      });
      owner = res.headers.get("set-cookie")?.split(";")[0] ?? "";
      resultId = (await res.json()).id;
    });
    afterAll(() => site.db.destroy());

    const share = (cookie: string, id = resultId, lang?: string) =>
      site.app.request(`/api/results/${id}/shares`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(lang ? { lang } : {}),
      });

    it("lets the owner create several links with 128-bit tokens stored only hashed", async () => {
      const first = await share(owner);
      expect(first.status).toBe(201);
      const a = await first.json();
      expect(a.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(a.url).toBe(`${BASE_URL}/zh/s/${a.token}`);
      const b = await (await share(owner, resultId, "en")).json();
      expect(b.url).toBe(`${BASE_URL}/en/s/${b.token}`);
      expect(b.token).not.toBe(a.token);
      const stored = await site.db.kysely.selectFrom("result_share").select(["token_hash"]).execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(a.token);
    });

    it("refuses anyone else: another owner and a stranger get 404", async () => {
      const other = (
        await site.app.request("/api/test/results", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ lang: "en", answers: answers(), today: 5 }),
        })
      ).headers
        .get("set-cookie")
        ?.split(";")[0];
      expect((await share(other ?? "")).status).toBe(404);
      expect((await share("")).status).toBe(404);
      expect((await share(owner, "no-such-result")).status).toBe(404);
    });

    it("shows the pattern and chart publicly, but no answers or safety information, and is noindex", async () => {
      const { token } = await (await share(owner)).json();
      const res = await site.app.request(`/zh/s/${token}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toContain(`<meta property="og:image" content="${BASE_URL}/s/${token}/card.png"/>`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
      expect(html).toContain('class="chart plane"');
      expect(html).toContain('href="/zh/test"');
      expect(html).not.toContain("safety-panel");
      expect(html).not.toContain("12338");
      expect(html).not.toContain("score-table");
    });

    it("serves a 1200×630 PNG card", async () => {
      const { token } = await (await share(owner)).json();
      const res = await site.app.request(`/s/${token}/card.png`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    });

    it("revokes a link: afterwards the page and the card are 404, and only the owner can revoke", async () => {
      const { token } = await (await share(owner)).json();
      expect((await site.app.request(`/api/shares/${token}`, { method: "DELETE", headers: SAME_ORIGIN })).status).toBe(404);
      const res = await site.app.request(`/api/shares/${token}`, { method: "DELETE", headers: { ...SAME_ORIGIN, cookie: owner } });
      expect(res.status).toBe(204);
      expect((await site.app.request(`/zh/s/${token}`)).status).toBe(404);
      expect((await site.app.request(`/s/${token}/card.png`)).status).toBe(404);
      expect((await site.app.request(`/api/shares/${token}`, { method: "DELETE", headers: { ...SAME_ORIGIN, cookie: owner } })).status).toBe(404);
    });

    it("cannot be guessed: random and malformed tokens are 404", async () => {
      for (const token of ["AAAAAAAAAAAAAAAAAAAAAA", "x", "../../etc", "%00"]) {
        expect((await site.app.request(`/en/s/${token}`)).status).toBe(404);
        expect((await site.app.request(`/s/${token}/card.png`)).status).toBe(404);
      }
    });

    it("works from the result page's forms: create shows the link once, revoke removes it", async () => {
      const created = await site.app.request(`/zh/results/${resultId}/shares`, {
        method: "POST",
        headers: { ...SAME_ORIGIN, cookie: owner, "content-type": "application/x-www-form-urlencoded" },
        body: "lang=en",
      });
      expect(created.status).toBe(200);
      const html = await created.text();
      const url = html.match(/id="new-share-url" class="share-url">([^<]+)</)?.[1] ?? "";
      expect(url).toMatch(new RegExp(`^${BASE_URL}/en/s/[A-Za-z0-9_-]{22}$`));
      const shareId = [...html.matchAll(/shares\/([A-Za-z0-9_-]{22})\/revoke/g)].map((m) => m[1]).at(-1);
      const revoked = await site.app.request(`/zh/results/${resultId}/shares/${shareId}/revoke`, {
        method: "POST",
        headers: { ...SAME_ORIGIN, cookie: owner },
      });
      expect(revoked.status).toBe(303);
      expect((await site.app.request(url.replace(BASE_URL, ""))).status).toBe(404);
    });
  });
}
