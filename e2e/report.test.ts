/**
 * From the result to the report and its PDF, in English and Chinese; axe on the report.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, HAS_CHROMIUM, launchBrowser, type RunningSite, startSite } from "./harness.js";

describe.skipIf(!HAS_CHROMIUM)("the action report in a browser", () => {
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

  for (const { lang, heading } of [
    { lang: "en", heading: "Your 40-day plan" },
    { lang: "zh", heading: "你的四十天计划" },
  ] as const) {
    it(`${lang}: result → report → PDF download`, async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const items = (await (await page.request.get(`${site.url}/api/test/instrument?lang=${lang}`)).json()).items as {
        id: string;
        reversed: boolean;
      }[];
      const res = await page.request.post(`${site.url}/api/test/results`, {
        data: { lang, answers: Object.fromEntries(items.map((i) => [i.id, i.reversed ? 3 : 5])), today: 4 },
      });
      await page.goto(site.url + (await res.json()).url);
      await page.locator(`a[href$="/report"]`).click();
      await page.waitForURL(/\/report$/);
      await expect(page.locator("h1").textContent()).resolves.toBe(heading);
      expect(await page.locator(".stage").count()).toBe(6);
      await expectAccessible(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href$="report.pdf"]').click()]);
      const path = await download.path();
      const { readFileSync } = await import("node:fs");
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.length).toBeLessThan(1024 * 1024);
      // Print: navigation is gone.
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
      await context.close();
    });
  }
});
