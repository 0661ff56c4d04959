/**
 * The texts of the result page, written for this project in both languages, validated at load.
 */
import { z } from "zod";
import data from "./result-texts.json" with { type: "json" };

const L = z.object({ en: z.string().min(1), zh: z.string().min(1) });
const PatternText = z.object({ name: L, tagline: L, summary: L, strengths: L, inConflict: L, whatHelps: L });
const HabitText = z.object({ name: L, description: L, whatHelps: L });
const ResourceText = z.object({ name: L, description: L });

const ResultTextsSchema = z.object({
  patterns: z.object({ secure: PatternText, anxious: PatternText, avoidant: PatternText, fearful: PatternText }),
  habits: z.object({ pursue: HabitText, withdraw: HabitText, criticism: HabitText, defensiveness: HabitText }),
  resources: z.object({ repair: ResourceText, responsiveness: ResourceText }),
  noPronouncedHabit: L,
  safety: z.object({ heading: L, body: L, notCouplesWork: L }),
});

export type ResultTexts = z.infer<typeof ResultTextsSchema>;
export const RESULT_TEXTS: ResultTexts = ResultTextsSchema.parse(data);
