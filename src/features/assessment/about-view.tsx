/**
 * /{lang}/test/about: what the test measures, how it is scored, the cut, the safety check, the limits.
 */
import type { MessageKey } from "../../i18n/index.js";
import { Breadcrumbs } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import { CUT, SAFETY_THRESHOLD } from "./scoring.js";

const SECTIONS = ["measures", "scoring", "cut", "safety", "limits", "privacy"] as const;

export function AboutView({ ctx, comparisonMinimum }: { ctx: PageContext; comparisonMinimum: number }) {
  const { t, lang } = ctx;
  const params = { cut: CUT.toFixed(1), threshold: SAFETY_THRESHOLD, min: comparisonMinimum };
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("about.title"),
        description: t("about.measures"),
        path: `/${lang}/test/about`,
        alternates: { en: "/en/test/about", zh: "/zh/test/about" },
      }}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[{ label: t("nav.home"), href: paths.home(lang) }, { label: t("test.title"), href: paths.test(lang) }, { label: t("about.title") }]}
      />
      <h1>{t("about.title")}</h1>
      <div class="prose">
        {SECTIONS.map((s) => (
          <>
            <h2>{t(`about.${s}Heading` as MessageKey)}</h2>
            <p>{t(`about.${s}` as MessageKey, params)}</p>
          </>
        ))}
      </div>
      <p>
        <a class="button" href={paths.test(lang)}>
          {t("test.invite.cta")}
        </a>
      </p>
    </Layout>
  );
}
