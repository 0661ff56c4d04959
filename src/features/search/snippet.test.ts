import { describe, expect, it } from "vitest";
import { findMatches, markdownToPlain, snippetHtml } from "./snippet.js";

describe("markdownToPlain", () => {
  it("keeps words and drops markup", () => {
    expect(markdownToPlain("## 问题情境\n\n**Bold** and *soft* [link](https://x.org)\n\n- item\n1. first\n> quote")).toBe(
      "问题情境 Bold and soft link item first quote",
    );
  });
});

describe("findMatches", () => {
  it("matches folded words whole, and Chinese anywhere", () => {
    expect(findMatches("Café part art", ["cafe", "art"])).toEqual([
      [0, 4],
      [10, 13],
    ]);
    expect(findMatches("我们的依恋关系", ["依恋"])).toEqual([[3, 5]]);
  });
});

describe("snippetHtml", () => {
  it("marks every match in a window around the first one, escaping the rest", () => {
    const text = `${"lead ".repeat(40)}the <silent> treatment & silence ${"tail ".repeat(40)}`;
    const html = snippetHtml([text], ["silent", "silence"]);
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(html).toContain("&lt;<mark>silent</mark>&gt; treatment &amp; <mark>silence</mark>");
    expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("finds a first match far into a long text, across chunk boundaries", () => {
    const long = `${"x".repeat(2040)}依恋${"y".repeat(5000)}`;
    expect(snippetHtml([long], ["依恋"])).toContain("<mark>依恋</mark>");
    const words = `${"word ".repeat(2000)}partner tail`;
    expect(snippetHtml([words], ["partner"])).toContain("<mark>partner</mark> tail");
    expect(snippetHtml([`${"a".repeat(2047)}partner`], ["partner"])).not.toContain("<mark>");
  });

  it("highlights Chinese terms and falls back to later fields", () => {
    expect(snippetHtml(["没有命中", "冷战之后，我们学会了暂停。"], ["冷战"])).toBe("<mark>冷战</mark>之后，我们学会了暂停。");
  });

  it("shows the opening of the text when nothing matches", () => {
    expect(snippetHtml(["<b>x</b>"], ["zzz"])).toBe("&lt;b&gt;x&lt;/b&gt;");
  });
});
