import { describe, expect, it } from "vitest";
import { parsePage } from "./pagination.js";

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    ["0", 1],
    ["-3", 1],
    ["abc", 1],
    ["1e3", 1],
    ["99999999", 1],
  ])("%s → %d", (value, page) => expect(parsePage(value)).toBe(page));
});
