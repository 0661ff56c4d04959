/**
 * `wiki export DIR`: writes every article (drafts included) and series.yaml in the interchange
 * format, so that importing the folder again gives the same articles.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import type { Db } from "../../db/index.js";
import { serializeArticleFile } from "./front-matter.js";
import type { FaqEntry } from "./prepare.js";

/** Articles are read in pages so that exporting a large archive keeps memory flat. */
const PAGE = 500;

export async function exportDirectory(db: Db, dir: string): Promise<{ articles: number; series: number }> {
  await mkdir(dir, { recursive: true });
  const series = await db.kysely
    .selectFrom("series")
    .innerJoin("series_text", "series_text.series_slug", "series.slug")
    .select(["series.slug", "series.position", "series_text.lang", "series_text.title", "series_text.description"])
    .orderBy("series.position")
    .orderBy("series.slug")
    .execute();
  const seriesDoc: Record<string, Record<string, { title: string; description: string }>> = {};
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
          published: row.published_at ?? undefined,
          summary: row.summary,
          tags: JSON.parse(row.tags) as string[],
          translationOf: row.translation_of ?? undefined,
          quotes: JSON.parse(row.quotes) as string[],
          faq: (JSON.parse(row.faq) as FaqEntry[]).map(({ q, a }) => ({ q, a })),
        },
        body: row.body_md,
      });
      await writeFile(join(folder, `${String(row.installment).padStart(4, "0")}-${row.slug}.${row.lang}.md`), text);
      count++;
    }
    lastId = rows[rows.length - 1]?.id ?? lastId;
  }
  return { articles: count, series: Object.keys(seriesDoc).length };
}
