/**
 * Series management: the list with a create form, and one series' page to change its texts
 * per language and its position, and to reorder its installments per language.
 */
import type { Lang } from "../../../db/schema.js";
import { HTML_LANG, LANGUAGE_NAMES } from "../../../i18n/index.js";
import type { PageContext } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import type { FieldError } from "../form.js";
import type { EditorSeries } from "../repo.js";
import type { SeriesValues } from "../series-service.js";
import { EditorShell, ErrorSummary, FieldMessage, invalidProps, Notice } from "./shell.js";

function seriesLabels(ctx: PageContext): Record<string, string> {
  const { t } = ctx;
  return {
    slug: t("editor.field.slug"),
    position: t("editor.field.position"),
    title_en: `${t("editor.field.title")} (${LANGUAGE_NAMES.en})`,
    title_zh: `${t("editor.field.title")} (${LANGUAGE_NAMES.zh})`,
    description_en: `${t("editor.field.description")} (${LANGUAGE_NAMES.en})`,
    description_zh: `${t("editor.field.description")} (${LANGUAGE_NAMES.zh})`,
  };
}

function SeriesFields({ ctx, values, errors, create }: { ctx: PageContext; values: SeriesValues; errors: FieldError[]; create: boolean }) {
  const labels = seriesLabels(ctx);
  const input = (name: string, value: string, props: { maxlength: number; lang?: string; readonly?: boolean }) => (
    <div class="field">
      <label for={`field-${name}`}>{labels[name]}</label>
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        value={value}
        maxlength={props.maxlength}
        lang={props.lang}
        readonly={props.readonly}
        {...invalidProps(errors, name)}
      />
      <FieldMessage ctx={ctx} errors={errors} field={name} />
    </div>
  );
  return (
    <>
      {input("slug", values.slug, { maxlength: 120, readonly: !create })}
      {input("position", values.position, { maxlength: 6 })}
      {(["en", "zh"] as Lang[]).map((l) => (
        <>
          {input(`title_${l}`, values.texts[l].title, { maxlength: 200, lang: HTML_LANG[l] })}
          <div class="field">
            <label for={`field-description_${l}`}>{labels[`description_${l}`]}</label>
            <textarea
              id={`field-description_${l}`}
              name={`description_${l}`}
              rows={3}
              maxlength={2000}
              lang={HTML_LANG[l]}
              {...invalidProps(errors, `description_${l}`)}
            >
              {values.texts[l].description}
            </textarea>
            <FieldMessage ctx={ctx} errors={errors} field={`description_${l}`} />
          </div>
        </>
      ))}
    </>
  );
}

const EMPTY_SERIES: SeriesValues = { slug: "", position: "", texts: { en: { title: "", description: "" }, zh: { title: "", description: "" } } };

export function SeriesListView({
  ctx,
  editor,
  series,
  values = EMPTY_SERIES,
  errors = [],
  notice,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  series: EditorSeries[];
  values?: SeriesValues;
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, lang } = ctx;
  return (
    <EditorShell ctx={ctx} editor={editor} title={t("editor.series")} path={`/${lang}/editor/series`} section="series">
      <h1>{t("editor.series")}</h1>
      <Notice text={notice} />
      <table class="editor-table">
        <thead>
          <tr>
            <th scope="col">{t("editor.field.position")}</th>
            <th scope="col">{t("editor.field.title")}</th>
            <th scope="col">{t("editor.field.slug")}</th>
            <th scope="col">{t("editor.articles")}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr>
              <td>{s.position}</td>
              <td>
                <a href={`/${lang}/editor/series/${s.slug}`}>{s.texts[lang].title}</a>
              </td>
              <td>
                <code>{s.slug}</code>
              </td>
              <td>
                {LANGUAGE_NAMES.en} {s.articles.en} · {LANGUAGE_NAMES.zh} {s.articles.zh}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="new-series">{t("editor.newSeries")}</h2>
      <ErrorSummary ctx={ctx} errors={errors} labels={seriesLabels(ctx)} />
      <form method="post" action={`/${lang}/editor/series`} class="editor-form" aria-labelledby="new-series">
        <SeriesFields ctx={ctx} values={values} errors={errors} create />
        <button type="submit" class="button">
          {t("editor.createSeries")}
        </button>
      </form>
    </EditorShell>
  );
}

export interface InstallmentRow {
  id: number;
  slug: string;
  title: string;
  installment: number;
  status: string;
}

export function SeriesEditView({
  ctx,
  editor,
  values,
  installments,
  errors = [],
  notice,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  values: SeriesValues;
  installments: Record<Lang, InstallmentRow[]>;
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, lang } = ctx;
  const base = `/${lang}/editor/series/${values.slug}`;
  const labels = seriesLabels(ctx);
  for (const l of ["en", "zh"] as Lang[])
    for (const a of installments[l]) labels[`installment_${a.id}`] = `${t("editor.field.installment")}: ${a.title}`;
  labels.order = t("editor.reorder");
  return (
    <EditorShell ctx={ctx} editor={editor} title={values.texts[lang].title || values.slug} path={base} section="series">
      <h1>{values.texts[lang].title || values.slug}</h1>
      <p class="editor-links">
        <a href={`/${lang}/editor/series`}>{t("editor.series")}</a>
      </p>
      <Notice text={notice} />
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <h2 id="series-texts">{t("editor.seriesTexts")}</h2>
      <form method="post" action={base} class="editor-form" aria-labelledby="series-texts">
        <SeriesFields ctx={ctx} values={values} errors={errors} create={false} />
        <button type="submit" class="button">
          {t("editor.save")}
        </button>
      </form>
      {(["en", "zh"] as Lang[]).map((l) => (
        <section aria-labelledby={`order-${l}`}>
          <h2 id={`order-${l}`}>
            {t("editor.reorder")} ({LANGUAGE_NAMES[l]})
          </h2>
          {installments[l].length === 0 ? (
            <p>{t("editor.none")}</p>
          ) : (
            <form method="post" action={`${base}/order`} class="reorder-form">
              <input type="hidden" name="lang" value={l} />
              <table class="editor-table">
                <thead>
                  <tr>
                    <th scope="col">{t("editor.field.installment")}</th>
                    <th scope="col">{t("editor.field.title")}</th>
                    <th scope="col">{t("editor.field.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {installments[l].map((a) => (
                    <tr>
                      <td>
                        <input
                          id={`field-installment_${a.id}`}
                          name={`installment_${a.id}`}
                          type="text"
                          inputmode="numeric"
                          size={5}
                          value={String(a.installment)}
                          aria-label={labels[`installment_${a.id}`]}
                          {...invalidProps(errors, `installment_${a.id}`)}
                        />
                        <FieldMessage ctx={ctx} errors={errors} field={`installment_${a.id}`} />
                        <input type="hidden" name={`shown_${a.id}`} value={String(a.installment)} />
                      </td>
                      <td lang={HTML_LANG[l]}>
                        <a href={`/${lang}/editor/articles/${a.id}`}>{a.title}</a>
                      </td>
                      <td>{t(a.status === "published" ? "editor.status.published" : "editor.status.draft")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="submit" class="button secondary">
                {t("editor.saveOrder")}
              </button>
            </form>
          )}
        </section>
      ))}
    </EditorShell>
  );
}
