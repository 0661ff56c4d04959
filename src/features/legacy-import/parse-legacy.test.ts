import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticleFile, serializeArticleFile } from "../articles/front-matter.js";
import {
  CALL_TO_ACTION_PHRASES,
  type LegacyPage,
  parseLegacyPage,
  slugifyTitle,
  summarizeTeaser,
  toArticleFile,
  topLevelHeading,
} from "./parse-legacy.js";

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8");
}

function parsed(text: string): LegacyPage {
  const result = parseLegacyPage(text);
  if (!result.ok) throw new Error(`expected a page, got ${JSON.stringify(result.problems)}`);
  return result.page;
}

function headings(page: LegacyPage, level = "## "): string[] {
  return page.body
    .split("\n")
    .filter((line) => line.startsWith(level))
    .map((line) => line.slice(level.length));
}

/** Every CTA phrase must be gone from everything the article keeps. */
function expectNoCallToAction(page: LegacyPage): void {
  const kept = [page.body, ...page.quotes, ...page.faq.flatMap((f) => [f.q, f.a]), ...page.unplaced].join("\n").toLowerCase();
  for (const phrase of CALL_TO_ACTION_PHRASES) expect(kept).not.toContain(phrase);
}

/** A minimal page in the legacy shape, for cases the fixtures do not cover. */
function page(lines: string[]): string {
  return lines.join("\n");
}

describe("parseLegacyPage: en-full.txt", () => {
  const p = parsed(fixture("en-full"));

  it("reads the site name and the header, keeping ' - ' inside the title", () => {
    expect(p.siteName).toBe("Relationship Communication Wiki");
    expect(p.seriesTitle).toBe("Quiet Repair");
    expect(p.installment).toBe(12);
    expect(p.title).toBe("After the Argument - What to Say First");
    expect(p.lang).toBe("en");
  });

  it("turns every English heading style into a ## heading without its numbering", () => {
    expect(headings(p)).toEqual(["Problem Scenario", "Core Concepts", "Practical Guidelines", "Everyday Examples", "Expert Advice", "Conclusion"]);
    expect(p.missing).toEqual([]);
  });

  it("keeps ### subsections, bold lead-ins, lists and the takeaways list", () => {
    expect(headings(p, "### ")).toEqual([
      "2.1 What a repair attempt is",
      "2.2 Why the silence feels so loud",
      "Step One: Name the pause",
      "Step Two: Open with something small",
      "Example One: The kitchen, an hour later",
      "Example Two: A text from the office",
    ]);
    expect(p.body).toContain("\n\n**Idea One: A repair is an offer, not a verdict.** Offering repair");
    expect(p.body).toContain(
      '- **Give a time** — "I need twenty minutes; I will find you at eight."\n- **Keep it neutral** — describe your state, not your partner\'s behaviour.\n',
    );
    expect(p.body).toContain(
      "**Key Takeaways Summary:**\n\n1. The first sentence after conflict only needs to make the next one possible\n2. A pause",
    );
  });

  it("separates the one-line paragraphs with blank lines", () => {
    expect(p.body.startsWith("## Problem Scenario\n\nMaya and Tom had been arguing")).toBe(true);
    expect(p.body).toContain("neither of them spoke.\n\nEach was waiting for the other to go first.");
    expect(p.body).toContain("## Core Concepts\n\n### 2.1 What a repair attempt is\n\nA repair attempt");
    // A sentence opening with a number word is a paragraph, not a section.
    expect(p.body).toContain("\n\nOne of the kindest things a couple can learn");
    expect(p.body).not.toMatch(/\n\n\n/);
  });

  it("drops line 4, the --- footer and the call to action, noting each", () => {
    expect(p.body).not.toContain("Take the relationship test");
    expect(p.body).not.toContain("Quiet Repair - 12");
    expect(p.body).not.toMatch(/^---$/m);
    expect(p.body).not.toContain("installment 12 of the Quiet Repair series");
    expect(p.body.endsWith("4. Small and frequent repairs matter more than rare grand ones")).toBe(true);
    expectNoCallToAction(p);
    expect(p.notes).toHaveLength(3);
    expect(p.notes.join("\n")).toContain("installment 12 of the Quiet Repair series");
    expect(p.unplaced).toEqual([]);
  });

  it("collects the quotes and the question/answer pairs", () => {
    expect(p.quotes).toEqual([
      "I needed a little time, and I am back now. Could we start again, a bit more gently?",
      "I care about us more than about being right tonight.",
    ]);
    expect(p.faq).toEqual([
      {
        q: "What if my partner is not ready to talk yet?",
        a: "That is all right. Let them know you are available when they are ready, and suggest a time to check in again.\n\nReadiness often returns sooner when nobody is pressing for it.",
      },
      {
        q: "Is it a problem if I am always the one who speaks first?",
        a: "Not necessarily, though it is worth mentioning calmly at a good moment. Sharing the first step tends to feel fairer to both partners over time.",
      },
    ]);
  });

  it("cuts the teaser back to its last complete sentence", () => {
    expect(p.summary).toBe("When an argument ends, the room often goes quiet in a way that feels heavier than the argument itself.");
  });
});

