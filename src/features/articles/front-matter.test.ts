import { describe, expect, it } from "vitest";
import { parseArticleFile, serializeArticleFile } from "./front-matter.js";

const valid = `---
title: "A pause that returns"
slug: a-pause
lang: en
series: silent-treatment
installment: 3
published: 2026-03-14
summary: "Short."
tags: [silence, repair]
translationOf: a-pause
quotes:
  - "I need twenty minutes. I will come back at eight."
faq:
  - q: "Is a pause the same as the silent treatment?"
    a: "No: a pause **promises a return**."
---

## Problem scenario

Body text.
`;

describe("parseArticleFile", () => {
  it("reads every field of the interchange format", () => {
    const result = parseArticleFile(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta).toEqual({
      title: "A pause that returns",
      slug: "a-pause",
      lang: "en",
      series: "silent-treatment",
      installment: 3,
      published: "2026-03-14T00:00:00.000Z",
      summary: "Short.",
      tags: ["silence", "repair"],
      translationOf: "a-pause",
      quotes: ["I need twenty minutes. I will come back at eight."],
      faq: [{ q: "Is a pause the same as the silent treatment?", a: "No: a pause **promises a return**." }],
    });
    expect(result.value.body).toBe("## Problem scenario\n\nBody text.\n");
  });

  it("treats a missing published date as a draft and fills defaults", () => {
    const result = parseArticleFile("---\ntitle: T\nslug: t\nlang: zh\nseries: s\ninstallment: 1\n---\n正文");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.meta.published).toBeUndefined();
    expect(result.value.meta).toMatchObject({ tags: [], quotes: [], faq: [], summary: "" });
  });

  it.each([
    ["no front matter", "# Just text", "front matter", /missing/],
    ["broken YAML", "---\ntitle: [unclosed\n---\n", "front matter", /YAML/],
    ["missing title", valid.replace('title: "A pause that returns"\n', ""), "title", /expected string|required/i],
    ["bad slug", valid.replace("slug: a-pause", "slug: A Pause!"), "slug", /lower-case/],
    ["unknown language", valid.replace("lang: en", "lang: fr"), "lang", /en or zh/],
    ["installment zero", valid.replace("installment: 3", "installment: 0"), "installment", /at least 1/],
    ["installment text", valid.replace("installment: 3", "installment: three"), "installment", /whole number/],
    ["bad date", valid.replace("published: 2026-03-14", "published: someday"), "published", /date/],
    ["faq without answer", valid.replace('    a: "No: a pause **promises a return**."\n', ""), "faq.0.a", /./],
    ["quotes not a list", valid.replace(/quotes:\n {2}- .*\n/, "quotes: 5\n"), "quotes", /list/],
  ])("reports %s by field", (_name, text, field, message) => {
    const result = parseArticleFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it("accepts a byte-order mark and CRLF line endings", () => {
    expect(parseArticleFile(`\uFEFF${valid.replace(/\n/g, "\r\n")}`).ok).toBe(true);
  });
});

describe("serializeArticleFile", () => {
  it("round-trips through parseArticleFile, including quotes and Chinese text", () => {
    const first = parseArticleFile(valid.replace('"Short."', '"含有“引号”与: 冒号 and \\"quotes\\""'));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseArticleFile(serializeArticleFile(first.value));
    expect(again.ok && again.value).toEqual(first.value);
  });

  it("writes a full timestamp when the time is not midnight", () => {
    const first = parseArticleFile(valid.replace("published: 2026-03-14", "published: 2026-03-14T10:30:00Z"));
    if (!first.ok) throw new Error("fixture");
    expect(serializeArticleFile(first.value)).toContain("published: 2026-03-14T10:30:00.000Z");
  });
});
