import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldLine, planCalendar } from "./ics.js";

const texts = {
  stageTitle: "Personal plan: step {n} of 6",
  stageDescription: "Days {from}–{to}",
  checkinTitle: "Weekly check-in, 15 minutes; quietly",
};

describe("planCalendar", () => {
  const ics = planCalendar({ start: new Date("2026-12-01T00:00:00Z"), seed: "result-1", texts, now: new Date("2026-11-25T10:00:00Z") });

  it("parses as iCalendar with six stage starts and a weekly check-in", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(7);
    expect(events.slice(0, 6).map((e) => e.startDate.toString())).toEqual([
      "2026-12-01",
      "2026-12-08",
      "2026-12-15",
      "2026-12-22",
      "2026-12-29",
      "2027-01-05",
    ]);
    expect(events[0]?.summary).toBe("Personal plan: step 1 of 6");
    expect(events[5]?.description).toBe("Days 36–40");
    const checkin = events[6];
    expect(checkin?.summary).toBe("Weekly check-in, 15 minutes; quietly");
    const it = checkin?.iterator();
    const dates: string[] = [];
    for (let next = it?.next(); next; next = it?.next()) dates.push(next.toString());
    expect(dates).toEqual(["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"]);
  });

  it("uses CRLF line endings and stable, opaque UIDs", () => {
    expect(ics.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics).not.toContain("result-1");
    const again = planCalendar({ start: new Date("2026-12-01T00:00:00Z"), seed: "result-1", texts, now: new Date("2026-11-26T10:00:00Z") });
    expect(again.match(/UID:.*/g)).toEqual(ics.match(/UID:.*/g));
  });

  it("folds long lines at 75 octets without splitting a Chinese character", () => {
    const line = `SUMMARY:${"每周的个人时间".repeat(10)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    const zh = planCalendar({
      start: new Date("2026-12-01T00:00:00Z"),
      seed: "x",
      texts: { ...texts, checkinTitle: "每周的个人时间".repeat(10) },
      now: new Date(),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(zh)).getAllSubcomponents("vevent")[6]);
    expect(event.summary).toBe("每周的个人时间".repeat(10));
  });
});
