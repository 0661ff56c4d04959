import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, type TestSite } from "../../../test/site.js";

describe("safety page and quick exit", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite");
  });
  afterAll(() => site.db.destroy());

  it.each([
    ["en", "Safety and support", "1-800-799-7233"],
    ["zh", "安全与支持", "12338"],
  ])("the %s safety page lists help and explains quick exit", async (lang, title, number) => {
    const html = await (await site.app.request(`/${lang}/safety`)).text();
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(number);
    expect(html).toContain("data-quick-exit");
  });

  it("every page links the safety page; the test page has a quick exit, an article does not", async () => {
    const article = await (await site.app.request("/en/articles/the-pursue-withdraw-cycle")).text();
    expect(article).toContain('href="/en/safety"');
    expect(article).not.toContain("data-quick-exit");
    const test = await (await site.app.request("/zh/test")).text();
    expect(test).toContain('<a class="quick-exit" href="https://www.baidu.com/" rel="noreferrer" data-quick-exit');
    expect(test).toContain("快速离开本站");
  });
});

describe("operator-configured safety resources", () => {
  it("replace the defaults on the safety page and in flagged results", async () => {
    const { createTestSite: create } = await import("../../../test/site.js");
    const custom = await create("sqlite", {
      safetyResources: { en: [{ name: "City Safe Line", contact: "555-0100" }], zh: [{ name: "本市安全热线", contact: "555-0199" }] },
    });
    try {
      const en = await (await custom.app.request("/en/safety")).text();
      expect(en).toContain("City Safe Line");
      expect(en).not.toContain("1-800-799-7233");
      expect(await (await custom.app.request("/zh/safety")).text()).toContain("555-0199");
    } finally {
      await custom.db.destroy();
    }
  });

  it("are validated when loaded: a broken file stops the start, a good one is used", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { loadSafetyResources, SAFETY_RESOURCES } = await import("../assessment/safety-resources.js");
    const dir = mkdtempSync(join(tmpdir(), "wiki-safety-"));
    try {
      const good = join(dir, "good.json");
      writeFileSync(good, JSON.stringify({ en: [{ name: "A", contact: "1" }], zh: [{ name: "甲", contact: "2" }] }));
      expect(loadSafetyResources(good).zh[0]?.name).toBe("甲");
      const bad = join(dir, "bad.json");
      writeFileSync(bad, JSON.stringify({ en: [] }));
      expect(() => loadSafetyResources(bad)).toThrow(/Invalid SAFETY_RESOURCES_FILE/);
      expect(loadSafetyResources(undefined)).toBe(SAFETY_RESOURCES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