describe("parseLegacyPage: zh-full.txt", () => {
  const p = parsed(fixture("zh-full"));

  it("reads the header and detects Chinese", () => {
    expect(p.siteName).toBe("关系沟通百科");
    expect(p.seriesTitle).toBe("冷静修复");
    expect(p.installment).toBe(8);
    expect(p.title).toBe("争吵之后，先说哪一句");
    expect(p.lang).toBe("zh");
  });

  it("turns 一、 and 第五章： headings (and 第六章 with a space) into ## headings", () => {
    expect(headings(p)).toEqual(["问题情境", "核心概念", "实践指南", "生活中的例子", "专家建议", "结语"]);
    expect(headings(p, "### ")).toEqual(["2.1 什么是修复尝试", "2.2 为什么沉默显得格外沉重", "第一步：说出你需要暂停", "案例一：一小时后的客厅"]);
    expect(p.body).toContain("**要点总结：**\n\n1. 冲突后的第一句话");
  });

  it("collects quotes and FAQ with full-width question marks, and drops the boilerplate", () => {
    expect(p.quotes).toEqual(["我刚才需要一点时间，现在我回来了。我们能不能重新来一次，慢一点、温和一点？", "今晚对我来说，我们比谁对谁错更重要。"]);
    expect(p.faq.map((f) => f.q)).toEqual(["如果对方还没准备好谈，怎么办？", "总是我先开口，这正常吗？"]);
    expect(p.faq[0]?.a).toBe("没关系。让对方知道你随时愿意聊，并约一个再确认的时间。\n\n没有压力的时候，准备好往往来得更快。");
    expect(p.body).not.toContain("参加关系测试");
    expect(p.body).not.toContain("系列的第 8 篇");
    expectNoCallToAction(p);
    expect(p.missing).toEqual([]);
    expect(p.unplaced).toEqual([]);
  });

  it("cuts the teaser back to the last 。", () => {
    expect(p.summary).toBe("争吵结束后，屋子里常常只剩下沉默。这种沉默有时比争吵本身更让人难受。");
  });
});

describe("parseLegacyPage: pages lacking a part", () => {
  it("en-no-faq.txt reports the FAQ as missing and the stray line above the site name", () => {
    const p = parsed(fixture("en-no-faq"));
    expect(p.missing).toEqual(["faq"]);
    expect(p.faq).toEqual([]);
    expect(p.quotes).toHaveLength(2);
    expect(p.unplaced).toEqual(["[saved from the old site]"]);
    expect(p.siteName).toBe("Relationship Communication Wiki");
    expect(p.seriesTitle).toBe("Listening First");
    expect(p.installment).toBe(3);
    expect(headings(p)).toEqual(["Problem Scenario", "Core Concepts", "Practical Guidelines", "Conclusion"]);
    expect(p.body).toContain("* Notice the urge to defend and let it wait a few seconds\n* Name the feeling you think you hear\n");
    expectNoCallToAction(p);
    // No complete sentence in the teaser: the whole teaser without its "...".
    expect(p.summary).toBe(
      "A complaint about the dishes is rarely only about the dishes, and learning to hear what sits underneath it can change the whole tone of a conversation",
    );
  });

  it("zh-no-quotes.txt reports the quotes as missing and reads full-width separators", () => {
    const p = parsed(fixture("zh-no-quotes"));
    expect(p.missing).toEqual(["quotes"]);
    expect(p.quotes).toEqual([]);
    expect(p.seriesTitle).toBe("冷战与靠近");
    expect(p.installment).toBe(15);
    expect(p.title).toBe("沉默里藏着的需要");
    expect(p.lang).toBe("zh");
    expect(headings(p)).toEqual(["问题情境", "核心概念", "实践指南", "结语"]);
    // "一、二、三…" opens a sentence ending in 。: a paragraph, not a section.
    expect(p.body).toContain("\n\n一、二、三这样的步骤并不适用于每一对伴侣");
    expect(p.faq.map((f) => f.q)).toEqual(["对方一直不回应，我该继续找他谈吗？", "沉默多久算是冷战？", "我总是忍不住追问，怎么办？"]);
    expect(p.body).not.toContain("做关系测试");
    expectNoCallToAction(p);
    expect(p.unplaced).toEqual([]);
  });

  it("reports a missing teaser and missing sections", () => {
    const p = parsed(
      page(["Wiki", "Quiet Repair - 2 - A Short Note", "Take the relationship testQuiet Repair - 2 - A Short Note", "Just one paragraph."]),
    );
    expect(p.missing).toEqual(["teaser", "sections", "quotes", "faq"]);
    expect(p.summary).toBe("");
    expect(p.body).toBe("Just one paragraph.");
  });

  it("without the test button line, takes line 3 as the teaser only when it trails off", () => {
    const withTeaser = parsed(page(["Wiki", "S - 1 - T", "We paused. Then we…", "I. Start", "Text."]));
    expect(withTeaser.summary).toBe("We paused.");
    expect(withTeaser.body).toBe("## Start\n\nText.");
    const without = parsed(page(["Wiki", "S - 1 - T", "A complete opening sentence.", "I. Start", "Text."]));
    expect(without.missing).toContain("teaser");
    expect(without.body).toBe("A complete opening sentence.\n\n## Start\n\nText.");
  });

  it("reports lines it cannot place instead of losing them", () => {
    const p = parsed(
      page([
        "Wiki",
        "S - 1 - T",
        "Teaser…",
        "Take the relationship testSomething else entirely",
        "I. Start",
        "Text.",
        "---",
        "*Footer of installment 1.*",
        "A stray line after the footer",
        "常见问题",
        "A line before any question",
        "Is this answered?",
        "Is this one answered?",
        "Yes, this one is.",
      ]),
    );
    expect(p.unplaced).toEqual([
      "Take the relationship testSomething else entirely",
      "A stray line after the footer",
      "A line before any question",
      "Is this answered?",
    ]);
    expect(p.faq).toEqual([{ q: "Is this one answered?", a: "Yes, this one is." }]);
  });
});

