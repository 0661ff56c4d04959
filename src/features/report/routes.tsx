/**
 * The owner's action report in three forms — anyone else gets 404 on all of them:
 *   GET /{lang}/results/{id}/report           the page (printable)
 *   GET /{lang}/results/{id}/report.pdf       the same as a PDF (?size=letter for US Letter)
 *   GET /{lang}/results/{id}/plan.ics         the plan as calendar events (?start=YYYY-MM-DD)
 */
import { type Context, Hono } from "hono";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../platform/errors.js";
import { renderDocument } from "../../ui/layout.js";
import { listByTags } from "../articles/repo.js";
import { ownerHash } from "../assessment/owner.js";
import { readingTags } from "../assessment/reading.js";
import { findOwnedResult } from "../assessment/repo.js";
import { planCalendar } from "./ics.js";
import { renderReportPdf } from "./pdf.js";
import { buildReport } from "./report.js";
import { ReportView } from "./report-view.js";

async function ownedResult(c: Context<AppEnv>) {
  const result = await findOwnedResult(c.get("deps").db, c.req.param("id") ?? "", ownerHash(c));
  if (!result) throw notFound();
  c.header("Cache-Control", "private, no-store");
  c.set("referrerPolicy", "no-referrer");
  return result;
}

/** A start date for the calendar: ?start=YYYY-MM-DD when valid, else today (UTC). */
export function planStart(value: string | undefined, today = new Date()): Date {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return date;
  }
  return new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
}

export function reportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/:lang{en|zh}/results/:id/report", async (c) => {
    const result = await ownedResult(c);
    const ctx = c.get("page");
    const articles = await listByTags(c.get("deps").db, ctx.lang, readingTags(result), 6);
    return c.html(
      renderDocument(<ReportView ctx={ctx} report={buildReport(result, ctx.lang, ctx.safetyResources)} resultId={result.id} articles={articles} />),
    );
  });

  app.get("/:lang{en|zh}/results/:id/report.pdf", async (c) => {
    const result = await ownedResult(c);
    const { t, lang, baseUrl, safetyResources } = c.get("page");
    const articles = await listByTags(c.get("deps").db, lang, readingTags(result), 6);
    const pdf = await renderReportPdf(
      buildReport(result, lang, safetyResources),
      {
        why: t("report.why"),
        how: t("report.how"),
        notice: t("report.notice"),
        inDepth: t("report.inDepth"),
        resources: t("report.resourcesFirst"),
        dimensions: t("report.dimensions"),
        challenges: t("report.challenges"),
        cycle: t("report.cycle"),
        plan: t("report.plan"),
        vision: t("report.vision"),
        warningSigns: t("report.warningSigns"),
        preventionPlan: t("report.preventionPlan"),
        articles: t("report.articles"),
        score: (n) => t("report.yourScore", { score: n.toFixed(2) }),
      },
      c.req.query("size") === "letter" ? "LETTER" : "A4",
      articles.map((a) => ({ title: a.title, url: `${baseUrl}/${lang}/articles/${a.slug}` })),
    );
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", 'attachment; filename="40-day-plan.pdf"');
    return c.body(new Uint8Array(pdf));
  });

  app.get("/:lang{en|zh}/results/:id/plan.ics", async (c) => {
    const result = await ownedResult(c);
    const { t } = c.get("page");
    const ics = planCalendar({
      start: planStart(c.req.query("start")),
      seed: result.id,
      now: new Date(),
      texts: {
        stageTitle: t("calendar.stageTitle", { n: "{n}" }),
        stageDescription: t("calendar.stageDescription", { from: "{from}", to: "{to}" }),
        checkinTitle: t("calendar.checkinTitle"),
      },
    });
    c.header("Content-Type", "text/calendar; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="plan.ics"');
    return c.body(ics);
  });

  return app;
}
