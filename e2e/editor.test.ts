/**
 * The editorial wiki in a real browser: a reader cannot reach it; an editor signs in, edits with
 * a live preview, saves, sees history, compares two revisions, restores one, creates and
 * publishes an article, and meets a conflict without losing text. axe on every editor page,
 * in English and Chinese.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, HAS_CHROMIUM, launchBrowser, type RunningSite, startSite } from "./harness.js";

const PASSWORD = "a long and gentle passphrase";

describe.skipIf(!HAS_CHROMIUM)("editing in a browser", () => {
  let site: RunningSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSite({
      editors: [
        { email: "editor@example.org", role: "editor", password: PASSWORD },
        { email: "admin@example.org", role: "admin", password: PASSWORD },
      ],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function signIn(page: Page, lang: "en" | "zh", email: string, from = `/${lang}/editor/`) {
    await page.goto(`${site.url}${from}`);
    await page.waitForURL(/\/signin\?next=/);
    await page.locator("#signin-email").fill(email);
    await page.locator("#signin-password").fill(PASSWORD);
    await page.locator(".stack-form button[type=submit]").click();
    await page.waitForURL((url) => url.pathname.startsWith(`/${lang}/editor`));
  }

  it("a reader is sent to sign in, in their language, and a wrong password gets one calm message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ["/zh/editor/", "/en/editor/articles/1/history"]) {
      await page.goto(`${site.url}${path}`);
      await page.waitForURL(/\/signin\?next=/);
    }
    await expectAccessible(page);
    await page.locator("#signin-email").fill("editor@example.org");
    await page.locator("#signin-password").fill("not the right one");
    await page.locator(".stack-form button[type=submit]").click();
    await expect(page.locator("#signin-error").textContent()).resolves.toContain("do not match");
    await expectAccessible(page);
    const api = await page.request.post(`${site.url}/api/editor/preview`, { headers: { origin: site.url }, form: { body: "x" } });
    expect(api.status()).toBe(401);
    await context.close();
  });

  it("edits in Chinese with a live preview, then sees history, a character diff, and restores", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "zh", "editor@example.org");
    await expectAccessible(page);
    await page.locator("select[name=lang]").selectOption("zh");
    await page.locator(".filter-form button").click();
    await page.locator(".editor-table tbody a").first().click();
    await page.waitForURL(/\/zh\/editor\/articles\/\d+$/);
    const articleUrl = page.url();
    await expectAccessible(page);

    const body = page.locator("#field-body");
    await body.press("End");
    await body.press("Control+End");
    await body.pressSequentially("\n\n## 新的小节\n\n先**深呼吸**三次。");
    await expect.poll(() => page.locator("#preview-output").innerHTML(), { timeout: 5000 }).toContain("<strong>深呼吸</strong>");
    const title = page.locator("#field-title");
    const oldTitle = await title.inputValue();
    await title.fill(`${oldTitle}（修订）`);
    await page.locator("button[name=intent][value=save]").click();
    await page.waitForURL(/notice=saved/);
    await expect(page.locator(".notice").textContent()).resolves.toBe("已保存。");

    await page.locator(".editor-links a").first().click();
    await page.waitForURL(/\/history$/);
    await expectAccessible(page);
    await page.locator(".history-form > button[type=submit]").click();
    await page.waitForURL(/\/diff\?/);
    await expect(page.locator('dd[data-field="title"] ins').textContent()).resolves.toBe("（修订）");
    await expect(page.locator(".diff-body ins").first().textContent()).resolves.toContain("深呼吸");
    await expectAccessible(page);

    await page.goto(`${articleUrl}/history`);
    const restoreButtons = page.locator("table button.link-button");
    await restoreButtons.last().click();
    await page.waitForURL(/\/history\?notice=restored/);
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("恢复了较早的版本");
    await page.goto(articleUrl);
    await expect(page.locator("#field-title").inputValue()).resolves.toBe(oldTitle);
    await context.close();
  });

  it("creates and publishes an English article; a second tab's stale save is a conflict that keeps its text", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "en", "editor@example.org", "/en/editor/articles/new");
    await expectAccessible(page);
    await page.locator("#field-title").fill("Coming back after a pause");
    await page.locator("#field-slug").fill("coming-back-after-a-pause");
    await page.locator("#field-series").selectOption("silent-treatment-and-repair");
    await page.locator("#field-installment").fill("77");
    await page.locator("#field-body").fill("## The return\n\nCome back when you said you would.");
    await page.locator("button[name=intent][value=save]").click();
    // A missing summary is fine; a missing installment would not be. The draft is saved.
    await page.waitForURL(/notice=created/);
    const editUrl = page.url().replace(/\?.*$/, "");
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    expect((await readerPage.goto(`${site.url}/en/articles/coming-back-after-a-pause`))?.status()).toBe(404);

    await page.locator(".editor-danger button").click();
    await page.waitForURL(/notice=published/);
    expect((await readerPage.goto(`${site.url}/en/articles/coming-back-after-a-pause`))?.status()).toBe(200);
    await expect(readerPage.locator("h1").textContent()).resolves.toBe("Coming back after a pause");

    const other = await context.newPage();
    await other.goto(editUrl);
    await page.goto(editUrl);
    await page.locator("#field-summary").fill("Saved first, in the first tab.");
    await page.locator("button[name=intent][value=save]").click();
    await page.waitForURL(/notice=saved/);
    await other.locator("#field-summary").fill("My words from the second tab.");
    await other.locator("button[name=intent][value=save]").click();
    await other.locator("#conflict").waitFor();
    await expect(other.locator("#field-summary").inputValue()).resolves.toBe("My words from the second tab.");
    await expectAccessible(other);
    await other.locator("button[name=intent][value=save]").click();
    await other.waitForURL(/notice=saved/);
    await expect(other.locator("#field-summary").inputValue()).resolves.toBe("My words from the second tab.");
    await reader.close();
    await context.close();
  });

  it("series, audit and (for admins) the legacy upload pages pass axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "zh", "admin@example.org");
    for (const path of ["/zh/editor/series", "/zh/editor/series/attachment-and-communication", "/en/editor/audit", "/zh/editor/import"]) {
      expect((await page.goto(`${site.url}${path}`))?.status()).toBe(200);
      await expectAccessible(page);
    }
    await page.locator("#field-pages").setInputFiles({
      name: "old-page.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        [
          "关系沟通百科",
          "冷静修复 - 5 - 慢一点说",
          "慢下来，对方才听得见…",
          "一、问题情境",
          "争吵时，我们说得太快。",
          "常见问题",
          "为什么要慢？",
          "因为紧张时听不进去。",
        ].join("\n"),
      ),
    });
    await page.locator(".editor-form button[type=submit]").click();
    await expect(page.locator("#report-heading + p").textContent()).resolves.toContain("新建 1 篇");
    await expectAccessible(page);
    await context.close();
  });

  it("editor pages keep their contrast in dark mode (axe)", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await signIn(page, "zh", "editor@example.org");
    await expectAccessible(page);
    await page.locator(".editor-table tbody a").first().click();
    await page.waitForURL(/\/zh\/editor\/articles\/\d+$/);
    await expectAccessible(page);
    const url = page.url();
    const title = page.locator("#field-title");
    await title.fill(`${await title.inputValue()}（夜间）`);
    await page.locator("button[name=intent][value=save]").click();
    await page.waitForURL(/notice=saved/);
    const revision = Number(/第 (\d+) 版/.exec((await page.locator(".editor-links").textContent()) ?? "")?.[1]);
    await page.goto(`${url}/diff?from=${revision - 1}&to=${revision}`);
    await page.locator(".diff ins").first().waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
