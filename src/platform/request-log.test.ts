import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../test/site.js";
import { INSTRUMENT } from "../features/assessment/instrument.js";

describe("logs", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite");
  });
  afterAll(() => site.db.destroy());

  it("never contain answers, search words, tokens, ids from paths or cookies", async () => {
    const answers = Object.fromEntries(INSTRUMENT.items.map((i) => [i.id, 6]));
    const res = await site.app.request("/api/test/results", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lang: "en", answers, today: 7 }),
    });
    const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const { id } = await res.json();
    const { token } = await (
      await site.app.request(`/api/results/${id}/shares`, {
        method: "POST",
        headers: { ...SAME_ORIGIN, cookie, "content-type": "application/json" },
        body: "{}",
      })
    ).json();
    await site.app.request(`/en/s/${token}`);
    await site.app.request(`/api/search?q=${encodeURIComponent("my husband frightens me")}`);
    await site.app.request(`/zh/search?q=${encodeURIComponent("冷战 离婚")}`);
    await site.app.request(`/en/results/${id}/report`, { headers: { cookie } });
    const text = site.logs.join("\n");
    expect(site.logs.length).toBeGreaterThanOrEqual(6);
    for (const secret of [token, id, cookie.split("=")[1] ?? "@@", "frightens", "离婚", "冷战", INSTRUMENT.items[0]?.id ?? "@@", '"today"']) {
      expect(text, secret).not.toContain(secret);
    }
    const lines = site.logs.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.route)).toEqual(expect.arrayContaining(["/api/test/results", "/:lang{en|zh}/s/:token", "/api/search"]));
    expect(lines.every((l) => typeof l.status === "number" && typeof l.ms === "number")).toBe(true);
  });
});
