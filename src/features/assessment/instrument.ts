/**
 * The questionnaire as data: items in both languages, versioned, validated when loaded so a
 * malformed instrument stops the server at start rather than mis-scoring anyone.
 */
import { z } from "zod";
import type { Lang } from "../../db/schema.js";
import data from "./instrument.v1.json" with { type: "json" };

export const PATTERN_SCALES = ["anxiety", "avoidance"] as const;
export const CONFLICT_SCALES = ["pursue", "withdraw", "criticism", "defensiveness"] as const;
export const RESOURCE_SCALES = ["repair", "responsiveness"] as const;
export const SCALES = [...PATTERN_SCALES, ...CONFLICT_SCALES, ...RESOURCE_SCALES, "safety"] as const;
export type ScaleId = (typeof SCALES)[number];

/** The fewest items a scale may have, so that its mean means something. */
const MIN_ITEMS: Record<ScaleId, number> = {
  anxiety: 8,
  avoidance: 8,
  pursue: 4,
  withdraw: 4,
  criticism: 4,
  defensiveness: 3,
  repair: 5,
  responsiveness: 3,
  safety: 3,
};

const Text = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });

const InstrumentSchema = z
  .object({
    version: z.string().min(1),
    scaleLabels: z.object({ en: z.array(z.string().min(1)).length(7), zh: z.array(z.string().min(1)).length(7) }),
    today: Text,
    items: z.array(z.object({ id: z.string().regex(/^[a-z]+\d+$/), scale: z.enum(SCALES), reversed: z.boolean(), text: Text })),
  })
  .superRefine((instrument, ctx) => {
    const ids = instrument.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "item ids must be unique" });
    // About 8–10 minutes at roughly 12 seconds an item.
    if (ids.length < 36 || ids.length > 48) ctx.addIssue({ code: "custom", message: `36–48 items expected, found ${ids.length}` });
    for (const scale of SCALES) {
      const items = instrument.items.filter((i) => i.scale === scale);
      if (items.length < MIN_ITEMS[scale]) ctx.addIssue({ code: "custom", message: `${scale}: at least ${MIN_ITEMS[scale]} items` });
      if (scale === "safety" && items.length > 4) ctx.addIssue({ code: "custom", message: "safety: at most 4 items" });
      // Reverse-keyed items guard the attachment scales against agreeing with everything.
      if ((scale === "anxiety" || scale === "avoidance") && items.filter((i) => i.reversed).length * 3 < items.length) {
        ctx.addIssue({ code: "custom", message: `${scale}: at least a third of the items must be reverse-keyed` });
      }
    }
  });

export type Instrument = z.infer<typeof InstrumentSchema>;
export type Item = Instrument["items"][number];

/** Validates an instrument definition; throws with every problem named. */
export function loadInstrument(raw: unknown): Instrument {
  const parsed = InstrumentSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid instrument: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}

export const INSTRUMENT: Instrument = loadInstrument(data);

/** The instrument as the API and the test page present it in one language. */
export function instrumentFor(instrument: Instrument, lang: Lang) {
  return {
    version: instrument.version,
    lang,
    items: instrument.items.map((i) => ({ id: i.id, scale: i.scale, reversed: i.reversed, text: i.text[lang] })),
    scaleLabels: instrument.scaleLabels[lang],
    today: { text: instrument.today[lang] },
  };
}
