/**
 * /{lang}/safety: where to find help when a partner frightens, controls, threatens or hurts you,
 * and how to keep a visit private. Linked from every page's footer.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { SafetyResourceList } from "../../ui/components.js";
import { Layout, renderDocument } from "../../ui/layout.js";
import type { PageContext } from "../../ui/page.js";

function SafetyView({ ctx }: { ctx: PageContext }) {
  const { t, lang } = ctx;
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("safety.title"),
        description: t("safety.intro"),
        path: `/${lang}/safety`,
        alternates: { en: "/en/safety", zh: "/zh/safety" },
        quickExit: true,
      }}
    >
      <h1>{t("safety.title")}</h1>
      <div class="prose">
        <p class="lede">{t("safety.intro")}</p>
        <p>
          <strong>{t("safety.emergency")}</strong>
        </p>
        <h2>{t("safety.resourcesHeading")}</h2>
        <SafetyResourceList resources={ctx.safetyResources} />
        <p>{t("safety.notCouples")}</p>
        <h2>{t("safety.privacyHeading")}</h2>
        <p>{t("safety.deviceTip")}</p>
        <p>{t("quickExit.note")}</p>
      </div>
    </Layout>
  );
}

export function safetyRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/:lang{en|zh}/safety", (c) => c.html(renderDocument(<SafetyView ctx={c.get("page")} />)));
  return app;
}
