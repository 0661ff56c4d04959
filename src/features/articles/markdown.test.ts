import { describe, expect, it } from "vitest";
import { headingId, readingMinutes, renderFragment, renderMarkdown } from "./markdown.js";

describe("headingId", () => {
  it.each([
    ["Problem scenario", "problem-scenario"],
    ["2.1 Why it Hurts", "21-why-it-hurts"],
    ["一、问题情境", "一问题情境"],
    ["第五章：专家建议", "第五章专家建议"],
    ["Café  — déjà vu", "café-déjà-vu"],
    ["!!!", "section"],
  ])("%s → %s", (text, id) => {
    expect(headingId(text)).toBe(id);
  });
});

describe("renderMarkdown", () => {
  it("builds a table of contents from ## and ### headings with unique anchors", () => {
    const { html, toc } = renderMarkdown("## 问题情境\n\ntext\n\n### 小节\n\n## 问题情境\n\n#### deep");
    expect(toc).toEqual([
      { level: 2, id: "问题情境", text: "问题情境" },
      { level: 3, id: "小节", text: "小节" },
      { level: 2, id: "问题情境-2", text: "问题情境" },
    ]);
    expect(html).toContain('<h2 id="问题情境">问题情境</h2>');
    expect(html).toContain('<h2 id="问题情境-2">');
  });

  it("demotes a body h1 so the page keeps a single h1", () => {
    expect(renderMarkdown("# Title inside").html).toBe('<h2 id="title-inside">Title inside</h2>\n');
  });

  it("escapes raw HTML and refuses script URLs", () => {
    const { html } = renderMarkdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;");
  });

  it("marks outside links noreferrer", () => {
    expect(renderMarkdown("[a](https://example.org)").html).toContain('rel="nofollow noopener noreferrer"');
  });

  it("understands emphasis next to Chinese punctuation", () => {
    expect(renderMarkdown("**安全提示：**以上内容*很重要*。").html).toBe("<p><strong>安全提示：</strong>以上内容<em>很重要</em>。</p>\n");
  });

  it("keeps heading text with inline code and emphasis in the toc", () => {
    expect(renderMarkdown("## The *quiet* `pause`").toc[0]).toEqual({ level: 2, id: "the-quiet-pause", text: "The quiet pause" });
  });
});

describe("renderFragment", () => {
  it("renders Markdown in FAQ answers safely", () => {
    expect(renderFragment("**Yes** <b>x</b>")).toBe("<p><strong>Yes</strong> &lt;b&gt;x&lt;/b&gt;</p>\n");
  });
});

describe("readingMinutes", () => {
  it("counts English words and Chinese characters", () => {
    expect(readingMinutes("word ".repeat(460))).toBe(2);
    expect(readingMinutes("字".repeat(1200))).toBe(3);
    expect(readingMinutes("")).toBe(1);
  });
});
