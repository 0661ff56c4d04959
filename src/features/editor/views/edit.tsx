/**
 * The article editor: every field, with field-level errors, a preview rendered by the site's
 * own renderer (live with JavaScript, on a button without), drafts and publishing, and the
 * conflict view that keeps the editor's text when someone else saved first.
 */
import type { Lang } from "../../../db/schema.js";
import { HTML_LANG, LANGUAGE_NAMES, type MessageKey } from "../../../i18n/index.js";
import type { PageContext } from "../../../ui/page.js";
import { paths } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import { type EditorValues, type FieldError, SPARE_FAQ_ROWS } from "../form.js";
import type { EditorSeries } from "../repo.js";
import { Preview, type PreviewModel } from "./preview.js";
import { EditorShell, ErrorSummary, FieldMessage, invalidProps, Notice } from "./shell.js";

export interface EditViewProps {
  ctx: PageContext;
  editor: SignedInEditor;
  /** Absent for a new article. */
  article?: { id: number; revision: number; status: "draft" | "published"; slug: string };
  articleLang: Lang;
  values: EditorValues;
  series: EditorSeries[];
  errors?: FieldError[];
  /** Someone saved revision `current` after the `base` revision this edit started from. */
  conflict?: { base: number; current: number };
  preview?: PreviewModel;
  notice?: MessageKey;
  /**
   * The revision the text in the form is based on; by default the stored one. After a conflict
   * the form moves to the newest revision: saving again is a deliberate choice to replace it.
   */
  baseRevision?: number;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  title: "editor.field.title",
  slug: "editor.field.slug",
  series: "editor.field.series",
  installment: "editor.field.installment",
  summary: "editor.field.summary",
  tags: "editor.field.tags",
  quotes: "editor.field.quotes",
  translationOf: "editor.field.translationOf",
  published: "editor.field.published",
  body: "editor.field.body",
  articleLang: "editor.field.lang",
};

export function labelsFor(ctx: PageContext, faqRows: number): Record<string, string> {
  const labels: Record<string, string> = Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, ctx.t(v)]));
  for (let i = 0; i < faqRows; i++) {
    labels[`faq_q_${i}`] = ctx.t("editor.field.faqQuestion", { n: i + 1 });
    labels[`faq_a_${i}`] = ctx.t("editor.field.faqAnswer", { n: i + 1 });
  }
  return labels;
}

