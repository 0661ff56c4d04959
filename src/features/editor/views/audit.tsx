/**
 * The audit trail: who did what, newest first.
 */
import { Pager } from "../../../ui/components.js";
import type { PageContext } from "../../../ui/page.js";
import type { AuditEntry } from "../../auth/audit.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import { formatDateTime } from "./history.js";
import { EditorShell } from "./shell.js";

export function AuditView({
  ctx,
  editor,
  entries,
  page,
  pages,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  entries: AuditEntry[];
  page: number;
  pages: number;
}) {
  const { t, lang } = ctx;
  return (
    <EditorShell ctx={ctx} editor={editor} title={t("editor.audit")} path={`/${lang}/editor/audit`} section="audit">
      <h1>{t("editor.audit")}</h1>
      <table class="editor-table">
        <thead>
          <tr>
            <th scope="col">{t("editor.when")}</th>
            <th scope="col">{t("editor.who")}</th>
            <th scope="col">{t("editor.what")}</th>
            <th scope="col">{t("editor.target")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const articleId = /^article:(\d+)$/.exec(e.target)?.[1];
            return (
              <tr>
                <td>
                  <time datetime={e.at}>{formatDateTime(lang, e.at)}</time>
                </td>
                <td>{e.actor}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  {articleId ? <a href={`/${lang}/editor/articles/${articleId}/history`}>{e.target}</a> : e.target}
                  {typeof e.detail.revision === "number" ? ` · r${e.detail.revision}` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pager ctx={ctx} page={page} pages={pages} href={(n) => `/${lang}/editor/audit${n > 1 ? `?page=${n}` : ""}`} label={t("editor.pages")} />
    </EditorShell>
  );
}
