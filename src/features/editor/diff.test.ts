import { describe, expect, it } from "vitest";
import type { ParsedArticleFile } from "../articles/front-matter.js";
import { bodyDiff, diffRevisions, inlineDiff } from "./diff.js";

const file = (meta: Partial<ParsedArticleFile["meta"]>, body: string): ParsedArticleFile => ({
  meta: { title: "T", slug: "t", lang: "en", series: "s", installment: 1, summary: "", tags: [], quotes: [], faq: [], ...meta },
  body,
});

describe("revision diffs", () => {
  it("compares English by words", () => {
    expect(inlineDiff("take a small step", "take a big step", "en")).toEqual([
      { op: "same", text: "take a " },
      { op: "del", text: "small" },
      { op: "add", text: "big" },
      { op: "same", text: " step" },
    ]);
  });

  it("compares Chinese by characters (there are no spaces between words)", () => {
    expect(inlineDiff("我们先冷静一下", "我们先暂停一下", "zh")).toEqual([
      { op: "same", text: "我们先" },
      { op: "del", text: "冷静" },
      { op: "add", text: "暂停" },
      { op: "same", text: "一下" },
    ]);
  });

  it("lists only the metadata fields that changed, including installment, translation and FAQ", () => {
    const a = file({ title: "Old", installment: 3, faq: [{ q: "Q?", a: "A" }] }, "same");
    const b = file({ title: "New", installment: 4, translationOf: "other", faq: [{ q: "Q?", a: "B" }] }, "same");
    const diff = diffRevisions(a, b, "en");
    expect(diff.fields.map((f) => f.field)).toEqual(["title", "installment", "translationOf", "faq"]);
    expect(diff.body).toEqual([]);
    expect(diff.same).toBe(false);
  });

  it("reports publishing as a status change", () => {
    const diff = diffRevisions(file({}, "x"), file({ published: "2026-03-14T00:00:00.000Z" }, "x"), "en");
    expect(diff.fields[0]?.parts).toEqual([
      { op: "del", text: "draft" },
      { op: "add", text: "published 2026-03-14" },
    ]);
  });

  it("shows a changed paragraph inline and folds long unchanged runs to their context", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}.`);
    const changed = [...lines];
    changed[10] = "Line eleven, rewritten.";
    const blocks = bodyDiff(`${lines.join("\n")}\n`, `${changed.join("\n")}\n`, "en");
    expect(blocks.filter((b) => b.kind === "skipped")).toEqual([
      { kind: "skipped", lines: 8 },
      { kind: "skipped", lines: 7 },
    ]);
    const change = blocks.find((b) => b.kind === "change");
    expect(change?.kind === "change" && change.parts.filter((p) => p.op !== "same").map((p) => p.text.trim())).toEqual(["11", "eleven, rewritten"]);
  });

  it("says when two revisions are the same", () => {
    expect(diffRevisions(file({}, "a"), file({}, "a"), "zh")).toEqual({ fields: [], body: [], same: true });
  });
});
