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