describe("parseLegacyPage: fatal problems", () => {
  it("en-bad-header.txt: line 2 without 'Series - N - Title' is fatal and names the field", () => {
    const result = parseLegacyPage(fixture("en-bad-header"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.field).toBe("header");
    expect(result.problems[0]?.message).toContain("Quiet Repair: Why Small Apologies Count");
  });

  it.each([
    ["zero", "Quiet Repair - 0 - Title"],
    ["a word", "Quiet Repair - twelve - Title"],
    ["a fraction", "Quiet Repair - 1.5 - Title"],
    ["too large", "Quiet Repair - 2000000 - Title"],
  ])("an installment that is %s is fatal", (_, header) => {
    const result = parseLegacyPage(page(["Wiki", header, "I. Start", "Text."]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(["installment"]);
  });

  it("a page with no body is fatal", () => {
    const result = parseLegacyPage(page(["Wiki", "S - 1 - T", "Teaser…", "可以直接复制的话", "A quote.", "Start the test"]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(["body"]);
  });
});

describe("parseLegacyPage: text details", () => {
  it("gives the same page for CRLF, a BOM and trailing whitespace", () => {
    for (const name of ["en-full", "zh-full"]) {
      const lf = fixture(name);
      const messy = `\uFEFF${lf.replace(/。\n/g, "。\u3000\n").replace(/\n/g, " \t\r\n")}`;
      expect(messy).toContain(name === "zh-full" ? "。\u3000 \t\r\n" : " \t\r\n");
      expect(parseLegacyPage(messy)).toEqual(parseLegacyPage(lf));
    }
  });

  it("splits only at the installment, so series and titles keep their own dashes", () => {
    const p = parsed(page(["Wiki", "Self-Worth - 4 - Yes - No - Maybe: Saying It Kindly", "I. Start", "Text."]));
    expect(p.seriesTitle).toBe("Self-Worth");
    expect(p.title).toBe("Yes - No - Maybe: Saying It Kindly");
  });

  it.each([
    ["em dashes", "冷战与修复—7—先暂停，再回来"],
    ["en dashes with spaces", "冷战与修复 – 7 – 先暂停，再回来"],
    ["full-width digits", "冷战与修复 - ７ - 先暂停，再回来"],
  ])("accepts %s in the header", (_, header) => {
    const p = parsed(page(["百科", header, "一、开始", "正文。"]));
    expect([p.seriesTitle, p.installment, p.title]).toEqual(["冷战与修复", 7, "先暂停，再回来"]);
  });

  it("does not mistake a FAQ question quoting the header for the header", () => {
    const p = parsed(page(["Wiki", "S - 3 - T", "I. Start", "Text.", "常见问题", "What does 'S - 3 - T' cover?", "Pauses."]));
    expect(p.faq).toEqual([{ q: "What does 'S - 3 - T' cover?", a: "Pauses." }]);
  });
});

describe("summarizeTeaser", () => {
  it.each([
    ["We paused. Then we tried to…", "We paused."],
    ["Did it help? Mostly it…", "Did it help?"],
    ['She said "enough." He waited...', 'She said "enough."'],
    ["When the room goes quiet and…", "When the room goes quiet and"],
    ["It rose from 3.5 to 6…", "It rose from 3.5 to 6"],
    ["A whole sentence.", "A whole sentence."],
    ["沉默之后。第一句话可以……", "沉默之后。"],
    ["真的有用吗？也许……", "真的有用吗？"],
  ])("%j -> %j", (teaser, summary) => {
    expect(summarizeTeaser(teaser)).toBe(summary);
  });

  it("stays within 1000 characters, at a sentence end when there is one", () => {
    const sentence = "We paused and came back. ";
    const long = summarizeTeaser(`${sentence.repeat(60)}and then…`);
    expect(long.length).toBeLessThanOrEqual(1000);
    expect(long.endsWith("came back.")).toBe(true);
    const runOn = summarizeTeaser(`${"word ".repeat(300)}…`);
    expect(runOn.length).toBeLessThanOrEqual(1000);
    expect(runOn.endsWith("word")).toBe(true);
  });
});

describe("topLevelHeading", () => {
  it.each([
    ["I. Problem Scenario", "Problem Scenario"],
    ["IV. Core Concepts", "Core Concepts"],
    ["XX. Closing Thoughts", "Closing Thoughts"],
    ["III. Why Do We Go Quiet?", "Why Do We Go Quiet?"],
    ["Three: Practical Guidelines", "Practical Guidelines"],
    ["one. Opening", "Opening"],
    ["TWELVE: Review", "Review"],
    ["Seventeen: Late Notes", "Late Notes"],
    ["Twenty: Last Words", "Last Words"],
    ["Chapter 5: Expert Advice", "Expert Advice"],
    ["Chapter 5. Expert Advice", "Expert Advice"],
    ["Chapter Five: Expert Advice", "Expert Advice"],
    ["Part 2: Practice", "Practice"],
    ["Part Two: Practice", "Practice"],
    ["一、问题情境", "问题情境"],
    ["十二、补充说明", "补充说明"],
    ["二十、结语", "结语"],
    ["第五章：专家建议", "专家建议"],
    ["第5章：专家建议", "专家建议"],
    ["第五章 专家建议", "专家建议"],
    ["第五章\u3000专家建议", "专家建议"],
    ["第五章:专家建议", "专家建议"],
    ["第一部分：背景", "背景"],
    ["  I. Problem Scenario  ", "Problem Scenario"],
  ])("%j -> %j", (line, heading) => {
    expect(topLevelHeading(line)).toBe(heading);
  });

  it.each([
    "I. Remember the first time we tried to talk about money, and how quickly it slid into blame.",
    "I. We paused.",
    "One of the things that helps most is a short pause",
    "One of the things that helps most is a short pause.",
    "Part of the problem: timing",
    "XXI. Too Far",
    "I.Problem Scenario",
    "Chapter 5:",
    "Three: ",
    `Three: ${"a long heading ".repeat(6)}`,
    "### 2.1 Where the pattern starts",
    "**Idea One: Naming the Pattern**",
    "1. Notice what already works",
    "- Phase One: Building trust",
    "一、先暂停。",
    "一、二、三这样的步骤并不适用于每一对伴侣，重要的是找到节奏。",
    "第五章：",
    "Plain paragraph text",
  ])("%j is not a heading", (line) => {
    expect(topLevelHeading(line)).toBeNull();
  });
});

describe("slugifyTitle", () => {
  it.each([
    ["After the Argument - What to Say First", "after-the-argument-what-to-say-first"],
    ["Don't Wait for the Perfect Moment", "dont-wait-for-the-perfect-moment"],
    ["  Café talks: Self-Worth & Love!  ", "cafe-talks-self-worth-love"],
    ["争吵之后，先说哪一句", ""],
    ["Gottman 的四个信号", "gottman"],
    ["", ""],
  ])("%j -> %j", (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });

  it("cuts long titles at a word boundary within 80 characters", () => {
    const slug = slugifyTitle("Why a Short Pause With a Clear Return Time Often Calms Both Partners Faster Than a Long Talk");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe("why-a-short-pause-with-a-clear-return-time-often-calms-both-partners-faster-than");
    expect(slugifyTitle("x".repeat(100))).toBe("x".repeat(80));
  });
});

describe("toArticleFile", () => {
  it("gives an article the interchange format accepts, English and Chinese", () => {
    const en = toArticleFile(parsed(fixture("en-full")), { series: "quiet-repair" });
    expect(en.meta.slug).toBe("after-the-argument-what-to-say-first");
    const zh = toArticleFile(parsed(fixture("zh-full")), { series: "quiet-repair" });
    expect(zh.meta.slug).toBe("quiet-repair-8");
    for (const article of [en, zh]) {
      const back = parseArticleFile(serializeArticleFile(article));
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value.meta).toMatchObject({ title: article.meta.title, lang: article.meta.lang, faq: article.meta.faq });
    }
  });
});
