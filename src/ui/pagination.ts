/**
 * Page numbers from query strings, shared by every paginated listing.
 */

/**
 * A malformed or missing page number means the first page; it never errors.
 * @example parsePage("abc") // 1
 */
export function parsePage(value: string | undefined): number {
  const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

/** @example pageCount(101, 50) // 3 (an empty list still has one page) */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
