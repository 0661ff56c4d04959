/**
 * The editorial wiki, for signed-in editors only (readers are sent to sign in; the API answers
 * 401). Every state change is a POST behind the site's CSRF check.
 *   GET  /{lang}/editor/                          articles, filtered (series, lang, status, q)
 *   GET  /{lang}/editor/articles/new              new article; POST creates (or previews)
 *   GET  /{lang}/editor/articles/{id}             edit; POST saves with the revision it started from
 *   POST /{lang}/editor/articles/{id}/publish     publish / …/unpublish
 *   GET  /{lang}/editor/articles/{id}/history     revisions; …/diff?from=&to=; POST …/restore
 *   GET  /{lang}/editor/series                    series; POST creates; /series/{slug} edits, …/order reorders
 *   GET  /{lang}/editor/audit                     who did what
 *   POST /api/editor/preview                      {html} of the form's content, for live preview
 * The legacy upload (admins) lives in legacy-routes.tsx.
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../app-env.js";
import type { Lang } from "../../db/schema.js";
import { isLang, type MessageKey } from "../../i18n/index.js";
import { AppError, notFound } from "../../platform/errors.js";
import { readForm } from "../../platform/form.js";
import { renderDocument } from "../../ui/layout.js";
import { pageCount } from "../../ui/pagination.js";
import { SLUG } from "../articles/front-matter.js";
import { listAudit } from "../auth/audit.js";
import { editorSession, requireEditor } from "../auth/guard.js";
import type { SignedInEditor } from "../auth/sessions.js";
import { diffRevisions } from "./diff.js";
import { type EditorValues, EMPTY_VALUES, fileFromValues, valuesFromFile, valuesFromForm } from "./form.js";
import {
  EDITOR_PAGE_SIZE,
  findEditableArticle,
  findRevision,
  listEditorArticles,
  listEditorSeries,
  listRevisions,
  listSeriesInstallments,
} from "./repo.js";
import { reorderInstallments, saveSeries, seriesValuesFromForm } from "./series-service.js";
import { type EditorActor, restoreRevision, type SaveOutcome, saveFromEditor, setPublished } from "./service.js";
import { AuditView } from "./views/audit.js";
import { EditView } from "./views/edit.js";
import { DiffView, HistoryView } from "./views/history.js";
import { ArticleListView } from "./views/list.js";
import { Preview, previewModel } from "./views/preview.js";
import { SeriesEditView, SeriesListView } from "./views/series.js";

type C = Context<AppEnv>;

const ListQuery = z.object({
  series: SLUG.optional().catch(undefined),
  lang: z.enum(["en", "zh"]).optional().catch(undefined),
  status: z.enum(["draft", "published"]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** A positive whole number from a path or form value, or undefined. */
function wholeNumber(value: string | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

const editorOf = (c: C) => c.get("editor") as SignedInEditor;
const actorOf = (c: C): EditorActor => ({ id: editorOf(c).id, email: editorOf(c).email });
const html = (c: C, node: unknown, status: 200 | 400 | 404 | 409 = 200) => c.html(renderDocument(node), status);

const NOTICES: Record<string, MessageKey> = {
  saved: "editor.notice.saved",
  created: "editor.notice.created",
  unchanged: "editor.notice.unchanged",
  published: "editor.notice.published",
  unpublished: "editor.notice.unpublished",
  restored: "editor.notice.restored",
  stale: "editor.notice.stale",
};

/** After any editor POST, this process's page cache reads the content version again at once. */
export const contentMayChange: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== "GET") c.get("deps").pageCache?.contentChanged();
};

