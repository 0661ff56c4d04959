/**
 * Parser for the old site's plain-text pages (FORMAT.md §2): header, teaser, body sections, quotes,
 * FAQ and boilerplate, turned into the parts of an article. Pure: no I/O; the importer reads the
 * files, and reports what this returns as missing, unplaced or fatal.
 */
import type { Lang } from "../../db/schema.js";
import type { ArticleForExport } from "../articles/front-matter.js";
import {
  afterTestButton,
  detectLang,
  FAQ_MARKER,
  isCallToAction,
  QUOTES_MARKER,
  slugifyTitle,
  summarizeTeaser,
  topLevelHeading,
} from "./legacy-text.js";

export { CALL_TO_ACTION_PHRASES, slugifyTitle, summarizeTeaser, topLevelHeading } from "./legacy-text.js";

export interface LegacyFaq {
  q: string;
  a: string;
}

export interface LegacyPage {
  lang: Lang;
  siteName: string;
  seriesTitle: string;
  installment: number;
  title: string;
  summary: string;
  /** Markdown: `## ` sections, `### ` subsections, one blank line between blocks. */
  body: string;
  quotes: string[];
  faq: LegacyFaq[];
  missing: Array<"teaser" | "sections" | "quotes" | "faq">;
  /** Non-empty lines that fit nowhere, verbatim, for the importer to report. */
  unplaced: string[];
  /** Boilerplate that was recognised and dropped on purpose (footer, call to action, line 4). */
  notes: string[];
}

export type LegacyParseResult = { ok: true; page: LegacyPage } | { ok: false; problems: { field: string; message: string }[] };

/** Only the top of a page may hold the header: FAQ questions further down quote it verbatim. */
const HEADER_SCAN_LINES = 5;
/** The test button sits right after the teaser; looking further would eat body lines. */
const TEST_BUTTON_SCAN_LINES = 3;
/** Installments are positions in a series; the interchange format allows up to a million. */
const MAX_INSTALLMENT = 1_000_000;

// An ASCII hyphen separates only with spaces around it ("Self-Worth" is one word); the wider
// dashes are unambiguous, so Chinese pages may leave the spaces out or use full-width ones.
const SEPARATOR = String.raw`(?:[ \t\u3000]+-[ \t\u3000]+|[ \t\u3000]*[–—－]{1,2}[ \t\u3000]*)`;
const HEADER = new RegExp(`^(.+?)${SEPARATOR}([0-9０-９]+)${SEPARATOR}(.+)$`);
/** Header-shaped but with a middle that is not a number: worth naming the installment as the problem. */
const HEADER_BAD_NUMBER = new RegExp(`^(.+?)${SEPARATOR}(\\S{1,12}?)${SEPARATOR}(.+)$`);
const TEASER_ELLIPSIS = /(?:…|\.{3})$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const ITALIC = /^(?:\*[^*].*\*|_[^_].*_)$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s/;

interface Header {
  index: number;
  seriesTitle: string;
  installment: number;
  title: string;
}
type Problems = { field: string; message: string }[];

/**
 * Parses one legacy page. Fatal problems (no header, bad installment, no body) come back as
 * `ok: false`; absent parts and stray lines are reported on the page instead.
 * @example parseLegacyPage("Wiki\nQuiet Repair - 12 - After the Argument\nI. Scenario\nThey paused.").ok // true
 */
export function parseLegacyPage(text: string): LegacyParseResult {
  const rows = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const header = findHeader(rows);
  if (!("index" in header)) return { ok: false, problems: header };
  const { index: h } = header;
  const unplaced = rows.slice(0, Math.max(0, h - 1));
  const notes: string[] = [];
  const siteName = h > 0 ? (rows[h - 1] ?? "") : "";
  if (!siteName) notes.push("no site name line before the header");

  let end = rows.length;
  while (end > h + 1 && isCallToAction(rows[end - 1] ?? "")) end--;
  if (end < rows.length) notes.push(`dropped the closing call to action: ${rows.slice(end).join(" / ")}`);

  const quotesAt = findMarker(rows, QUOTES_MARKER, h + 1, end);
  const faqAt = findMarker(rows, FAQ_MARKER, h + 1, end);
  const boundaries = [quotesAt, faqAt, end].filter((i): i is number => i !== undefined);
  const until = (start: number) => Math.min(...boundaries.filter((i) => i > start));
  const bodyEnd = Math.min(...boundaries);

  // Line 3 is the teaser, line 4 the test button glued to a copy of the header.
  let teaser = "";
  let bodyStart = h + 1;
  const scan = rows.slice(h + 1, Math.min(bodyEnd, h + 1 + TEST_BUTTON_SCAN_LINES));
  const button = scan.findIndex((line) => afterTestButton(line) !== null);
  if (button >= 0) {
    const [first = "", ...extra] = scan.slice(0, button);
    teaser = first;
    unplaced.push(...extra);
    const repeated = afterTestButton(scan[button] ?? "") ?? "";
    if (repeated === "" || sameText(repeated, rows[h] ?? "")) notes.push("dropped the test button line that repeats the header");
    else unplaced.push(scan[button] ?? "");
    bodyStart = h + 2 + button;
  } else if (scan[0] && TEASER_ELLIPSIS.test(scan[0]) && topLevelHeading(scan[0]) === null) {
    teaser = scan[0];
    bodyStart = h + 2;
  }

  const bodyLines = rows.slice(bodyStart, bodyEnd);
  const footer = dropFooter(bodyLines);
  if (footer.dropped) notes.push(`dropped the footer after "---": ${footer.dropped}`);
  unplaced.push(...footer.stray);
  const body = renderBlocks(footer.lines, topLevelHeading);
  if (!body.markdown) {
    return { ok: false, problems: [{ field: "body", message: "the page has no body text between the header and the quotes, FAQ or end" }] };
  }

  const quotes = quotesAt === undefined ? [] : rows.slice(quotesAt + 1, until(quotesAt));
  const faq = faqAt === undefined ? { entries: [], stray: [] } : parseFaq(rows.slice(faqAt + 1, until(faqAt)));
  unplaced.push(...faq.stray);

  const missing: LegacyPage["missing"] = [];
  if (!teaser) missing.push("teaser");
  if (body.headings === 0) missing.push("sections");
  if (quotes.length === 0) missing.push("quotes");
  if (faq.entries.length === 0) missing.push("faq");

  return {
    ok: true,
    page: {
      lang: detectLang(body.markdown),
      siteName,
      seriesTitle: header.seriesTitle,
      installment: header.installment,
      title: header.title,
      summary: teaser ? summarizeTeaser(teaser) : "",
      body: body.markdown,
      quotes,
      faq: faq.entries,
      missing,
      unplaced,
      notes,
    },
  };
}

