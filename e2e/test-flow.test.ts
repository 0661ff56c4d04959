/**
 * Taking the communication-pattern test in a real browser, in English and Chinese: by keyboard
 * alone (Tab, then keys 1–7 answer and move on), reloading mid-way and resuming where one left off,
 * and arriving at the result; the test and result pages pass axe.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, HAS_CHROMIUM, launchBrowser, type RunningSite, startSite } from "./harness.js";

describe.skipIf(!HAS_CHROMIUM)("taking the test in a browser", () => {
  let site: RunningSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Answers every item of the visible group by keyboard, then presses the focused Next button. */
  async function answerGroup(page: Page, key: string): Promise<void> {
    const group = page.locator(".item-group:not(.is-hidden)");
    const count = await group.locator("fieldset.item").count();
    await group.locator("fieldset.item input[type=radio]").first().focus();
    for (let i = 0; i < count; i++) await page.keyboard.press(key);
  }

  for (const { lang, result, progress } of [
    { lang: "en", result: "Your result", progress: /12 of 48 answered/ },
    { lang: "zh", result: "你的结果", progress: /已回答 12 \/ 48/ },
  ] as const) {
    it(`${lang}: keyboard only, resume after reload, then the result`, async () => {
      const context = await browser.newContext();
      const foreign: string[] = [];
      context.on("request", (r) => {
        if (!r.url().startsWith(site.url) && !r.url().startsWith("data:")) foreign.push(r.url());
      });
      const page = await context.newPage();
      await page.goto(`${site.url}/${lang}/test/about`);
      await expectAccessible(page);
      await page.goto(`${site.url}/${lang}/test`);
      await expectAccessible(page);
      await expect(page.locator(".item-group:not(.is-hidden)").count()).resolves.toBe(1);
      await answerGroup(page, "5");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-nav"))).resolves.toBe("next");
      await page.keyboard.press("Enter");
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
      await answerGroup(page, "3");
      await expect(page.locator("#test-progress-text").textContent()).resolves.toMatch(progress);

      await page.reload();
      await expect(page.locator("#test-progress-text").textContent()).resolves.toMatch(progress);
      await expect(page.locator(".item-group:not(.is-hidden)").getAttribute("data-group")).resolves.toBe("2");
      await page.locator("[data-nav=back]").click();
      await expect(page.locator(".item-group:not(.is-hidden) input[value='3']:checked").count()).resolves.toBe(6);
      await page.locator("[data-nav=next]").click();

      for (let g = 2; g < 8; g++) {
        await answerGroup(page, g % 2 ? "2" : "4");
        await page.keyboard.press("Enter");
      }
      // The last group is the "today" question: a key picks it, then focus is on the submit button.
      await answerGroup(page, "4");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe("submit");
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`/${lang}/results/`));
      await expect(page.locator("h1").textContent()).resolves.toBe(result);
      await expect(page.locator("svg.plane").isVisible()).resolves.toBe(true);
      await expectAccessible(page);

      // Share it, open the link in a fresh browser, check the card, then revoke it.
      await page.locator(".share-form button[type=submit]").click();
      const shareUrl = ((await page.locator("#new-share-url").textContent()) ?? "").trim();
      expect(shareUrl).toMatch(new RegExp(`/${lang}/s/[A-Za-z0-9_-]{22}$`));
      await expectAccessible(page);
      const visitor = await browser.newContext();
      const shared = await visitor.newPage();
      const opened = await shared.goto(shareUrl.replace(/^https?:\/\/[^/]+/, site.url));
      expect(opened?.status()).toBe(200);
      await expect(shared.locator("h1").textContent()).resolves.toBeTruthy();
      await expectAccessible(shared);
      const card = await shared.request.get(`${site.url}/s/${shareUrl.split("/").at(-1)}/card.png`);
      const png = Buffer.from(await card.body());
      expect([card.headers()["content-type"], png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(["image/png", 1200, 630]);
      await page.locator(".share-list button[type=submit]").first().click();
      await page.waitForURL(new RegExp(`/${lang}/results/[^/#]+#share-heading$`));
      expect((await shared.reload())?.status()).toBe(404);
      await visitor.close();
      await context.close();
      expect(foreign).toEqual([]);
    });
  }

  it("the test and result pages fit a phone screen", async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await phone.newPage();
    for (const lang of ["en", "zh"]) {
      await page.goto(`${site.url}/${lang}/test`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    const items = (await (await page.request.get(`${site.url}/api/test/instrument?lang=zh`)).json()).items as { id: string }[];
    const res = await page.request.post(`${site.url}/api/test/results`, {
      data: { lang: "zh", answers: Object.fromEntries(items.map((i) => [i.id, 5])), today: 6 },
    });
    await page.goto(site.url + (await res.json()).url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it("a result link opened in another browser is not found", async () => {
    const owner = await browser.newContext();
    const page = await owner.newPage();
    const res = await page.request.post(`${site.url}/api/test/results`, {
      data: {
        lang: "en",
        answers: Object.fromEntries(
          (await (await page.request.get(`${site.url}/api/test/instrument?lang=en`)).json()).items.map((i: { id: string }) => [i.id, 4]),
        ),
        today: 5,
      },
    });
    const { url } = await res.json();
    await page.goto(site.url + url);
    await expect(page.locator("h1").textContent()).resolves.toBe("Your result");
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    expect((await other.goto(site.url + url))?.status()).toBe(404);
    await owner.close();
    await stranger.close();
  });
});
