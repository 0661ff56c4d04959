/**
 * Share cards: a 1200×630 PNG (the OpenGraph size) showing the pattern, its tagline and the point
 * on the two dimensions, in the share's language. satori lays it out to SVG with an embedded CJK
 * font (TTF: satori cannot read WOFF2), resvg rasterises it. Cards are cached in memory and
 * dropped when their link is revoked.
 */
import type { Lang } from "../../db/schema.js";
import { t } from "../../i18n/index.js";
import { notoSansSc } from "../../ui/fonts.js";
import { CUT, type Pattern } from "./scoring.js";
import { RESULT_TEXTS } from "./texts.js";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** About 100 KB a card: a few hundred cards stay well under 50 MB. */
const CACHE_LIMIT = 300;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
function loadFonts(): Font[] {
  const { regular, bold } = notoSansSc();
  return [
    { name: "Noto Sans SC", data: regular, weight: 400, style: "normal" },
    { name: "Noto Sans SC", data: bold, weight: 700, style: "normal" },
  ];
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const el = (type: string, style: Record<string, unknown>, children?: Node["props"]["children"]): Node => ({ type, props: { style, children } });

export interface CardInput {
  lang: Lang;
  pattern: Pattern;
  anxiety: number;
  avoidance: number;
}

function cardTree({ lang, pattern, anxiety, avoidance }: CardInput): Node {
  const texts = RESULT_TEXTS.patterns[pattern];
  const plane = 300;
  const pos = (v: number) => ((v - 1) / 6) * plane;
  const half = plane / 2;
  const quadrant = (p: Pattern, left: number, top: number) =>
    el(
      "div",
      {
        position: "absolute",
        left,
        top,
        width: half,
        height: half,
        display: "flex",
        alignItems: "flex-start",
        justifyContent: "flex-start",
        fontSize: 20,
        color: "#1f2328",
        backgroundColor: p === pattern ? "#cfe3dc" : "#f3f1ea",
      },
      // A child's margin, not the box's padding: padding would grow the quadrant past its half.
      [el("div", { margin: 12 }, t(lang, `pattern.short.${p}`))],
    );
  const mid = pos(CUT);
  return el("div", { width: CARD_WIDTH, height: CARD_HEIGHT, display: "flex", backgroundColor: "#fbfaf7", fontFamily: "Noto Sans SC", padding: 64 }, [
    el("div", { display: "flex", flexDirection: "column", justifyContent: "space-between", width: 640, height: CARD_HEIGHT - 128 }, [
      el("div", { fontSize: 26, color: "#2f6a5e", fontWeight: 700 }, t(lang, "site.name")),
      el("div", { display: "flex", flexDirection: "column" }, [
        el("div", { fontSize: 64, fontWeight: 700, color: "#1f2328", lineHeight: 1.2 }, texts.name[lang]),
        el("div", { fontSize: 32, color: "#57606a", marginTop: 24, lineHeight: 1.4 }, texts.tagline[lang]),
      ]),
      el("div", { fontSize: 26, color: "#2f6a5e" }, t(lang, "share.cardInvite")),
    ]),
    el("div", { display: "flex", flexDirection: "column", justifyContent: "center", marginLeft: 64 }, [
      el("div", { position: "relative", display: "flex", width: plane, height: plane, border: "2px solid #9aa3ab" }, [
        quadrant("anxious", 0, 0),
        quadrant("fearful", half, 0),
        quadrant("secure", 0, half),
        quadrant("avoidant", half, half),
        el("div", {
          position: "absolute",
          left: pos(avoidance) - 14,
          top: plane - pos(anxiety) - 14,
          width: 28,
          height: 28,
          borderRadius: "50%",
          backgroundColor: "#b35c00",
          border: "4px solid #ffffff",
        }),
        el("div", { position: "absolute", left: mid, top: 0, width: 2, height: plane, backgroundColor: "#9aa3ab" }),
        el("div", { position: "absolute", left: 0, top: plane - mid, width: plane, height: 2, backgroundColor: "#9aa3ab" }),
      ]),
      el("div", { fontSize: 18, color: "#57606a", marginTop: 12, width: plane, textAlign: "center" }, `${t(lang, "result.axisAvoidance")} →`),
    ]),
  ]);
}

const cache = new Map<string, Buffer>();

/** Renders (or returns the cached) card PNG for a share. */
export async function shareCard(cacheKey: string, input: CardInput): Promise<Buffer> {
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  // Loaded on the first card: most server processes never draw one, and together they hold ~30 MB.
  const [{ default: satori }, { Resvg }] = await Promise.all([import("satori"), import("@resvg/resvg-js")]);
  const svg = await satori(cardTree(input) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH } }).render().asPng();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, png);
  return png;
}

/** Drops every cached card of a share (after it is revoked). */
export function dropCards(tokenHash: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${tokenHash}:`)) cache.delete(key);
}
