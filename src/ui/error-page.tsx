/**
 * Localized error pages (404 and the rest). They never reveal internals.
 */
import type { MessageKey } from "../i18n/index.js";
import { Layout } from "./layout.js";
import { type PageContext, paths } from "./page.js";

export function ErrorView({ ctx, status, path, code }: { ctx: PageContext; status: number; path: string; code?: string }) {
  const { t, lang } = ctx;
  const [titleKey, bodyKey]: [MessageKey, MessageKey] =
    status === 404
      ? ["error.notFound.title", "error.notFound.body"]
      : code === "not_permitted"
        ? ["error.forbidden.title", "error.forbidden.body"]
        : status >= 500
          ? ["error.server.title", "error.server.body"]
          : ["error.request.title", "error.request.body"];
  return (
    <Layout ctx={ctx} seo={{ title: t(titleKey), description: t(bodyKey), path, noindex: true }}>
      <h1>{t(titleKey)}</h1>
      <p>{t(bodyKey)}</p>
      <p>
        <a href={paths.home(lang)}>{t("error.backHome")}</a>
      </p>
    </Layout>
  );
}
