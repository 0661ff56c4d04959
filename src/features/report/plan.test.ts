import { describe, expect, it } from "vitest";
import type { ScaleId } from "../assessment/instrument.js";
import type { ConflictScale, Pattern } from "../assessment/scoring.js";
import { type ExerciseRef, MAX_PER_STAGE, MIN_PER_STAGE, type Profile, STAGES, selectExercises } from "./plan.js";

/** The library's shape (ids, stages, audiences) as the rules see it. */
const LIBRARY: ExerciseRef[] = [
  ["start-story", "start", "individual"],
  ["start-listen", "start", "couple"],
  ["start-hope", "start", "any"],
  ["start-self-soothe", "start", "individual"],
  ["start-pause-signal", "start", "couple"],
  ["start-safety-plan", "start", "individual"],
  ["res-coping-list", "resources", "individual"],
  ["res-strengths", "resources", "individual"],
  ["res-bids", "resources", "any"],
  ["res-support-network", "resources", "individual"],
  ["vis-miracle", "vision", "any"],
  ["vis-scaling", "vision", "any"],
  ["vis-shared-picture", "vision", "couple"],
  ["exc-log", "exceptions", "any"],
  ["exc-better-disagreement", "exceptions", "couple"],
  ["exc-steady-moments", "exceptions", "individual"],
  ["act-reassurance-ritual", "action", "couple"],
  ["act-time-out", "action", "couple"],
  ["act-kind-gesture", "action", "couple"],
  ["act-soft-start", "action", "couple"],
  ["act-own-part", "action", "couple"],
  ["act-self-kindness", "action", "individual"],
  ["act-own-step", "action", "individual"],
  ["con-checkin", "consolidation", "couple"],
  ["con-warning-signs", "consolidation", "any"],
  ["con-celebrate", "consolidation", "any"],
  ["con-individual-support", "consolidation", "individual"],
].map(([id, stage, audience]) => ({ id, stage, audience }) as ExerciseRef);

const scores = (over: Partial<Record<ScaleId, number>> = {}): Record<ScaleId, number> => ({
  anxiety: 3,
  avoidance: 3,
  pursue: 3,
  withdraw: 3,
  criticism: 3,
  defensiveness: 3,
  repair: 5,
  responsiveness: 5,
  safety: 1,
  ...over,
});
const profile = (pattern: Pattern, habits: ConflictScale[] = [], safetyFlag = false, over: Partial<Record<ScaleId, number>> = {}): Profile => ({
  pattern,
  habits,
  safetyFlag,
  scores: scores(over),
});
const all = (plan: Record<string, string[]>) => Object.values(plan).flat();
const audience = (id: string) => LIBRARY.find((e) => e.id === id)?.audience;

describe("selectExercises", () => {
  for (const pattern of ["secure", "anxious", "avoidant", "fearful"] as const) {
    for (const flagged of [false, true]) {
      it(`${pattern}, safety ${flagged ? "flagged" : "not flagged"}: 2–3 exercises per stage, everyone's essentials`, () => {
        const plan = selectExercises(profile(pattern, [], flagged), LIBRARY);
        for (const stage of STAGES) {
          expect(plan[stage].length, stage).toBeGreaterThanOrEqual(MIN_PER_STAGE);
          expect(plan[stage].length, stage).toBeLessThanOrEqual(MAX_PER_STAGE);
          for (const id of plan[stage]) expect(LIBRARY.find((e) => e.id === id)?.stage).toBe(stage);
        }
        expect(all(plan)).toEqual(expect.arrayContaining(["exc-log", "vis-miracle", "vis-scaling"]));
        if (flagged) {
          expect(all(plan).filter((id) => audience(id) === "couple")).toEqual([]);
          expect(all(plan)).toEqual(expect.arrayContaining(["start-safety-plan", "con-individual-support"]));
        } else {
          expect(all(plan)).toEqual(expect.arrayContaining(["con-checkin"]));
          expect(all(plan)).not.toContain("start-safety-plan");
        }
      });
    }
  }

  it.each([
    ["an anxious pattern: self-soothing and a reassurance ritual", profile("anxious"), ["start-self-soothe", "act-reassurance-ritual"]],
    ["a pursuing habit, even when secure", profile("secure", ["pursue"]), ["start-self-soothe", "act-reassurance-ritual"]],
    ["an avoidant pattern: a time-out with a promised return", profile("avoidant"), ["start-pause-signal", "act-time-out"]],
    ["a withdrawing habit: one small kind gesture a day", profile("secure", ["withdraw"]), ["act-kind-gesture"]],
    ["criticism: a soft start", profile("anxious", ["criticism"]), ["act-soft-start"]],
    ["defensiveness: owning a part", profile("secure", ["defensiveness"]), ["act-own-part"]],
    ["few turns toward bids", profile("anxious", [], false, { responsiveness: 3.99 }), ["res-bids"]],
  ])("fits %s", (_name, p, expected) => {
    expect(all(selectExercises(p, LIBRARY))).toEqual(expect.arrayContaining(expected));
  });

  it("treats the score edge exactly: responsiveness 4.00 is not below 4", () => {
    expect(all(selectExercises(profile("anxious", [], false, { responsiveness: 4 }), LIBRARY))).not.toContain("res-bids");
    expect(all(selectExercises(profile("anxious", [], false, { repair: 3.99 }), LIBRARY))).toContain("exc-better-disagreement");
  });

  it("keeps safety above pattern: a flagged anxious profile gets no couple ritual", () => {
    const plan = selectExercises(profile("anxious", ["pursue", "withdraw"], true), LIBRARY);
    expect(all(plan)).not.toContain("act-reassurance-ritual");
    expect(all(plan)).not.toContain("act-kind-gesture");
    expect(plan.action).toContain("act-self-kindness");
  });

  it("caps a busy stage at three, by rule priority", () => {
    const plan = selectExercises(profile("fearful", ["pursue", "withdraw", "criticism", "defensiveness"]), LIBRARY);
    expect(plan.action).toEqual(["act-reassurance-ritual", "act-kind-gesture", "act-time-out"]);
  });
});

describe("the rules and the written library agree", () => {
  it("every exercise a rule or a default names exists, in the stage and audience the rules assume", async () => {
    const { EXERCISES } = await import("./content.js");
    const { RULES, STAGE_DEFAULTS } = await import("./plan.js");
    const ids = new Set(EXERCISES.map((e) => e.id));
    for (const id of [...RULES.flatMap((r) => r.add), ...Object.values(STAGE_DEFAULTS).flat()]) expect(ids.has(id), id).toBe(true);
    for (const e of LIBRARY)
      expect(
        EXERCISES.find((x) => x.id === e.id),
        e.id,
      ).toMatchObject({ stage: e.stage, audience: e.audience });
  });
});
