import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STARTER_CONTENT } from "../../test/site.js";
import { importDirectory } from "../features/articles/import.js";
import { backupSqlite, checkBackup, restoreSqlite } from "./backup.js";
import { openDatabase } from "./index.js";
import { migrateToLatest } from "./migrate.js";

describe("backup and restore (SQLite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "wiki-backup-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const count = async (path: string) => {
    const db = openDatabase({ sqlitePath: path });
    const n = Number(
      (
        await db.kysely
          .selectFrom("article")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirst()
      )?.n,
    );
    await db.close();
    return n;
  };

  it("round-trips: back up while open, lose data, restore, everything is back and intact", async () => {
    const live = join(dir, "wiki.db");
    const db = openDatabase({ sqlitePath: live });
    await migrateToLatest(db);
    await importDirectory(db, STARTER_CONTENT);
    const backup = join(dir, "backup.db");
    const { pages } = await backupSqlite(db, backup);
    expect(pages).toBeGreaterThan(10);
    await db.kysely.deleteFrom("article").where("lang", "=", "zh").execute();
    await db.close();
    expect(await count(live)).toBe(12);
    await restoreSqlite(backup, live);
    expect(await count(live)).toBe(24);
    expect(() => checkBackup(live)).not.toThrow();
  });

  it("refuses a file that is not a backup of this site, leaving the database alone", async () => {
    const bogus = join(dir, "bogus.db");
    writeFileSync(bogus, "not a database at all");
    const live = join(dir, "wiki.db");
    await expect(restoreSqlite(bogus, live)).rejects.toThrow(/not a usable backup/);
    await expect(restoreSqlite(join(dir, "missing.db"), live)).rejects.toThrow(/does not exist/);
    expect(await count(live)).toBe(24);
  });
});
