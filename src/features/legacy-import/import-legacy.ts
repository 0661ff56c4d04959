/**
 * `wiki import-legacy FILE…` and the admins' upload: old-site pages into articles. Each page
 * is parsed (parse-legacy.ts), given a series (found by its title in either language, else
 * created), linked to its translation (the other language's article at the same place in the
 * same series) and written in its own transaction as a new revision. A page that fails writes
 * nothing; the report says per file what was created, what was missing and what was left out.
 */
import { createHash } from "node:crypto";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { FrontMatterSchema, type ParsedArticleFile } from "../articles/front-matter.js";
import { prepareArticle } from "../articles/prepare.js";
import { type Authorship, IMPORT_AUTHORSHIP, InstallmentTakenError, refreshRelated, upsertArticle, upsertSeries } from "../articles/store.js";
import { type LegacyPage, parseLegacyPage, slugifyTitle, toArticleFile } from "./parse-legacy.js";

export interface LegacyFileReport {
  file: string;
  outcome: "created" | "updated" | "unchanged" | "failed";
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
    if (report.outcome !== "failed" && report.outcome !== "unchanged" && report.lang) touched.add(report.lang);
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
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const series = options.series ?? (await findOrCreateSeries(trx, page));
      if (options.series) await upsertSeries(trx, options.series, undefined);
      // The page's place (language, series, installment) identifies it: importing it again
      // updates that article, even after an editor changed its slug.
      const existing = await trx
        .selectFrom("article")
        .select(["slug", "status", "published_at"])
        .where("lang", "=", page.lang)
        .where("series_slug", "=", series)
        .where("installment", "=", page.installment)
        .executeTakeFirst();
      let draft = toArticleFile(page, { series, slug: existing?.slug });
      if (!existing && (await slugTaken(trx, page.lang, draft.meta.slug))) {
        // Another page with the same title elsewhere: keep both, told apart by installment.
        draft = toArticleFile(page, { series, slug: `${draft.meta.slug.slice(0, 100)}-${page.installment}` });
        if (await slugTaken(trx, page.lang, draft.meta.slug)) {
          return {
            ...base,
            outcome: "failed" as const,
            problems: [{ field: "slug", message: `"${draft.meta.slug}" is already used by another article` }],
          };
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
      // A page published before keeps its date, so importing it again changes nothing.
      const published = options.draft ? undefined : (existing?.published_at ?? (options.now ?? new Date()).toISOString());
      const candidate = { ...draft.meta, ...(published ? { published } : {}), ...(translation ? { translationOf: translation.slug } : {}) };
      const checked = FrontMatterSchema.safeParse(candidate);
      if (!checked.success)
        return {
          ...base,
          outcome: "failed" as const,
          slug: draft.meta.slug,
          series,
          problems: checked.error.issues.map((i) => ({ field: i.path.join(".") || "page", message: i.message })),
        };
      const source: ParsedArticleFile = { meta: checked.data, body: draft.body };
      const outcome = await upsertArticle(trx, db.dialect, prepareArticle(source), undefined, options.authorship ?? IMPORT_AUTHORSHIP);
      return { ...base, outcome, slug: source.meta.slug, series, problems: [] };
    });
  } catch (error) {
    if (error instanceof InstallmentTakenError) return { ...base, outcome: "failed", problems: [{ field: "installment", message: error.message }] };
    throw error;
  }
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
