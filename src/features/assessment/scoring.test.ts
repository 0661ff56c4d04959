import { describe, expect, it } from "vitest";
import { type Instrument, loadInstrument, type ScaleId } from "./instrument.js";
import { CUT, scoreResponses } from "./scoring.js";

/** A small valid instrument: item i of a scale is "<scale>-<i>"; the first `rev` are reverse-keyed. */
const SHAPE: [ScaleId, number, number][] = [
  ["anxiety", 9, 3],
  ["avoidance", 9, 3],
  ["pursue", 4, 0],
  ["withdraw", 4, 0],
  ["criticism", 4, 0],
  ["defensiveness", 3, 0],
  ["repair", 5, 0],
  ["responsiveness", 3, 0],
  ["safety", 3, 0],
];
const prefix = (s: ScaleId) => s.replace(/[^a-z]/g, "").slice(0, 3);
const INSTRUMENT: Instrument = loadInstrument({
  version: "test",
  scaleLabels: { en: ["1", "2", "3", "4", "5", "6", "7"], zh: ["1", "2", "3", "4", "5", "6", "7"] },
  today: { en: "Today?", zh: "今天？" },
  items: SHAPE.flatMap(([scale, n, rev]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix(scale)}${i + 1}`, scale, reversed: i < rev, text: { en: "x", zh: "x" } })),
  ),
});

/** Answers giving each scale (after reversal) the value asked for; unlisted scales get 2, safety 1. */
function answers(values: Partial<Record<ScaleId, number>> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of INSTRUMENT.items) {
    const target = values[item.scale] ?? (item.scale === "safety" ? 1 : 2);
    out[item.id] = item.reversed ? 8 - target : target;
  }
  return out;
}

const score = (a: Record<string, number>) => {
  const r = scoreResponses(INSTRUMENT, a);
  if (!r.ok) throw new Error(JSON.stringify(r.missing));
  return r.value;
};

describe("scoreResponses", () => {
  it("reverses reverse-keyed items (8 − x) before averaging", () => {
    const a = answers();
    for (const id of ["anx1", "anx2", "anx3"]) a[id] = 1; // reversed: counts as 7
    for (const id of ["anx4", "anx5", "anx6", "anx7", "anx8", "anx9"]) a[id] = 7;
    expect(score(a).scores.anxiety).toBe(7);
  });

  it("rounds means to two decimals", () => {
    const a = answers();
    a.pur1 = 5; // pursue: 5, 2, 2, 2 → 2.75
    expect(score(a).scores.pursue).toBe(2.75);
    a.def1 = 3; // defensiveness: 3, 2, 2 → 2.333… → 2.33
    expect(score(a).scores.defensiveness).toBe(2.33);
    a.def2 = 3; // 2.666… → 2.67
    expect(score(a).scores.defensiveness).toBe(2.67);
  });

  it("scores a scale from its answered items when at least 75% are answered", () => {
    const a = answers({ repair: 6 });
    delete a.rep5; // 4 of 5 answered = 80%
    expect(score(a).scores.repair).toBe(6);
  });

  it("rejects a submission with a scale under 75%, naming the missing items", () => {
    const a = answers();
    for (const id of ["anx1", "anx2", "anx3"]) delete a[id]; // 6 of 9 = 67%
    delete a.saf1; // 2 of 3 = 67%
    const r = scoreResponses(INSTRUMENT, a);
    expect(r).toEqual({
      ok: false,
      missing: [
        { scale: "anxiety", items: ["anx1", "anx2", "anx3"] },
        { scale: "safety", items: ["saf1"] },
      ],
    });
  });

  it.each([
    [{ anxiety: 3, avoidance: 3 }, "secure"],
    [{ anxiety: 6, avoidance: 3 }, "anxious"],
    [{ anxiety: 3, avoidance: 6 }, "avoidant"],
    [{ anxiety: 6, avoidance: 6 }, "fearful"],
    [{ anxiety: CUT, avoidance: CUT }, "secure"],
  ] as const)("%o → %s", (values, pattern) => {
    expect(score(answers(values)).pattern).toBe(pattern);
  });

  it("treats the cut as a line: exactly 4.0 is not high, just above it is", () => {
    const a = answers({ anxiety: 4, avoidance: 2 });
    expect(score(a).pattern).toBe("secure");
    a.anx9 = 5; // one step up on one item: 37/9 = 4.11
    expect(score(a).scores.anxiety).toBe(4.11);
    expect(score(a).pattern).toBe("anxious");
  });

  it("names the most pronounced conflict habits above the cut, at most two", () => {
    expect(score(answers({ withdraw: 6, criticism: 5, pursue: 5 })).habits).toEqual(["withdraw", "pursue"]);
    expect(score(answers({ defensiveness: 5 })).habits).toEqual(["defensiveness"]);
    expect(score(answers()).habits).toEqual([]);
  });

  it("names the strongest resource (repair on a tie)", () => {
    expect(score(answers({ repair: 3, responsiveness: 6 })).strongestResource).toBe("responsiveness");
    expect(score(answers({ repair: 5, responsiveness: 5 })).strongestResource).toBe("repair");
  });

  it.each([
    [4, false],
    [5, true],
    [7, true],
  ])("a safety answer of %d sets the flag: %s", (value, flag) => {
    const a = answers();
    a.saf2 = value;
    expect(score(a).safetyFlag).toBe(flag);
  });
});

describe("loadInstrument", () => {
  it("refuses an instrument that breaks its own rules", () => {
    const bad = structuredClone(INSTRUMENT);
    bad.items = bad.items.map((i) => ({ ...i, reversed: false }));
    expect(() => loadInstrument(bad)).toThrow(/reverse-keyed/);
    expect(() => loadInstrument({ ...INSTRUMENT, items: INSTRUMENT.items.slice(0, 30) })).toThrow(/36–48/);
    expect(() => loadInstrument({ ...INSTRUMENT, items: [...INSTRUMENT.items.slice(1), INSTRUMENT.items[1]] })).toThrow(/unique/);
  });
});
