import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../../test/site.js";
import { INSTRUMENT } from "../assessment/instrument.js";

const answers = Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, i.scale === "safety" ? 1 : 4]));

for (const dialect of DIALECTS) {
  describe(`my data: export and delete (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(() => site.db.destroy());

    /** A new owner with one result and one share link. */
    async function owner() {
      const res = await site.app.request("/api/test/results", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lang: "en", answers, today: 6 }),
      });
      const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
      const { id, url } = await res.json();
      const share = await (
        await site.app.request(`/api/results/${id}/shares`, {
          method: "POST",
          headers: { ...SAME_ORIGIN, cookie, "content-type": "application/json" },
          body: "{}",
        })
      ).json();
      return { cookie, id, url, token: share.token as string };
    }

    it("exports everything held for this browser, and nothing of anyone else's", async () => {
      const me = await owner();
      const other = await owner();
      const data = await (await site.app.request("/api/my-data", { headers: { cookie: me.cookie } })).json();
      expect(data.results).toHaveLength(1);
      expect(data.results[0]).toMatchObject({
        id: me.id,
        lang: "en",
        today: 6,
        answers: expect.objectContaining({ [INSTRUMENT.items[0]?.id ?? ""]: 4 }),
      });
      expect(data.results[0].shares).toHaveLength(1);
      expect(JSON.stringify(data)).not.toContain(other.id);
      expect(JSON.stringify(data)).not.toContain(me.token);
      expect((await (await site.app.request("/api/my-data")).json()).results).toEqual([]);
    });

    it("DELETE /api/my-data removes results and answers, revokes share links and clears the cookie", async () => {
      const me = await owner();
      const other = await owner();
      const res = await site.app.request("/api/my-data", { method: "DELETE", headers: { ...SAME_ORIGIN, cookie: me.cookie } });
      expect(res.status).toBe(204);
      expect(res.headers.get("set-cookie")).toMatch(/^owner=;.*Max-Age=0/);
      expect((await site.app.request(me.url, { headers: { cookie: me.cookie } })).status).toBe(404);
      expect((await site.app.request(`/en/s/${me.token}`)).status).toBe(404);
      expect((await site.app.request(`/s/${me.token}/card.png`)).status).toBe(404);
      const left = await site.db.kysely.selectFrom("test_result").select("id").where("id", "=", me.id).execute();
      expect(left).toEqual([]);
      expect((await site.app.request(other.url, { headers: { cookie: other.cookie } })).status).toBe(200);
    });

    it("the page asks for confirmation before deleting, in the reader's language", async () => {
      const me = await owner();
      const page = await (await site.app.request("/zh/my-data", { headers: { cookie: me.cookie } })).text();
      expect(page).toContain("我的数据");
      expect(page).toContain(`/zh/results/${me.id}`);
      const post = (body: string) =>
        site.app.request("/zh/my-data/delete", {
          method: "POST",
          body,
          headers: { ...SAME_ORIGIN, cookie: me.cookie, "content-type": "application/x-www-form-urlencoded" },
        });
      const refused = await post("");
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain("请勾选确认框");
      expect((await site.app.request(me.url, { headers: { cookie: me.cookie } })).status).toBe(200);
      const done = await post("confirm=yes");
      expect(done.status).toBe(200);
      expect(await done.text()).toContain("你的数据已删除");
      expect((await site.app.request(me.url, { headers: { cookie: me.cookie } })).status).toBe(404);
    });

    it("the privacy page says what is stored, for how long and who sees it", async () => {
      const html = await (await site.app.request("/en/privacy")).text();
      expect(html).toContain("no analytics");
      expect(html).toContain('href="/en/my-data"');
    });
  });
}