/**
 * The interchange article for a parsed page, ready for `serializeArticleFile` and the importer's
 * validation. Chinese titles give no ASCII slug, so it falls back to `{series}-{installment}`,
 * which is unique per series and language as slugs must be.
 * @example toArticleFile(page, { series: "quiet-repair" }).meta.slug // "after-the-argument-what-to-say-first"
 */
export function toArticleFile(page: LegacyPage, options: { series: string; slug?: string }): ArticleForExport {
  const slug = options.slug ?? (slugifyTitle(page.title) || `${options.series}-${page.installment}`);
  return {
    meta: {
      title: page.title,
      slug,
      lang: page.lang,
      series: options.series,
      installment: page.installment,
      summary: page.summary,
      tags: [],
      quotes: page.quotes,
      faq: page.faq,
    },
    body: page.body,
  };
}

function findHeader(rows: string[]): Header | Problems {
  const candidates = rows.slice(0, HEADER_SCAN_LINES);
  for (const [index, line] of candidates.entries()) {
    // The test button line repeats the header; it is never the header itself.
    if (afterTestButton(line) !== null) continue;
    const match = HEADER.exec(line);
    if (!match) continue;
    const installment = Number((match[2] ?? "").normalize("NFKC"));
    if (installment < 1 || installment > MAX_INSTALLMENT) {
      return [{ field: "installment", message: `must be a whole number from 1 to ${MAX_INSTALLMENT}, got "${match[2]}"` }];
    }
    return { index, seriesTitle: (match[1] ?? "").trim(), installment, title: (match[3] ?? "").trim() };
  }
  const second = rows[1] ?? "";
  const loose = HEADER_BAD_NUMBER.exec(second);
  if (loose) return [{ field: "installment", message: `must be a positive whole number, got "${loose[2]}" in line 2` }];
  return [{ field: "header", message: `line 2 must read "Series title - installment - Article title", got "${second.slice(0, 120)}"` }];
}

/** Marker lines sometimes carry Markdown emphasis or a trailing colon. */
function findMarker(rows: string[], marker: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    if ((rows[i] ?? "").replace(/^[#*\s]+|[*:：\s]+$/g, "") === marker) return i;
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  return squash(a) === squash(b);
}

/** The last rule followed by an italic line is the footer; anything after its italic lines is stray. */
function dropFooter(lines: string[]): { lines: string[]; dropped: string; stray: string[] } {
  const rule = lines.findLastIndex((line) => RULE.test(line));
  if (rule < 0 || !ITALIC.test(lines[rule + 1] ?? "")) return { lines, dropped: "", stray: [] };
  let after = rule + 1;
  while (after < lines.length && ITALIC.test(lines[after] ?? "")) after++;
  const dropped = lines.slice(rule + 1, after).join(" ");
  return { lines: lines.slice(0, rule), dropped, stray: lines.slice(after) };
}

/**
 * Legacy pages put each paragraph on one line with nothing between them; Markdown needs a blank
 * line, except between items of one list.
 */
function renderBlocks(lines: string[], heading: (line: string) => string | null): { markdown: string; headings: number } {
  const blocks: string[][] = [];
  let headings = 0;
  for (const line of lines) {
    const title = heading(line);
    const last = blocks.at(-1);
    if (title !== null) {
      headings++;
      blocks.push([`## ${title}`]);
    } else if (LIST_ITEM.test(line) && last && LIST_ITEM.test(last[0] ?? "")) {
      last.push(line);
    } else {
      blocks.push([line]);
    }
  }
  return { markdown: blocks.map((block) => block.join("\n")).join("\n\n"), headings };
}

function questionText(line: string): string | null {
  const text = line.replace(/^\*\*(.+)\*\*$/, "$1").trim();
  return /[?？]$/.test(text) ? text : null;
}

/** A question with no answer lines cannot become an FAQ entry, so it is reported instead. */
function parseFaq(lines: string[]): { entries: LegacyFaq[]; stray: string[] } {
  const entries: LegacyFaq[] = [];
  const stray: string[] = [];
  let current: { q: string; answer: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    if (current.answer.length > 0) entries.push({ q: current.q, a: renderBlocks(current.answer, () => null).markdown });
    else stray.push(current.q);
  };
  for (const line of lines) {
    const q = questionText(line);
    if (q !== null) {
      flush();
      current = { q, answer: [] };
    } else if (current) current.answer.push(line);
    else stray.push(line);
  }
  flush();
  return { entries, stray };
}
