/**
 * Line-level recognisers for the old site's plain-text pages (FORMAT.md §2): section headings, the
 * line-4 test button, the closing call to action, teaser summaries, slugs and language. Pure:
 * strings in, strings out; `parse-legacy.ts` puts them together.
 */
import type { Lang } from "../../db/schema.js";

/** Section headings are short labels; a longer line is a sentence that merely starts with "I." or "One:". */
export const MAX_HEADING_LENGTH = 80;
/** The interchange format caps `summary` at 1000 characters (see front-matter.ts). */
export const MAX_SUMMARY_LENGTH = 1000;
/** Slugs end up in URLs: 80 characters keeps links readable and under the 120 the importer accepts. */
export const MAX_SLUG_LENGTH = 80;
/** Call-to-action lines are button labels or one-line pitches; a longer line is content and must stay. */
const MAX_CTA_LENGTH = 120;
/** "Dominate" means a strict majority: Chinese prose still quotes Latin names and terms now and then. */
const HAN_MAJORITY = 0.5;

/**
 * The closing call to action the old site appended below the FAQ, in both languages. Matched as a
 * prefix of the lower-cased line, so a variant ending ("…after the test.") still counts. When a
 * page's tail shows up in `unplaced` or inside the last FAQ answer, its phrase belongs here.
 */
export const CALL_TO_ACTION_PHRASES: readonly string[] = [
  "explore your own communication pattern",
  "get a shareable result",
  "start the test",
  "take the relationship test",
  "探索你自己的沟通模式",
  "探索你的沟通模式",
  "测试后获得可分享的结果",
  "获得可分享的结果",
  "开始测试",
  "参加关系测试",
  "做关系测试",
];

/** Line 4 of every page is one of these button labels glued to a repetition of line 2. */
export const TEST_BUTTON_LABELS: readonly string[] = ["Take the relationship test", "参加关系测试", "做关系测试"];

/** The old site labelled these parts in Chinese on pages of both languages. */
export const QUOTES_MARKER = "可以直接复制的话";
export const FAQ_MARKER = "常见问题";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];
const WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
const HAN_NUMBER = "(?:二十|十[一二三四五六七八九]?|[一二三四五六七八九])";

/** Each pattern captures the heading text after its numbering. */
const HEADING_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:${ROMAN.join("|")})\\.\\s+(.+)$`),
  new RegExp(`^(?:${WORDS})(?:[:：]|\\.\\s)\\s*(.+)$`, "i"),
  new RegExp(`^(?:chapter|part)\\s+(?:\\d{1,3}|${WORDS})(?:[:：]|\\.\\s)\\s*(.+)$`, "i"),
  new RegExp(`^${HAN_NUMBER}、\\s*(.+)$`),
  new RegExp(`^第(?:${HAN_NUMBER}|\\d{1,3})(?:章|部分)(?:[:：]|\\s)\\s*(.+)$`),
];

/** A heading may end in "?" or "!" ("Why do we go quiet?"), never in a sentence or clause break. */
const SENTENCE_TAIL = /[.。,，;；:：…]$/;

/**
 * Recognises a top-level section heading in any of the old site's numbering styles and returns its
 * text without the numbering, or null for any other line.
 * @example topLevelHeading("Chapter 5: Expert Advice") // "Expert Advice"
 * @example topLevelHeading("第五章：专家建议") // "专家建议"
 * @example topLevelHeading("One of the things that helps is a pause.") // null
 */
export function topLevelHeading(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_HEADING_LENGTH || SENTENCE_TAIL.test(text)) return null;
  for (const pattern of HEADING_PATTERNS) {
    const heading = pattern.exec(text)?.[1]?.trim();
    if (heading) return heading;
  }
  return null;
}

/**
 * Whether a line is part of the closing call to action.
 * @example isCallToAction("Get a shareable result in about ten minutes.") // true
 */
export function isCallToAction(line: string): boolean {
  const text = line.trim().toLowerCase();
  return text.length <= MAX_CTA_LENGTH && CALL_TO_ACTION_PHRASES.some((phrase) => text.startsWith(phrase));
}

/**
 * Splits the line-4 quirk into what follows the test button label, or returns null when the line
 * does not start with a label.
 * @example afterTestButton("Take the relationship testSeries - 1 - Title") // "Series - 1 - Title"
 */
export function afterTestButton(line: string): string | null {
  const label = TEST_BUTTON_LABELS.find((l) => line.startsWith(l));
  return label === undefined ? null : line.slice(label.length).trim();
}

const TEASER_ELLIPSIS = /(?:…+|\.{3,})\s*$/;
/** ASCII terminals only end a sentence before a space ("3.5", "e.g.x" do not); CJK terminals always do. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)|[。！？][”’」』）]*/gu;

/** Index just past the last sentence end at or before `limit`, or 0 when there is none. */
function lastSentenceEnd(text: string, limit: number): number {
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (stop > limit) break;
    end = stop;
  }
  return end;
}

/**
 * Turns the teaser (which the old site cut mid-sentence) into a summary: back to the last complete
 * sentence when there is one, else the teaser without its ellipsis; at most MAX_SUMMARY_LENGTH.
 * @example summarizeTeaser("We paused. Then we tried to…") // "We paused."
 * @example summarizeTeaser("When the room goes quiet and…") // "When the room goes quiet and"
 */
export function summarizeTeaser(teaser: string): string {
  const text = teaser.trim().replace(TEASER_ELLIPSIS, "").trimEnd();
  const cut = lastSentenceEnd(text, text.length);
  const summary = cut > 0 ? text.slice(0, cut) : text;
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary;
  const within = lastSentenceEnd(summary, MAX_SUMMARY_LENGTH);
  if (within > 0) return summary.slice(0, within);
  // One endless sentence: cut at a space, or anywhere for Chinese, which has none.
  const space = summary.lastIndexOf(" ", MAX_SUMMARY_LENGTH);
  return summary.slice(0, space > 0 ? space : MAX_SUMMARY_LENGTH).trimEnd();
}

/**
 * A URL slug from an article title: lower-case ASCII words joined by single hyphens, at most
 * MAX_SLUG_LENGTH characters cut at a word boundary; "" when no ASCII letter or digit remains.
 * @example slugifyTitle("After the Argument - What to Say First") // "after-the-argument-what-to-say-first"
 * @example slugifyTitle("争吵之后，先说哪一句") // ""
 */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit has no boundary to cut at.
  return slug || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}

/**
 * "zh" when Han characters are the majority of the letters in the text, else "en".
 * @example detectLang("修复是邀请，不是判决 (repair)") // "zh"
 */
export function detectLang(text: string): Lang {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return han > letters * HAN_MAJORITY ? "zh" : "en";
}
