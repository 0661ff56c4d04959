/**
 * Backups of the embedded SQLite database. `backup` uses SQLite's online backup API: a
 * consistent copy while the site keeps serving. `restore` checks the file is a healthy database
 * of this site, then copies it into place; stop the server first. (PostgreSQL: use pg_dump and
 * pg_restore, see docs/DEPLOYMENT.md.)
 */
import { existsSync, rmSync } from "node:fs";
import SQLite from "better-sqlite3";
import type { Db } from "./index.js";

export async function backupSqlite(db: Db, file: string): Promise<{ pages: number }> {
  if (!db.sqlite) throw new Error("backup works on the SQLite database; for PostgreSQL use pg_dump");
  const result = await db.sqlite.backup(file);
  return { pages: result.totalPages };
}

/** Throws unless `file` is an intact SQLite database holding this site's tables. */
export function checkBackup(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  let source: SQLite.Database | undefined;
  try {
    source = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = source.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity check failed: ${String(integrity)}`);
    const tables = new Set(
      source
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((r) => (r as { name: string }).name),
    );
    for (const table of ["article", "series", "test_result"]) if (!tables.has(table)) throw new Error(`not a backup of this site: no ${table} table`);
  } catch (error) {
    throw new Error(`${file} is not a usable backup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    source?.close();
  }
}

/** Replaces the database at `target` with the backup `file` (the server must be stopped). */
export async function restoreSqlite(file: string, target: string): Promise<void> {
  checkBackup(file);
  // A leftover WAL from the old database must not be replayed onto the restored one.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  const source = new SQLite(file, { readonly: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}
