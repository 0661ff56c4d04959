import { describe, expect, it } from "vitest";
import { percentileOf } from "./norms.js";

describe("percentileOf", () => {
  it("is the share of stored scores strictly below, as a whole percent", () => {
    const scores = Float64Array.from({ length: 200 }, (_, i) => 1 + (i % 100) * 0.06).sort();
    expect(percentileOf(scores, 1)).toBe(0);
    expect(percentileOf(scores, 4)).toBe(50);
    expect(percentileOf(scores, 7.5)).toBe(100);
    expect(percentileOf([], 4)).toBe(0);
    expect(percentileOf([1, 2, 2, 3], 2)).toBe(25);
  });
});

describe("norms", () => {
  it("compares against stored results once there are enough, and refreshes after its maximum age", async () => {
    const { createTestDb } = await import("../../../test/db.js");
    const { Norms } = await import("./norms.js");
    const db = await createTestDb("sqlite");
    const add = (i: number, anxiety: number) =>
      db.kysely
        .insertInto("test_result")
        .values({
          id: `r${i}`,
          owner_hash: "h",
          lang: "en",
          instrument_version: "1",
          pattern: "secure",
          safety_flag: 0,
          today: 5,
          created_at: new Date().toISOString(),
          scores: JSON.stringify({ anxiety, avoidance: 8 - anxiety }),
          profile: "{}",
          answers: "{}",
        })
        .execute();
    for (let i = 0; i < 3; i++) await add(i, 2 + i);
    const norms = new Norms(60_000);
    expect(await norms.percentiles(db, "en", { anxiety: 3.5, avoidance: 4 }, 4, 0)).toEqual({ count: 3, percentiles: undefined });
    await add(3, 5);
    // Within its maximum age the snapshot stands; after it, the new result counts.
    expect((await norms.percentiles(db, "en", { anxiety: 3.5, avoidance: 4 }, 4, 30_000)).count).toBe(3);
    expect(await norms.percentiles(db, "en", { anxiety: 3.5, avoidance: 4 }, 4, 60_000)).toEqual({
      count: 4,
      percentiles: { anxiety: 50, avoidance: 25 },
    });
    await db.destroy();
  });
});
