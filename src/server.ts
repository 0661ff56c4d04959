/**
 * Assembling the running site from configuration: open the database, migrate, load starter
 * content into an empty database, build assets, and create the app. Shared by `main` and tests.
 */

import type { Server } from "node:http";
import type { Hono } from "hono";
import { createApp, createFetch, createNodeServer } from "./app.js";
import type { AppDeps, AppEnv } from "./app-env.js";
import type { Config } from "./config.js";
import { type Db, openDatabase, sqliteFileIn } from "./db/index.js";
import { migrateToLatest } from "./db/migrate.js";
import { importDirectory } from "./features/articles/import.js";
import { countArticles } from "./features/articles/repo.js";
import { loadSafetyResources } from "./features/assessment/safety-resources.js";
import type { Logger } from "./platform/logger.js";
import { createMetrics } from "./platform/metrics.js";
import { PageCache } from "./platform/page-cache.js";
import { DEFAULT_RATE_LIMITS } from "./platform/rate-limit.js";
import { loadAssets } from "./ui/assets.js";

export interface Site {
  app: Hono<AppEnv>;
  /** What to serve: the page cache's front door, then the app (see createFetch). */
  fetch: ReturnType<typeof createFetch>;
  /** Node's HTTP server for it (not listening yet), with the socket front door unless configured off. */
  server: Server;
  db: Db;
}

export async function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir"> & Partial<Pick<Config, "databaseReadOnlyUrl" | "databasePoolSize">>,
  onQuery?: (ms: number) => void,
): Promise<Db> {
  const target = config.databaseUrl
    ? { databaseUrl: config.databaseUrl, readOnlyUrl: config.databaseReadOnlyUrl, poolSize: config.databasePoolSize }
    : { sqlitePath: sqliteFileIn(config.dataDir) };
  const db = openDatabase({ ...target, onQuery });
  await migrateToLatest(db);
  return db;
}

/** Loads the starter content when the database has no articles yet (first start). */
export async function ensureStarterContent(db: Db, contentDir: string, logger: Logger): Promise<void> {
  if ((await countArticles(db)) > 0) return;
  const report = await importDirectory(db, contentDir);
  logger.info({ created: report.created, problems: report.problems.length }, "starter content loaded");
  for (const p of report.problems) logger.warn(p, "starter content problem");
}

export async function createSite(config: Config, logger: Logger, db?: Db): Promise<Site> {
  const metrics = createMetrics();
  const database = db ?? (await openConfiguredDatabase(config, (ms) => metrics.dbDuration.observe(ms / 1000)));
  await ensureStarterContent(database, config.contentDir, logger);
  const deps: AppDeps = {
    db: database,
    config,
    logger,
    assets: loadAssets(),
    rateLimits: config.rateLimits ? DEFAULT_RATE_LIMITS : "off",
    trustProxy: config.trustProxy,
    safetyResources: loadSafetyResources(config.safetyResourcesFile),
    metrics,
    pageCache: config.pageCacheBytes > 0 ? new PageCache(config.pageCacheBytes) : undefined,
  };
  const app = createApp(deps);
  const fetch = createFetch(deps, app);
  return { app, fetch, server: createNodeServer(deps, fetch, { socketFrontDoor: config.socketFrontDoor }), db: database };
}
