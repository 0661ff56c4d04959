import {
  AccountError,
  addUser,
  generatePassword,
  importDirectory,
  importLegacyPages,
  listUsers,
  openConfiguredDatabase,
  removeUser,
  setPassword,
  sqliteFileIn
} from "./chunk-PIRUVKMM.js";
import {
  loadConfig
} from "./chunk-X2YEABQG.js";
import {
  rebuildSearchIndex,
  serializeArticleFile
} from "./chunk-XP5XC5PF.js";

// src/cli-editorial.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
async function readStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
async function passwordFromStdin() {
  const piped = await readStdin();
  return piped ? { password: piped, generated: false } : { password: generatePassword(), generated: true };
}
async function runUserCommand(db, args) {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, role: { type: "string" } },
    allowPositionals: false,
    strict: true
  });
  try {
    switch (sub) {
      case "add": {
        if (!values.email) throw new AccountError("--email is required");
        const { password, generated } = await passwordFromStdin();
        const account = await addUser(db, { email: values.email, role: values.role ?? "editor", password });
        process.stdout.write(`added ${account.email} (${account.role})
`);
        if (generated) process.stdout.write(`password (shown once): ${password}
`);
        return 0;
      }
      case "list": {
        for (const u of await listUsers(db)) process.stdout.write(`${u.email}	${u.role}	${u.createdAt}
`);
        return 0;
      }
      case "remove": {
        if (!values.email) throw new AccountError("--email is required");
        if (!await removeUser(db, values.email)) throw new AccountError(`no account for ${values.email}`);
        process.stdout.write(`removed ${values.email}
`);
        return 0;
      }
      case "passwd": {
        if (!values.email) throw new AccountError("--email is required");
        const { password, generated } = await passwordFromStdin();
        if (!await setPassword(db, values.email, password)) throw new AccountError(`no account for ${values.email}`);
        process.stdout.write(`password changed for ${values.email}; its sessions are ended
`);
        if (generated) process.stdout.write(`password (shown once): ${password}
`);
        return 0;
      }
      default:
        process.stderr.write(`wiki user: unknown subcommand "${sub ?? ""}" (add, list, remove, passwd)
`);
        return 2;
    }
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    process.stderr.write(`wiki user ${sub}: ${error.message}
`);
    return 1;
  }
}
async function runLegacyImport(db, args) {
  const { values, positionals } = parseArgs({
    args,
    options: { draft: { type: "boolean" }, series: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0) {
    process.stderr.write("wiki import-legacy: name at least one FILE\n");
    return 2;
  }
  const files = await Promise.all(positionals.map(async (name) => ({ name, text: await readFile(name, "utf8") })));
  const reports = await importLegacyPages(db, files, { draft: values.draft, series: values.series });
  for (const r of reports) {
    const where = r.slug ? ` \u2192 ${r.lang}/${r.slug} (series ${r.series}, installment ${r.installment})` : "";
    process.stdout.write(`${r.file}: ${r.outcome}${where}
`);
    if (r.missing.length) process.stdout.write(`  missing: ${r.missing.join(", ")}
`);
    for (const line of r.unplaced) process.stdout.write(`  not placed: ${line.slice(0, 100)}
`);
    for (const p of r.problems) process.stderr.write(`  ${r.file}: ${p.field}: ${p.message}
`);
  }
  return reports.some((r) => r.outcome === "failed") ? 1 : 0;
}

// src/db/backup.ts
import { existsSync, rmSync } from "node:fs";
import SQLite from "better-sqlite3";
async function backupSqlite(db, file) {
  if (!db.sqlite) throw new Error("backup works on the SQLite database; for PostgreSQL use pg_dump");
  const result = await db.sqlite.backup(file);
  return { pages: result.totalPages };
}
function checkBackup(file) {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  let source;
  try {
    source = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = source.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity check failed: ${String(integrity)}`);
    const tables = new Set(
      source.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name)
    );
    for (const table of ["article", "series", "test_result"]) if (!tables.has(table)) throw new Error(`not a backup of this site: no ${table} table`);
  } catch (error) {
    throw new Error(`${file} is not a usable backup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    source?.close();
  }
}
async function restoreSqlite(file, target) {
  checkBackup(file);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  const source = new SQLite(file, { readonly: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

// src/features/articles/export.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
var PAGE = 500;
async function exportDirectory(db, dir) {
  await mkdir(dir, { recursive: true });
  const series = await db.kysely.selectFrom("series").innerJoin("series_text", "series_text.series_slug", "series.slug").select(["series.slug", "series.position", "series_text.lang", "series_text.title", "series_text.description"]).orderBy("series.position").orderBy("series.slug").execute();
  const seriesDoc = {};
  for (const row of series) {
    seriesDoc[row.slug] ??= {};
    const entry = seriesDoc[row.slug];
    if (entry) entry[row.lang] = { title: row.title, description: row.description };
  }
  await writeFile(join(dir, "series.yaml"), stringify(seriesDoc));
  let count = 0;
  for (let lastId = 0; ; ) {
    const rows = await db.kysely.selectFrom("article").selectAll().where("id", ">", lastId).orderBy("id").limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const folder = join(dir, row.series_slug);
      await mkdir(folder, { recursive: true });
      const text = serializeArticleFile({
        meta: {
          title: row.title,
          slug: row.slug,
          lang: row.lang,
          series: row.series_slug,
          installment: row.installment,
          published: row.published_at ?? void 0,
          summary: row.summary,
          tags: JSON.parse(row.tags),
          translationOf: row.translation_of ?? void 0,
          quotes: JSON.parse(row.quotes),
          faq: JSON.parse(row.faq).map(({ q, a }) => ({ q, a }))
        },
        body: row.body_md
      });
      await writeFile(join(folder, `${String(row.installment).padStart(4, "0")}-${row.slug}.${row.lang}.md`), text);
      count++;
    }
    lastId = rows[rows.length - 1]?.id ?? lastId;
  }
  return { articles: count, series: Object.keys(seriesDoc).length };
}

// src/cli.ts
var USAGE = `usage: npm run wiki -- <command>

commands:
  import DIR   import *.md articles below DIR (and DIR/series.yaml)
  export DIR   export every article and series.yaml to DIR
  import-legacy [--draft] [--series SLUG] FILE\u2026
               import pages of the old site (FORMAT.md \xA72); a page imported again is updated
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
async function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const dir = args[0];
  if (["import", "export", "backup", "restore", "import-legacy", "user"].includes(command) && !dir) {
    process.stderr.write(`wiki ${command}: missing argument

${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  if (command === "restore") {
    if (config.databaseUrl) {
      process.stderr.write("wiki restore: for PostgreSQL use pg_restore (see docs/DEPLOYMENT.md)\n");
      return 2;
    }
    await restoreSqlite(dir, sqliteFileIn(config.dataDir));
    process.stdout.write(`restored ${dir} into ${sqliteFileIn(config.dataDir)}
`);
    return 0;
  }
  const db = await openConfiguredDatabase(config);
  try {
    switch (command) {
      case "import": {
        const started = performance.now();
        const report = await importDirectory(db, dir);
        for (const p of report.problems) process.stderr.write(`${p.file}: ${p.field}: ${p.message}
`);
        const seconds = ((performance.now() - started) / 1e3).toFixed(1);
        process.stdout.write(
          `${report.files} files: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${new Set(report.problems.map((p) => p.file)).size} with problems (${seconds} s)
`
        );
        return report.problems.length > 0 ? 1 : 0;
      }
      case "export": {
        const result = await exportDirectory(db, dir);
        process.stdout.write(`exported ${result.articles} articles and ${result.series} series to ${dir}
`);
        return 0;
      }
      case "backup": {
        if (db.dialect !== "sqlite") {
          process.stderr.write("wiki backup: for PostgreSQL use pg_dump (see docs/DEPLOYMENT.md)\n");
          return 2;
        }
        const { pages } = await backupSqlite(db, dir);
        process.stdout.write(`backed up ${pages} pages to ${dir}
`);
        return 0;
      }
      case "user":
        return await runUserCommand(db, args);
      case "import-legacy":
        return await runLegacyImport(db, args);
      case "reindex": {
        const started = performance.now();
        const indexed = await rebuildSearchIndex(db);
        process.stdout.write(`indexed ${indexed} published articles (${((performance.now() - started) / 1e3).toFixed(1)} s)
`);
        return 0;
      }
      default:
        process.stderr.write(`wiki: unknown command "${command}"

${USAGE}`);
        return 2;
    }
  } finally {
    await db.close();
  }
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`wiki: ${error instanceof Error ? error.message : String(error)}
`);
    process.exit(1);
  }
);
//# sourceMappingURL=cli.js.map
