/**
 * Snippets for search results: a window of the article's original text around the first match,
 * every matched word wrapped in <mark>, everything else HTML-escaped. Pure.
 */
import { escapeHtml } from "../../ui/html.js";
import { fold } from "./tokenize.js";

/** Characters shown around a match: about two lines of English, a little more of Chinese. */
const WINDOW = 180;
const LEAD = 60;

/**
 * Markdown to plain text for indexing and snippets: markup characters go, words stay.
 * @example markdownToPlain("## Title\n\n**Bold** [link](https://x)") // "Title Bold link"
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/^-{3,}$/gm, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Folded {
  text: string;
  /** For every index in `text`, the index in the original string it came from. */
  origin: number[];
}

/** Folding one character at a time is slow (Unicode normalisation per call); a text has few distinct characters. */
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = fold(ch);
    if (foldedChars.size < 50_000) foldedChars.set(ch, folded);
  }
  return folded;
}

function foldWithMap(original: string): Folded {
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) origin.push(index);
    text += folded;
    index += ch.length;
  }
  origin.push(original.length);
  return { text, origin };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !/\p{Script=Han}/u.test(ch);

/** Ranges [start, end) in the original text where any of the surface terms occur. */
export function findMatches(original: string, terms: string[]): [number, number][] {
  const { text, origin } = foldWithMap(original);
  const ranges: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    const han = /\p{Script=Han}/u.test(term);
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      const end = at + term.length;
      // Words match whole words (a search for "art" does not light up "part"); Han text matches anywhere.
      if (!han && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
      ranges.push([origin[at] ?? 0, origin[end] ?? original.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Texts are scanned for their first match in chunks, so a match near the top costs little. */
const CHUNK = 2048;

/** The first match in `original`, scanning chunk by chunk. */
function firstMatch(original: string, terms: string[]): [number, number] | undefined {
  const overlap = Math.max(1, ...terms.map((t) => t.length)) + 1;
  for (let from = 0; from < original.length; from += CHUNK) {
    const start = Math.max(0, from - overlap);
    // One character of context either side, so whole-word checks see the neighbours.
    const sliceStart = Math.max(0, start - 1);
    const found = findMatches(original.slice(sliceStart, from + CHUNK + 1), terms)[0];
    if (found) return [found[0] + sliceStart, found[1] + sliceStart];
  }
  return undefined;
}

/**
 * The snippet HTML for the first field that contains a match, or the opening of `fallback`
 * (the first non-empty field when not given).
 * @example snippetHtml(["A quiet <b>pause</b> helps"], ["pause"]) // "A quiet &lt;b&gt;<mark>pause</mark>&lt;/b&gt; helps"
 */
export function snippetHtml(fields: Iterable<string>, terms: string[], fallback?: string): string {
  let firstField: string | undefined;
  for (const field of fields) {
    if (firstField === undefined && field.trim()) firstField = field;
    const first = firstMatch(field, terms);
    if (!first) continue;
    let start = Math.max(0, first[0] - LEAD);
    let end = Math.min(field.length, start + WINDOW);
    start = Math.max(0, Math.min(start, end - WINDOW));
    // Do not cut words in half.
    while (start > 0 && isWordChar(field[start - 1]) && first[0] - start < LEAD + 20) start--;
    while (end < field.length && isWordChar(field[end]) && end - first[1] < WINDOW) end++;
    const margin = Math.max(...terms.map((t) => t.length)) + 1;
    const regionStart = Math.max(0, start - margin);
    const matches = findMatches(field.slice(regionStart, end + margin), terms).map(([a, b]) => [a + regionStart, b + regionStart]);
    let html = start > 0 ? "…" : "";
    let cursor = start;
    for (const [a = 0, b = 0] of matches) {
      if (b <= start || a >= end) continue;
      const from = Math.max(a, cursor);
      const to = Math.min(b, end);
      if (to <= from) continue;
      html += `${escapeHtml(field.slice(cursor, from))}<mark>${escapeHtml(field.slice(from, to))}</mark>`;
      cursor = to;
    }
    html += escapeHtml(field.slice(cursor, end)) + (end < field.length ? "…" : "");
    return html.trim();
  }
  const opening = fallback?.trim() ? fallback : (firstField ?? "");
  return escapeHtml(opening.slice(0, WINDOW)) + (opening.length > WINDOW ? "…" : "");
}
