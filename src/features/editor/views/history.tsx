/**
 * An article's history (every revision, who made it and how, with restore) and the diff of any
 * two revisions: metadata field by field, the body inline.
 */
import type { Lang } from "../../../db/schema.js";
import { HTML_LANG, type MessageKey } from "../../../i18n/index.js";
import type { PageContext } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import type { MetaField, Part, RevisionDiff } from "../diff.js";
import type { RevisionSummary } from "../repo.js";
import { EditorShell, Notice } from "./shell.js";

const dateTime: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  zh: new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
};
export const formatDateTime = (lang: Lang, iso: string) => `${dateTime[lang].format(new Date(iso))} UTC`;

interface ArticleRef {
  id: number;
  title: string;
  revision: number;
  lang: Lang;
}

export function HistoryView({
  ctx,
  editor,
  article,
  revisions,
  notice,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  article: ArticleRef;
  revisions: RevisionSummary[];
  notice?: string;
}) {
  const { t, lang } = ctx;
  const base = `/${lang}/editor/articles/${article.id}`;
  const newest = revisions[0]?.revision ?? article.revision;
  const previous = revisions[1]?.revision ?? newest;
  return (
    <EditorShell ctx={ctx} editor={editor} title={t("editor.historyOf", { title: article.title })} path={`${base}/history`} section="articles">
      <h1>
        {t("editor.history")}: <span lang={HTML_LANG[article.lang]}>{article.title}</span>
      </h1>
      <p class="editor-links">
        <a href={base}>{t("editor.backToEditor")}</a>
      </p>
      <Notice text={notice} />
      <form method="get" action={`${base}/diff`} class="history-form">
        <table class="editor-table">
          <caption>{t("editor.historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("editor.revision")}</th>
              <th scope="col">{t("editor.diffFrom")}</th>
              <th scope="col">{t("editor.diffTo")}</th>
              <th scope="col">{t("editor.when")}</th>
              <th scope="col">{t("editor.who")}</th>
              <th scope="col">{t("editor.what")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("editor.restore")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr>
                <th scope="row">r{r.revision}</th>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={String(r.revision)}
                    checked={r.revision === previous}
                    aria-label={t("editor.diffFromN", { n: r.revision })}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={String(r.revision)}
                    checked={r.revision === newest}
                    aria-label={t("editor.diffToN", { n: r.revision })}
                  />
                </td>
                <td>
                  <time datetime={r.createdAt}>{formatDateTime(lang, r.createdAt)}</time>
                </td>
                <td>{r.author}</td>
                <td>{t(`editor.action.${r.action}` as MessageKey)}</td>
                <td>
                  {r.revision === article.revision ? (
                    <span class="hint">{t("editor.current")}</span>
                  ) : (
                    <button type="submit" class="link-button" form={`restore-${r.revision}`}>
                      {t("editor.restoreN", { n: r.revision })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" class="button">
          {t("editor.compare")}
        </button>
      </form>
      {revisions
        .filter((r) => r.revision !== article.revision)
        .map((r) => (
          <form method="post" action={`${base}/restore`} id={`restore-${r.revision}`} hidden>
            <input type="hidden" name="revision" value={String(r.revision)} />
            <input type="hidden" name="baseRevision" value={String(article.revision)} />
          </form>
        ))}
    </EditorShell>
  );
}

function Parts({ parts }: { parts: Part[] }) {
  return <>{parts.map((p) => (p.op === "add" ? <ins>{p.text}</ins> : p.op === "del" ? <del>{p.text}</del> : <span>{p.text}</span>))}</>;
}

const FIELD_KEYS: Record<MetaField, MessageKey> = {
  title: "editor.field.title",
  slug: "editor.field.slug",
  series: "editor.field.series",
  installment: "editor.field.installment",
  status: "editor.field.status",
  summary: "editor.field.summary",
  tags: "editor.field.tags",
  translationOf: "editor.field.translationOf",
  quotes: "editor.field.quotes",
  faq: "article.faq",
};

export function DiffView({
  ctx,
  editor,
  article,
  from,
  to,
  diff,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  article: ArticleRef;
  from: RevisionSummary;
  to: RevisionSummary;
  diff: RevisionDiff;
}) {
  const { t, lang } = ctx;
  const base = `/${lang}/editor/articles/${article.id}`;
  const contentLang = HTML_LANG[article.lang];
  return (
    <EditorShell
      ctx={ctx}
      editor={editor}
      title={t("editor.diffTitle", { from: from.revision, to: to.revision })}
      path={`${base}/diff`}
      section="articles"
    >
      <h1>{t("editor.diffTitle", { from: from.revision, to: to.revision })}</h1>
      <p class="editor-links">
        <a href={`${base}/history`}>{t("editor.history")}</a> · <a href={base}>{t("editor.backToEditor")}</a>
      </p>
      <p>
        r{from.revision}: {formatDateTime(lang, from.createdAt)}, {from.author} → r{to.revision}: {formatDateTime(lang, to.createdAt)}, {to.author}
      </p>
      <p class="hint">{t("editor.diffLegend")}</p>
      {diff.same ? <p role="status">{t("editor.diffSame")}</p> : null}
      {diff.fields.length > 0 ? (
        <section aria-labelledby="diff-fields">
          <h2 id="diff-fields">{t("editor.diffFields")}</h2>
          <dl class="diff-fields">
            {diff.fields.map((f) => (
              <>
                <dt>{t(FIELD_KEYS[f.field])}</dt>
                <dd class="diff" lang={contentLang} data-field={f.field}>
                  <Parts parts={f.parts} />
                </dd>
              </>
            ))}
          </dl>
        </section>
      ) : null}
      {diff.body.length > 0 ? (
        <section aria-labelledby="diff-body">
          <h2 id="diff-body">{t("editor.field.body")}</h2>
          <div class="diff diff-body" lang={contentLang}>
            {diff.body.map((b) =>
              b.kind === "skipped" ? (
                <p class="diff-skipped">{t("editor.diffSkipped", { lines: b.lines })}</p>
              ) : b.kind === "same" ? (
                <pre>{b.text}</pre>
              ) : (
                <pre>
                  <Parts parts={b.parts} />
                </pre>
              ),
            )}
          </div>
        </section>
      ) : null}
    </EditorShell>
  );
}
