/**
 * The search tokenizer, shared by indexing and querying so both sides agree. Pure.
 *
 * - Text is folded: compatibility forms (full-width letters), accents and case disappear.
 * - Latin (and any non-Han) words are runs of letters and digits.
 * - A run of Han characters becomes its overlapping bigrams followed by its last character
 *   (依恋关系 → 依恋 恋关 关系 系); a single Han character stays itself. So a two-character query
 *   is one token, a longer one is a phrase of bigrams, and a one-character query is a prefix
 *   over the bigrams plus the run-final unigram — every length works, without false hits across
 *   different words (回避型 needs 回避+避型 adjacent, which 焦虑型 never has).
 */

/**
 * A run of Han characters (group 1), or a word: letters and digits that are not Han. The `v`
 * flag's class subtraction tests each character once (a per-character lookahead made indexing
 * 10,000 articles seconds slower).
 */
// biome-ignore lint/complexity/useRegexLiterals: TypeScript rejects a `v` literal below an es2024 target; Node 20 runs it
const SEGMENT = new RegExp("(\\p{Script=Han}+)|[[\\p{L}\\p{N}]--\\p{Script=Han}]+", "gv");
const MARKS = /\p{M}+/gu;

export type Segment = { kind: "han" | "word"; text: string };

/**
 * Folds case, accents and compatibility forms.
 * @example fold("Café ＡＢＣ") // "cafe abc"
 */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** Splits folded text into words and Han runs, in order. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const match of fold(text).matchAll(SEGMENT)) out.push({ kind: match[1] === undefined ? "word" : "han", text: match[0] });
  return out;
}

/**
 * Tokens of a document field, in order (positions matter for phrases).
 * @example documentTokens("冷战 Silence") // ["冷战", "战", "silence"]
 */
export function documentTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of fold(text).matchAll(SEGMENT)) {
    if (match[1] === undefined) {
      tokens.push(match[0]);
      continue;
    }
    // A Han run: its overlapping bigrams, then its last character.
    const chars = [...match[1]];
    for (let i = 0; i < chars.length - 1; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    tokens.push(chars[chars.length - 1] as string);
  }
  return tokens;
}

/** One token of a query; `prefix` matches any indexed token that starts with it. */
export interface QueryToken {
  text: string;
  prefix: boolean;
}

/**
 * The tokens a query chunk must match as an adjacent sequence. A Han run contributes its
 * bigrams; its final character too when more of the chunk follows (the document has it there);
 * a lone Han character at the end is a prefix.
 * @example phraseTokens("回避型") // [{text:"回避"}, {text:"避型"}]
 */
export function phraseTokens(text: string): QueryToken[] {
  const segs = segments(text);
  const tokens: QueryToken[] = [];
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg.kind === "word") {
      tokens.push({ text: seg.text, prefix: false });
      return;
    }
    const chars = [...seg.text];
    if (chars.length === 1) {
      tokens.push({ text: seg.text, prefix: last });
      return;
    }
    for (let k = 0; k < chars.length - 1; k++) tokens.push({ text: `${chars[k]}${chars[k + 1]}`, prefix: false });
    if (!last) tokens.push({ text: chars[chars.length - 1] as string, prefix: false });
  });
  return tokens;
}
