/**
 * Browser-test harness: a real HTTP server over a fresh SQLite database with the starter content,
 * and Debian's Chromium driven by playwright-core. Without Chromium the browser tests are skipped
 * loudly — except under CI=true, where that is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { loadConfig } from "../src/config.js";
import type { Role } from "../src/db/schema.js";
import { importDirectory } from "../src/features/articles/import.js";
import { addUser } from "../src/features/auth/users.js";
import { createLogger } from "../src/platform/logger.js";
import { createSite } from "../src/server.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}, and CI=true forbids skipping the browser tests.`);
  console.warn(
    `\n${"!".repeat(78)}\n!! Chromium not found at ${CHROMIUM}: SKIPPING the browser tests (apt-get install chromium)\n${"!".repeat(78)}\n`,
  );
}

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export async function startSite(
  options: { extraContent?: string; editors?: { email: string; role: Role; password: string }[] } = {},
): Promise<RunningSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "wiki-e2e-"));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "silent" });
  const { server, db } = await createSite(config, createLogger("silent"));
  if (options.extraContent) {
    const report = await importDirectory(db, options.extraContent);
    if (report.problems.length) throw new Error(JSON.stringify(report.problems));
  }
  for (const editor of options.editors ?? []) await addUser(db, editor);
  // The same server `npm start` runs: Node's HTTP server with the page cache's front doors.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's keep-alive connections would hold close() open
      });
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** axe finds no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `${page.url()}`).toEqual([]);
}
