/**
 * `wiki import-legacy FILE…` and the admins' upload: old-site pages into articles. Each page
 * is parsed (parse-legacy.ts), given a series (found by its title in either language, else
 * created), linked to its translation (the other language's article at the same place in the
 * same series) and written in its own transaction as a new revision. A page imported again
 * updates the article it became (found through legacy_source), keeping what editors decided
 * (slug, place, publication) and leaving alone an article an editor has edited since. A page that
 * fails writes nothing; the report says per file what was created, what was missing and what was
 * left out.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import type { Db } from "../../db/index.js";
import type { Database, Lang } from "../../db/schema.js";
import { FrontMatterSchema, type ParsedArticleFile } from "../articles/front-matter.js";
import { prepareArticle } from "../articles/prepare.js";
import { type Authorship, IMPORT_AUTHORSHIP, InstallmentTakenError, refreshRelated, saveArticle, upsertSeries } from "../articles/store.js";
import { findEditableArticle } from "../editor/repo.js";
import { type LegacyPage, parseLegacyPage, slugifyTitle, toArticleFile } from "./parse-legacy.js";

export interface LegacyFileReport {
  file: string;
  /** skipped: an editor changed the article since it was imported, so the page did not overwrite it. */
  outcome: "created" | "updated" | "unchanged" | "skipped" | "failed";
  lang?: Lang;
  slug?: string;
  series?: string;
  installment?: number;
  missing: LegacyPage["missing"];
  unplaced: string[];
  problems: { field: string; message: string }[];
}

export interface LegacyImportOptions {
  /** Import as drafts instead of publishing at once. */
  draft?: boolean;
  /** Put every page in this series (slug) instead of finding one by title. */
  series?: string;
  authorship?: Authorship;
  now?: Date;
}

/** Old pages are a few tens of KB; far beyond that is not a page of the old site. */
export const MAX_LEGACY_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * @example const [report] = await importLegacyPages(db, [{ name: "359.txt", text }]); report.outcome // "created"
 */
export async function importLegacyPages(
  db: Db,
  files: { name: string; text: string }[],
  options: LegacyImportOptions = {},
): Promise<LegacyFileReport[]> {
  const reports: LegacyFileReport[] = [];
  const touched = new Set<Lang>();
  for (const { name, text } of files) {
    const report = await importOne(db, name, text, options);
    if ((report.outcome === "created" || report.outcome === "updated") && report.lang) touched.add(report.lang);
    reports.push(report);
  }
  if (touched.size > 0) await db.kysely.transaction().execute((trx) => refreshRelated(trx, touched));
  return reports;
}

async function importOne(db: Db, file: string, text: string, options: LegacyImportOptions): Promise<LegacyFileReport> {
  const failed = (problems: LegacyFileReport["problems"]): LegacyFileReport => ({ file, outcome: "failed", missing: [], unplaced: [], problems });
  if (Buffer.byteLength(text) > MAX_LEGACY_PAGE_BYTES)
    return failed([{ field: "file", message: `larger than ${MAX_LEGACY_PAGE_BYTES / 1024 / 1024} MB` }]);
  const parsed = parseLegacyPage(text);
  if (!parsed.ok) return failed(parsed.problems);
  const { page } = parsed;
  const base = { file, lang: page.lang, installment: page.installment, missing: page.missing, unplaced: page.unplaced };
  // A line break cannot occur inside either part (each comes from one line of the page).
  const sourceKey = `${page.seriesTitle}\n${page.installment}`;
  try {
    return await db.kysely.transaction().execute(async (trx): Promise<LegacyFileReport> => {
      const known = await trx
        .selectFrom("legacy_source")
        .select("article_id")
        .where("lang", "=", page.lang)
        .where("source_key", "=", sourceKey)
        .executeTakeFirst();
      if (known) return updateImported(db, trx, known.article_id, page, base, options);
      const series = options.series ?? (await findOrCreateSeries(trx, page));
      if (options.series) await upsertSeries(trx, options.series, undefined);
      // An article at the page's place that came from an import but has no link yet (imported
      // before links were kept) is that page's article: link it and update it.
      const unlinked = await trx
        .selectFrom("article")
        .leftJoin("legacy_source", "legacy_source.article_id", "article.id")
        .select("article.id")
        .where("article.lang", "=", page.lang)
        .where("article.series_slug", "=", series)
        .where("article.installment", "=", page.installment)
        .where("legacy_source.article_id", "is", null)
        .executeTakeFirst();
      if (unlinked) {
        const first = await trx
          .selectFrom("article_revision")
          .select("action")
          .where("article_id", "=", unlinked.id)
          .orderBy("revision")
          .executeTakeFirst();
        if (first?.action === "import") {
          await trx.insertInto("legacy_source").values({ lang: page.lang, source_key: sourceKey, article_id: unlinked.id }).execute();
          return updateImported(db, trx, unlinked.id, page, base, options);
        }
      }
      let draft = toArticleFile(page, { series });
      if (await slugTaken(trx, page.lang, draft.meta.slug)) {
        // Another page with the same title elsewhere: keep both, told apart by installment.
        draft = toArticleFile(page, { series, slug: `${draft.meta.slug.slice(0, 100)}-${page.installment}` });
        if (await slugTaken(trx, page.lang, draft.meta.slug)) {
          return { ...base, outcome: "failed", problems: [{ field: "slug", message: `"${draft.meta.slug}" is already used by another article` }] };
        }
      }
      const other: Lang = page.lang === "en" ? "zh" : "en";
      const translation = await trx
        .selectFrom("article")
        .select("slug")
        .where("lang", "=", other)
        .where("series_slug", "=", series)
        .where("installment", "=", page.installment)
        .executeTakeFirst();
      const published = options.draft ? undefined : (options.now ?? new Date()).toISOString();
      const candidate = { ...draft.meta, ...(published ? { published } : {}), ...(translation ? { translationOf: translation.slug } : {}) };
      const checked = FrontMatterSchema.safeParse(candidate);
      if (!checked.success) return { ...base, outcome: "failed", slug: draft.meta.slug, series, problems: issuesOf(checked.error.issues) };
      const source: ParsedArticleFile = { meta: checked.data, body: draft.body };
      const saved = await saveArticle(trx, db.dialect, { article: prepareArticle(source), authorship: options.authorship ?? IMPORT_AUTHORSHIP });
      await trx.insertInto("legacy_source").values({ lang: page.lang, source_key: sourceKey, article_id: saved.id }).execute();
      return { ...base, outcome: "created", slug: source.meta.slug, series, problems: [] };
    });
  } catch (error) {
    if (error instanceof InstallmentTakenError) return { ...base, outcome: "failed", problems: [{ field: "installment", message: error.message }] };
    throw error;
  }
}

