import { describe, expect, it } from "vitest";
import { percentileOf } from "./routes.js";

describe("percentileOf", () => {
  it("is the share of stored scores strictly below, as a whole percent", () => {
    const scores = Array.from({ length: 200 }, (_, i) => 1 + (i % 100) * 0.06);
    expect(percentileOf(scores, 1)).toBe(0);
    expect(percentileOf(scores, 4)).toBe(50);
    expect(percentileOf(scores, 7.5)).toBe(100);
    expect(percentileOf([], 4)).toBe(0);
  });
});
