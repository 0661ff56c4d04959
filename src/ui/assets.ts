/**
 * Static assets: the stylesheet and the client island, bundled and minified by esbuild when the
 * server starts (tens of milliseconds), fingerprinted by content hash, kept in memory with
 * precompressed gzip and brotli bodies, and served `immutable`.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { PROJECT_ROOT } from "../config.js";

export interface Asset {
  /** URL path, e.g. /assets/site.3fa1c2d4.css */
  url: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** An inline script that loads the island; allowed by its hash, so cached pages need no nonce. */
export interface Bootstrap {
  code: string;
  /** For the CSP: 'sha256-…' of `code`. */
  cspHash: string;
}

export interface Assets {
  css: Asset;
  js: Asset;
  bootstrap: Bootstrap;
  /** The editor's island, loaded only on editor pages (readers never download it). */
  editorJs: Asset;
  byUrl: Map<string, Asset>;
}

const UI_DIR = join(PROJECT_ROOT, "src", "ui");

function bundle(entry: string, loader: "css" | "ts"): Buffer {
  const result = buildSync({
    entryPoints: [join(UI_DIR, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: loader === "ts" ? "esm" : undefined,
    target: loader === "ts" ? ["es2020"] : ["chrome100", "firefox100", "safari15"],
    legalComments: "none",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return Buffer.from(file.contents);
}

function asset(name: string, ext: string, contentType: string, body: Buffer): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return {
    url: `/assets/${name}.${hash}.${ext}`,
    contentType,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

let cached: Assets | undefined;

/** Builds once per process. @example buildAssets().css.url // "/assets/site.1a2b3c4d5e.css" */
export function buildAssets(): Assets {
  if (cached) return cached;
  const css = asset("site", "css", "text/css; charset=utf-8", bundle("styles.css", "css"));
  const js = asset("site", "js", "text/javascript; charset=utf-8", bundle("islands/site.ts", "ts"));
  const editorJs = asset("editor", "js", "text/javascript; charset=utf-8", bundle("islands/editor.ts", "ts"));
  // A script element created by a trusted script is allowed under 'strict-dynamic'.
  const code = `document.head.append(Object.assign(document.createElement("script"),{type:"module",src:${JSON.stringify(js.url)}}))`;
  const bootstrap = { code, cspHash: `'sha256-${createHash("sha256").update(code).digest("base64")}'` };
  cached = { css, js, editorJs, bootstrap, byUrl: new Map([css, js, editorJs].map((a) => [a.url, a])) };
  return cached;
}
