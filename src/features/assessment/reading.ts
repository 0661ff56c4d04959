/**
 * Which wiki articles a result points to: tags chosen per pattern and per conflict habit. Data,
 * not view logic. Pure.
 */
import type { StoredResult } from "./repo.js";

const PATTERN_TAGS: Record<StoredResult["pattern"], string[]> = {
  secure: ["bids-for-connection", "repair-attempts", "forty-day-practice"],
  anxious: ["anxious-attachment", "reassurance", "self-soothing"],
  avoidant: ["avoidant-attachment", "time-out", "flooding"],
  fearful: ["earned-security", "self-compassion", "attachment"],
};

const HABIT_TAGS: Record<StoredResult["habits"][number], string[]> = {
  pursue: ["pursue-withdraw"],
  withdraw: ["silent-treatment", "time-out"],
  criticism: ["repair"],
  defensiveness: ["repair-attempts"],
};

/** @example readingTags({ pattern: "anxious", habits: ["withdraw"] }) // ["anxious-attachment", …, "silent-treatment", "time-out"] */
export function readingTags(result: Pick<StoredResult, "pattern" | "habits">): string[] {
  return [...new Set([...PATTERN_TAGS[result.pattern], ...result.habits.flatMap((h) => HABIT_TAGS[h])])];
}
