/**
 * Database test helpers: every database suite runs once per dialect —
 * `for (const dialect of DIALECTS) describe(dialect, …)` — on a fresh, migrated database.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type Db, type Dialect, openDatabase } from "../src/db/index.js";
import { migrateToLatest, siteMigrations } from "../src/db/migrate.js";

const pgUrl = inject("pgUrl");

/** The dialects this run covers: both, unless PostgreSQL is missing outside CI. */
export const DIALECTS: Dialect[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDb extends Db {
  /** Closes the connection and drops the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory SQLite, or a new database on the test PostgreSQL server.
 * `upTo` stops after the named migration (to test a later one on data written before it).
 */
export async function createTestDb(dialect: Dialect, sqlitePath = ":memory:", { upTo }: { upTo?: string } = {}): Promise<TestDb> {
  const migrate = (db: Db) => {
    if (!upTo) return migrateToLatest(db);
    const all = Object.entries(siteMigrations(db));
    const last = all.findIndex(([name]) => name === upTo);
    if (last < 0) throw new Error(`no migration named ${upTo}`);
    return migrateToLatest(db, Object.fromEntries(all.slice(0, last + 1)));
  };
  if (dialect === "sqlite") {
    const db = openDatabase({ sqlitePath });
    await migrate(db);
    return { ...db, destroy: () => db.close() };
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrate(db);
  return {
    ...db,
    destroy: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
