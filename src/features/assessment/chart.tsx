/**
 * Server-rendered SVG charts with text alternatives: the point on the anxiety × avoidance plane
 * with its four regions, and bars for the conflict and resource scales.
 */
import type { Translate } from "../../i18n/index.js";
import type { ScaleId } from "./instrument.js";
import { CUT, type Pattern } from "./scoring.js";

const SIZE = 300;
const PAD = 40;
/** Scale value (1–7) to pixels along an axis of the plane. */
const at = (v: number) => PAD + ((v - 1) / 6) * (SIZE - 2 * PAD);

export function PlaneChart({ t, anxiety, avoidance, pattern }: { t: Translate; anxiety: number; avoidance: number; pattern: Pattern }) {
  const mid = at(CUT);
  const region = (p: Pattern, x: number, y: number, w: number, h: number) => (
    <g>
      <rect x={x} y={y} width={w} height={h} class={p === pattern ? "region region-current" : "region"} />
      <text x={x + w / 2} y={y + h / 2} text-anchor="middle" class="region-label">
        {t(`pattern.short.${p}`)}
      </text>
    </g>
  );
  const inner = SIZE - 2 * PAD;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-labelledby="plane-title plane-desc" class="chart plane">
      <title id="plane-title">{t("result.chartTitle")}</title>
      <desc id="plane-desc">{t("result.chartDesc", { anxiety: anxiety.toFixed(2), avoidance: avoidance.toFixed(2) })}</desc>
      {/* y grows downwards: high worry is at the top */}
      {region("anxious", PAD, PAD, mid - PAD, SIZE - PAD - mid)}
      {region("fearful", mid, PAD, SIZE - PAD - mid, SIZE - PAD - mid)}
      {region("secure", PAD, SIZE - mid, mid - PAD, mid - PAD)}
      {region("avoidant", mid, SIZE - mid, SIZE - PAD - mid, mid - PAD)}
      <rect x={PAD} y={PAD} width={inner} height={inner} class="frame" />
      <text x={SIZE / 2} y={SIZE - 10} text-anchor="middle" class="axis-label">
        {t("result.axisAvoidance")} →
      </text>
      <text x={14} y={SIZE / 2} text-anchor="middle" class="axis-label" transform={`rotate(-90 14 ${SIZE / 2})`}>
        {t("result.axisAnxiety")} →
      </text>
      <circle cx={at(avoidance)} cy={SIZE - at(anxiety)} r={7} class="point" />
    </svg>
  );
}

const BAR_SCALES: ScaleId[] = ["pursue", "withdraw", "criticism", "defensiveness", "repair", "responsiveness"];

export function BarChart({ t, scores }: { t: Translate; scores: Record<ScaleId, number> }) {
  const rowHeight = 30;
  const labelWidth = 130;
  const width = 420;
  const barMax = width - labelWidth - 50;
  const height = BAR_SCALES.length * rowHeight + 10;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby="bars-title"
      class="chart bars"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id="bars-title">{t("result.barsTitle")}</title>
      {BAR_SCALES.map((scale, i) => {
        const y = 5 + i * rowHeight;
        const value = scores[scale];
        const resource = scale === "repair" || scale === "responsiveness";
        return (
          <g>
            <text x={0} y={y + 18} class="bar-label">
              {t(`scale.${scale}`)}
            </text>
            <rect x={labelWidth} y={y + 6} width={barMax} height={14} class="bar-track" />
            <rect x={labelWidth} y={y + 6} width={(value / 7) * barMax} height={14} class={resource ? "bar bar-resource" : "bar"} />
            <text x={labelWidth + barMax + 8} y={y + 18} class="bar-value">
              {value.toFixed(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
