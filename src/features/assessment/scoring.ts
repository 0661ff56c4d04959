/**
 * Scoring (pure): scale means after reverse-keying, the attachment pattern, the conflict
 * profile and the safety flag. Every threshold here is documented on /{lang}/test/about.
 */
import { CONFLICT_SCALES, type Instrument, type RESOURCE_SCALES, SCALES, type ScaleId } from "./instrument.js";

/**
 * A dimension is "high" above the scale midpoint. This is a reading aid: the dimensions are
 * continuous, and someone at 4.1 is much like someone at 3.9.
 */
export const CUT = 4.0;
/** A scale is scored only when at least this share of its items is answered. */
export const MIN_ANSWERED_SHARE = 0.75;
/**
 * The safety flag rises when any safety item is answered "somewhat agree" (5) or stronger:
 * we would rather show safety resources to someone who does not need them than miss someone who does.
 */
export const SAFETY_THRESHOLD = 5;
/** At most this many conflict habits are named as the most pronounced. */
const TOP_HABITS = 2;

export type Pattern = "secure" | "anxious" | "avoidant" | "fearful";
export type ConflictScale = (typeof CONFLICT_SCALES)[number];
export type ResourceScale = (typeof RESOURCE_SCALES)[number];

export interface Score {
  scores: Record<ScaleId, number>;
  pattern: Pattern;
  /** Conflict habits above the cut, most pronounced first (at most two). */
  habits: ConflictScale[];
  strongestResource: ResourceScale;
  safetyFlag: boolean;
}

export type ScoreOutcome = { ok: true; value: Score } | { ok: false; missing: { scale: ScaleId; items: string[] }[] };

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * @example scoreResponses(INSTRUMENT, answers).value.pattern // "secure"
 */
export function scoreResponses(instrument: Instrument, answers: Record<string, number>): ScoreOutcome {
  const scores = {} as Record<ScaleId, number>;
  const missing: { scale: ScaleId; items: string[] }[] = [];
  for (const scale of SCALES) {
    const items = instrument.items.filter((i) => i.scale === scale);
    const answered = items.filter((i) => answers[i.id] !== undefined);
    if (answered.length < items.length * MIN_ANSWERED_SHARE) {
      missing.push({ scale, items: items.filter((i) => answers[i.id] === undefined).map((i) => i.id) });
      continue;
    }
    const sum = answered.reduce((total, i) => {
      const value = answers[i.id] as number;
      return total + (i.reversed ? 8 - value : value);
    }, 0);
    scores[scale] = round2(sum / answered.length);
  }
  if (missing.length > 0) return { ok: false, missing };

  const anxious = scores.anxiety > CUT;
  const avoidant = scores.avoidance > CUT;
  const pattern: Pattern = anxious && avoidant ? "fearful" : anxious ? "anxious" : avoidant ? "avoidant" : "secure";
  const habits = [...CONFLICT_SCALES]
    .filter((s) => scores[s] > CUT)
    .sort((a, b) => scores[b] - scores[a] || CONFLICT_SCALES.indexOf(a) - CONFLICT_SCALES.indexOf(b))
    .slice(0, TOP_HABITS);
  const strongestResource = scores.responsiveness > scores.repair ? "responsiveness" : "repair";
  const safetyFlag = instrument.items.some((i) => i.scale === "safety" && (answers[i.id] ?? 0) >= SAFETY_THRESHOLD);
  return { ok: true, value: { scores, pattern, habits, strongestResource, safetyFlag } };
}
