// Bundles the server (src/main.ts) and the CLI (src/cli.ts) into dist/ with esbuild, so
// `npm start` runs plain JavaScript without a TypeScript loader. Dependencies stay external.
// Client assets (CSS, islands) are bundled in memory when the server starts: see src/ui/assets.ts.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts", "src/cli.ts"],
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
});
