/**
 * The editor's commands. Each runs in one transaction: the article row, its search entry, a
 * new revision, related reading for its language and an audit entry change together or not at
 * all. Each returns either the outcome or the problems to show, field by field.
 */
import type { Db } from "../../db/index.js";
import type { Lang, RevisionAction } from "../../db/schema.js";
import type { ParsedArticleFile } from "../articles/front-matter.js";
import { prepareArticle } from "../articles/prepare.js";
import { InstallmentTakenError, RevisionConflictError, refreshRelated, SlugTakenError, saveArticle } from "../articles/store.js";
import { recordAudit } from "../auth/audit.js";
import type { FieldError } from "./form.js";
import { findEditableArticle, findRevision } from "./repo.js";

export interface EditorActor {
  id: string;
  email: string;
}

export type SaveOutcome =
  | { ok: true; id: number; revision: number; changed: boolean }
  | { ok: false; errors: FieldError[] }
  | { ok: false; conflict: number };

export interface SaveProps {
  db: Db;
  actor: EditorActor;
  file: ParsedArticleFile;
  /** Absent to create. */
  id?: number;
  baseRevision?: number;
  action?: RevisionAction;
}

/**
 * Saves an article from the editor (create, edit, publish, unpublish, restore).
 * @example await saveFromEditor({ db, actor, id: 3, file, baseRevision: 4 }) // { ok: true, id: 3, revision: 5, changed: true }
 */
export async function saveFromEditor({ db, actor, file, id, baseRevision, action = "edit" }: SaveProps): Promise<SaveOutcome> {
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const errors: FieldError[] = [];
      const series = await trx.selectFrom("series").select("slug").where("slug", "=", file.meta.series).executeTakeFirst();
      if (!series) errors.push({ field: "series", key: "editor.error.seriesUnknown" });
      if (file.meta.translationOf) {
        const other: Lang = file.meta.lang === "en" ? "zh" : "en";
        const target =
          (await trx.selectFrom("article").select("id").where("lang", "=", other).where("slug", "=", file.meta.translationOf).executeTakeFirst()) ??
          // A slug that changed since still names the article (its old address redirects).
          (await trx
            .selectFrom("article_slug_redirect")
            .select("article_id as id")
            .where("lang", "=", other)
            .where("old_slug", "=", file.meta.translationOf)
            .executeTakeFirst());
        if (!target) errors.push({ field: "translationOf", key: "editor.error.translationUnknown" });
      }
      if (errors.length > 0) return { ok: false as const, errors };
      const saved = await saveArticle(trx, db.dialect, {
        id,
        article: prepareArticle(file),
        baseRevision,
        authorship: { authorId: actor.id, authorLabel: actor.email, action: id === undefined ? "create" : action },
      });
      if (saved.changed) {
        await refreshRelated(trx, [file.meta.lang]);
        await recordAudit(trx, { id: actor.id, label: actor.email }, `article.${id === undefined ? "create" : action}`, `article:${saved.id}`, {
          revision: saved.revision,
          slug: file.meta.slug,
          lang: file.meta.lang,
        });
      }
      return { ok: true as const, ...saved };
    });
  } catch (error) {
    if (error instanceof RevisionConflictError) return { ok: false, conflict: error.current };
    if (error instanceof SlugTakenError) return { ok: false, errors: [{ field: "slug", key: "editor.error.slugTaken" }] };
    if (error instanceof InstallmentTakenError)
      return { ok: false, errors: [{ field: "installment", key: "editor.error.installmentTaken", params: { slug: error.takenBy } }] };
    throw error;
  }
}

/** Publishes (today, unless it had a date) or unpublishes the article's current revision. */
export async function setPublished(db: Db, actor: EditorActor, id: number, baseRevision: number, publish: boolean): Promise<SaveOutcome | undefined> {
  const article = await findEditableArticle(db, id);
  if (!article) return undefined;
  const { published: _dropped, ...rest } = article.file.meta;
  const meta = publish ? { ...rest, published: _dropped ?? new Date().toISOString() } : rest;
  return saveFromEditor({ db, actor, id, baseRevision, file: { meta, body: article.file.body }, action: publish ? "publish" : "unpublish" });
}

/** Makes an earlier revision the current one, as a new revision (history is never rewritten). */
export async function restoreRevision(
  db: Db,
  actor: EditorActor,
  id: number,
  revision: number,
  baseRevision: number,
): Promise<SaveOutcome | undefined> {
  const old = await findRevision(db, id, revision);
  if (!old) return undefined;
  return saveFromEditor({ db, actor, id, baseRevision, file: old.file, action: "restore" });
}
