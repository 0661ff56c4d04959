/**
 * The report as data (pure): everything the HTML page and the PDF show, built once from a
 * result, the texts and the exercise library, in one language. Views only lay it out.
 */
import type { Lang } from "../../db/schema.js";
import { t } from "../../i18n/index.js";
import type { ScaleId } from "../assessment/instrument.js";
import type { StoredResult } from "../assessment/repo.js";
import { SAFETY_RESOURCES, type SafetyResource } from "../assessment/safety-resources.js";
import { CUT } from "../assessment/scoring.js";
import { RESULT_TEXTS } from "../assessment/texts.js";
import { EXERCISES, REPORT_TEXTS } from "./content.js";
import { STAGE_DAYS, STAGES, type Stage, selectExercises } from "./plan.js";

export interface ScaleReading {
  scale: ScaleId;
  name: string;
  score: number;
  meaning: string;
  reading: string;
}

export interface ExerciseView {
  id: string;
  title: string;
  why: string;
  how: string;
  notice: string;
}

export interface StageView {
  id: Stage;
  title: string;
  purpose: string;
  days: string;
  exercises: ExerciseView[];
}

export interface ReportModel {
  lang: Lang;
  /** Between a label and its text: "：" in Chinese, ": " in English. */
  labelSep: string;
  title: string;
  intro: string;
  safety?: { heading: string; body: string; intro: string; resourcesHeading: string; resources: SafetyResource[] };
  pattern: { name: string; summary: string };
  cycle: string;
  resources: ScaleReading[];
  dimensions: ScaleReading[];
  challenges: ScaleReading[];
  stages: StageView[];
  scaling: string;
  warningSigns: string[];
  preventionPlan: string[];
  checkin: { heading: string; steps: string[] };
  openers: { heading: string; lines: string[] };
}

const RESOURCE_SCALES: ScaleId[] = ["repair", "responsiveness"];
const DIMENSIONS: ScaleId[] = ["anxiety", "avoidance"];
const CHALLENGES: ScaleId[] = ["pursue", "withdraw", "criticism", "defensiveness"];

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));

/** @example buildReport(result, "zh").stages.length // 6 */
export function buildReport(result: StoredResult, lang: Lang, safetyResources: SafetyResource[] = SAFETY_RESOURCES[lang]): ReportModel {
  const texts = REPORT_TEXTS;
  const reading = (scale: ScaleId): ScaleReading => {
    const s = texts.scales[scale as keyof typeof texts.scales];
    const score = result.scores[scale];
    return { scale, name: t(lang, `scale.${scale}`), score, meaning: s.meaning[lang], reading: (score > CUT ? s.high : s.low)[lang] };
  };
  const chosen = selectExercises(result, EXERCISES);
  const byId = new Map(EXERCISES.map((e) => [e.id, e]));
  const next = Math.min(10, result.today + 1);
  const flagged = result.safetyFlag;
  return {
    lang,
    labelSep: lang === "zh" ? "：" : ": ",
    title: t(lang, "report.title"),
    intro: texts.intro[lang],
    safety: flagged
      ? {
          heading: RESULT_TEXTS.safety.heading[lang],
          body: RESULT_TEXTS.safety.body[lang],
          intro: texts.safetyIntro[lang],
          resourcesHeading: t(lang, "result.safetyResources"),
          resources: safetyResources,
        }
      : undefined,
    pattern: { name: RESULT_TEXTS.patterns[result.pattern].name[lang], summary: RESULT_TEXTS.patterns[result.pattern].summary[lang] },
    cycle: texts.cycles[result.pattern][lang],
    resources: RESOURCE_SCALES.map(reading),
    dimensions: DIMENSIONS.map(reading),
    challenges: CHALLENGES.map(reading),
    stages: STAGES.map((stage) => {
      const [from, to] = STAGE_DAYS[stage];
      return {
        id: stage,
        title: texts.stages[stage].title[lang],
        purpose: texts.stages[stage].purpose[lang],
        days: t(lang, stage === "consolidation" ? "report.daysOn" : "report.days", { from, to }),
        exercises: chosen[stage].flatMap((id) => {
          const e = byId.get(id);
          if (!e) return [];
          const params = { today: result.today, next };
          return [{ id, title: e.title[lang], why: fill(e.why[lang], params), how: fill(e.how[lang], params), notice: fill(e.notice[lang], params) }];
        }),
      };
    }),
    scaling: result.today >= 10 ? texts.scalingTop[lang] : fill(texts.scaling[lang], { today: result.today, next }),
    warningSigns: texts.warningSigns.map((s) => s[lang]),
    preventionPlan: texts.preventionPlan.map((s) => s[lang]),
    checkin: flagged
      ? { heading: t(lang, "report.checkinIndividual"), steps: texts.individualCheckin.map((s) => s[lang]) }
      : { heading: t(lang, "report.checkin"), steps: texts.checkin.map((s) => s[lang]) },
    openers: flagged
      ? { heading: t(lang, "report.openersIndividual"), lines: texts.individualOpeners.map((s) => s[lang]) }
      : { heading: t(lang, "report.openers"), lines: texts.openers[result.pattern].map((s) => s[lang]) },
  };
}
