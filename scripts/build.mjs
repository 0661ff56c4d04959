// Bundles the server (src/main.ts) and the CLI (src/cli.ts) into dist/ with esbuild, so
// `npm start` runs plain JavaScript without a TypeScript loader. Dependencies stay external.
// The client assets (CSS, islands) are built first into dist/assets/, where the built server
// reads them (see src/ui/assets.ts): if they fail, the server bundle is not replaced either.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const common = {
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: true,
  logLevel: "warning",
};

// 1. The assets, by a small bundled script that builds and writes them.
await build({ ...common, entryPoints: [{ in: "src/ui/write-assets.ts", out: "write-assets" }] });
execFileSync(process.execPath, ["dist/write-assets.js"], { stdio: "inherit" });

// 2. The server, the CLI and the import's worker thread (its own entry beside the bundles).
const result = await build({
  ...common,
  entryPoints: ["src/main.ts", "src/cli.ts", { in: "src/features/articles/prepare-worker.ts", out: "prepare-worker" }],
  // Shared code goes to chunks loaded on import(): a cluster's primary never loads the site.
  splitting: true,
  metafile: true,
});

// 3. Chunks of earlier builds (their names carry a hash) would pile up: keep this build's files.
const kept = new Set(["write-assets.js", "write-assets.js.map", ...Object.keys(result.metafile.outputs).map((path) => path.replace(/^dist\//, ""))]);
for (const name of readdirSync("dist")) {
  if (/\.js(\.map)?$/.test(name) && !kept.has(name)) rmSync(join("dist", name));
}
