/**
 * The report as a PDF (pdfkit): the same model as the page, set in Noto Sans SC so Chinese
 * renders; pdfkit embeds only the glyphs used (a subset), keeping files small, and the text
 * stays selectable.
 */
import { notoSansSc } from "../../ui/fonts.js";
import type { ReportModel, ScaleReading } from "./report.js";

export type PaperSize = "A4" | "LETTER";

const COLORS = { text: "#1f2328", muted: "#57606a", accent: "#2f6a5e" };

export async function renderReportPdf(
  report: ReportModel,
  labels: Record<
    | "why"
    | "how"
    | "notice"
    | "inDepth"
    | "resources"
    | "dimensions"
    | "challenges"
    | "cycle"
    | "plan"
    | "vision"
    | "warningSigns"
    | "preventionPlan"
    | "articles",
    string
  > & { score: (n: number) => string },
  size: PaperSize = "A4",
  articles: { title: string; url: string }[] = [],
): Promise<Buffer> {
  // Loaded on the first PDF: most server processes never make one (~25 MB once loaded).
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size,
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: report.title },
    lang: report.lang === "zh" ? "zh-Hans" : "en",
  });
  const { regular, bold } = notoSansSc();
  doc.registerFont("body", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 112;
  const para = (text: string, options: { size?: number; color?: string; font?: "body" | "bold"; gap?: number } = {}) => {
    doc
      .font(options.font ?? "body")
      .fontSize(options.size ?? 10.5)
      .fillColor(options.color ?? COLORS.text)
      .text(text, { width, lineGap: 3 });
    doc.moveDown(options.gap ?? 0.5);
  };
  /** Keeps a heading with what follows it: start a new page when little room is left. */
  const heading = (text: string, size: number, room = 120) => {
    if (doc.y > doc.page.height - 56 - room) doc.addPage();
    doc.moveDown(0.4);
    para(text, { size, font: "bold", color: size > 14 ? COLORS.accent : COLORS.text, gap: 0.3 });
  };
  const list = (items: string[]) => {
    for (const item of items) para(`•  ${item}`, { gap: 0.25 });
    doc.moveDown(0.3);
  };
  const readings = (items: ScaleReading[]) => {
    for (const r of items) {
      heading(`${r.name} — ${labels.score(r.score)}`, 11, 60);
      para(r.meaning, { gap: 0.2 });
      para(r.reading);
    }
  };

  para(report.title, { size: 22, font: "bold", color: COLORS.accent });
  para(report.intro, { color: COLORS.muted });
  if (report.safety) {
    heading(report.safety.heading, 16);
    para(report.safety.body);
    para(report.safety.intro);
    heading(report.safety.resourcesHeading, 12);
    list(report.safety.resources.map((r) => `${r.name}${report.labelSep}${r.contact}`));
  }
  heading(labels.inDepth, 16);
  para(report.pattern.name, { font: "bold", size: 13 });
  para(report.pattern.summary);
  heading(labels.resources, 13);
  readings(report.resources);
  heading(labels.dimensions, 13);
  readings(report.dimensions);
  heading(labels.challenges, 13);
  readings(report.challenges);
  heading(labels.cycle, 13);
  para(report.cycle);

  heading(labels.plan, 16);
  report.stages.forEach((stage, i) => {
    heading(`${i + 1}. ${stage.title} · ${stage.days}`, 13, 200);
    para(stage.purpose, { color: COLORS.muted });
    for (const e of stage.exercises) {
      heading(e.title, 11, 90);
      para(`${labels.why}${report.labelSep}${e.why}`, { gap: 0.25 });
      para(`${labels.how}${report.labelSep}${e.how}`, { gap: 0.25 });
      para(`${labels.notice}${report.labelSep}${e.notice}`);
    }
  });

  heading(labels.vision, 16);
  para(report.scaling);
  heading(labels.warningSigns, 12);
  list(report.warningSigns);
  heading(labels.preventionPlan, 12);
  list(report.preventionPlan);
  heading(report.checkin.heading, 12);
  list(report.checkin.steps);
  heading(report.openers.heading, 12);
  list(report.openers.lines);
  if (articles.length > 0) {
    heading(labels.articles, 12);
    list(articles.map((a) => `${a.title} — ${a.url}`));
  }
  doc.end();
  return done;
}
