/**
 * Validation of search input, shared by the API and the page. Error codes are stable and double
 * as i18n keys under `error.search.*` / `error.*`.
 */
import { z } from "zod";
import { SLUG } from "../articles/front-matter.js";
import { MAX_QUERY_LENGTH } from "./query.js";

/** The API returns at most this many hits per request. */
export const MAX_LIMIT = 50;
/** Deep pages are not useful to anyone and cost the database; 10,000 hits is plenty. */
const MAX_OFFSET = 10_000;

export const SearchApiQuery = z.object({
  q: z.string().default(""),
  lang: z.enum(["en", "zh", "all"]).default("all"),
  series: SLUG.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(10),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
});

export type QueryProblem = "query_empty" | "query_too_long" | undefined;

/** Trims the query and says what is wrong with it, if anything. */
export function checkQuery(raw: string | undefined): { query: string; problem: QueryProblem } {
  const query = (raw ?? "").trim();
  if (!query) return { query, problem: "query_empty" };
  if ([...query].length > MAX_QUERY_LENGTH) return { query, problem: "query_too_long" };
  return { query, problem: undefined };
}
