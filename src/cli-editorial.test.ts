/**
 * The `wiki` command as an operator uses it: accounts with a piped or generated password, and the
 * legacy importer's per-file report. Runs the real CLI on a temporary SQLite database.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./config.js";

const dataDir = mkdtempSync(join(tmpdir(), "wiki-cli-"));
const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

function wiki(args: string[], input?: string) {
  const result = spawnSync(TSX, [join(PROJECT_ROOT, "src", "cli.ts"), ...args], {
    // vitest sets BASE_URL=/, which is not a URL the CLI accepts.
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", BASE_URL: "" },
    input: input ?? "",
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("wiki user and import-legacy", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("adds accounts with a piped or a generated password, lists, changes and removes them", () => {
    const added = wiki(["user", "add", "--email", "Ana@Example.org", "--role", "admin"], "a calm and long passphrase\n");
    expect(added).toMatchObject({ code: 0, out: "added ana@example.org (admin)\n" });
    const generated = wiki(["user", "add", "--email", "bo@example.org"]);
    expect(generated.code).toBe(0);
    expect(generated.out).toMatch(/^added bo@example\.org \(editor\)\npassword \(shown once\): [A-Za-z0-9_-]{24}\n$/);
    expect(wiki(["user", "add", "--email", "bo@example.org"], "another long passphrase").err).toContain("already has an account");
    expect(wiki(["user", "add", "--email", "cy@example.org"], "short").err).toContain("at least 12 characters");
    expect(wiki(["user", "add", "--email", "not-an-email"], "a calm and long passphrase").code).toBe(1);
    const listed = wiki(["user", "list"]).out.split("\n").filter(Boolean);
    expect(listed.map((l) => l.split("\t").slice(0, 2).join(" "))).toEqual(["ana@example.org admin", "bo@example.org editor"]);
    expect(wiki(["user", "passwd", "--email", "bo@example.org"], "a brand new passphrase").out).toContain("its sessions are ended");
    expect(wiki(["user", "remove", "--email", "bo@example.org"]).out).toBe("removed bo@example.org\n");
    expect(wiki(["user", "remove", "--email", "bo@example.org"]).code).toBe(1);
  });

  it("imports legacy pages and reports per file; a second run changes nothing", () => {
    const fixtures = ["en-full.txt", "zh-no-quotes.txt", "en-bad-header.txt"].map((f) =>
      join(PROJECT_ROOT, "src", "features", "legacy-import", "fixtures", f),
    );
    const first = wiki(["import-legacy", ...fixtures]);
    expect(first.code).toBe(1); // one page failed
    expect(first.out).toMatch(/en-full\.txt: created → en\/after-the-argument-what-to-say-first/);
    expect(first.out).toMatch(/zh-no-quotes\.txt: created → zh\/.*\n {2}missing: quotes/);
    expect(first.out).toMatch(/en-bad-header\.txt: failed/);
    expect(first.err).toMatch(/en-bad-header\.txt: header: line 2 must read/);
    // Importing again changes nothing, and --draft does not unpublish what is already live.
    expect(wiki(["import-legacy", "--draft", ...fixtures.slice(0, 1)]).out).toMatch(/en-full\.txt: unchanged/);
  });
});
