/**
 * Differences between two revisions of an article: field by field for the metadata, and the
 * body paragraph by paragraph with changed paragraphs compared word by word (English) or
 * character by character (Chinese, which has no spaces between words). Pure.
 */
import { diffChars, diffLines, diffWordsWithSpace } from "diff";
import type { Lang } from "../../db/schema.js";
import type { ParsedArticleFile } from "../articles/front-matter.js";

export type Op = "same" | "add" | "del";
export interface Part {
  op: Op;
  text: string;
}

export type BodyBlock = { kind: "same"; text: string } | { kind: "skipped"; lines: number } | { kind: "change"; parts: Part[] };

export interface FieldChange {
  field: MetaField;
  parts: Part[];
}

export interface RevisionDiff {
  fields: FieldChange[];
  body: BodyBlock[];
  /** Nothing differs at all. */
  same: boolean;
}

export const META_FIELDS = ["title", "slug", "series", "installment", "status", "summary", "tags", "translationOf", "quotes", "faq"] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Unchanged lines kept around a change, so it can be read in place. */
const CONTEXT_LINES = 2;
/**
 * A word or character diff of two very different long paragraphs can take long (the algorithm
 * is quadratic in the worst case); past this many milliseconds the paragraph is shown as
 * replaced instead.
 */
const INLINE_TIMEOUT_MS = 100;

function fieldText(file: ParsedArticleFile, field: MetaField): string {
  const { meta } = file;
  switch (field) {
    case "status":
      return meta.published ? `published ${meta.published.slice(0, 10)}` : "draft";
    case "tags":
      return meta.tags.join(", ");
    case "quotes":
      return meta.quotes.join("\n\n");
    case "faq":
      return meta.faq.map((f) => `Q: ${f.q}\nA: ${f.a}`).join("\n\n");
    case "translationOf":
      return meta.translationOf ?? "";
    case "installment":
      return String(meta.installment);
    default:
      return String(meta[field]);
  }
}

/**
 * An inline diff of two texts: words for English, characters for Chinese.
 * @example inlineDiff("a small step", "a big step", "en") // [{op:"same",text:"a "},{op:"del",text:"small"},{op:"add",text:"big"},{op:"same",text:" step"}]
 */
export function inlineDiff(before: string, after: string, lang: Lang): Part[] {
  const changes =
    lang === "zh" ? diffChars(before, after, { timeout: INLINE_TIMEOUT_MS }) : diffWordsWithSpace(before, after, { timeout: INLINE_TIMEOUT_MS });
  if (!changes) return [...(before ? [{ op: "del" as const, text: before }] : []), ...(after ? [{ op: "add" as const, text: after }] : [])];
  return changes.map((c) => ({ op: c.added ? "add" : c.removed ? "del" : "same", text: c.value }));
}

/** The body as blocks: unchanged runs trimmed to their context, changes compared inline. */
export function bodyDiff(before: string, after: string, lang: Lang): BodyBlock[] {
  const changes = diffLines(before, after);
  const blocks: BodyBlock[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    if (!change.added && !change.removed) {
      const lines = change.value.replace(/\n$/, "").split("\n");
      const first = i === 0;
      const last = i === changes.length - 1;
      const head = first ? [] : lines.slice(0, CONTEXT_LINES);
      const tail = last ? [] : lines.slice(Math.max(head.length, lines.length - CONTEXT_LINES));
      const skipped = lines.length - head.length - tail.length;
      if (head.length) blocks.push({ kind: "same", text: head.join("\n") });
      if (skipped > 0) blocks.push({ kind: "skipped", lines: skipped });
      if (tail.length) blocks.push({ kind: "same", text: tail.join("\n") });
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      blocks.push({ kind: "change", parts: inlineDiff(change.value, next.value, lang) });
      i++;
    } else {
      blocks.push({ kind: "change", parts: [{ op: change.added ? "add" : "del", text: change.value }] });
    }
  }
  return blocks;
}

/**
 * Compares two revisions of one article.
 * @example diffRevisions(v1, v2, "zh").fields.map((f) => f.field) // ["title", "tags"]
 */
export function diffRevisions(before: ParsedArticleFile, after: ParsedArticleFile, lang: Lang): RevisionDiff {
  const fields: FieldChange[] = [];
  for (const field of META_FIELDS) {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    if (a !== b) fields.push({ field, parts: inlineDiff(a, b, lang) });
  }
  const bodyChanged = before.body !== after.body;
  return { fields, body: bodyChanged ? bodyDiff(before.body, after.body, lang) : [], same: fields.length === 0 && !bodyChanged };
}
