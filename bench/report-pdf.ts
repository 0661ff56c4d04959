/**
 * Report PDF benchmark (not a test): renders the PDF for an anxious/withdrawing result in English
 * and Chinese, cold (first render, fonts loaded) and then 20 times warm, and reports size and time.
 *
 *   npx tsx bench/report-pdf.ts
 */
import { cpus } from "node:os";
import type { Lang } from "../src/db/schema.js";
import type { StoredResult } from "../src/features/assessment/repo.js";
import { renderReportPdf } from "../src/features/report/pdf.js";
import { buildReport } from "../src/features/report/report.js";
import { t } from "../src/i18n/index.js";

const result: StoredResult = {
  id: "bench",
  lang: "en",
  instrumentVersion: "bench",
  pattern: "anxious",
  scores: {
    anxiety: 5.4,
    avoidance: 3.1,
    pursue: 4.6,
    withdraw: 4.4,
    criticism: 3.2,
    defensiveness: 3.5,
    repair: 4.8,
    responsiveness: 3.6,
    safety: 1,
  },
  habits: ["pursue", "withdraw"],
  strongestResource: "repair",
  safetyFlag: false,
  today: 4,
  createdAt: new Date().toISOString(),
};

const labels = (lang: Lang) => ({
  why: t(lang, "report.why"),
  how: t(lang, "report.how"),
  notice: t(lang, "report.notice"),
  inDepth: t(lang, "report.inDepth"),
  resources: t(lang, "report.resourcesFirst"),
  dimensions: t(lang, "report.dimensions"),
  challenges: t(lang, "report.challenges"),
  cycle: t(lang, "report.cycle"),
  plan: t(lang, "report.plan"),
  vision: t(lang, "report.vision"),
  warningSigns: t(lang, "report.warningSigns"),
  preventionPlan: t(lang, "report.preventionPlan"),
  articles: t(lang, "report.articles"),
  score: (n: number) => t(lang, "report.yourScore", { score: n.toFixed(2) }),
});

console.log(`report PDF: ${cpus().length} × ${cpus()[0]?.model}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| language | size KB | cold ms | warm p50 ms | warm p95 ms |");
console.log("|---|---|---|---|---|");
for (const lang of ["en", "zh"] as const) {
  const model = buildReport({ ...result, lang }, lang);
  let started = performance.now();
  const first = await renderReportPdf(model, labels(lang));
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    started = performance.now();
    await renderReportPdf(model, labels(lang));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${lang} | ${(first.length / 1024).toFixed(0)} | ${cold.toFixed(0)} | ${times[10]?.toFixed(0)} | ${times[19]?.toFixed(0)} |`);
}