export function EditView({ ctx, editor, article, articleLang, values, series, errors = [], conflict, preview, notice, baseRevision }: EditViewProps) {
  const { t, lang } = ctx;
  const action = article ? `/${lang}/editor/articles/${article.id}` : `/${lang}/editor/articles/new`;
  const faqRows = [...values.faq, ...Array.from({ length: SPARE_FAQ_ROWS }, () => ({ q: "", a: "" }))];
  const labels = labelsFor(ctx, faqRows.length);
  const title = article ? t("editor.editTitle", { title: values.title || article.slug }) : t("editor.newTitle");
  const contentLang = HTML_LANG[articleLang];
  const text = (
    name: keyof typeof FIELD_LABELS,
    props: { required?: boolean; maxlength?: number; hint?: MessageKey; inputmode?: "numeric" } = {},
  ) => (
    <div class="field">
      <label for={`field-${name}`}>{labels[name]}</label>
      {props.hint ? (
        <p class="hint" id={`hint-${name}`}>
          {t(props.hint)}
        </p>
      ) : null}
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        value={String(values[name as keyof EditorValues] ?? "")}
        required={props.required}
        maxlength={props.maxlength}
        inputmode={props.inputmode}
        lang={name === "title" || name === "summary" ? contentLang : undefined}
        {...invalidProps(errors, name)}
        {...(props.hint && !errors.some((e) => e.field === name) ? { "aria-describedby": `hint-${name}` } : {})}
      />
      <FieldMessage ctx={ctx} errors={errors} field={name} />
    </div>
  );
  return (
    <EditorShell ctx={ctx} editor={editor} title={title} path={action} section="articles">
      <h1>{title}</h1>
      {article ? (
        <p class="editor-links">
          <a href={`/${lang}/editor/articles/${article.id}/history`}>{t("editor.history")}</a>
          {article.status === "published" ? (
            <>
              {" · "}
              <a href={paths.article(articleLang, article.slug)}>{t("editor.viewLive")}</a>
            </>
          ) : null}
          {" · "}
          {t("editor.revisionN", { n: article.revision })}
        </p>
      ) : null}
      {notice ? <Notice text={t(notice)} /> : null}
      {conflict !== undefined && article ? (
        <div class="error-summary" role="alert" id="conflict">
          <h2>{t("editor.conflict.heading")}</h2>
          <p>{t("editor.conflict.body", { n: conflict.current })}</p>
          <p>
            <a href={`/${lang}/editor/articles/${article.id}/diff?from=${conflict.base}&to=${conflict.current}`}>{t("editor.conflict.diff")}</a>
          </p>
        </div>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <div class="editor-grid">
        <form
          method="post"
          action={action}
          id="article-form"
          class="editor-form"
          data-preview-url={`/api/editor/preview?lang=${lang}`}
          data-add-faq={t("editor.addFaq")}
          novalidate
        >
          {article ? (
            <input type="hidden" name="baseRevision" value={String(conflict ? article.revision : (baseRevision ?? article.revision))} />
          ) : null}
          {article ? (
            <input type="hidden" name="articleLang" value={articleLang} />
          ) : (
            <div class="field">
              <label for="field-articleLang">{labels.articleLang}</label>
              <select id="field-articleLang" name="articleLang">
                {(["en", "zh"] as Lang[]).map((l) => (
                  <option value={l} selected={l === articleLang}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {text("title", { required: true, maxlength: 300 })}
          {text("slug", { required: true, maxlength: 120, hint: "editor.hint.slug" })}
          <div class="field-row">
            <div class="field">
              <label for="field-series">{labels.series}</label>
              <select id="field-series" name="series" {...invalidProps(errors, "series")}>
                <option value="">{t("editor.chooseSeries")}</option>
                {series.map((s) => (
                  <option value={s.slug} selected={values.series === s.slug}>
                    {s.texts[lang].title}
                  </option>
                ))}
              </select>
              <FieldMessage ctx={ctx} errors={errors} field="series" />
            </div>
            {text("installment", { required: true, maxlength: 7, inputmode: "numeric" })}
          </div>
          <div class="field">
            <label for="field-summary">{labels.summary}</label>
            <textarea id="field-summary" name="summary" rows={3} maxlength={1000} lang={contentLang} {...invalidProps(errors, "summary")}>
              {values.summary}
            </textarea>
            <FieldMessage ctx={ctx} errors={errors} field="summary" />
          </div>
          {text("tags", { maxlength: 2000, hint: "editor.hint.tags" })}
          {text("translationOf", { maxlength: 120, hint: "editor.hint.translationOf" })}
          <div class="field">
            <label for="field-body">{labels.body}</label>
            <p class="hint" id="hint-body">
              {t("editor.hint.body")}
            </p>
            <textarea
              id="field-body"
              name="body"
              rows={24}
              lang={contentLang}
              class="editor-body"
              {...(errors.some((e) => e.field === "body") ? invalidProps(errors, "body") : { "aria-describedby": "hint-body" })}
            >
              {values.body}
            </textarea>
            <FieldMessage ctx={ctx} errors={errors} field="body" />
          </div>
          <div class="field">
            <label for="field-quotes">{labels.quotes}</label>
            <p class="hint" id="hint-quotes">
              {t("editor.hint.quotes")}
            </p>
            <textarea id="field-quotes" name="quotes" rows={5} lang={contentLang} aria-describedby="hint-quotes" {...invalidProps(errors, "quotes")}>
              {values.quotes}
            </textarea>
            <FieldMessage ctx={ctx} errors={errors} field="quotes" />
          </div>
          <fieldset class="faq-fields">
            <legend>{t("article.faq")}</legend>
            {faqRows.map((f, i) => (
              <div class="faq-row" data-faq-row={i}>
                <label for={`field-faq_q_${i}`}>{labels[`faq_q_${i}`]}</label>
                <input
                  id={`field-faq_q_${i}`}
                  name={`faq_q_${i}`}
                  type="text"
                  value={f.q}
                  maxlength={500}
                  lang={contentLang}
                  {...invalidProps(errors, `faq_q_${i}`)}
                />
                <FieldMessage ctx={ctx} errors={errors} field={`faq_q_${i}`} />
                <label for={`field-faq_a_${i}`}>{labels[`faq_a_${i}`]}</label>
                <textarea id={`field-faq_a_${i}`} name={`faq_a_${i}`} rows={3} lang={contentLang} {...invalidProps(errors, `faq_a_${i}`)}>
                  {f.a}
                </textarea>
                <FieldMessage ctx={ctx} errors={errors} field={`faq_a_${i}`} />
              </div>
            ))}
          </fieldset>
          <fieldset class="status-fields">
            <legend>{t("editor.field.status")}</legend>
            <label>
              <input type="radio" name="status" value="draft" checked={values.status === "draft"} /> {t("editor.status.draft")}
            </label>
            <label>
              <input type="radio" name="status" value="published" checked={values.status === "published"} /> {t("editor.status.published")}
            </label>
            <div class="field">
              <label for="field-published">{labels.published}</label>
              <input id="field-published" name="published" type="date" value={values.published} {...invalidProps(errors, "published")} />
              <FieldMessage ctx={ctx} errors={errors} field="published" />
            </div>
          </fieldset>
          <div class="form-actions">
            <button type="submit" class="button" name="intent" value="save">
              {t("editor.save")}
            </button>
            <button type="submit" class="button secondary" name="intent" value="preview">
              {t("editor.previewButton")}
            </button>
          </div>
        </form>
        <section class="editor-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("editor.preview")}</h2>
          <div id="preview-output" lang={contentLang}>
            {preview ? <Preview ctx={ctx} model={preview} /> : <p class="hint">{t("editor.previewHint")}</p>}
          </div>
        </section>
      </div>
      {article ? (
        <section class="editor-danger" aria-labelledby="publish-heading">
          <h2 id="publish-heading">{t("editor.publishing")}</h2>
          <form method="post" action={`/${lang}/editor/articles/${article.id}/${article.status === "published" ? "unpublish" : "publish"}`}>
            <input type="hidden" name="baseRevision" value={String(article.revision)} />
            <button type="submit" class="button secondary">
              {t(article.status === "published" ? "editor.unpublish" : "editor.publish")}
            </button>
          </form>
        </section>
      ) : null}
    </EditorShell>
  );
}
