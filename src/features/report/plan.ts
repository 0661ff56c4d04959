/**
 * Choosing the exercises of the 40-day plan (pure). The selection is data: RULES map a profile
 * (pattern, conflict habits, scale scores, safety flag) to exercises; each stage then takes the
 * first two or three that fit, topped up from STAGE_DEFAULTS. When the safety flag is set, no
 * exercise involving the partner is chosen.
 */
import type { ScaleId } from "../assessment/instrument.js";
import type { ConflictScale, Pattern } from "../assessment/scoring.js";

export const STAGES = ["start", "resources", "vision", "exceptions", "action", "consolidation"] as const;
export type Stage = (typeof STAGES)[number];

/** First and last day of each stage; consolidation goes on after day 40. */
export const STAGE_DAYS: Record<Stage, [number, number]> = {
  start: [1, 7],
  resources: [8, 14],
  vision: [15, 21],
  exceptions: [22, 28],
  action: [29, 35],
  consolidation: [36, 40],
};

export type Audience = "individual" | "couple" | "any";

export interface ExerciseRef {
  id: string;
  stage: Stage;
  audience: Audience;
}

export interface Profile {
  pattern: Pattern;
  habits: ConflictScale[];
  scores: Record<ScaleId, number>;
  safetyFlag: boolean;
}

interface Condition {
  pattern?: Pattern[];
  habit?: ConflictScale[];
  /** Every listed scale strictly below the value. */
  below?: Partial<Record<ScaleId, number>>;
  safety?: boolean;
}

interface Rule {
  why: string;
  when: Condition;
  add: string[];
}

/** In priority order: earlier rules win when a stage has more candidates than it shows. */
export const RULES: Rule[] = [
  {
    why: "safety first: individual safety and support",
    when: { safety: true },
    add: ["start-safety-plan", "res-support-network", "exc-steady-moments", "act-self-kindness", "con-individual-support"],
  },
  {
    why: "everyone: miracle question, scaling, exception log, early-warning signs",
    when: {},
    add: ["vis-miracle", "vis-scaling", "exc-log", "con-warning-signs"],
  },
  {
    why: "pursuing or anxious: self-soothing and a reassurance ritual",
    when: { pattern: ["anxious", "fearful"] },
    add: ["start-self-soothe", "act-reassurance-ritual"],
  },
  { why: "pursuing habit", when: { habit: ["pursue"] }, add: ["start-self-soothe", "act-reassurance-ritual"] },
  {
    why: "withdrawing / silent treatment: one small kind gesture a day",
    when: { habit: ["withdraw"] },
    add: ["act-kind-gesture", "start-pause-signal"],
  },
  { why: "distancing: a time-out with a promised return", when: { pattern: ["avoidant", "fearful"] }, add: ["start-pause-signal", "act-time-out"] },
  { why: "withdrawing habit: a time-out that returns", when: { habit: ["withdraw"] }, add: ["act-time-out"] },
  { why: "criticism: a soft start", when: { habit: ["criticism"] }, add: ["act-soft-start"] },
  { why: "defensiveness: owning a small part", when: { habit: ["defensiveness"] }, add: ["act-own-part"] },
  { why: "few turns toward bids", when: { below: { responsiveness: 4 } }, add: ["res-bids"] },
  { why: "repair is hard to reach", when: { below: { repair: 4 } }, add: ["exc-better-disagreement"] },
  { why: "secure: build on what works", when: { pattern: ["secure"] }, add: ["res-bids", "vis-shared-picture", "exc-better-disagreement"] },
  { why: "together: listening and a weekly check-in", when: { safety: false }, add: ["start-listen", "con-checkin"] },
];

/** Fill-ins, in order, when the rules chose fewer than MIN_PER_STAGE. */
export const STAGE_DEFAULTS: Record<Stage, string[]> = {
  start: ["start-story", "start-hope"],
  resources: ["res-strengths", "res-coping-list"],
  vision: ["vis-miracle", "vis-scaling"],
  exceptions: ["exc-log", "exc-steady-moments"],
  action: ["act-self-kindness", "act-own-step", "act-kind-gesture"],
  consolidation: ["con-celebrate", "con-warning-signs"],
};

export const MIN_PER_STAGE = 2;
export const MAX_PER_STAGE = 3;

function matches(when: Condition, p: Profile): boolean {
  if (when.safety !== undefined && when.safety !== p.safetyFlag) return false;
  if (when.pattern && !when.pattern.includes(p.pattern)) return false;
  if (when.habit && !when.habit.some((h) => p.habits.includes(h))) return false;
  if (when.below && !Object.entries(when.below).every(([scale, value]) => p.scores[scale as ScaleId] < (value as number))) return false;
  return true;
}

/**
 * @example selectExercises(profile, exercises).action // ["act-reassurance-ritual", …]
 */
export function selectExercises(profile: Profile, exercises: ExerciseRef[]): Record<Stage, string[]> {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const allowed = (id: string) => {
    const e = byId.get(id);
    return e !== undefined && !(profile.safetyFlag && e.audience === "couple");
  };
  const plan = Object.fromEntries(STAGES.map((s) => [s, [] as string[]])) as Record<Stage, string[]>;
  const take = (id: string, limit: number) => {
    const e = byId.get(id);
    if (!e || !allowed(id)) return;
    const list = plan[e.stage];
    if (!list.includes(id) && list.length < limit) list.push(id);
  };
  for (const rule of RULES) if (matches(rule.when, profile)) for (const id of rule.add) take(id, MAX_PER_STAGE);
  for (const stage of STAGES) for (const id of STAGE_DEFAULTS[stage]) take(id, MIN_PER_STAGE);
  return plan;
}
