/**
 * Series management: create a series, change its texts per language and its place in the
 * list, and reorder its installments. Reordering changes articles' metadata, so every moved
 * article gets a revision like any other save.
 */
import { z } from "zod";
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { SLUG } from "../articles/front-matter.js";
import { prepareArticle } from "../articles/prepare.js";
import { InstallmentTakenError, RevisionConflictError, refreshRelated, SlugTakenError, saveArticle, upsertSeries } from "../articles/store.js";
import { recordAudit } from "../auth/audit.js";
import type { FieldError } from "./form.js";
import { findEditableArticle } from "./repo.js";
import type { EditorActor } from "./service.js";

const Text = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
});

export interface SeriesValues {
  slug: string;
  position: string;
  texts: Record<Lang, { title: string; description: string }>;
}

export function seriesValuesFromForm(form: Record<string, string>): SeriesValues {
  const text = (name: string) => (form[name] ?? "").replace(/\r\n?/g, "\n").trim();
  return {
    slug: text("slug"),
    position: text("position"),
    texts: {
      en: { title: text("title_en"), description: text("description_en") },
      zh: { title: text("title_zh"), description: text("description_zh") },
    },
  };
}

/**
 * Creates (when `create`) or updates a series.
 * @example await saveSeries(db, actor, values, true) // { ok: true }
 */
export async function saveSeries(
  db: Db,
  actor: EditorActor,
  values: SeriesValues,
  create: boolean,
): Promise<{ ok: true } | { ok: false; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  if (!SLUG.safeParse(values.slug).success) errors.push({ field: "slug", key: "editor.error.slug" });
  const position = /^\d{1,6}$/.test(values.position) ? Number(values.position) : undefined;
  if (values.position && position === undefined) errors.push({ field: "position", key: "editor.error.wholeNumber" });
  for (const lang of ["en", "zh"] as const) {
    const parsed = Text.safeParse(values.texts[lang]);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const field = `${String(issue.path[0])}_${lang}`;
      errors.push(
        issue.code === "too_small"
          ? { field, key: "editor.error.required" }
          : { field, key: "editor.error.tooLong", params: { max: issue.path[0] === "title" ? 200 : 2000 } },
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return db.kysely.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("series").select("slug").where("slug", "=", values.slug).executeTakeFirst();
    if (create && existing) return { ok: false as const, errors: [{ field: "slug", key: "editor.error.seriesTaken" as const }] };
    if (!create && !existing) return { ok: false as const, errors: [{ field: "slug", key: "editor.error.seriesUnknown" as const }] };
    await upsertSeries(trx, values.slug, values.texts, position);
    await recordAudit(trx, { id: actor.id, label: actor.email }, create ? "series.create" : "series.update", `series:${values.slug}`);
    return { ok: true as const };
  });
}

/**
 * Gives a series' articles in one language new installment numbers (id → number). Numbers
 * must be whole, positive and distinct; articles not named keep theirs.
 */
export async function reorderInstallments(
  db: Db,
  actor: EditorActor,
  series: string,
  lang: Lang,
  wanted: Map<number, string>,
  /** The installments the form showed (id → number); any difference now means someone else reordered. */
  shown?: Map<number, number>,
): Promise<{ ok: true; moved: number } | { ok: false; errors: FieldError[] }> {
  const current = await db.kysely
    .selectFrom("article")
    .select(["id", "installment"])
    .where("series_slug", "=", series)
    .where("lang", "=", lang)
    .execute();
  const next = new Map(current.map((a) => [a.id, a.installment]));
  const errors: FieldError[] = [];
  for (const [id, value] of wanted) {
    if (!next.has(id)) continue;
    if (!/^\d{1,7}$/.test(value) || Number(value) < 1) errors.push({ field: `installment_${id}`, key: "editor.error.wholeNumber" });
    else next.set(id, Number(value));
  }
  const seen = new Map<number, number>();
  for (const [id, n] of next) {
    const other = seen.get(n);
    if (other !== undefined) errors.push({ field: `installment_${id}`, key: "editor.error.installmentDuplicate", params: { installment: n } });
    seen.set(n, id);
  }
  if (errors.length > 0) return { ok: false, errors };
  const moved = current.filter((a) => next.get(a.id) !== a.installment);
  if (moved.length === 0) return { ok: true, moved: 0 };
  try {
    await db.kysely.transaction().execute(async (trx) => {
      if (shown) {
        const now = await trx
          .selectFrom("article")
          .select(["id", "installment"])
          .where("series_slug", "=", series)
          .where("lang", "=", lang)
          .execute();
        if (now.length !== shown.size || now.some((a) => shown.get(a.id) !== a.installment)) throw new RevisionConflictError(0);
      }
      // Read inside the transaction, and save against the revision read: an edit that lands in
      // between makes the whole reorder fail instead of being overwritten.
      const files = new Map<number, NonNullable<Awaited<ReturnType<typeof findEditableArticle>>>>();
      for (const a of moved) {
        const editable = await findEditableArticle(db, a.id, trx);
        if (editable) files.set(a.id, editable);
      }
      // Out of the way first (negative numbers are never real installments), so swaps do not collide.
      for (const a of moved) await trx.updateTable("article").set({ installment: -a.id }).where("id", "=", a.id).execute();
      for (const a of moved) {
        const editable = files.get(a.id);
        if (!editable) continue;
        const file = { meta: { ...editable.file.meta, installment: next.get(a.id) as number }, body: editable.file.body };
        await saveArticle(trx, db.dialect, {
          id: a.id,
          article: prepareArticle(file),
          baseRevision: editable.revision,
          authorship: { authorId: actor.id, authorLabel: actor.email, action: "reorder" },
        });
      }
      await refreshRelated(trx, [lang]);
      await recordAudit(trx, { id: actor.id, label: actor.email }, "series.reorder", `series:${series}`, { lang, moved: moved.length });
    });
  } catch (error) {
    // Someone else moved, added or edited an article of this series meanwhile: nothing is moved.
    if (error instanceof RevisionConflictError || error instanceof InstallmentTakenError || error instanceof SlugTakenError) {
      return { ok: false, errors: [{ field: "order", key: "editor.error.changedMeanwhile" }] };
    }
    throw error;
  }
  return { ok: true, moved: moved.length };
}
