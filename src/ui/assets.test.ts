import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config.js";
import { buildAssets, loadAssets, readAssets, writeAssets } from "./assets.js";

describe("built assets", () => {
  const dir = mkdtempSync(join(tmpdir(), "wiki-assets-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("read back exactly what was written: same URLs, bodies, encodings and bootstrap hash", () => {
    const built = buildAssets();
    writeAssets(built, dir);
    const read = readAssets(dir);
    expect(read).toBeDefined();
    for (const key of ["css", "js", "editorJs"] as const) {
      expect(read?.[key].url).toBe(built[key].url);
      expect(read?.[key].contentType).toBe(built[key].contentType);
      expect(read?.[key].body.equals(built[key].body)).toBe(true);
      expect(read?.[key].gzip.equals(built[key].gzip)).toBe(true);
      expect(read?.[key].brotli.equals(built[key].brotli)).toBe(true);
    }
    expect(read?.bootstrap).toEqual(built.bootstrap);
    expect([...(read?.byUrl.keys() ?? [])].sort()).toEqual([...built.byUrl.keys()].sort());
  });

  it("are missing from a folder without a manifest", () => {
    expect(readAssets(join(dir, "nothing-here"))).toBeUndefined();
  });

  it("are required, not rebuilt, when the code is the build", () => {
    writeAssets(buildAssets(), dir);
    const fromBuild = pathToFileURL(join(PROJECT_ROOT, "dist", "main.js")).href;
    expect(() => loadAssets(fromBuild, join(dir, "nothing-here"))).toThrow(/npm run build/);
    expect(loadAssets(fromBuild, dir).css.url).toBe(buildAssets().css.url);
    // A folder that merely starts like dist/ is not the build.
    expect(loadAssets(pathToFileURL(join(PROJECT_ROOT, "dist-old", "main.js")).href, join(dir, "nothing-here"))).toBe(buildAssets());
  });

  // Code run from src/ (tests, `npm run dev`) must never pick up an older build's files.
  it("are built from the sources when the code is not the build itself", () => {
    const fromSources = loadAssets(pathToFileURL(join(PROJECT_ROOT, "src", "ui", "assets.ts")).href);
    expect(fromSources).toBe(buildAssets());
  });
});
