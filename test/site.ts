/**
 * Builds the full app over a test database for route tests (`app.request()`), with logs kept
 * in memory so tests can read them.
 */
import { Writable } from "node:stream";
import { createApp, createFetch } from "../src/app.js";
import type { AppDeps } from "../src/app-env.js";
import { PROJECT_ROOT } from "../src/config.js";
import type { Dialect } from "../src/db/index.js";
import { importDirectory } from "../src/features/articles/import.js";
import { createLogger } from "../src/platform/logger.js";
import { PageCache } from "../src/platform/page-cache.js";
import type { RateLimits } from "../src/platform/rate-limit.js";
import { buildAssets } from "../src/ui/assets.js";
import { createTestDb, type TestDb } from "./db.js";

export const BASE_URL = "https://wiki.example";
/** What a browser sends with a request from one of our own pages (app.request's origin). */
export const SAME_ORIGIN = { origin: "http://localhost" };
export const STARTER_CONTENT = `${PROJECT_ROOT}/content`;

export interface TestSite {
  app: ReturnType<typeof createApp>;
  /** What the server serves: the page cache's front door, then the app. */
  fetch: ReturnType<typeof createFetch>;
  db: TestDb;
  /** What the app was built from (for a Node server over the same site: createNodeServer). */
  deps: AppDeps;
  logs: string[];
}

export async function createTestSite(
  dialect: Dialect,
  options: {
    content?: string | false;
    sitemapPageSize?: number;
    rateLimits?: RateLimits;
    trustProxy?: boolean;
    safetyResources?: AppDeps["safetyResources"];
    metrics?: AppDeps["metrics"];
    /** The public-page cache, on by default as in production; false turns it off. */
    pageCache?: PageCache | false;
  } = {},
): Promise<TestSite> {
  const db = await createTestDb(dialect);
  if (options.content !== false) {
    const report = await importDirectory(db, options.content ?? STARTER_CONTENT);
    if (report.problems.length > 0) throw new Error(`content problems: ${JSON.stringify(report.problems)}`);
  }
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const deps: AppDeps = {
    db,
    config: { baseUrl: BASE_URL },
    logger: createLogger("info", sink),
    assets: buildAssets(),
    sitemapPageSize: options.sitemapPageSize,
    rateLimits: options.rateLimits ?? "off",
    trustProxy: options.trustProxy,
    safetyResources: options.safetyResources,
    metrics: options.metrics,
    pageCache: options.pageCache === false ? undefined : (options.pageCache ?? new PageCache(16 * 1024 * 1024)),
  };
  const app = createApp(deps);
  return { app, fetch: createFetch(deps, app), db, deps, logs };
}
