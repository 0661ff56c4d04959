/**
 * Runs the migrations in order. Each migration runs inside a transaction where the dialect
 * supports transactional DDL (PostgreSQL, and SQLite through Kysely's migrator lock).
 */
import { type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db } from "./index.js";
import { contentMigration } from "./migrations/001-content.js";
import { searchMigration } from "./migrations/002-search.js";
import { assessmentMigration } from "./migrations/003-assessment.js";
import { sharesMigration } from "./migrations/004-shares.js";

function provider(db: Db): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        "001-content": contentMigration(db.dialect),
        "002-search": searchMigration(db.dialect),
        "003-assessment": assessmentMigration,
        "004-shares": sharesMigration,
      };
    },
  };
}

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db: db.kysely, provider: provider(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
