/**
 * The report's texts and exercise library, written for this project in both languages and
 * validated when loaded.
 */
import { z } from "zod";
import exercisesData from "./exercises.json" with { type: "json" };
import { STAGES } from "./plan.js";
import textsData from "./report-texts.json" with { type: "json" };

const L = z.object({ en: z.string().min(1), zh: z.string().min(1) });
const Scale = z.object({ meaning: L, low: L, high: L });
const Patterns = <T extends z.ZodType>(item: T) => z.object({ secure: item, anxious: item, avoidant: item, fearful: item });

const ReportTextsSchema = z.object({
  intro: L,
  scales: z.object({
    anxiety: Scale,
    avoidance: Scale,
    pursue: Scale,
    withdraw: Scale,
    criticism: Scale,
    defensiveness: Scale,
    repair: Scale,
    responsiveness: Scale,
  }),
  cycles: Patterns(L),
  stages: z.object(
    Object.fromEntries(STAGES.map((s) => [s, z.object({ title: L, purpose: L })])) as Record<
      (typeof STAGES)[number],
      z.ZodObject<{ title: typeof L; purpose: typeof L }>
    >,
  ),
  scaling: L,
  scalingTop: L,
  warningSigns: z.array(L).min(3),
  preventionPlan: z.array(L).min(3),
  checkin: z.array(L).min(3),
  openers: Patterns(z.array(L).min(2)),
  individualOpeners: z.array(L).min(2),
  individualCheckin: z.array(L).min(3),
  safetyIntro: L,
});

const ExercisesSchema = z.object({
  exercises: z.array(
    z.object({
      id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
      stage: z.enum(STAGES),
      audience: z.enum(["individual", "couple", "any"]),
      title: L,
      why: L,
      how: L,
      notice: L,
    }),
  ),
});

export const REPORT_TEXTS = ReportTextsSchema.parse(textsData);
export const EXERCISES = ExercisesSchema.parse(exercisesData).exercises;
export type Exercise = (typeof EXERCISES)[number];
