/**
 * Runs the migrations in order, all pending ones in one transaction on both dialects (see
 * TransactionalSqliteDialect), so a failure changes nothing. Running again when up to date does
 * nothing.
 */
import { type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db } from "./index.js";
import { contentMigration } from "./migrations/001-content.js";
import { searchMigration } from "./migrations/002-search.js";
import { assessmentMigration } from "./migrations/003-assessment.js";
import { sharesMigration } from "./migrations/004-shares.js";
import { editorialMigration } from "./migrations/005-editorial.js";
import { slugRedirectsMigration } from "./migrations/006-slug-redirects.js";
import { contentVersionMigration } from "./migrations/007-content-version.js";
import { legacySourceMigration } from "./migrations/008-legacy-source.js";
import { seriesCountIndexMigration } from "./migrations/009-series-count-index.js";
import { searchVectorStorageMigration } from "./migrations/010-search-vector-storage.js";
import { articleRelatedMigration } from "./migrations/011-article-related.js";

/** The site's migrations, in order. */
export function siteMigrations(db: Db): Record<string, Migration> {
  return {
    "001-content": contentMigration(db.dialect),
    "002-search": searchMigration(db.dialect),
    "003-assessment": assessmentMigration,
    "004-shares": sharesMigration,
    "005-editorial": editorialMigration(db.dialect),
    "006-slug-redirects": slugRedirectsMigration,
    "007-content-version": contentVersionMigration,
    "008-legacy-source": legacySourceMigration,
    "009-series-count-index": seriesCountIndexMigration,
    "010-search-vector-storage": searchVectorStorageMigration(db.dialect),
    "011-article-related": articleRelatedMigration,
  };
}

/**
 * Brings the schema up to date in one transaction (both dialects); throws with the failing
 * migration's name, leaving the database as it was.
 */
export async function migrateToLatest(db: Db, migrations: Record<string, Migration> = siteMigrations(db)): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: db.kysely, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
