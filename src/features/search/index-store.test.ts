import { describe, expect, it } from "vitest";
import { articleIdOfKey, searchKey, seriesToken, tsvectorLiteral } from "./index-store.js";

describe("searchKey", () => {
  it("orders by publication time, then id, and gives the id back", () => {
    const a = searchKey("2026-01-01T00:00:00.000Z", 999_999);
    const b = searchKey("2026-01-01T00:00:01.000Z", 1);
    expect(b).toBeGreaterThan(a);
    expect(searchKey("2026-01-01T00:00:00.000Z", 7)).toBeLessThan(searchKey("2026-01-01T00:00:00.000Z", 8));
    expect(articleIdOfKey(a)).toBe(999_999);
    expect(articleIdOfKey(searchKey("1969-12-31T00:00:00.000Z", 42))).toBe(42);
    expect(Number.isSafeInteger(searchKey("2250-01-01T00:00:00.000Z", 999_999))).toBe(true);
  });

  it("refuses ids outside its id space", () => {
    expect(() => searchKey("2026-01-01", 1_000_000)).toThrow(/id space/);
  });
});

describe("filter tokens and tsvector literals", () => {
  it("keeps a series slug one exact token", () => {
    expect(seriesToken("a-b")).not.toBe(seriesToken("ab"));
    expect(seriesToken("silent-treatment")).toMatch(/^s[0-9a-f]+$/);
  });

  it("writes positions with a gap between fields", () => {
    expect(tsvectorLiteral(["冷战 silence", "silence"])).toBe("'冷战':1 '战':2 'silence':3,6");
  });
});
