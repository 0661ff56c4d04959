/**
 * `wiki import DIR`: reads every *.md below DIR (and DIR/series.yaml), validates each file, and
 * writes the good ones. A bad file is reported by file and field and nothing of it is written;
 * importing the same folder again updates articles instead of duplicating them.
 */
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { refreshSearchStatistics } from "../search/index-store.js";
import { type FieldProblem, SLUG } from "./front-matter.js";
import type { PreparedArticle } from "./prepare.js";
import type { PreparedFile } from "./prepare-file.js";
import { createPreparer } from "./preparer.js";
import { InstallmentTakenError, refreshRelated, upsertArticle, upsertSeries } from "./store.js";

export interface FileProblem extends FieldProblem {
  file: string;
}

export interface ImportReport {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: FileProblem[];
}

/** Files are read, validated and written in batches: bounded memory, one transaction per batch. */
const BATCH_SIZE = 200;

const SeriesTextSchema = z.object({
  title: z.string().trim().min(1, "is required").max(200),
  description: z.string().trim().max(2000).default(""),
});
const SeriesFileSchema = z.record(SLUG, z.object({ en: SeriesTextSchema.optional(), zh: SeriesTextSchema.optional() }));

/** Folders this large are prepared in worker threads; smaller ones are quicker without them. */
const THREADED_IMPORT_MIN_FILES = 400;

export interface ImportOptions {
  /** Worker threads preparing files; by default up to 2 for large folders, none for small ones. */
  threads?: number;
}

/**
 * @example const report = await importDirectory(db, "content"); report.problems // []
 */
export async function importDirectory(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { files: 0, created: 0, updated: 0, unchanged: 0, problems: [] };
  await importSeriesFile(db, dir, report);
  const files = (await listMarkdownFiles(dir)).sort();
  report.files = files.length;
  const seenSlugs = new Map<string, string>();
  const seenInstallments = new Map<string, string>();
  const touchedLangs = new Set<Lang>();
  const threads = options.threads ?? (files.length >= THREADED_IMPORT_MIN_FILES ? Math.min(2, availableParallelism()) : 0);
  const preparer = createPreparer(db.dialect, threads);
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) batches.push(files.slice(start, start + BATCH_SIZE));

  try {
    // The next batch is prepared while this one is written.
    let next = batches.length > 0 ? preparer.prepare(batches[0] ?? []) : undefined;
    for (let b = 0; b < batches.length; b++) {
      const paths = batches[b] ?? [];
      const prepared = await (next as Promise<PreparedFile[]>);
      next = b + 1 < batches.length ? preparer.prepare(batches[b + 1] ?? []) : undefined;
      const batch: { file: string; article: PreparedArticle }[] = [];
      prepared.forEach((result, i) => {
        const file = relative(dir, paths[i] ?? "");
        if (!result.ok) {
          report.problems.push(...result.problems.map((p) => ({ file, ...p })));
          return;
        }
        const { article } = result;
        const slugKey = `${article.lang}/${article.slug}`;
        const installmentKey = `${article.series_slug}/${article.lang}/${article.installment}`;
        const slugOwner = seenSlugs.get(slugKey);
        const installmentOwner = seenInstallments.get(installmentKey);
        if (slugOwner) {
          report.problems.push({ file, field: "slug", message: `"${article.slug}" is already used in this import by ${slugOwner}` });
          return;
        }
        if (installmentOwner) {
          report.problems.push({
            file,
            field: "installment",
            message: `${article.installment} is already used in series "${article.series_slug}" by ${installmentOwner}`,
          });
          return;
        }
        seenSlugs.set(slugKey, file);
        seenInstallments.set(installmentKey, file);
        batch.push({ file, article });
      });
      await writeBatch(db, batch, report, touchedLangs);
    }
  } finally {
    await preparer.close();
  }
  if (touchedLangs.size > 0) await db.kysely.transaction().execute((trx) => refreshRelated(trx, touchedLangs));
  if (report.created + report.updated > 0) await refreshSearchStatistics(db);
  return report;
}

async function writeBatch(db: Db, batch: { file: string; article: PreparedArticle }[], report: ImportReport, touchedLangs: Set<Lang>): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const knownSeries = new Set<string>();
    for (const { file, article } of batch) {
      if (!knownSeries.has(article.series_slug)) {
        await upsertSeries(trx, article.series_slug, undefined);
        knownSeries.add(article.series_slug);
      }
      try {
        const outcome = await upsertArticle(trx, db.dialect, article);
        report[outcome]++;
        if (outcome !== "unchanged") touchedLangs.add(article.lang);
      } catch (error) {
        if (!(error instanceof InstallmentTakenError)) throw error;
        report.problems.push({ file, field: "installment", message: error.message });
      }
    }
  });
}

async function importSeriesFile(db: Db, dir: string, report: ImportReport): Promise<void> {
  let text: string;
  try {
    text = await readFile(join(dir, "series.yaml"), "utf8");
  } catch {
    return; // optional: series are created from their slugs when absent
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    report.problems.push({ file: "series.yaml", field: "series.yaml", message: `YAML: ${(error as Error).message.split("\n")[0]}` });
    return;
  }
  const parsed = SeriesFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    report.problems.push(...parsed.error.issues.map((i) => ({ file: "series.yaml", field: i.path.join(".") || "series.yaml", message: i.message })));
    return;
  }
  await db.kysely.transaction().execute(async (trx) => {
    let position = 1;
    for (const [slug, texts] of Object.entries(parsed.data)) await upsertSeries(trx, slug, texts, position++);
  });
}

async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".md")).map((e) => join(e.parentPath, e.name));
}
