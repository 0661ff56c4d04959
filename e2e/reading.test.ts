/**
 * Reading flows in a real browser, in English and Chinese: open an article, use the table of
 * contents, copy a line by keyboard, open an FAQ entry, switch language; pages pass axe, make no
 * third-party request, do not shift layout, and read fine without JavaScript.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, HAS_CHROMIUM, launchBrowser, type RunningSite, startSite } from "./harness.js";

const LANGS = [
  { lang: "en", other: "zh", copied: "Copied", faqHeading: "Frequently asked questions", notFound: "Page not found" },
  { lang: "zh", other: "en", copied: "已复制", faqHeading: "常见问题", notFound: "找不到页面" },
] as const;
const SLUG = "the-pursue-withdraw-cycle";

describe.skipIf(!HAS_CHROMIUM)("reading the wiki in a browser", () => {
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  const foreignRequests: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
    context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    context.on("request", (request) => {
      if (!request.url().startsWith(site.url) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
    });
    // Chromium reports every script or style its Content-Security-Policy refused on the console.
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(`${message.location().url}: ${message.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const { lang, other, copied, faqHeading, notFound } of LANGS) {
    describe(lang, () => {
      it("opens an article from the home page and uses the table of contents", async () => {
        const page = await context.newPage();
        await page.goto(`${site.url}/${lang}/`);
        await page.locator(`a[href="/${lang}/articles/${SLUG}"]`).first().click();
        await page.waitForURL(`**/${lang}/articles/${SLUG}`);
        await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
        const tocLink = page.locator(".toc a").nth(1);
        const href = (await tocLink.getAttribute("href")) ?? "";
        await tocLink.click();
        await page.waitForFunction((h) => decodeURIComponent(location.hash) === h, href);
        const target = page.locator(`[id="${href.slice(1)}"]`);
        await expect(target.isVisible()).resolves.toBe(true);
        const box = await target.boundingBox();
        expect(box && box.y >= 0 && box.y < 200, `heading near the top, got ${box?.y}`).toBe(true);
        await page.close();
      });

      it("copies a ready-to-copy line by keyboard and says so", async () => {
        const page = await context.newPage();
        await page.goto(`${site.url}/${lang}/articles/${SLUG}`);
        const quote = (await page.locator("#quote-1").textContent())?.trim();
        const button = page.locator('button[data-copy="quote-1"]');
        await button.focus();
        await page.keyboard.press("Enter");
        await expect.poll(() => page.locator("#copy-status").textContent()).toBe(copied);
        await expect(button.textContent()).resolves.toContain(copied);
        await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(quote);
        await page.close();
      });

      it("opens an FAQ entry with the keyboard", async () => {
        const page = await context.newPage();
        await page.goto(`${site.url}/${lang}/articles/${SLUG}`);
        await expect(page.locator("#faq-heading").textContent()).resolves.toBe(faqHeading);
        const details = page.locator(".faq details").first();
        await expect(details.getAttribute("open")).resolves.toBeNull();
        await details.locator("summary").focus();
        await page.keyboard.press("Enter");
        await expect(details.getAttribute("open")).resolves.toBe("");
        await expect(details.locator("div").isVisible()).resolves.toBe(true);
        await page.close();
      });

      it("switches language and remembers the choice for /", async () => {
        const page = await context.newPage();
        await page.goto(`${site.url}/${lang}/articles/${SLUG}`);
        await page.locator("a.lang-switch").click();
        await page.waitForURL(`**/${other}/articles/${SLUG}`);
        await page.goto(`${site.url}/`);
        await expect(page.url()).toBe(`${site.url}/${other}/`);
        await page.close();
      });

      it("does not shift layout while loading an article", async () => {
        const page = await context.newPage();
        await page.addInitScript(() => {
          (window as unknown as { cls: number }).cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(`${site.url}/${lang}/articles/${SLUG}`, { waitUntil: "load" });
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
        await page.close();
      });

      it("pages pass axe: home, series index, series, article, 404", async () => {
        const page = await context.newPage();
        for (const path of [
          `/${lang}/`,
          `/${lang}/series/`,
          `/${lang}/series/silent-treatment-and-repair`,
          `/${lang}/articles/${SLUG}`,
          `/${lang}/safety`,
          `/${lang}/privacy`,
          `/${lang}/my-data`,
        ]) {
          const res = await page.goto(site.url + path);
          expect(res?.status(), path).toBe(200);
          await expectAccessible(page);
        }
        const missing = await page.goto(`${site.url}/${lang}/articles/nothing-here`);
        expect(missing?.status()).toBe(404);
        await expect(page.locator("h1").textContent()).resolves.toBe(notFound);
        await expectAccessible(page);
        await page.close();
      });
    });
  }

  it("reads fine without JavaScript: text present, copy buttons hidden, FAQ still opens", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/zh/articles/${SLUG}`);
    await expect(page.locator("#quote-1").isVisible()).resolves.toBe(true);
    await expect(page.locator('button[data-copy="quote-1"]').isVisible()).resolves.toBe(false);
    await page.locator(".faq summary").first().click();
    await expect(page.locator(".faq details").first().getAttribute("open")).resolves.toBe("");
    await noJs.close();
  });

  it("dark mode keeps contrast (axe on article and home, both languages)", async () => {
    const dark = await browser.newContext({ colorScheme: "dark" });
    const page = await dark.newPage();
    for (const path of [`/en/articles/${SLUG}`, `/zh/articles/${SLUG}`, "/en/", "/zh/"]) {
      await page.goto(site.url + path);
      await expectAccessible(page);
    }
    await dark.close();
  });

  it("fits a phone screen: no sideways scrolling on home, series and article pages", async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    for (const path of ["/en/", "/zh/", "/zh/series/", `/en/articles/${SLUG}`, `/zh/articles/${SLUG}`]) {
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it("made no request to another origin", () => {
    expect(foreignRequests).toEqual([]);
  });

  // Repeat views come from the page cache's front door, whose policy has no nonce: its script
  // must still run (the copy and FAQ tests above use it), and nothing may be refused.
  it("ran every page's script within its Content-Security-Policy", () => {
    expect(policyViolations).toEqual([]);
  });
});
