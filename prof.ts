import { rmSync } from "node:fs";
import { openDatabase } from "./src/db/index.js";
import { migrateToLatest } from "./src/db/migrate.js";
import { importDirectory } from "./src/features/articles/import.js";
import { searchArticles } from "./src/features/search/search.js";

for (const f of ["/tmp/prof10k.db", "/tmp/prof10k.db-wal", "/tmp/prof10k.db-shm"]) rmSync(f, { force: true });
const db = openDatabase({ sqlitePath: "/tmp/prof10k.db" });
await migrateToLatest(db);
const t = performance.now();
await importDirectory(db, "/tmp/wiki-bench-corpus-10000");
console.log("import", ((performance.now() - t) / 1000).toFixed(1), "s");
const time = async (label: string, f: () => Promise<unknown> | unknown, reps = 5) => {
  const t = performance.now();
  for (let i = 0; i < reps; i++) await f();
  console.log(label, ((performance.now() - t) / reps).toFixed(2), "ms");
};
for (const q of ["partner", "依恋", "心", "partner trust", "安全感", '"small step"'])
  for (const lang of ["all", "en", "zh"] as const)
    await time(`search ${q} ${lang}`, () => searchArticles(db, { query: q, lang, limit: 10, offset: 0 }));
