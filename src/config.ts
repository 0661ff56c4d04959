/**
 * The one configuration object, read from the environment once and validated.
 * Every setting is documented here and in the README's configuration table.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The project root, whether we run from src/ (tsx) or dist/ (the esbuild bundle). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Where the embedded SQLite database lives (`DATA_DIR/wiki.db`). */
  DATA_DIR: z.string().min(1).default("./data"),
  /** `postgres://…` switches to PostgreSQL; empty means embedded SQLite. */
  DATABASE_URL: z.string().optional(),
  /** Absolute origin for canonical links, sitemap, feeds and share cards. */
  BASE_URL: z.url().optional(),
  /** Starter content, loaded on first start when the database has no articles. */
  CONTENT_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, "content")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** A JSON file of safety resources per language, replacing the built-in ones. */
  SAFETY_RESOURCES_FILE: z.string().optional(),
  /** "off" disables rate limits (for benchmarks). */
  RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  /** PostgreSQL: connections per pool (each process has one pool, plus one for the replica). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** PostgreSQL: a read-only replica for public pages (articles, series, search, feeds). */
  DATABASE_READ_ONLY_URL: z.string().optional(),
  /** Processes serving the port (Node cluster); 1 runs a single process. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Memory for cached public pages (with their gzip and brotli copies), in MiB; 0 turns it off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
  /**
   * "off" leaves every request to Node's HTTP server; "on" answers cached public pages on the
   * connection first (src/platform/socket-front-door.ts; 1.7–2.0 × the cached pages a second; needs the page cache).
   */
  SOCKET_FRONT_DOOR: z.enum(["on", "off"]).default("on"),
  /** "true" when behind a load balancer that sets X-Forwarded-For. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseReadOnlyUrl: string | undefined;
  databasePoolSize: number;
  baseUrl: string;
  contentDir: string;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  rateLimits: boolean;
  trustProxy: boolean;
  pageCacheBytes: number;
  socketFrontDoor: boolean;
  workers: number;
  safetyResourcesFile: string | undefined;
};

/**
 * Reads and validates the environment.
 * @example loadConfig({ PORT: "8080" }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL?.startsWith("postgres") ? e.DATABASE_URL : undefined;
  if (e.DATABASE_URL && !databaseUrl) throw new Error("Invalid configuration: DATABASE_URL must start with postgres://");
  if (e.DATABASE_READ_ONLY_URL && !(databaseUrl && e.DATABASE_READ_ONLY_URL.startsWith("postgres"))) {
    throw new Error("Invalid configuration: DATABASE_READ_ONLY_URL needs a postgres:// DATABASE_URL and must start with postgres://");
  }
  const displayHost = e.HOST.includes(":") ? `[${e.HOST}]` : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl,
    databaseReadOnlyUrl: e.DATABASE_READ_ONLY_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    baseUrl: (e.BASE_URL ?? `http://${displayHost}:${e.PORT}`).replace(/\/+$/, ""),
    contentDir: resolve(e.CONTENT_DIR),
    logLevel: e.LOG_LEVEL,
    rateLimits: e.RATE_LIMITS === "on",
    trustProxy: e.TRUST_PROXY === "true",
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    socketFrontDoor: e.SOCKET_FRONT_DOOR === "on",
    workers: e.WORKERS,
    safetyResourcesFile: e.SAFETY_RESOURCES_FILE ? resolve(e.SAFETY_RESOURCES_FILE) : undefined,
  };
}
