/**
 * Serving pages must not turn on Node's async hooks (see jsx-async-context.ts). Checked in a child
 * process, where nothing else has rendered yet, through Node's own internal flag for them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config.js";

const dir = mkdtempSync(join(tmpdir(), "wiki-async-hooks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const src = (path: string) => pathToFileURL(join(PROJECT_ROOT, "src", path)).href;
const HOOKS = `import { createRequire } from "node:module";
const hooksOn = () => createRequire(import.meta.url)("internal/async_hooks").initHooksExist();`;

/** The ES module build of hono/jsx: the copy the site loads (a plain `require.resolve` finds the CommonJS one). */
const HONO_JSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "hono", "dist", "jsx", "index.js")).href;

/** Runs a module (.mts or .cjs) with Node's internals exposed and TypeScript loaded; returns its output. */
function run(file: string, code: string): string {
  const path = join(dir, file);
  writeFileSync(path, code);
  return execFileSync(process.execPath, ["--expose-internals", "--import", "tsx", path], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 60_000,
  }).trim();
}

describe("rendering without async hooks", () => {
  it("hono/jsx alone turns them on at its first render (what the workaround is for)", { timeout: 90_000 }, () => {
    const out = run(
      "plain.mts",
      `${HOOKS}\nimport { jsx } from ${JSON.stringify(HONO_JSX)};\nconsole.log(hooksOn(), String(jsx("p", {}, "x")), hooksOn());`,
    );
    expect(out).toBe("false <p>x</p> true");
  });

  it("keeps them off under a CommonJS entry point too (hono/jsx also looks through process.mainModule)", { timeout: 90_000 }, () => {
    const out = run(
      "entry.cjs",
      `const hooksOn = () => require("internal/async_hooks").initHooksExist();
(async () => {
  const { renderWithoutAsyncContext } = await import(${JSON.stringify(src("ui/jsx-async-context.ts"))});
  const { jsx } = await import(${JSON.stringify(HONO_JSX)});
  renderWithoutAsyncContext();
  console.log(String(jsx("p", {}, "x")), hooksOn(), typeof process.mainModule?.require);
})();`,
    );
    expect(out).toBe("<p>x</p> false function");
  });

  it("the site serves pages in both languages and they stay off", { timeout: 90_000 }, () => {
    const out = run(
      "site.mts",
      `${HOOKS}
import { createApp } from ${JSON.stringify(src("app.tsx"))};
import { openDatabase } from ${JSON.stringify(src("db/index.ts"))};
import { migrateToLatest } from ${JSON.stringify(src("db/migrate.ts"))};
import { createLogger } from ${JSON.stringify(src("platform/logger.ts"))};
import { buildAssets } from ${JSON.stringify(src("ui/assets.ts"))};
const db = openDatabase({ sqlitePath: ":memory:" });
await migrateToLatest(db);
const app = createApp({ db, config: { baseUrl: "http://test" }, logger: createLogger("silent"), assets: buildAssets() });
const pages = [];
for (const path of ["/en/", "/zh/", "/en/test", "/zh/search?q=%E4%BE%9D%E6%81%8B"]) {
  const res = await app.request(path);
  pages.push(res.status + ((await res.text()).includes("</html>") ? " html" : ""));
}
console.log(pages.join(","), hooksOn());`,
    );
    expect(out).toBe("200 html,200 html,200 html,200 html false");
  });
});
