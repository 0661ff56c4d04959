/**
 * Writing articles: upsert by (lang, slug), ensure series exist, and refresh related reading.
 * Callers pass a transaction; everything an article changes is written inside it.
 */
import type { Kysely, Transaction } from "kysely";
import type { Dialect } from "../../db/index.js";
import type { Database, Lang } from "../../db/schema.js";
import { indexArticle } from "../search/index-store.js";
import type { PreparedArticle } from "./prepare.js";
import { computeRelated } from "./related.js";

type Executor = Kysely<Database> | Transaction<Database>;

export type UpsertOutcome = "created" | "updated" | "unchanged";

export class InstallmentTakenError extends Error {
  constructor(readonly takenBy: string) {
    super(`installment is already used in this series by "${takenBy}"`);
  }
}

/**
 * Creates or updates the article with the same language and slug, and its search index entry.
 * @throws InstallmentTakenError when another article holds the same series + installment.
 */
export async function upsertArticle(
  db: Executor,
  dialect: Dialect,
  article: PreparedArticle,
  now = new Date().toISOString(),
): Promise<UpsertOutcome> {
  const existing = await db
    .selectFrom("article")
    .select(["id", "source_hash", "revision"])
    .where("lang", "=", article.lang)
    .where("slug", "=", article.slug)
    .executeTakeFirst();
  if (existing?.source_hash === article.source_hash) return "unchanged";

  const holder = await db
    .selectFrom("article")
    .select(["slug"])
    .where("series_slug", "=", article.series_slug)
    .where("lang", "=", article.lang)
    .where("installment", "=", article.installment)
    .where("slug", "!=", article.slug)
    .executeTakeFirst();
  if (holder) throw new InstallmentTakenError(holder.slug);

  const columns = {
    series_slug: article.series_slug,
    installment: article.installment,
    title: article.title,
    summary: article.summary,
    tags: JSON.stringify(article.tags),
    body_md: article.body_md,
    body_html: article.body_html,
    toc: JSON.stringify(article.toc),
    quotes: JSON.stringify(article.quotes),
    faq: JSON.stringify(article.faq),
    translation_of: article.translation_of,
    status: article.status,
    published_at: article.published_at,
    reading_minutes: article.reading_minutes,
    source_hash: article.source_hash,
    updated_at: now,
  };
  if (existing) {
    await db
      .updateTable("article")
      .set({ ...columns, revision: existing.revision + 1 })
      .where("id", "=", existing.id)
      .execute();
    await indexArticle(db, dialect, existing.id, article);
    return "updated";
  }
  const { id } = await db
    .insertInto("article")
    .values({ ...columns, lang: article.lang, slug: article.slug, related: "[]", revision: 1, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await indexArticle(db, dialect, id, article);
  return "created";
}

export interface SeriesTexts {
  title: string;
  description: string;
}

/**
 * Creates or updates a series. Texts given replace the stored ones; a series created without
 * texts gets a title made from its slug in both languages.
 */
export async function upsertSeries(
  db: Executor,
  slug: string,
  texts: Partial<Record<Lang, SeriesTexts>> | undefined,
  position?: number,
  now = new Date().toISOString(),
): Promise<void> {
  const existing = await db.selectFrom("series").select("slug").where("slug", "=", slug).executeTakeFirst();
  if (!existing) {
    const last = await db
      .selectFrom("series")
      .select((eb) => eb.fn.max("position").as("max"))
      .executeTakeFirst();
    await db
      .insertInto("series")
      .values({ slug, position: position ?? Number(last?.max ?? 0) + 1, created_at: now, updated_at: now })
      .execute();
  } else if (position !== undefined || texts) {
    await db
      .updateTable("series")
      .set({ updated_at: now, ...(position !== undefined ? { position } : {}) })
      .where("slug", "=", slug)
      .execute();
  }
  for (const lang of ["en", "zh"] as const) {
    const given = texts?.[lang];
    const stored = await db.selectFrom("series_text").select("title").where("series_slug", "=", slug).where("lang", "=", lang).executeTakeFirst();
    if (given) {
      if (stored) {
        await db.updateTable("series_text").set(given).where("series_slug", "=", slug).where("lang", "=", lang).execute();
      } else {
        await db
          .insertInto("series_text")
          .values({ series_slug: slug, lang, ...given })
          .execute();
      }
    } else if (!stored) {
      await db
        .insertInto("series_text")
        .values({ series_slug: slug, lang, title: titleFromSlug(slug), description: "" })
        .execute();
    }
  }
}

/** @example titleFromSlug("silent-treatment") // "Silent treatment" */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Recomputes related reading for every article in the given languages and writes the lists
 * that changed. Runs when content changes, so pages only read the stored ids.
 */
export async function refreshRelated(db: Executor, langs: Iterable<Lang>): Promise<number> {
  const wanted = [...new Set(langs)];
  if (wanted.length === 0) return 0;
  const rows = await db
    .selectFrom("article")
    .select(["id", "lang", "series_slug", "installment", "tags", "published_at", "status", "related"])
    .where("lang", "in", wanted)
    .execute();
  const related = computeRelated(
    rows.map((r) => ({
      id: r.id,
      lang: r.lang,
      series: r.series_slug,
      installment: r.installment,
      tags: JSON.parse(r.tags) as string[],
      publishedAt: r.status === "published" ? r.published_at : null,
    })),
  );
  let changed = 0;
  for (const row of rows) {
    const next = JSON.stringify(related.get(row.id) ?? []);
    if (next === row.related) continue;
    await db.updateTable("article").set({ related: next }).where("id", "=", row.id).execute();
    changed++;
  }
  return changed;
}
