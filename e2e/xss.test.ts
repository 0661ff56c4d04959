/**
 * An XSS corpus (script tags, event handlers, javascript: and data: URLs, SVG, broken markup,
 * Unicode tricks) through article Markdown and every front-matter field, search queries and the
 * test form. In a real browser: nothing executes and no injected element appears.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, launchBrowser, type RunningSite, startSite } from "./harness.js";

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1><circle/></svg>",
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  "<<script>script>window.__xss=1<</script>/script>",
  '<a href="javascript:window.__xss=1">x</a>',
  "＜script＞window.__xss=1＜/script＞",
  "<scr\u0000ipt>window.__xss=1</script>",
  "\u202e<script>window.__xss=1</script>",
  "<math><mtext></p><script>window.__xss=1</script>",
  "</title><script>window.__xss=1</script>",
  "</script><script>window.__xss=1</script>",
];
const LINKS = ["javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "JaVaScRiPt:window.__xss=1", "vbscript:msgbox(1)"];

/** Injected markup would show up as one of these. (Cached pages' one script loader is ours.) */
const INJECTED =
  'img[src="x"], iframe, svg[onload], a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i], script:not([src]):not([type="application/ld+json"]):not([data-bootstrap]), script[data-bootstrap]:not(:first-of-type)';

describe.skipIf(!HAS_CHROMIUM)("XSS corpus", () => {
  let site: RunningSite;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "wiki-xss-"));

  beforeAll(async () => {
    const quote = (s: string) => JSON.stringify(s);
    const body = [
      `## Heading ${PAYLOADS[0]}`,
      ...PAYLOADS.map((p) => `Paragraph ${p} end.`),
      ...LINKS.map((l, i) => `[link ${i}](${l}) and <${l}>`),
      `![img](${LINKS[0]})`,
      "```html\n<script>window.__xss=1</script>\n```",
    ].join("\n\n");
    const fm = [
      "---",
      `title: ${quote(`Payload title ${PAYLOADS[3]}`)}`,
      "slug: xss-corpus",
      "lang: en",
      "series: attachment-and-communication",
      "installment: 99",
      "published: 2026-12-01",
      `summary: ${quote(`Summary ${PAYLOADS[1]} ${PAYLOADS[12]}`)}`,
      `tags: [${quote(PAYLOADS[2] ?? "")}, ${quote("anxious-attachment")}]`,
      "quotes:",
      ...PAYLOADS.slice(0, 4).map((p) => `  - ${quote(`Quote ${p}`)}`),
      "faq:",
      `  - q: ${quote(`Question ${PAYLOADS[4]}?`)}`,
      `    a: ${quote(`Answer ${PAYLOADS[5]} [x](${LINKS[1]})`)}`,
      "---",
      "",
      body,
    ].join("\n");
    writeFileSync(join(dir, "xss.md"), fm);
    site = await startSite({ extraContent: dir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function expectInert(page: Page, path: string): Promise<void> {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const res = await page.goto(site.url + path);
    expect(res?.status(), path).toBeLessThan(500);
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    expect(await page.locator(INJECTED).count(), path).toBe(0);
    expect(dialogs, path).toEqual([]);
  }

  it("article, series, home, search results and feed stay inert", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of [
      "/en/articles/xss-corpus",
      "/en/series/attachment-and-communication",
      "/en/",
      "/en/search?q=payload",
      "/en/search?q=Question",
    ]) {
      await expectInert(page, path);
    }
    // The text is still there, shown as text.
    await page.goto(`${site.url}/en/articles/xss-corpus`);
    await expect(page.locator("h1").textContent()).resolves.toContain("<script>");
    await context.close();
  });

  it("search queries stay inert on the page and in live results", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const payload of PAYLOADS) await expectInert(page, `/zh/search?q=${encodeURIComponent(payload)}`);
    await page.goto(`${site.url}/en/`);
    await page.locator("#site-search").fill(PAYLOADS[1] ?? "");
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator(INJECTED).count()).toBe(0);
    await context.close();
  });

  it("test answers cannot carry markup: a hostile form post re-renders inert", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/en/test`);
    // Post a hostile form from the page itself (same origin), as a browser would.
    const posted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/en/test"));
    await page.evaluate((payloads) => {
      const form = document.querySelector("form#test-form") as HTMLFormElement;
      for (const p of payloads) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = `a_${p}`;
        input.value = p;
        form.append(input);
      }
      form.submit();
    }, PAYLOADS);
    expect((await posted).status()).toBe(400);
    await page.waitForLoadState("load");
    await page.locator("#test-errors").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator(INJECTED).count()).toBe(0);
    await context.close();
  });
});
