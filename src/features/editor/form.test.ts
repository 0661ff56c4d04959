import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../articles/front-matter.js";
import { EMPTY_VALUES, fileFromValues, valuesFromFile, valuesFromForm } from "./form.js";

const TODAY = "2026-11-25";
const good = {
  ...EMPTY_VALUES,
  title: "Pausing without leaving",
  slug: "pausing-without-leaving",
  series: "silent-treatment",
  installment: "4",
  tags: "pause, repair，silence",
  quotes: "I need twenty minutes.\n\nI will come back at eight.",
  faq: [{ q: "Is a pause the same as silence?", a: "No: a pause names when you return." }],
  body: "## Why pause\n\nBecause flooding is real.",
};

describe("editor form", () => {
  it("turns valid values into an article file (tags split on either comma, quotes on blank lines)", () => {
    const result = fileFromValues(good, "en", TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.meta).toMatchObject({ title: good.title, lang: "en", installment: 4, tags: ["pause", "repair", "silence"] });
    expect(result.file.meta.quotes).toEqual(["I need twenty minutes.", "I will come back at eight."]);
    expect(result.file.meta.published).toBeUndefined();
  });

  it("publishing without a date publishes today; with a date keeps it", () => {
    const today = fileFromValues({ ...good, status: "published" }, "en", TODAY);
    const dated = fileFromValues({ ...good, status: "published", published: "2026-03-14" }, "en", TODAY);
    expect(today.ok && today.file.meta.published).toBe("2026-11-25T00:00:00.000Z");
    expect(dated.ok && dated.file.meta.published).toBe("2026-03-14T00:00:00.000Z");
  });

  it.each([
    ["title", { title: "" }, "editor.error.required"],
    ["slug", { slug: "" }, "editor.error.required"],
    ["slug", { slug: "Not A Slug" }, "editor.error.slug"],
    ["series", { series: "" }, "editor.error.required"],
    ["installment", { installment: "" }, "editor.error.required"],
    ["installment", { installment: "four" }, "editor.error.wholeNumber"],
    ["installment", { installment: "0" }, "editor.error.min"],
    ["summary", { summary: "x".repeat(1001) }, "editor.error.tooLong"],
    ["published", { status: "published" as const, published: "soon" }, "editor.error.date"],
    ["faq_a_0", { faq: [{ q: "A question?", a: "" }] }, "editor.error.required"],
    ["body", { body: "  \n" }, "editor.error.required"],
  ])("%s: %j → %s", (field, change, key) => {
    const result = fileFromValues({ ...good, ...change }, "en", TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ field, key }));
  });

  it("reads FAQ rows from numbered fields and skips empty rows; CRLF becomes LF", () => {
    const values = valuesFromForm({
      title: " T ",
      body: "a\r\nb",
      faq_q_0: "Q1?",
      faq_a_0: "A1",
      faq_q_1: "",
      faq_a_1: "",
      faq_q_2: "Q3?",
      faq_a_2: "A3",
    });
    expect(values.title).toBe("T");
    expect(values.body).toBe("a\nb");
    expect(values.faq).toEqual([
      { q: "Q1?", a: "A1" },
      { q: "Q3?", a: "A3" },
    ]);
  });

  it("round-trips an imported article: file → form values → the same file", () => {
    const parsed = parseArticleFile(
      '---\ntitle: "回避型与焦虑型"\nslug: avoidant-anxious\nlang: zh\nseries: attachment\ninstallment: 7\npublished: 2026-03-14\ntags: [依恋, 冷战]\nquotes: ["我需要一点时间。"]\nfaq:\n  - q: "怎么办？"\n    a: "先暂停。"\n---\n## 一\n\n正文。\n',
    );
    if (!parsed.ok) throw new Error("fixture");
    const again = fileFromValues(valuesFromFile(parsed.value), "zh", TODAY);
    expect(again.ok && again.file).toEqual(parsed.value);
  });
});
