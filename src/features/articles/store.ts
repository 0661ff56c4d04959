/**
 * Writing articles: upsert by (lang, slug) for imports, save by id for the editor, ensure series
 * exist, and refresh related reading. Callers pass a transaction; everything an article changes
 * (row, search index, a new revision) is written inside it.
 */
import type { Kysely, Transaction } from "kysely";
import type { Dialect } from "../../db/index.js";
import type { Database, Lang, RevisionAction } from "../../db/schema.js";
import { indexArticle } from "../search/index-store.js";
import { bumpContentVersion } from "./content-version.js";
import type { PreparedArticle } from "./prepare.js";
import { computeRelated } from "./related.js";

type Executor = Kysely<Database> | Transaction<Database>;

export type UpsertOutcome = "created" | "updated" | "unchanged";

export class InstallmentTakenError extends Error {
  constructor(readonly takenBy: string) {
    super(`installment is already used in this series by "${takenBy}"`);
  }
}

export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`slug "${slug}" is already used in this language`);
  }
}

/** Someone saved the article after the revision the editor started from. */
export class RevisionConflictError extends Error {
  constructor(readonly current: number) {
    super(`the article is at revision ${current}`);
  }
}

/** Who made a change and how; every write appends a revision carrying it. */
export interface Authorship {
  authorId: string | null;
  authorLabel: string;
  action: RevisionAction;
}

export const IMPORT_AUTHORSHIP: Authorship = { authorId: null, authorLabel: "import", action: "import" };

/**
 * Creates or updates the article with the same language and slug, its search index entry and a
 * new revision. An unchanged source writes nothing.
 * @throws InstallmentTakenError when another article holds the same series + installment.
 */
export async function upsertArticle(
  db: Executor,
  dialect: Dialect,
  article: PreparedArticle,
  now = new Date().toISOString(),
  authorship: Authorship = IMPORT_AUTHORSHIP,
): Promise<UpsertOutcome> {
  const existing = await db
    .selectFrom("article")
    .select(["id", "source_hash", "revision", "slug"])
    .where("lang", "=", article.lang)
    .where("slug", "=", article.slug)
    .executeTakeFirst();
  if (existing?.source_hash === article.source_hash) return "unchanged";
  await assertInstallmentFree(db, article, existing?.id);
  await writeArticle(db, dialect, existing ?? null, article, now, authorship);
  return existing ? "updated" : "created";
}

export interface SaveArticleProps {
  /** Absent to create a new article. */
  id?: number;
  article: PreparedArticle;
  /** The revision the editor started from; a newer stored revision is a conflict. */
  baseRevision?: number;
  authorship: Authorship;
  now?: string;
}

/**
 * The editor's save: by id, so slug, series and installment can change, with optimistic
 * concurrency on the revision number.
 * @throws RevisionConflictError, SlugTakenError, InstallmentTakenError
 * @example await saveArticle(trx, "sqlite", { id: 3, article, baseRevision: 4, authorship }) // { id: 3, revision: 5, changed: true }
 */
export async function saveArticle(
  db: Executor,
  dialect: Dialect,
  { id, article, baseRevision, authorship, now = new Date().toISOString() }: SaveArticleProps,
): Promise<{ id: number; revision: number; changed: boolean }> {
  const existing =
    id === undefined
      ? null
      : ((await db.selectFrom("article").select(["id", "source_hash", "revision", "slug"]).where("id", "=", id).executeTakeFirst()) ?? null);
  if (id !== undefined && !existing) throw new Error(`article ${id} does not exist`);
  if (existing && baseRevision !== undefined && existing.revision !== baseRevision) throw new RevisionConflictError(existing.revision);
  if (existing?.source_hash === article.source_hash) return { id: existing.id, revision: existing.revision, changed: false };
  const slugHolder = await db.selectFrom("article").select("id").where("lang", "=", article.lang).where("slug", "=", article.slug).executeTakeFirst();
  if (slugHolder && slugHolder.id !== existing?.id) throw new SlugTakenError(article.slug);
  await assertInstallmentFree(db, article, existing?.id);
  const written = await writeArticle(db, dialect, existing, article, now, authorship);
  return { ...written, changed: true };
}

async function assertInstallmentFree(db: Executor, article: PreparedArticle, ownId: number | undefined): Promise<void> {
  let query = db
    .selectFrom("article")
    .select(["slug"])
    .where("series_slug", "=", article.series_slug)
    .where("lang", "=", article.lang)
    .where("installment", "=", article.installment);
  query = ownId === undefined ? query.where("slug", "!=", article.slug) : query.where("id", "!=", ownId);
  const holder = await query.executeTakeFirst();
  if (holder) throw new InstallmentTakenError(holder.slug);
}

async function writeArticle(
  db: Executor,
  dialect: Dialect,
  existing: { id: number; revision: number; slug: string } | null,
  article: PreparedArticle,
  now: string,
  authorship: Authorship,
): Promise<{ id: number; revision: number }> {
  const columns = {
    lang: article.lang,
    slug: article.slug,
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
  let id: number;
  let revision: number;
  if (existing) {
    ({ id } = existing);
    revision = existing.revision + 1;
    // Only if nobody saved in between (two saves from the same revision on PostgreSQL).
    const updated = await db
      .updateTable("article")
      .set({ ...columns, revision })
      .where("id", "=", id)
      .where("revision", "=", existing.revision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const now = await db.selectFrom("article").select("revision").where("id", "=", id).executeTakeFirst();
      throw new RevisionConflictError(now?.revision ?? existing.revision + 1);
    }
    if (existing.slug !== article.slug) await redirectOldSlug(db, article.lang, existing.slug, id, now);
  } else {
    revision = 1;
    ({ id } = await db
      .insertInto("article")
      .values({ ...columns, revision, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow());
  }
  await bumpContentVersion(db);
  // The new slug is live now; it no longer redirects anywhere.
  await db.deleteFrom("article_slug_redirect").where("lang", "=", article.lang).where("old_slug", "=", article.slug).execute();
  // A new article has nothing in the index to replace.
  await indexArticle(db, dialect, id, article, { isNew: existing === null });
  await db
    .insertInto("article_revision")
    .values({
      article_id: id,
      revision,
      action: existing ? authorship.action : authorship.action === "import" ? "import" : "create",
      author_id: authorship.authorId,
      author_label: authorship.authorLabel,
      created_at: now,
      snapshot: article.snapshot,
    })
    .execute();
  return { id, revision };
}

/** Points an article's old address at it, replacing whatever that address pointed at before. */
async function redirectOldSlug(db: Executor, lang: Lang, oldSlug: string, articleId: number, now: string): Promise<void> {
  await db.deleteFrom("article_slug_redirect").where("lang", "=", lang).where("old_slug", "=", oldSlug).execute();
  await db.insertInto("article_slug_redirect").values({ lang, old_slug: oldSlug, article_id: articleId, created_at: now }).execute();
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
  await bumpContentVersion(db);
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
    .leftJoin("article_related as ar", "ar.article_id", "article.id")
    .select(["article.id", "lang", "series_slug", "installment", "tags", "published_at", "status", "ar.related"])
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
    if (next === (row.related ?? "[]")) continue;
    await db
      .insertInto("article_related")
      .values({ article_id: row.id, related: next })
      .onConflict((oc) => oc.column("article_id").doUpdateSet({ related: next }))
      .execute();
    changed++;
  }
  if (changed > 0) await bumpContentVersion(db);
  return changed;
}
