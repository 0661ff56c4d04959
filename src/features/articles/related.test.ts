import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRelated, type RelatedInput, smallest } from "./related.js";

const art = (id: number, over: Partial<RelatedInput> = {}): RelatedInput => ({
  id,
  lang: "en",
  series: "s",
  installment: id,
  tags: [],
  publishedAt: `2026-01-${String(id).padStart(2, "0")}T00:00:00.000Z`,
  ...over,
});

describe("computeRelated", () => {
  it("prefers shared tags, then same-series neighbours, and never the article itself", () => {
    const list = [art(1, { tags: ["repair"] }), art(2), art(10, { series: "other", tags: ["repair"] }), art(20, { series: "other" })];
    expect(computeRelated(list).get(1)).toEqual([10, 2]);
  });

  it("keeps languages apart and skips drafts", () => {
    const list = [art(1, { tags: ["x"] }), art(2, { lang: "zh", tags: ["x"] }), art(3, { tags: ["x"], publishedAt: null })];
    expect(computeRelated(list).get(1)).toEqual([]);
  });

  it("orders same-series neighbours by distance and limits the list", () => {
    const list = [art(5), art(1), art(2), art(3), art(4), art(6), art(7), art(8)];
    expect(computeRelated(list, 3).get(5)).toEqual([6, 4, 7]);
  });
});

describe("keeping the best few candidates", () => {
  it("gives what a full sort then slice gives, ties kept in arrival order", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() })), fc.integer({ min: 0, max: 8 }), (items, limit) => {
        const byKey = (x: { key: number }, y: { key: number }) => x.key - y.key;
        expect(smallest(items, limit, byKey)).toEqual([...items].sort(byKey).slice(0, limit));
      }),
    );
  });
});