const issuesOf = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => ({ field: i.path.join(".") || "page", message: i.message }));

/**
 * A page imported before: its text (title, summary, body, lines to copy, FAQ) replaces the
 * article's, while what editors decide — slug, series, place, tags, translation, published or
 * not — stays as it is. An article an editor has changed since the import is left alone.
 */
async function updateImported(
  db: Db,
  trx: Transaction<Database>,
  articleId: number,
  page: LegacyPage,
  base: Omit<LegacyFileReport, "outcome" | "problems">,
  options: LegacyImportOptions,
): Promise<LegacyFileReport> {
  const current = await findEditableArticle(db, articleId, trx);
  if (!current) return { ...base, outcome: "failed", problems: [{ field: "article", message: "the article it became no longer exists" }] };
  const last = await trx
    .selectFrom("article_revision")
    .select("action")
    .where("article_id", "=", articleId)
    .where("revision", "=", current.revision)
    .executeTakeFirstOrThrow();
  const where = { slug: current.slug, series: current.file.meta.series, installment: current.file.meta.installment };
  if (last.action !== "import") {
    return {
      ...base,
      ...where,
      outcome: "skipped",
      problems: [{ field: "article", message: "edited in the editor since it was imported; not overwritten" }],
    };
  }
  const fresh = toArticleFile(page, { series: current.file.meta.series, slug: current.slug });
  const checked = FrontMatterSchema.safeParse({
    ...current.file.meta,
    title: fresh.meta.title,
    summary: fresh.meta.summary,
    quotes: fresh.meta.quotes,
    faq: fresh.meta.faq,
  });
  if (!checked.success) return { ...base, ...where, outcome: "failed", problems: issuesOf(checked.error.issues) };
  const saved = await saveArticle(trx, db.dialect, {
    id: articleId,
    article: prepareArticle({ meta: checked.data, body: fresh.body }),
    baseRevision: current.revision,
    authorship: options.authorship ?? IMPORT_AUTHORSHIP,
  });
  return { ...base, ...where, outcome: saved.changed ? "updated" : "unchanged", problems: [] };
}

async function slugTaken(trx: Parameters<typeof upsertSeries>[0], lang: Lang, slug: string): Promise<boolean> {
  return Boolean(await trx.selectFrom("article").select("id").where("lang", "=", lang).where("slug", "=", slug).executeTakeFirst());
}

/** The series whose title (in any language) is the page's series title, or a new one. */
async function findOrCreateSeries(trx: Parameters<typeof upsertSeries>[0], page: LegacyPage): Promise<string> {
  const known = await trx
    .selectFrom("series_text")
    .select("series_slug")
    .where("title", "=", page.seriesTitle)
    .orderBy("series_slug")
    .executeTakeFirst();
  if (known) return known.series_slug;
  const slug = slugifyTitle(page.seriesTitle) || `series-${createHash("sha256").update(page.seriesTitle).digest("hex").slice(0, 8)}`;
  const taken = await trx.selectFrom("series").select("slug").where("slug", "=", slug).executeTakeFirst();
  if (!taken) {
    // Both languages start with the old title; editors rename the other language's in the editor.
    const texts = { title: page.seriesTitle, description: "" };
    await upsertSeries(trx, slug, { en: texts, zh: texts });
  }
  return slug;
}
