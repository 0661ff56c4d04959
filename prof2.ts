import { sql } from "kysely";
import { openDatabase } from "./src/db/index.js";
import { parseQuery, toFts5 } from "./src/features/search/query.js";

const db = openDatabase({ sqlitePath: "/tmp/prof10k.db" });
const time = async (label: string, f: () => Promise<unknown> | unknown, reps = 5) => {
  const t = performance.now();
  for (let i = 0; i < reps; i++) await f();
  console.log(label, ((performance.now() - t) / reps).toFixed(2), "ms");
};
for (const q of ["partner", "心", '"small step"']) {
  const all = toFts5(parseQuery(q));
  const inTitle = `{title} : (${all})`,
    inHead = `{title meta} : (${all})`;
  await time(`${q} count(all)`, () => sql`SELECT count(*) FROM article_fts WHERE article_fts MATCH ${all}`.execute(db.kysely));
  await time(`${q} count(all) lang=en`, () => sql`SELECT count(*) FROM article_fts WHERE article_fts MATCH ${all} AND lang='en'`.execute(db.kysely));
  await time(`${q} ids+published all`, () => sql`SELECT rowid, published_at FROM article_fts WHERE article_fts MATCH ${all}`.execute(db.kysely));
  await time(`${q} tier3`, () => sql`SELECT rowid FROM article_fts WHERE article_fts MATCH ${`(${all}) NOT (${inHead})`}`.execute(db.kysely));
  await time(`${q} tier2`, () => sql`SELECT rowid FROM article_fts WHERE article_fts MATCH ${`(${inHead}) NOT (${inTitle})`}`.execute(db.kysely));
  await time(`${q} head`, () => sql`SELECT rowid FROM article_fts WHERE article_fts MATCH ${inHead}`.execute(db.kysely));
}
