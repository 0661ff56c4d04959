/**
 * The interchange format (FORMAT.md §1): Markdown with YAML front matter. Parsing and validation
 * are pure; each problem names the field and says what is wrong.
 */
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Lang } from "../../db/schema.js";

/** Slugs appear in URLs; lower-case ASCII keeps them stable and readable in every browser. */
export const SLUG = z
  .string()
  .max(120, "must be at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");

const PublishedDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be a date such as 2026-03-14" });
    return z.NEVER;
  }
  return date.toISOString();
});

export const FrontMatterSchema = z.object({
  title: z.string().trim().min(1, "is required").max(300, "must be at most 300 characters"),
  slug: SLUG,
  lang: z.enum(["en", "zh"], "must be en or zh"),
  series: SLUG,
  // Installments are positions in a series; a million leaves room for any real archive.
  installment: z.number("must be a whole number").int("must be a whole number").min(1, "must be at least 1").max(1_000_000),
  published: PublishedDate.optional(),
  summary: z.string().trim().max(1000, "must be at most 1000 characters").default(""),
  tags: z.array(z.string().trim().min(1).max(60), "must be a list").max(30, "at most 30 tags").default([]),
  translationOf: SLUG.optional(),
  quotes: z.array(z.string().trim().min(1, "must not be empty").max(2000), "must be a list").max(50).default([]),
  faq: z
    .array(
      z.object({
        q: z.string().trim().min(1, "is required").max(500),
        a: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "is required").max(10_000)),
      }),
      "must be a list of {q, a}",
    )
    .max(50)
    .default([]),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface ParsedArticleFile {
  meta: FrontMatter;
  body: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; value: ParsedArticleFile } | { ok: false; problems: FieldProblem[] };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits and validates one article file.
 * @example parseArticleFile("---\ntitle: T\nslug: t\nlang: en\nseries: s\ninstallment: 1\n---\nBody").ok // true
 */
export function parseArticleFile(text: string): ParseResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, problems: [{ field: "front matter", message: "missing: the file must start with a --- block" }] };
  const doc = parseDocument(match[1] ?? "", { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ field: "front matter", message: `YAML: ${e.message.split("\n")[0]}` })) };
  }
  const data = doc.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, problems: [{ field: "front matter", message: "must be a mapping of fields" }] };
  }
  // An empty key (`quotes:`) is YAML null: treat it as absent so defaults apply.
  const present = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null));
  const parsed = FrontMatterSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: i.path.length ? i.path.join(".") : "front matter", message: i.message })),
    };
  }
  return { ok: true, value: { meta: parsed.data, body: text.slice(match[0].length).replace(/^\s*\n/, "") } };
}

export interface ArticleForExport {
  meta: FrontMatter;
  body: string;
}

/** Writes an article back in the interchange format; `parseArticleFile` reads it back unchanged. */
export function serializeArticleFile({ meta, body }: ArticleForExport): string {
  const lines = [
    "---",
    `title: ${JSON.stringify(meta.title)}`,
    `slug: ${meta.slug}`,
    `lang: ${meta.lang}`,
    `series: ${meta.series}`,
    `installment: ${meta.installment}`,
  ];
  if (meta.published) lines.push(`published: ${exportDate(meta.published)}`);
  lines.push(`summary: ${JSON.stringify(meta.summary)}`);
  lines.push(`tags: [${meta.tags.map((tag) => JSON.stringify(tag)).join(", ")}]`);
  if (meta.translationOf) lines.push(`translationOf: ${meta.translationOf}`);
  lines.push(meta.quotes.length ? "quotes:" : "quotes: []", ...meta.quotes.map((q) => `  - ${JSON.stringify(q)}`));
  lines.push(meta.faq.length ? "faq:" : "faq: []", ...meta.faq.flatMap((f) => [`  - q: ${JSON.stringify(f.q)}`, `    a: ${JSON.stringify(f.a)}`]));
  lines.push("---", "");
  return `${lines.join("\n")}\n${body.endsWith("\n") ? body : `${body}\n`}`;
}

/** Midnight UTC exports as a plain date, anything else as a full timestamp. */
function exportDate(iso: string): string {
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

export function isLangValue(value: string): value is Lang {
  return value === "en" || value === "zh";
}
