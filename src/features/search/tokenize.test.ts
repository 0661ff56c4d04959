import { describe, expect, it } from "vitest";
import { parseQuery, toFts5, toTsquery } from "./query.js";
import { documentTokens, fold, phraseTokens } from "./tokenize.js";

const texts = (tokens: { text: string; prefix: boolean }[]) => tokens.map((t) => `${t.text}${t.prefix ? "*" : ""}`);

describe("fold", () => {
  it.each([
    ["Café", "cafe"],
    ["ＡＢＣ１２", "abc12"],
    ["NAÏVE Über", "naive uber"],
    ["依恋", "依恋"],
  ])("%s → %s", (a, b) => expect(fold(a)).toBe(b));
});

describe("documentTokens", () => {
  it.each([
    ["Silent treatment, again!", ["silent", "treatment", "again"]],
    ["爱", ["爱"]],
    ["依恋", ["依恋", "恋"]],
    ["依恋关系", ["依恋", "恋关", "关系", "系"]],
    ["冷战 silence", ["冷战", "战", "silence"]],
    ["EFT疗法", ["eft", "疗法", "法"]],
    ["我，爱你。", ["我", "爱你", "你"]],
    ["1–10 scaling", ["1", "10", "scaling"]],
  ])("%s", (text, tokens) => expect(documentTokens(text)).toEqual(tokens));
});

describe("phraseTokens", () => {
  it.each([
    ["爱", ["爱*"]],
    ["依恋", ["依恋"]],
    ["安全感", ["安全", "全感"]],
    ["冷战silence", ["冷战", "战", "silence"]],
    ["silence冷", ["silence", "冷*"]],
    ["Café", ["cafe"]],
    ["***", []],
  ])("%s", (text, tokens) => expect(texts(phraseTokens(text))).toEqual(tokens));
});

describe("a query matches a document the way a reader expects", () => {
  // A tiny in-memory model of phrase matching over positions, to check the scheme itself.
  function matches(doc: string, query: string): boolean {
    const tokens = documentTokens(doc);
    return parseQuery(query).groups.every((g) =>
      tokens.some((_, start) =>
        g.tokens.every((t, k) => {
          const at = tokens[start + k];
          return at !== undefined && (t.prefix ? at.startsWith(t.text) : at === t.text);
        }),
      ),
    );
  }
  it.each([
    ["我们之间有一种不安全感", "安全感", true],
    ["我们之间有一种不安全感", "安全", true],
    ["我爱你", "爱", true],
    ["我爱", "爱", true],
    ["关于依恋的文章", "依恋", true],
    ["他是焦虑型依恋", "回避型", false],
    ["他是回避型依恋", "回避型", true],
    ["冷战之后的沉默 silence", "冷战 silence", true],
    ["冷战之后", "冷战 silence", false],
    ["The silent treatment hurts", '"silent treatment"', true],
    ["Treatment that is silent", '"silent treatment"', false],
    ["Treatment that is silent", "silent treatment", true],
    ["Café talk", "cafe", true],
    ["A pause (NEAR the end)", "NEAR", true],
    ["A pause", 'pause" OR (x', false],
  ])("%s ~ %s → %s", (doc, query, expected) => expect(matches(doc, query)).toBe(expected));
});

describe("query syntax is always text", () => {
  it.each(['"', '" * ( ) - : ^ OR NEAR AND', 'a"b', "((((", "NOT x", "'; DROP TABLE article; --", "\\'"])("%s", (q) => {
    const parsed = parseQuery(q);
    const fts = toFts5(parsed);
    const tsq = toTsquery(parsed);
    for (const g of parsed.groups) for (const t of g.tokens) expect(t.text).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(fts.replace(/"[^"]*"/g, "")).toMatch(/^[\s()+*AND]*$/);
    expect(tsq.replace(/'[^']*'/g, "")).toMatch(/^[\s()<\->&:*]*$/);
  });

  it("builds expressions for both engines", () => {
    const q = parseQuery('冷战 "silent treatment" 爱');
    expect(toFts5(q)).toBe('("silent" + "treatment") AND ("冷战") AND ("爱" *)');
    expect(toTsquery(q)).toBe("('silent' <-> 'treatment') & ('冷战') & ('爱':*)");
  });

  it("drops duplicate and empty groups", () => {
    expect(parseQuery("love LOVE *** “”").groups).toHaveLength(1);
  });
});
