import ICAL from "ical.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { createTestSite, type TestSite } from "../../../test/site.js";
import { INSTRUMENT } from "../assessment/instrument.js";
import { RESULT_TEXTS } from "../assessment/texts.js";
import { REPORT_TEXTS } from "./content.js";
import { STAGES } from "./plan.js";
import { planStart } from "./routes.js";

/** Every character of the PDF's text, whitespace removed (Chinese extraction splits lines freely). */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((i) => ("str" in i ? i.str : "")).join("");
  }
  return text.replace(/\s+/g, "");
}
const squash = (s: string) => s.replace(/\s+/g, "");

for (const dialect of DIALECTS) {
  describe(`the action report (${dialect})`, () => {
    let site: TestSite;
    const made: Record<string, { id: string; cookie: string }> = {};
    const take = async (key: string, lang: "en" | "zh", anxious: boolean, safety: number, today: number) => {
      const answers = Object.fromEntries(
        INSTRUMENT.items.map((i) => {
          const v = i.scale === "safety" ? safety : i.scale === "anxiety" && anxious ? 6 : i.scale === "withdraw" ? 6 : 3;
          return [i.id, i.reversed ? 8 - v : v];
        }),
      );
      const res = await site.app.request("/api/test/results", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lang, answers, today }),
      });
      made[key] = { id: (await res.json()).id, cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "" };
    };
    beforeAll(async () => {
      site = await createTestSite(dialect);
      await take("en", "en", true, 1, 3);
      await take("zh", "zh", true, 1, 3);
      await take("flagged", "en", true, 6, 2);
    });
    afterAll(() => site.db.destroy());
    const get = (path: string, cookie = "") => site.app.request(path, { headers: cookie ? { cookie } : {} });

    it("is for the owner only on all three routes", async () => {
      const { id, cookie } = made.en ?? { id: "", cookie: "" };
      const other = made.zh?.cookie ?? "";
      for (const path of [`/en/results/${id}/report`, `/en/results/${id}/report.pdf`, `/en/results/${id}/plan.ics`]) {
        expect((await get(path, cookie)).status, path).toBe(200);
        expect((await get(path, other)).status, path).toBe(404);
        expect((await get(path)).status, path).toBe(404);
      }
      expect((await get("/en/results/nope/report", cookie)).status).toBe(404);
    });

    it("tailors the page: anxious with withdrawing gets the ritual, the kind gesture, the scaling from the reader's own 3", async () => {
      const { id, cookie } = made.en ?? { id: "", cookie: "" };
      const html = await (await get(`/en/results/${id}/report`, cookie)).text();
      for (const stage of STAGES) expect(html).toContain(REPORT_TEXTS.stages[stage].title.en);
      expect(html).toContain("Days 1–7");
      expect(html).toContain("Days 36–40 and on");
      expect(html).toMatch(/You placed your relationship at 3/);
      expect(html).toContain(`href="/en/results/${id}/report.pdf"`);
      expect(html).not.toContain("safety-panel");
      expect(html).toContain(REPORT_TEXTS.openers.anxious[0]?.en.slice(0, 20) ?? "");
    });

    it("puts safety first when flagged: individual exercises and openers only", async () => {
      const { id, cookie } = made.flagged ?? { id: "", cookie: "" };
      const html = await (await get(`/en/results/${id}/report`, cookie)).text();
      expect(html.indexOf("safety-panel")).toBeGreaterThan(-1);
      expect(html.indexOf("safety-panel")).toBeLessThan(html.indexOf("depth-heading"));
      expect(html).toContain(REPORT_TEXTS.individualOpeners[0]?.en.slice(0, 20) ?? "");
      expect(html).not.toContain(REPORT_TEXTS.openers.anxious[0]?.en.slice(0, 20) ?? "@@");
    });

    it.each(["en", "zh"] as const)("the %s PDF parses and holds the pattern's name and every stage title", async (lang) => {
      const { id, cookie } = made[lang] ?? { id: "", cookie: "" };
      const res = await get(`/${lang}/results/${id}/report.pdf`, cookie);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const bytes = await res.arrayBuffer();
      expect(bytes.byteLength).toBeLessThan(1024 * 1024);
      const text = await pdfText(bytes);
      expect(text).toContain(squash(RESULT_TEXTS.patterns.anxious.name[lang]));
      for (const stage of STAGES) expect(text).toContain(squash(REPORT_TEXTS.stages[stage].title[lang]));
      expect(text).toContain(`/${lang}/articles/`);
      const letter = await get(`/${lang}/results/${id}/report.pdf?size=letter`, cookie);
      expect(letter.status).toBe(200);
    });

    it("the calendar parses, with six neutral stage events and a weekly check-in", async () => {
      const { id, cookie } = made.zh ?? { id: "", cookie: "" };
      const res = await get(`/zh/results/${id}/plan.ics?start=2027-01-04`, cookie);
      expect(res.headers.get("content-type")).toContain("text/calendar");
      const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
      expect(events).toHaveLength(7);
      expect(events[0]?.startDate.toString()).toBe("2027-01-04");
      expect(events[0]?.summary).toBe("个人计划：第 1 步（共 6 步）");
      for (const e of events) expect(e.summary).not.toMatch(/关系|伴侣|relationship|partner|test/i);
      expect(events[6]?.summary).toBe("每周个人时间（15 分钟）");
    });
  });
}

describe("planStart", () => {
  it.each([
    ["2027-01-04", "2027-01-04"],
    ["2027-02-30", "2026-11-25"],
    ["not a date", "2026-11-25"],
    [undefined, "2026-11-25"],
  ])("%s → %s", (value, expected) => {
    expect(planStart(value, new Date("2026-11-25T15:00:00Z")).toISOString().slice(0, 10)).toBe(expected);
  });
});
