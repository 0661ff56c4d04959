/**
 * The frame of every editor page: the site layout (noindex, the editor's island), the editor's
 * own navigation, and the pieces forms share (field errors, an error summary).
 */
import type { Child } from "hono/jsx";
import { Layout } from "../../../ui/layout.js";
import type { PageContext } from "../../../ui/page.js";
import type { SignedInEditor } from "../../auth/sessions.js";
import type { FieldError } from "../form.js";

export type EditorSection = "articles" | "series" | "import" | "audit";

export function EditorShell({
  ctx,
  editor,
  title,
  path,
  section,
  children,
}: {
  ctx: PageContext;
  editor: SignedInEditor;
  title: string;
  path: string;
  section: EditorSection;
  children: Child;
}) {
  const { t, lang } = ctx;
  const link = (name: EditorSection, href: string, label: string) => (
    <li>
      <a href={href} aria-current={section === name ? "page" : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <Layout ctx={ctx} seo={{ title, description: t("editor.description"), path, noindex: true }} scripts={[ctx.assets.editorJs.url]}>
      <nav class="editor-nav" aria-label={t("editor.nav")}>
        <ul>
          {link("articles", `/${lang}/editor/`, t("editor.articles"))}
          {link("series", `/${lang}/editor/series`, t("editor.series"))}
          {editor.role === "admin" ? link("import", `/${lang}/editor/import`, t("editor.import")) : null}
          {link("audit", `/${lang}/editor/audit`, t("editor.audit"))}
        </ul>
        <form method="post" action={`/${lang}/signout`} class="inline-form">
          <span class="editor-who">{t("editor.signedInAs", { email: editor.email })}</span>{" "}
          <button type="submit" class="link-button">
            {t("auth.signOut")}
          </button>
        </form>
      </nav>
      {children}
    </Layout>
  );
}

/** A calm confirmation after an action ("Saved."), announced to screen readers. */
export function Notice({ text }: { text?: string }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}

/** The problems of a form, linked to their fields, announced when the page loads. */
export function ErrorSummary({ ctx, errors, labels }: { ctx: PageContext; errors: FieldError[]; labels: Record<string, string> }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{ctx.t("editor.errorsHeading")}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#field-${e.field}`}>
              {labels[e.field] ?? e.field}: {ctx.t(e.key, e.params)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The error under one field, or nothing. */
export function FieldMessage({ ctx, errors, field }: { ctx: PageContext; errors: FieldError[]; field: string }) {
  const error = errors.find((e) => e.field === field);
  if (!error) return null;
  return (
    <p class="field-error" id={`error-${field}`}>
      {ctx.t(error.key, error.params)}
    </p>
  );
}

/** Attributes tying an input to its error message. */
export function invalidProps(errors: FieldError[], field: string): Record<string, string> {
  return errors.some((e) => e.field === field) ? { "aria-invalid": "true", "aria-describedby": `error-${field}` } : {};
}
