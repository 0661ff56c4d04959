/**
 * The public share page: the pattern, its short description and the two-dimension chart — no
 * answers, no safety information — with a preview card for social sites, and an invitation.
 */
import type { Lang } from "../../db/schema.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import { PlaneChart } from "./chart.js";
import type { SharedResult } from "./shares.js";
import { RESULT_TEXTS } from "./texts.js";

export function ShareView({ ctx, shared, token }: { ctx: PageContext; shared: SharedResult; token: string }) {
  const { t, lang, baseUrl } = ctx;
  const texts = RESULT_TEXTS.patterns[shared.pattern];
  const l = lang as Lang;
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("share.pageTitle", { pattern: texts.name[l] }),
        description: texts.tagline[l],
        path: `/${lang}/s/${token}`,
        noindex: true,
        image: `${baseUrl}/s/${token}/card.png`,
      }}
    >
      <p class="kicker">{t("share.pageIntro")}</p>
      <h1>{texts.name[l]}</h1>
      <p class="lede">{texts.tagline[l]}</p>
      <div class="prose">
        <p>{texts.summary[l]}</p>
      </div>
      <PlaneChart t={t} anxiety={shared.anxiety} avoidance={shared.avoidance} pattern={shared.pattern} />
      <aside class="test-invite" aria-labelledby="share-invite-heading">
        <h2 id="share-invite-heading">{t("test.invite.heading")}</h2>
        <p>{t("share.invite")}</p>
        <a class="button" href={paths.test(lang)}>
          {t("test.invite.cta")}
        </a>
      </aside>
    </Layout>
  );
}
