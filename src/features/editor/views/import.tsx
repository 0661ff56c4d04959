/**
 * The admins' upload of old-site pages, and the per-file report that follows.
 */
import { HTML_LANG, LANGUAGE_NAMES, type MessageKey } from "../../../i18n/index.js";
import type { PageContext } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import type { LegacyFileReport } from "../../legacy-import/import-legacy.js";
import { EditorShell } from "./shell.js";

const OUTCOME: Record<LegacyFileReport["outcome"], MessageKey> = {
  created: "legacy.outcome.created",
  updated: "legacy.outcome.updated",
  unchanged: "legacy.outcome.unchanged",
  skipped: "legacy.outcome.skipped",
  failed: "legacy.outcome.failed",
};

export function ImportView({
  ctx,
  editor,
  reports,
  error,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  reports?: LegacyFileReport[];
  error?: string;
}) {
  const { t, lang } = ctx;
  return (
    <EditorShell ctx={ctx} editor={editor} title={t("editor.import")} path={`/${lang}/editor/import`} section="import">
      <h1>{t("editor.import")}</h1>
      <p>{t("legacy.intro")}</p>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action={`/${lang}/editor/import`} enctype="multipart/form-data" class="editor-form">
        <div class="field">
          <label for="field-pages">{t("legacy.files")}</label>
          <input id="field-pages" name="pages" type="file" accept=".txt,text/plain" multiple required />
        </div>
        <label>
          <input type="checkbox" name="draft" value="yes" /> {t("legacy.asDrafts")}
        </label>
        <button type="submit" class="button">
          {t("legacy.submit")}
        </button>
      </form>
      {reports ? (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t("legacy.report")}</h2>
          <p role="status">
            {t("legacy.summary", {
              created: reports.filter((r) => r.outcome === "created").length,
              updated: reports.filter((r) => r.outcome === "updated").length,
              unchanged: reports.filter((r) => r.outcome === "unchanged" || r.outcome === "skipped").length,
              failed: reports.filter((r) => r.outcome === "failed").length,
            })}
          </p>
          <ul class="import-report">
            {reports.map((r) => (
              <li data-outcome={r.outcome}>
                <strong>{r.file}</strong>: {t(OUTCOME[r.outcome])}
                {r.slug && r.lang ? (
                  <>
                    {" → "}
                    <span lang={HTML_LANG[r.lang]}>{r.slug}</span> ({LANGUAGE_NAMES[r.lang]}, {r.series}, {r.installment})
                  </>
                ) : null}
                {r.missing.length > 0 ? (
                  <p>{t("legacy.missing", { parts: r.missing.map((m) => t(`legacy.part.${m}` as MessageKey)).join(", ") })}</p>
                ) : null}
                {r.unplaced.length > 0 ? (
                  <details>
                    <summary>{t("legacy.unplaced", { count: r.unplaced.length })}</summary>
                    <ul>
                      {r.unplaced.map((line) => (
                        <li>{line.slice(0, 200)}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {r.problems.length > 0 ? (
                  <ul class="form-errors">
                    {r.problems.map((p) => (
                      <li>
                        {p.field}: {p.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </EditorShell>
  );
}
