/**
 * Parsing what a reader typed into groups that must all match (AND); each group is a phrase
 * of adjacent tokens. Quoted text ("…" or “…”) is one group; every other whitespace-separated
 * chunk is its own group. Operators of FTS5 or tsquery (`* ( ) - : ^ OR NEAR AND`) and stray
 * quotes are just text. Pure.
 */
import { phraseTokens, type QueryToken, segments } from "./tokenize.js";

/** Long enough for any real question; bounds the work one query can ask for. */
export const MAX_QUERY_LENGTH = 200;

export interface QueryGroup {
  tokens: QueryToken[];
  /** Folded words and Han runs of the group, for highlighting. */
  surface: string[];
}

export interface ParsedQuery {
  groups: QueryGroup[];
}

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」/g;

/**
 * @example parseQuery('冷战 "silent treatment"').groups.length // 2
 */
export function parseQuery(input: string): ParsedQuery {
  const chunks: string[] = [];
  let rest = input.replace(QUOTED, (_whole, a?: string, b?: string, c?: string) => {
    chunks.push(a ?? b ?? c ?? "");
    return " ";
  });
  rest = rest.replace(/["“”「」]/g, " ");
  chunks.push(...rest.split(/\s+/));
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const chunk of chunks) {
    const tokens = phraseTokens(chunk);
    if (tokens.length === 0) continue;
    const key = tokens.map((t) => `${t.text}${t.prefix ? "*" : ""}`).join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ tokens, surface: segments(chunk).map((s) => s.text) });
  }
  return { groups };
}

/** An FTS5 MATCH expression: every token quoted (never an operator), phrases joined with +. */
export function toFts5(query: ParsedQuery): string {
  return query.groups
    .map((g) => g.tokens.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? " *" : ""}`).join(" + "))
    .map((phrase) => `(${phrase})`)
    .join(" AND ");
}

/** A PostgreSQL tsquery literal: quoted lexemes, <-> inside phrases, & between groups. */
export function toTsquery(query: ParsedQuery): string {
  return query.groups
    .map((g) => g.tokens.map((t) => `'${t.text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${t.prefix ? ":*" : ""}`).join(" <-> "))
    .map((phrase) => `(${phrase})`)
    .join(" & ");
}
