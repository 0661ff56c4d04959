/**
 * /{lang}/results/{id}/report: the report model laid out as a page, readable on screen and in
 * print (see the print rules in styles.css).
 */
import { SafetyResourceList } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import type { PageContext } from "../../ui/page.js";
import type { ArticleLink } from "../articles/repo.js";
import type { ReportModel, ScaleReading } from "./report.js";

function Readings({ ctx, items }: { ctx: PageContext; items: ScaleReading[] }) {
  return (
    <dl class="readings">
      {items.map((r) => (
        <div class="reading">
          <dt>
            {r.name} <span class="meta">{ctx.t("report.yourScore", { score: r.score.toFixed(2) })}</span>
          </dt>
          <dd>
            <p>{r.meaning}</p>
            <p>{r.reading}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ReportView({
  ctx,
  report,
  resultId,
  articles,
}: {
  ctx: PageContext;
  report: ReportModel;
  resultId: string;
  articles: ArticleLink[];
}) {
  const { t, lang } = ctx;
  const base = `/${lang}/results/${resultId}`;
  return (
    <Layout ctx={ctx} seo={{ title: report.title, description: report.intro, path: `${base}/report`, noindex: true, quickExit: true }}>
      <article class="report">
        <h1>{report.title}</h1>
        <p class="lede">{report.intro}</p>
        <p class="report-actions no-print">
          <a href={`${base}/report.pdf`} download>
            {t("report.pdf")}
          </a>
          {" · "}
          <a href={`${base}/plan.ics`} download>
            {t("report.calendar")}
          </a>
          {" · "}
          <a href={base}>{t("report.backToResult")}</a>
        </p>
        <p class="meta no-print">{t("report.calendarNote")}</p>
        {report.safety ? (
          <section class="safety-panel" aria-labelledby="safety-heading">
            <h2 id="safety-heading">{report.safety.heading}</h2>
            <p>{report.safety.body}</p>
            <p>{report.safety.intro}</p>
            <h3>{report.safety.resourcesHeading}</h3>
            <SafetyResourceList resources={report.safety.resources} />
          </section>
        ) : null}
        <section aria-labelledby="depth-heading">
          <h2 id="depth-heading">{t("report.inDepth")}</h2>
          <h3>{report.pattern.name}</h3>
          <p>{report.pattern.summary}</p>
          <h3>{t("report.resourcesFirst")}</h3>
          <Readings ctx={ctx} items={report.resources} />
          <h3>{t("report.dimensions")}</h3>
          <Readings ctx={ctx} items={report.dimensions} />
          <h3>{t("report.challenges")}</h3>
          <Readings ctx={ctx} items={report.challenges} />
          <h3>{t("report.cycle")}</h3>
          <p>{report.cycle}</p>
        </section>
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t("report.plan")}</h2>
          {report.stages.map((stage, i) => (
            <section class="stage" aria-labelledby={`stage-${stage.id}`}>
              <div class="stage-head">
                <h3 id={`stage-${stage.id}`}>
                  {i + 1}. {stage.title} <span class="meta">· {stage.days}</span>
                </h3>
                <p>{stage.purpose}</p>
              </div>
              {stage.exercises.map((e) => (
                <div class="exercise">
                  <h4>{e.title}</h4>
                  <p>
                    <strong>
                      {t("report.why")}
                      {report.labelSep}
                    </strong>
                    {e.why}
                  </p>
                  <p>
                    <strong>
                      {t("report.how")}
                      {report.labelSep}
                    </strong>
                    {e.how}
                  </p>
                  <p>
                    <strong>
                      {t("report.notice")}
                      {report.labelSep}
                    </strong>
                    {e.notice}
                  </p>
                </div>
              ))}
            </section>
          ))}
        </section>
        <section aria-labelledby="vision-heading">
          <h2 id="vision-heading">{t("report.vision")}</h2>
          <p>{report.scaling}</p>
          <h3>{t("report.warningSigns")}</h3>
          <ul>
            {report.warningSigns.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
          <h3>{t("report.preventionPlan")}</h3>
          <ul>
            {report.preventionPlan.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
          <h3>{report.checkin.heading}</h3>
          <ol>
            {report.checkin.steps.map((s) => (
              <li>{s}</li>
            ))}
          </ol>
          <h3>{report.openers.heading}</h3>
          <ul class="openers">
            {report.openers.lines.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
        </section>
        {articles.length > 0 ? (
          <section aria-labelledby="report-reading">
            <h2 id="report-reading">{t("report.articles")}</h2>
            <ul>
              {articles.map((a) => (
                <li>
                  <a href={`/${lang}/articles/${a.slug}`}>{a.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Layout>
  );
}
