import { describe, expect, it } from "vitest";
import { formatDate, MESSAGES, t } from "./index.js";

describe("UI strings", () => {
  it("English and Chinese define exactly the same keys", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it("no string is empty and placeholders match between languages", () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(MESSAGES.en[key].trim(), key).not.toBe("");
      expect(MESSAGES.zh[key].trim(), key).not.toBe("");
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(MESSAGES.zh[key]), key).toEqual(names(MESSAGES.en[key]));
    }
  });

  it("fills placeholders", () => {
    expect(t("en", "article.installmentOf", { installment: 12, series: "Silent Treatment" })).toBe("Installment 12 of Silent Treatment");
    expect(t("zh", "article.installmentOf", { installment: 12, series: "冷战与修复" })).toBe("冷战与修复 · 第 12 期");
  });

  it("formats dates per language", () => {
    expect(formatDate("en", "2026-03-14T00:00:00.000Z")).toBe("14 March 2026");
    expect(formatDate("zh", "2026-03-14T00:00:00.000Z")).toBe("2026年3月14日");
  });
});
