/**
 * The plan as an iCalendar file (RFC 5545): an all-day event at the start of each stage and a
 * weekly check-in. Titles and descriptions are deliberately neutral — calendars are often seen
 * by others — and carry no link, name or relationship word. Pure.
 */
import { createHash } from "node:crypto";
import { STAGE_DAYS, STAGES } from "./plan.js";

export interface CalendarTexts {
  /** e.g. "Personal plan: step {n} of 6" */
  stageTitle: string;
  /** e.g. "Days {from}–{to}" */
  stageDescription: string;
  /** e.g. "Weekly personal check-in (15 minutes)" */
  checkinTitle: string;
}

/** Weekly check-ins over the 40 days and the week after. */
const CHECKINS = 6;

const escapeText = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (bytes + size > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, "");
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const stamp = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));

/**
 * @param seed makes UIDs stable per result without revealing it (hashed).
 * @example planCalendar({ start: new Date("2026-12-01"), seed: "r1", texts, now }) // "BEGIN:VCALENDAR\r\n…"
 */
export function planCalendar(props: { start: Date; seed: string; texts: CalendarTexts; now: Date }): string {
  const { start, texts } = props;
  const uid = (part: string) => `${createHash("sha256").update(`${props.seed}:${part}`).digest("hex").slice(0, 32)}@plan`;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//plan//40 days//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  STAGES.forEach((stage, i) => {
    const [from, to] = STAGE_DAYS[stage];
    const day = addDays(start, from - 1);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid(stage)}`,
      `DTSTAMP:${stamp(props.now)}`,
      `DTSTART;VALUE=DATE:${ymd(day)}`,
      `DTEND;VALUE=DATE:${ymd(addDays(day, 1))}`,
      `SUMMARY:${escapeText(fill(texts.stageTitle, { n: i + 1 }))}`,
      `DESCRIPTION:${escapeText(fill(texts.stageDescription, { from, to }))}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  });
  const firstCheckin = addDays(start, 6);
  lines.push(
    "BEGIN:VEVENT",
    `UID:${uid("checkin")}`,
    `DTSTAMP:${stamp(props.now)}`,
    `DTSTART;VALUE=DATE:${ymd(firstCheckin)}`,
    `DTEND;VALUE=DATE:${ymd(addDays(firstCheckin, 1))}`,
    `RRULE:FREQ=WEEKLY;COUNT=${CHECKINS}`,
    `SUMMARY:${escapeText(texts.checkinTitle)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR",
  );
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
