/**
 * The `wiki` command: `npm run wiki -- <command> [args]`.
 *
 *   import DIR    import articles (Markdown + front matter, FORMAT.md §1) and DIR/series.yaml
 *   export DIR    write every article and series.yaml back in the same format
 *   import-legacy FILE…  import pages of the old site (FORMAT.md §2) as articles
 *   reindex       rebuild the search index from the articles
 *   user add --email E --role editor|admin   (password from stdin, else generated and printed once)
 *   user list | user remove --email E | user passwd --email E
 *   backup FILE   consistent online backup of the SQLite database
 *   restore FILE  replace the SQLite database with a backup (stop the server first)
 *
 * Uses the same configuration as the server (DATA_DIR, DATABASE_URL).
 */

import { runLegacyImport, runUserCommand } from "./cli-editorial.js";
import { loadConfig } from "./config.js";
import { backupSqlite, restoreSqlite } from "./db/backup.js";
import { sqliteFileIn } from "./db/index.js";
import { exportDirectory } from "./features/articles/export.js";
import { importDirectory } from "./features/articles/import.js";
import { rebuildSearchIndex } from "./features/search/index-store.js";
import { openConfiguredDatabase } from "./server.js";

const USAGE = `usage: npm run wiki -- <command>

commands:
  import DIR   import *.md articles below DIR (and DIR/series.yaml)
  export DIR   export every article and series.yaml to DIR
  import-legacy [--draft] [--series SLUG] FILE…
               import pages of the old site (FORMAT.md §2); a page imported again is updated
  reindex      rebuild the search index from the articles
  user add --email E --role editor|admin
               add an editor; the password is read from standard input, or generated
               and printed once when nothing is piped in
  user list    list editor accounts
  user remove --email E
  user passwd --email E
               set a new password (stdin, or generated) and end the account's sessions
  backup FILE  consistent online backup of the SQLite database (PostgreSQL: use pg_dump)
  restore FILE replace the SQLite database with a backup; stop the server first
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const dir = args[0];
  if (["import", "export", "backup", "restore", "import-legacy", "user"].includes(command) && !dir) {
    process.stderr.write(`wiki ${command}: missing argument\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  if (command === "restore") {
    if (config.databaseUrl) {
      process.stderr.write("wiki restore: for PostgreSQL use pg_restore (see docs/DEPLOYMENT.md)\n");
      return 2;
    }
    await restoreSqlite(dir as string, sqliteFileIn(config.dataDir));
    process.stdout.write(`restored ${dir} into ${sqliteFileIn(config.dataDir)}\n`);
    return 0;
  }
  const db = await openConfiguredDatabase(config);
  try {
    switch (command) {
      case "import": {
        const started = performance.now();
        const report = await importDirectory(db, dir as string);
        for (const p of report.problems) process.stderr.write(`${p.file}: ${p.field}: ${p.message}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `${report.files} files: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ` +
            `${new Set(report.problems.map((p) => p.file)).size} with problems (${seconds} s)\n`,
        );
        return report.problems.length > 0 ? 1 : 0;
      }
      case "export": {
        const result = await exportDirectory(db, dir as string);
        process.stdout.write(`exported ${result.articles} articles and ${result.series} series to ${dir}\n`);
        return 0;
      }
      case "backup": {
        if (db.dialect !== "sqlite") {
          process.stderr.write("wiki backup: for PostgreSQL use pg_dump (see docs/DEPLOYMENT.md)\n");
          return 2;
        }
        const { pages } = await backupSqlite(db, dir as string);
        process.stdout.write(`backed up ${pages} pages to ${dir}\n`);
        return 0;
      }
      case "user":
        return await runUserCommand(db, args);
      case "import-legacy":
        return await runLegacyImport(db, args);
      case "reindex": {
        const started = performance.now();
        const indexed = await rebuildSearchIndex(db);
        process.stdout.write(`indexed ${indexed} published articles (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
        return 0;
      }
      default:
        process.stderr.write(`wiki: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`wiki: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
