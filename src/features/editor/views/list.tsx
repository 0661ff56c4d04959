/**
 * The article list: filters (series, language, status, text), a create button, and a page of
 * articles with their state.
 */
import type { Lang } from "../../../db/schema.js";
import { formatDate, LANGUAGE_NAMES } from "../../../i18n/index.js";
import { Pager } from "../../../ui/components.js";
import type { PageContext } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import type { ArticleFilters, EditorListItem, EditorSeries } from "../repo.js";
import { EditorShell, Notice } from "./shell.js";

export interface ListViewProps {
  ctx: PageContext;
  editor: SignedInEditor;
  filters: ArticleFilters;
  series: EditorSeries[];
  items: EditorListItem[];
  total: number;
  page: number;
  pages: number;
  notice?: string;
}

export function ArticleListView({ ctx, editor, filters, series, items, total, page, pages, notice }: ListViewProps) {
  const { t, lang } = ctx;
  const query = new URLSearchParams(
    Object.entries({ series: filters.series, lang: filters.lang, status: filters.status, q: filters.text }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  );
  const pageHref = (n: number) => {
    const q = new URLSearchParams(query);
    if (n > 1) q.set("page", String(n));
    const s = q.toString();
    return `/${lang}/editor/${s ? `?${s}` : ""}`;
  };
  return (
    <EditorShell ctx={ctx} editor={editor} title={t("editor.articles")} path={`/${lang}/editor/`} section="articles">
      <div class="editor-heading">
        <h1>{t("editor.articles")}</h1>
        <a class="button" href={`/${lang}/editor/articles/new`}>
          {t("editor.create")}
        </a>
      </div>
      <Notice text={notice} />
      <form method="get" action={`/${lang}/editor/`} class="filter-form">
        <label>
          {t("editor.field.series")}
          <select name="series">
            <option value="">{t("editor.filter.all")}</option>
            {series.map((s) => (
              <option value={s.slug} selected={filters.series === s.slug}>
                {s.texts[lang].title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("editor.field.lang")}
          <select name="lang">
            <option value="">{t("editor.filter.all")}</option>
            {(["en", "zh"] as Lang[]).map((l) => (
              <option value={l} selected={filters.lang === l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("editor.field.status")}
          <select name="status">
            <option value="">{t("editor.filter.all")}</option>
            <option value="draft" selected={filters.status === "draft"}>
              {t("editor.status.draft")}
            </option>
            <option value="published" selected={filters.status === "published"}>
              {t("editor.status.published")}
            </option>
          </select>
        </label>
        <label>
          {t("editor.filter.text")}
          <input type="search" name="q" value={filters.text ?? ""} maxlength={200} />
        </label>
        <button type="submit" class="button secondary">
          {t("editor.filter.apply")}
        </button>
      </form>
      <p role="status">{t("editor.count", { count: total })}</p>
      {items.length > 0 ? (
        <table class="editor-table">
          <thead>
            <tr>
              <th scope="col">{t("editor.field.title")}</th>
              <th scope="col">{t("editor.field.series")}</th>
              <th scope="col">{t("editor.field.lang")}</th>
              <th scope="col">{t("editor.field.status")}</th>
              <th scope="col">{t("editor.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr>
                <td>
                  <a href={`/${lang}/editor/articles/${a.id}`} lang={a.lang === "zh" ? "zh-Hans" : "en"}>
                    {a.title}
                  </a>
                </td>
                <td>
                  {series.find((s) => s.slug === a.seriesSlug)?.texts[lang].title ?? a.seriesSlug} · {a.installment}
                </td>
                <td>{LANGUAGE_NAMES[a.lang]}</td>
                <td>{t(a.status === "published" ? "editor.status.published" : "editor.status.draft")}</td>
                <td>
                  <time datetime={a.updatedAt}>{formatDate(lang, a.updatedAt)}</time> · r{a.revision}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("editor.none")}</p>
      )}
      <Pager ctx={ctx} page={page} pages={pages} href={pageHref} label={t("editor.pages")} />
    </EditorShell>
  );
}
