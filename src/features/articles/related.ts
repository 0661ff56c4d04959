/**
 * Related reading, computed when articles change (never per request). Pure.
 * Candidates share the language; a shared tag weighs more than sharing the series, and
 * near installments of the same series count even without shared tags.
 */

export interface RelatedInput {
  id: number;
  lang: string;
  series: string;
  installment: number;
  tags: string[];
  publishedAt: string | null;
}

/** How many related articles an article shows. */
export const RELATED_LIMIT = 4;
/** Same-series neighbours within this distance are candidates even without a shared tag. */
const SERIES_WINDOW = 3;

/**
 * @example computeRelated([a, b, c]).get(a.id) // [b.id, c.id]
 */
export function computeRelated(articles: RelatedInput[], limit = RELATED_LIMIT): Map<number, number[]> {
  const published = articles.filter((a) => a.publishedAt !== null);
  const byTag = new Map<string, RelatedInput[]>();
  const bySeries = new Map<string, RelatedInput[]>();
  for (const a of published) {
    for (const tag of new Set(a.tags)) push(byTag, `${a.lang}\0${tag}`, a);
    push(bySeries, `${a.lang}\0${a.series}`, a);
  }
  for (const list of bySeries.values()) list.sort((x, y) => x.installment - y.installment);

  const result = new Map<number, number[]>();
  for (const a of articles) {
    const scores = new Map<number, { score: number; other: RelatedInput }>();
    const add = (other: RelatedInput, points: number) => {
      if (other.id === a.id) return;
      const entry = scores.get(other.id);
      if (entry) entry.score += points;
      else scores.set(other.id, { score: points, other });
    };
    for (const tag of new Set(a.tags)) for (const other of byTag.get(`${a.lang}\0${tag}`) ?? []) add(other, 3);
    const series = bySeries.get(`${a.lang}\0${a.series}`) ?? [];
    for (const other of series) {
      if (Math.abs(other.installment - a.installment) <= SERIES_WINDOW) add(other, 2);
      else if (scores.has(other.id)) add(other, 1);
    }
    // Popular tags give thousands of candidates: keep the best few instead of sorting them all.
    const ranked = smallest(
      scores.values(),
      limit,
      (x, y) =>
        y.score - x.score ||
        distance(a, x.other) - distance(a, y.other) ||
        (y.other.publishedAt ?? "").localeCompare(x.other.publishedAt ?? "") ||
        x.other.id - y.other.id,
    );
    result.set(
      a.id,
      ranked.map((r) => r.other.id),
    );
  }
  return result;
}

/**
 * The `limit` first items in `compare`'s order, in that order: what sorting all and slicing
 * gives, in one pass.
 * @example smallest([5, 1, 4, 2], 2, (x, y) => x - y) // [1, 2]
 */
export function smallest<T>(items: Iterable<T>, limit: number, compare: (x: T, y: T) => number): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit) {
      if (compare(item, top[limit - 1] as T) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    top.push(item);
    while (i > 0 && compare(item, top[i - 1] as T) < 0) {
      top[i] = top[i - 1] as T;
      i--;
    }
    top[i] = item;
  }
  return top;
}

function distance(a: RelatedInput, b: RelatedInput): number {
  return a.series === b.series ? Math.abs(a.installment - b.installment) : Number.MAX_SAFE_INTEGER;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
