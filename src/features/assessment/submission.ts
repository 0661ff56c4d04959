/**
 * Checking a submission (pure): every answer must be a known item with a whole number 1–7, the
 * `today` scaling answer a whole number 1–10, and each scale answered enough to score. Problems
 * come back one per item, each with a stable code (also its i18n key under `error.test.*`).
 */
import type { Lang } from "../../db/schema.js";
import type { Instrument } from "./instrument.js";
import { type Score, scoreResponses } from "./scoring.js";

export interface Problem {
  code: "unknown_item" | "invalid_answer" | "answers_missing" | "invalid_today" | "invalid_lang" | "invalid_body";
  field: string;
  /** Extra detail for the message, e.g. the missing item ids. */
  detail?: string;
}

export interface ValidSubmission {
  lang: Lang;
  answers: Record<string, number>;
  today: number;
  score: Score;
}

const isWhole = (v: unknown, lo: number, hi: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi;

/**
 * @example checkSubmission(INSTRUMENT, { lang: "en", answers, today: 4 }).ok // true
 */
export function checkSubmission(instrument: Instrument, body: unknown): { ok: true; value: ValidSubmission } | { ok: false; problems: Problem[] } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { ok: false, problems: [{ code: "invalid_body", field: "body" }] };
  const { lang, answers, today } = body as Record<string, unknown>;
  const problems: Problem[] = [];
  if (lang !== "en" && lang !== "zh") problems.push({ code: "invalid_lang", field: "lang" });
  if (!isWhole(today, 1, 10)) problems.push({ code: "invalid_today", field: "today" });
  if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
    problems.push({ code: "invalid_body", field: "answers" });
    return { ok: false, problems };
  }
  const known = new Set(instrument.items.map((i) => i.id));
  const clean: Record<string, number> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (!known.has(id)) problems.push({ code: "unknown_item", field: `answers.${id}`.slice(0, 80) });
    else if (!isWhole(value, 1, 7)) problems.push({ code: "invalid_answer", field: `answers.${id}` });
    else clean[id] = value;
  }
  if (problems.length > 0) return { ok: false, problems };
  const scored = scoreResponses(instrument, clean);
  if (!scored.ok) {
    return { ok: false, problems: scored.missing.map((m) => ({ code: "answers_missing", field: `scales.${m.scale}`, detail: m.items.join(", ") })) };
  }
  return { ok: true, value: { lang: lang as Lang, answers: clean, today: today as number, score: scored.value } };
}
