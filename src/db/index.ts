/**
 * Opens the database: embedded SQLite (WAL) by default, PostgreSQL when a postgres:// URL is given.
 * Both go through one Kysely instance typed by `Database`, so feature code never branches on dialect
 * except where SQL itself differs (search, DDL).
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type LogConfig, PostgresDialect, SqliteAdapter, SqliteDialect } from "kysely";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export interface Db {
  /** The primary: every write, and reads that must see them (editor, owner pages). */
  kysely: Kysely<Database>;
  /**
   * For public reads (article, series, home, search, sitemap, feed pages): a read-only replica
   * when DATABASE_READ_ONLY_URL is set, else the primary itself.
   */
  reader: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
  /** The underlying SQLite handle (backups use its online backup API). */
  sqlite?: SQLite.Database;
}

export interface OpenOptions {
  /** postgres://… or undefined for SQLite */
  databaseUrl?: string;
  /** SQLite file path, or ":memory:" */
  sqlitePath?: string;
  /** PostgreSQL: a read-only replica for public reads. */
  readOnlyUrl?: string;
  /** PostgreSQL pool size (per pool; the replica gets its own). */
  poolSize?: number;
  /** Called with each query's duration in milliseconds (metrics). */
  onQuery?: (ms: number) => void;
}

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it cannot; saying it can makes
 * the migrator run pending migrations in one transaction, so a failure leaves the database as it was.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** Distinct SQL texts whose prepared statements are kept; Kysely builds the same few hundred again and again. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 compiles a statement on every prepare(), and Kysely prepares each query anew.
 * Handing Kysely a database whose prepare() reuses compiled statements (least recently used
 * dropped first) saves that work on every query. Safe here: statements run to completion
 * synchronously (nothing streams with iterate()), so one is never in use twice at once.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== "prepare") {
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (source: string) => {
        let statement = cache.get(source);
        if (statement) {
          cache.delete(source);
        } else {
          statement = target.prepare(source);
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        }
        cache.set(source, statement);
        return statement;
      };
    },
  });
}

/** Kysely's log hook, reduced to durations: SQL text and parameters (which can hold personal text) are never kept. */
function queryLog(onQuery: ((ms: number) => void) | undefined): LogConfig | undefined {
  if (!onQuery) return undefined;
  return (event) => onQuery(event.queryDurationMillis);
}

/**
 * @example const db = openDatabase({ sqlitePath: ":memory:" });
 */
export function openDatabase(options: OpenOptions): Db {
  if (options.databaseUrl) {
    // The PostgreSQL driver loads only when it is used (~14 MB a process on SQLite otherwise).
    const pg = createRequire(import.meta.url)("pg") as typeof import("pg");
    const connect = (connectionString: string) => {
      const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
      // A broken idle connection must not crash the process; the next query reconnects.
      pool.on("error", () => {});
      return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: queryLog(options.onQuery) });
    };
    const kysely = connect(options.databaseUrl);
    const reader = options.readOnlyUrl ? connect(options.readOnlyUrl) : kysely;
    return {
      kysely,
      reader,
      dialect: "postgres",
      close: async () => {
        if (reader !== kysely) await reader.destroy();
        await kysely.destroy();
      },
    };
  }
  const path = options.sqlitePath ?? ":memory:";
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  // NORMAL in WAL mode: a commit survives a process crash (SIGKILL); only an OS crash or power
  // loss can drop the last transactions. See docs/ARCHITECTURE.md for the reasoning.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const kysely = new Kysely<Database>({
    dialect: new TransactionalSqliteDialect({ database: withStatementCache(sqlite) }),
    log: queryLog(options.onQuery),
  });
  return { kysely, reader: kysely, dialect: "sqlite", close: () => kysely.destroy(), sqlite };
}

/** The SQLite file inside DATA_DIR, creating the folder if needed. */
export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, "wiki.db");
}
