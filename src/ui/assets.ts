/**
 * Static assets: the stylesheet and the client islands, bundled and minified by esbuild,
 * fingerprinted by content hash, kept in memory with precompressed gzip and brotli bodies, and
 * served `immutable`. `npm run build` writes them to dist/assets/ and the built server reads
 * them from there (no esbuild at run time: its helper thread and process would cost every
 * server process ~30 MB); run from src/ (tests, `npm run dev`), they are built in memory.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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

/** esbuild, loaded only when assets are built (never by the built server: ~14 MB). */
const esbuild = () => createRequire(import.meta.url)("esbuild") as typeof import("esbuild");

function bundle(entry: string, loader: "css" | "ts"): Buffer {
  const result = esbuild().buildSync({
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

/** Where `npm run build` puts the assets. */
export const BUILT_ASSETS_DIR = join(PROJECT_ROOT, "dist", "assets");

interface Manifest {
  css: ManifestEntry;
  js: ManifestEntry;
  editorJs: ManifestEntry;
  bootstrap: Bootstrap;
}
type ManifestEntry = { file: string; url: string; contentType: string };

/**
 * Writes assets as files (each with its .gz and .br) and a manifest.json naming them: into a
 * fresh folder beside `dir`, renamed into place at the end, so a reader never sees half of them.
 */
export function writeAssets(assets: Assets, target: string): void {
  const dir = `${target}.tmp-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = (a: Asset): ManifestEntry => {
    const file = a.url.slice("/assets/".length);
    writeFileSync(join(dir, file), a.body);
    writeFileSync(join(dir, `${file}.gz`), a.gzip);
    writeFileSync(join(dir, `${file}.br`), a.brotli);
    return { file, url: a.url, contentType: a.contentType };
  };
  const manifest: Manifest = { css: entry(assets.css), js: entry(assets.js), editorJs: entry(assets.editorJs), bootstrap: assets.bootstrap };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(dir, target);
}

/** Assets written by writeAssets, or undefined when `dir` has none. */
export function readAssets(dir: string): Assets | undefined {
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const entry = (e: ManifestEntry): Asset => ({
    url: e.url,
    contentType: e.contentType,
    body: readFileSync(join(dir, e.file)),
    gzip: readFileSync(join(dir, `${e.file}.gz`)),
    brotli: readFileSync(join(dir, `${e.file}.br`)),
  });
  const [css, js, editorJs] = [entry(manifest.css), entry(manifest.js), entry(manifest.editorJs)];
  return { css, js, editorJs, bootstrap: manifest.bootstrap, byUrl: new Map([css, js, editorJs].map((a) => [a.url, a])) };
}

/**
 * The assets for this process: the built ones when this code is itself the build (dist/), so
 * the two always match — a build without them is an error, never a silent rebuild from sources
 * that may have moved on; otherwise built now, from the sources beside this file.
 */
export function loadAssets(moduleUrl = import.meta.url, builtDir = BUILT_ASSETS_DIR): Assets {
  if (!fileURLToPath(moduleUrl).startsWith(join(PROJECT_ROOT, "dist") + sep)) return buildAssets();
  const built = readAssets(builtDir);
  if (!built) throw new Error(`${builtDir} has no manifest.json: run \`npm run build\` (it writes the assets beside the server it builds)`);
  return built;
}