export function editorRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const path of ["/:lang{en|zh}/editor", "/:lang{en|zh}/editor/*", "/api/editor/*"])
    app.use(path, editorSession(), requireEditor(), contentMayChange);

  app.get("/:lang{en|zh}/editor", (c) => c.redirect(`/${c.req.param("lang")}/editor/`, 301));

  app.get("/:lang{en|zh}/editor/", async (c) => {
    const ctx = c.get("page");
    const query = ListQuery.parse(c.req.query());
    const filters = { series: query.series, lang: query.lang, status: query.status, text: query.q || undefined };
    const [{ total, items }, series] = await Promise.all([
      listEditorArticles(c.get("deps").db, filters, query.page),
      listEditorSeries(c.get("deps").db),
    ]);
    const pages = pageCount(total, EDITOR_PAGE_SIZE);
    return html(
      c,
      <ArticleListView
        ctx={ctx}
        editor={editorOf(c)}
        filters={filters}
        series={series}
        items={items}
        total={total}
        page={query.page}
        pages={pages}
      />,
    );
  });

  // ---- one article ----------------------------------------------------------------------

  async function renderEdit(
    c: C,
    props: {
      id?: number;
      values: EditorValues;
      articleLang: Lang;
      status?: 200 | 400 | 409;
      errors?: Parameters<typeof EditView>[0]["errors"];
      conflict?: { base: number; current: number };
      preview?: boolean;
      notice?: MessageKey;
      /** The revision the editor's text is based on (kept through previews and errors). */
      baseRevision?: number;
    },
  ) {
    const { db } = c.get("deps");
    const existing = props.id === undefined ? undefined : await findEditableArticle(db, props.id);
    if (props.id !== undefined && !existing) throw notFound();
    return html(
      c,
      <EditView
        ctx={c.get("page")}
        editor={editorOf(c)}
        article={existing && { id: existing.id, revision: existing.revision, status: existing.status, slug: existing.slug }}
        articleLang={props.articleLang}
        values={props.values}
        series={await listEditorSeries(db)}
        errors={props.errors}
        conflict={props.conflict}
        baseRevision={props.baseRevision}
        preview={props.preview ? previewModel(props.values) : undefined}
        notice={props.notice}
      />,
      props.status ?? 200,
    );
  }

  app.get("/:lang{en|zh}/editor/articles/new", (c) => {
    const articleLang = isLang(c.req.query("articleLang")) ? (c.req.query("articleLang") as Lang) : c.get("page").lang;
    const series = SLUG.safeParse(c.req.query("series"));
    return renderEdit(c, { values: { ...EMPTY_VALUES, series: series.success ? series.data : "" }, articleLang });
  });

  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const article = id === undefined ? undefined : await findEditableArticle(c.get("deps").db, id);
    if (!article) throw notFound();
    return renderEdit(c, {
      id: article.id,
      values: valuesFromFile(article.file),
      articleLang: article.lang,
      notice: NOTICES[c.req.query("notice") ?? ""],
    });
  });

  async function submitArticle(c: C, id: number | undefined) {
    const { lang } = c.get("page");
    const form = await readForm(c);
    const existing = id === undefined ? undefined : await findEditableArticle(c.get("deps").db, id);
    if (id !== undefined && !existing) throw notFound();
    const articleLang: Lang = existing?.lang ?? (isLang(form.articleLang) ? form.articleLang : lang);
    const values = valuesFromForm(form);
    const baseRevision = wholeNumber(form.baseRevision);
    if (existing && baseRevision === undefined) throw new AppError("bad_request", 400, "baseRevision missing");
    // A preview or a validation error must not quietly move the editor onto a newer revision.
    if (form.intent === "preview") return renderEdit(c, { id, values, articleLang, preview: true, baseRevision });
    const checked = fileFromValues(values, articleLang, new Date().toISOString().slice(0, 10));
    if (!checked.ok) return renderEdit(c, { id, values, articleLang, errors: checked.errors, status: 400, baseRevision });
    const outcome = await saveFromEditor({ db: c.get("deps").db, actor: actorOf(c), file: checked.file, id, baseRevision });
    if ("conflict" in outcome)
      return renderEdit(c, { id, values, articleLang, conflict: { base: baseRevision ?? 0, current: outcome.conflict }, status: 409 });
    if (!outcome.ok) return renderEdit(c, { id, values, articleLang, errors: outcome.errors, status: 400, baseRevision });
    const notice = id === undefined ? "created" : outcome.changed ? "saved" : "unchanged";
    return c.redirect(`/${lang}/editor/articles/${outcome.id}?notice=${notice}`, 303);
  }

  app.post("/:lang{en|zh}/editor/articles/new", (c) => submitArticle(c, undefined));
  app.post("/:lang{en|zh}/editor/articles/:id{[0-9]+}", (c) => {
    const id = wholeNumber(c.req.param("id"));
    if (id === undefined) throw notFound();
    return submitArticle(c, id);
  });

  async function afterCommand(c: C, id: number, outcome: SaveOutcome | undefined, success: string, back: string) {
    if (!outcome) throw notFound();
    const { lang } = c.get("page");
    if ("conflict" in outcome) return c.redirect(`/${lang}/editor/articles/${id}?notice=stale`, 303);
    if (!outcome.ok) {
      const article = await findEditableArticle(c.get("deps").db, id);
      if (!article) throw notFound();
      return renderEdit(c, { id, values: valuesFromFile(article.file), articleLang: article.lang, errors: outcome.errors, status: 400 });
    }
    return c.redirect(`${back}?notice=${success}`, 303);
  }

  for (const publish of [true, false]) {
    app.post(`/:lang{en|zh}/editor/articles/:id{[0-9]+}/${publish ? "publish" : "unpublish"}`, async (c) => {
      const id = wholeNumber(c.req.param("id"));
      const baseRevision = wholeNumber((await readForm(c)).baseRevision);
      if (id === undefined) throw notFound();
      if (baseRevision === undefined) throw new AppError("bad_request", 400);
      const outcome = await setPublished(c.get("deps").db, actorOf(c), id, baseRevision, publish);
      return afterCommand(c, id, outcome, publish ? "published" : "unpublished", `/${c.get("page").lang}/editor/articles/${id}`);
    });
  }

  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}/history", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const article = id === undefined ? undefined : await findEditableArticle(c.get("deps").db, id);
    if (!article) throw notFound();
    const revisions = await listRevisions(c.get("deps").db, article.id);
    const notice = c.req.query("notice") === "restored" ? c.get("page").t("editor.notice.restored") : undefined;
    return html(c, <HistoryView ctx={c.get("page")} editor={editorOf(c)} article={article} revisions={revisions} notice={notice} />);
  });

  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}/diff", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const from = wholeNumber(c.req.query("from"));
    const to = wholeNumber(c.req.query("to"));
    const { db } = c.get("deps");
    const article = id === undefined ? undefined : await findEditableArticle(db, id);
    if (!article) throw notFound();
    if (from === undefined || to === undefined) throw new AppError("bad_request", 400);
    const [before, after] = await Promise.all([findRevision(db, article.id, from), findRevision(db, article.id, to)]);
    if (!before || !after) throw notFound();
    const diff = diffRevisions(before.file, after.file, article.lang);
    return html(c, <DiffView ctx={c.get("page")} editor={editorOf(c)} article={article} from={before} to={after} diff={diff} />);
  });

  app.post("/:lang{en|zh}/editor/articles/:id{[0-9]+}/restore", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const form = await readForm(c);
    const revision = wholeNumber(form.revision);
    const baseRevision = wholeNumber(form.baseRevision);
    if (id === undefined) throw notFound();
    if (revision === undefined || baseRevision === undefined) throw new AppError("bad_request", 400);
    const outcome = await restoreRevision(c.get("deps").db, actorOf(c), id, revision, baseRevision);
    return afterCommand(c, id, outcome, "restored", `/${c.get("page").lang}/editor/articles/${id}/history`);
  });

  // ---- series ---------------------------------------------------------------------------

  app.get("/:lang{en|zh}/editor/series", async (c) => {
    const notice = c.req.query("notice") === "created" ? c.get("page").t("editor.notice.seriesCreated") : undefined;
    return html(c, <SeriesListView ctx={c.get("page")} editor={editorOf(c)} series={await listEditorSeries(c.get("deps").db)} notice={notice} />);
  });

  app.post("/:lang{en|zh}/editor/series", async (c) => {
    const { db } = c.get("deps");
    const values = seriesValuesFromForm(await readForm(c));
    const outcome = await saveSeries(db, actorOf(c), values, true);
    if (!outcome.ok)
      return html(
        c,
        <SeriesListView ctx={c.get("page")} editor={editorOf(c)} series={await listEditorSeries(db)} values={values} errors={outcome.errors} />,
        400,
      );
    return c.redirect(`/${c.get("page").lang}/editor/series/${values.slug}?notice=saved`, 303);
  });

  async function renderSeries(
    c: C,
    slug: string,
    extra: {
      errors?: Parameters<typeof SeriesEditView>[0]["errors"];
      values?: ReturnType<typeof seriesValuesFromForm>;
      status?: 200 | 400;
      notice?: string;
    } = {},
  ) {
    const { db } = c.get("deps");
    const series = (await listEditorSeries(db)).find((s) => s.slug === slug);
    if (!series) throw notFound();
    const [en, zh] = await Promise.all([listSeriesInstallments(db, slug, "en"), listSeriesInstallments(db, slug, "zh")]);
    const values = extra.values ?? { slug, position: String(series.position), texts: series.texts };
    return html(
      c,
      <SeriesEditView
        ctx={c.get("page")}
        editor={editorOf(c)}
        values={values}
        installments={{ en, zh }}
        errors={extra.errors}
        notice={extra.notice}
      />,
      extra.status ?? 200,
    );
  }

  app.get("/:lang{en|zh}/editor/series/:slug", (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const { t } = c.get("page");
    const notice =
      c.req.query("notice") === "saved" ? t("editor.notice.saved") : c.req.query("notice") === "ordered" ? t("editor.notice.ordered") : undefined;
    return renderSeries(c, slug.data, { notice });
  });

  app.post("/:lang{en|zh}/editor/series/:slug", async (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const values = { ...seriesValuesFromForm(await readForm(c)), slug: slug.data };
    const outcome = await saveSeries(c.get("deps").db, actorOf(c), values, false);
    if (!outcome.ok) return renderSeries(c, slug.data, { errors: outcome.errors, values, status: 400 });
    return c.redirect(`/${c.get("page").lang}/editor/series/${slug.data}?notice=saved`, 303);
  });

  app.post("/:lang{en|zh}/editor/series/:slug/order", async (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const form = await readForm(c);
    if (!isLang(form.lang)) throw new AppError("bad_request", 400);
    const wanted = new Map<number, string>();
    const shown = new Map<number, number>();
    for (const [name, value] of Object.entries(form)) {
      const field = /^(installment|shown)_(\d{1,9})$/.exec(name);
      if (field?.[1] === "installment") wanted.set(Number(field[2]), value.trim());
      else if (field && /^\d{1,7}$/.test(value)) shown.set(Number(field[2]), Number(value));
    }
    const outcome = await reorderInstallments(c.get("deps").db, actorOf(c), slug.data, form.lang, wanted, shown.size > 0 ? shown : undefined);
    if (!outcome.ok) return renderSeries(c, slug.data, { errors: outcome.errors, status: 400 });
    return c.redirect(`/${c.get("page").lang}/editor/series/${slug.data}?notice=ordered`, 303);
  });

  // ---- audit and preview ----------------------------------------------------------------

  app.get("/:lang{en|zh}/editor/audit", async (c) => {
    const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(c.req.query("page"));
    const { total, entries } = await listAudit(c.get("deps").db.kysely, { limit: EDITOR_PAGE_SIZE, offset: (page - 1) * EDITOR_PAGE_SIZE });
    return html(c, <AuditView ctx={c.get("page")} editor={editorOf(c)} entries={entries} page={page} pages={pageCount(total, EDITOR_PAGE_SIZE)} />);
  });

  app.post("/api/editor/preview", async (c) => {
    const values = valuesFromForm(await readForm(c));
    return c.json({ html: String(<Preview ctx={c.get("page")} model={previewModel(values)} />) });
  });

  return app;
}
