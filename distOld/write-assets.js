// src/ui/assets.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// src/config.ts
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
var PROJECT_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
var Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3e3),
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
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(64),
  /**
   * "off" leaves every request to Node's HTTP server; "on" answers cached public pages on the
   * connection first (src/platform/socket-front-door.ts; about 1.5 × the pages a second).
   */
  SOCKET_FRONT_DOOR: z.enum(["on", "off"]).default("on"),
  /** "true" when behind a load balancer that sets X-Forwarded-For. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false")
});

// src/ui/assets.ts
var UI_DIR = join(PROJECT_ROOT, "src", "ui");
var esbuild = () => createRequire(import.meta.url)("esbuild");
function bundle(entry, loader) {
  const result = esbuild().buildSync({
    entryPoints: [join(UI_DIR, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: loader === "ts" ? "esm" : void 0,
    target: loader === "ts" ? ["es2020"] : ["chrome100", "firefox100", "safari15"],
    legalComments: "none"
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return Buffer.from(file.contents);
}
function asset(name, ext, contentType, body) {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return {
    url: `/assets/${name}.${hash}.${ext}`,
    contentType,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
  };
}
var cached;
function buildAssets() {
  if (cached) return cached;
  const css = asset("site", "css", "text/css; charset=utf-8", bundle("styles.css", "css"));
  const js = asset("site", "js", "text/javascript; charset=utf-8", bundle("islands/site.ts", "ts"));
  const editorJs = asset("editor", "js", "text/javascript; charset=utf-8", bundle("islands/editor.ts", "ts"));
  const code = `document.head.append(Object.assign(document.createElement("script"),{type:"module",src:${JSON.stringify(js.url)}}))`;
  const bootstrap = { code, cspHash: `'sha256-${createHash("sha256").update(code).digest("base64")}'` };
  cached = { css, js, editorJs, bootstrap, byUrl: new Map([css, js, editorJs].map((a) => [a.url, a])) };
  return cached;
}
var BUILT_ASSETS_DIR = join(PROJECT_ROOT, "dist", "assets");
function writeAssets(assets, target) {
  const dir = `${target}.tmp-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = (a) => {
    const file = a.url.slice("/assets/".length);
    writeFileSync(join(dir, file), a.body);
    writeFileSync(join(dir, `${file}.gz`), a.gzip);
    writeFileSync(join(dir, `${file}.br`), a.brotli);
    return { file, url: a.url, contentType: a.contentType };
  };
  const manifest = { css: entry(assets.css), js: entry(assets.js), editorJs: entry(assets.editorJs), bootstrap: assets.bootstrap };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}
`);
  rmSync(target, { recursive: true, force: true });
  renameSync(dir, target);
}

// src/ui/write-assets.ts
writeAssets(buildAssets(), BUILT_ASSETS_DIR);
//# sourceMappingURL=write-assets.js.map
