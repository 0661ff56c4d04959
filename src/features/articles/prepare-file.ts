/**
 * One article file, from text to the row and search entry we store, or its problems. Pure; the
 * import runs it in worker threads for large folders.
 */
import type { Dialect } from "../../db/index.js";
import { searchEntry } from "../search/index-store.js";
import { type FieldProblem, parseArticleFile } from "./front-matter.js";
import { type PreparedArticle, prepareArticle } from "./prepare.js";

export type PreparedFile = { ok: true; article: PreparedArticle } | { ok: false; problems: FieldProblem[] };

/** @example prepareFile(text, "sqlite").ok // true for a valid file */
export function prepareFile(text: string, dialect: Dialect): PreparedFile {
  const parsed = parseArticleFile(text);
  if (!parsed.ok) return parsed;
  const article = prepareArticle(parsed.value);
  return { ok: true, article: { ...article, search: searchEntry(article, dialect) } };
}
