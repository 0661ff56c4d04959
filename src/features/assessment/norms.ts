/**
 * Comparison norms: every stored result's anxiety and avoidance scores per language, sorted,
 * held in memory and rebuilt at most every few minutes. A result page then finds its
 * percentiles by binary search instead of reading every stored result on each view.
 */
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";

/** Norms may lag new results by this much; a percentile barely moves in ten minutes. */
const NORMS_MAX_AGE_MS = 10 * 60 * 1000;

interface Snapshot {
  at: number;
  anxiety: Float64Array;
  avoidance: Float64Array;
}

/**
 * Percentile of `value` among sorted `values` (share strictly below), as a whole percent.
 * @example percentileOf(Float64Array.from([1, 2, 3, 4]), 3) // 50
 */
export function percentileOf(sorted: ArrayLike<number>, value: number): number {
  if (sorted.length === 0) return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return Math.round((low / sorted.length) * 100);
}

export class Norms {
  readonly #snapshots = new Map<Lang, Snapshot>();

  constructor(private readonly maxAgeMs = NORMS_MAX_AGE_MS) {}

  async #snapshot(db: Db, lang: Lang, now: number): Promise<Snapshot> {
    const cached = this.#snapshots.get(lang);
    if (cached && now - cached.at < this.maxAgeMs) return cached;
    const rows = await db.kysely.selectFrom("test_result").select("scores").where("lang", "=", lang).execute();
    const anxiety = new Float64Array(rows.length);
    const avoidance = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      const scores = JSON.parse(r.scores) as Record<string, number>;
      anxiety[i] = scores.anxiety ?? 0;
      avoidance[i] = scores.avoidance ?? 0;
    });
    const snapshot = { at: now, anxiety: anxiety.sort(), avoidance: avoidance.sort() };
    this.#snapshots.set(lang, snapshot);
    return snapshot;
  }

  /** Percentiles against the language's results, or undefined below `minimum` results. */
  async percentiles(db: Db, lang: Lang, scores: { anxiety: number; avoidance: number }, minimum: number, now = Date.now()) {
    const snapshot = await this.#snapshot(db, lang, now);
    if (snapshot.anxiety.length < minimum) return { count: snapshot.anxiety.length, percentiles: undefined };
    return {
      count: snapshot.anxiety.length,
      percentiles: { anxiety: percentileOf(snapshot.anxiety, scores.anxiety), avoidance: percentileOf(snapshot.avoidance, scores.avoidance) },
    };
  }
}
