// Bundles the server (src/main.ts) and the CLI (src/cli.ts) into dist/ with esbuild, so
// `npm start` runs plain JavaScript without a TypeScript loader. Dependencies stay external.
// Then the client assets (CSS, islands) are built into dist/assets/, where the built server reads
// them (see src/ui/assets.ts).
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

await build({
  // The import's worker thread is its own entry: dist/prepare-worker.js beside the bundles.
  entryPoints: [
    "src/main.ts",
    "src/cli.ts",
    { in: "src/features/articles/prepare-worker.ts", out: "prepare-worker" },
    { in: "src/ui/write-assets.ts", out: "write-assets" },
  ],
  outdir: "dist",
  bundle: true,
  // Shared code goes to chunks loaded on import(): a cluster's primary never loads the site.
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: true,
  logLevel: "warning",
});

execFileSync(process.execPath, ["dist/write-assets.js"], { stdio: "inherit" });
