/**
 * Reading series: their texts in one language and how many published articles each has.
 */
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";

export interface SeriesSummary {
  slug: string;
  title: string;
  description: string;
  articleCount: number;
}

/** Every series in display order, with its published article count in `lang`. */
export async function listSeries(db: Db, lang: Lang): Promise<SeriesSummary[]> {
  const rows = await db.reader
    .selectFrom("series")
    .innerJoin("series_text", (j) => j.onRef("series_text.series_slug", "=", "series.slug").on("series_text.lang", "=", lang))
    .leftJoin("article", (j) =>
      j.onRef("article.series_slug", "=", "series.slug").on("article.lang", "=", lang).on("article.status", "=", "published"),
    )
    .select((eb) => ["series.slug", "series_text.title", "series_text.description", eb.fn.count<string | number>("article.series_slug").as("count")])
    .groupBy(["series.slug", "series.position", "series_text.title", "series_text.description"])
    .orderBy("series.position")
    .orderBy("series.slug")
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, description: r.description, articleCount: Number(r.count) }));
}

/** One series' texts in `lang`, or undefined when the series does not exist. */
export async function findSeries(db: Db, slug: string, lang: Lang): Promise<{ slug: string; title: string; description: string } | undefined> {
  return db.reader
    .selectFrom("series_text")
    .select(["series_slug as slug", "title", "description"])
    .where("series_slug", "=", slug)
    .where("lang", "=", lang)
    .executeTakeFirst();
}

export interface InstallmentListItem {
  slug: string;
  installment: number;
  title: string;
  summary: string;
  readingMinutes: number;
}

/** Series pages list this many installments. */
export const SERIES_PAGE_SIZE = 50;

/** A page of a series' published installments, in order, and the total count. */
export async function listInstallments(db: Db, series: string, lang: Lang, page: number): Promise<{ items: InstallmentListItem[]; total: number }> {
  const base = db.reader.selectFrom("article").where("series_slug", "=", series).where("lang", "=", lang).where("status", "=", "published");
  const [rows, count] = await Promise.all([
    base
      .select(["slug", "installment", "title", "summary", "reading_minutes"])
      .orderBy("installment")
      .limit(SERIES_PAGE_SIZE)
      .offset((page - 1) * SERIES_PAGE_SIZE)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst(),
  ]);
  return {
    items: rows.map((r) => ({ slug: r.slug, installment: r.installment, title: r.title, summary: r.summary, readingMinutes: r.reading_minutes })),
    total: Number(count?.n ?? 0),
  };
}
