/**
 * The anonymous owner's data, and the privacy page:
 *   GET    /{lang}/my-data           results and share links, download, delete
 *   POST   /{lang}/my-data/delete    delete everything (form, with a confirmation box)
 *   GET    /api/my-data              everything as JSON (Art. 15 and 20)
 *   DELETE /api/my-data              delete everything → 204 (Art. 17)
 *   GET    /{lang}/privacy           what is stored, for how long, who sees it
 */
import { type Context, Hono } from "hono";
import { deleteCookie } from "hono/cookie";
import type { AppEnv } from "../../app-env.js";
import { formatDate } from "../../i18n/index.js";
import { readForm } from "../../platform/form.js";
import { Layout, renderDocument } from "../../ui/layout.js";
import type { PageContext } from "../../ui/page.js";
import { dropCards } from "../assessment/card.js";
import { OWNER_COOKIE, ownerHash } from "../assessment/owner.js";
import { RESULT_TEXTS } from "../assessment/texts.js";
import { deleteMyData, exportMyData, type MyData } from "./service.js";

async function eraseFor(c: Context<AppEnv>): Promise<void> {
  const owner = ownerHash(c);
  if (owner) for (const hash of await deleteMyData(c.get("deps").db, owner)) dropCards(hash);
  deleteCookie(c, OWNER_COOKIE, { path: "/" });
}

function MyDataView({ ctx, data, notice }: { ctx: PageContext; data: MyData; notice?: "deleted" | "confirmMissing" }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} seo={{ title: t("mydata.title"), description: t("mydata.intro"), path: `/${lang}/my-data`, noindex: true, quickExit: true }}>
      <h1>{t("mydata.title")}</h1>
      {notice ? (
        <p role="status" class={notice === "deleted" ? "notice" : "form-error"}>
          {t(notice === "deleted" ? "mydata.deleted" : "mydata.confirmMissing")}
        </p>
      ) : null}
      <div class="prose">
        <p>{t("mydata.intro")}</p>
        <h2>{t("mydata.results")}</h2>
        {data.results.length === 0 ? (
          <p>{t("mydata.none")}</p>
        ) : (
          <ul>
            {data.results.map((r) => (
              <li>
                <a href={`/${lang}/results/${r.id}`}>{formatDate(lang, r.createdAt)}</a>:{" "}
                {RESULT_TEXTS.patterns[r.pattern as keyof typeof RESULT_TEXTS.patterns]?.name[lang] ?? r.pattern} ·{" "}
                {t("mydata.shares", { count: r.shares.length })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a class="button" href="/api/my-data" download="my-data.json">
            {t("mydata.download")}
          </a>
        </p>
        <h2>{t("mydata.deleteHeading")}</h2>
        <p>{t("mydata.deleteBody")}</p>
        <form method="post" action={`/${lang}/my-data/delete`} class="share-form">
          <label>
            <input type="checkbox" name="confirm" value="yes" /> {t("mydata.confirm")}
          </label>
          <button type="submit" class="button">
            {t("mydata.delete")}
          </button>
        </form>
      </div>
    </Layout>
  );
}

function PrivacyView({ ctx }: { ctx: PageContext }) {
  const { t, lang } = ctx;
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("privacy.title"),
        description: t("privacy.what"),
        path: `/${lang}/privacy`,
        alternates: { en: "/en/privacy", zh: "/zh/privacy" },
      }}
    >
      <h1>{t("privacy.title")}</h1>
      <div class="prose">
        <p>{t("privacy.what")}</p>
        <p>{t("privacy.who")}</p>
        <p>{t("privacy.howLong")}</p>
        <p>
          {t("privacy.rights")} <a href={`/${lang}/my-data`}>{t("nav.myData")}</a>
        </p>
      </div>
    </Layout>
  );
}

export function myDataRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/api/my-data", async (c) => {
    c.header("Cache-Control", "private, no-store");
    c.header("Content-Disposition", 'attachment; filename="my-data.json"');
    return c.json(await exportMyData(c.get("deps").db, ownerHash(c)));
  });

  app.delete("/api/my-data", async (c) => {
    await eraseFor(c);
    return c.body(null, 204);
  });

  app.get("/:lang{en|zh}/my-data", async (c) => {
    c.header("Cache-Control", "private, no-store");
    const data = await exportMyData(c.get("deps").db, ownerHash(c));
    return c.html(renderDocument(<MyDataView ctx={c.get("page")} data={data} />));
  });

  app.post("/:lang{en|zh}/my-data/delete", async (c) => {
    const form = await readForm(c);
    c.header("Cache-Control", "private, no-store");
    const ctx = c.get("page");
    if (form.confirm !== "yes") {
      const data = await exportMyData(c.get("deps").db, ownerHash(c));
      return c.html(renderDocument(<MyDataView ctx={ctx} data={data} notice="confirmMissing" />), 400);
    }
    await eraseFor(c);
    return c.html(renderDocument(<MyDataView ctx={ctx} data={{ exportedAt: new Date().toISOString(), results: [] }} notice="deleted" />));
  });

  app.get("/:lang{en|zh}/privacy", (c) => c.html(renderDocument(<PrivacyView ctx={c.get("page")} />)));

  return app;
}
