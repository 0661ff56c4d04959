/**
 * The article editor's form, both ways: a stored article (its revision snapshot) into form
 * values, and submitted values back into an article file validated by the same schema the
 * importer uses, with every problem tied to its field and a message key in the editor's
 * language. Pure.
 */
import type { z } from "zod";
import type { Lang } from "../../db/schema.js";
import type { MessageKey } from "../../i18n/index.js";
import { FrontMatterSchema, type ParsedArticleFile } from "../articles/front-matter.js";

export interface FaqPair {
  q: string;
  a: string;
}

/** What the form shows and submits; every value is text as typed. */
export interface EditorValues {
  title: string;
  slug: string;
  series: string;
  installment: string;
  summary: string;
  /** Comma-separated. */
  tags: string;
  /** One line to copy per paragraph (blank line between). */
  quotes: string;
  faq: FaqPair[];
  translationOf: string;
  status: "draft" | "published";
  /** yyyy-mm-dd; empty = today when publishing. */
  published: string;
  body: string;
}

export interface FieldError {
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type FormResult = { ok: true; file: ParsedArticleFile } | { ok: false; errors: FieldError[] };

/** Empty FAQ rows shown below the filled ones, so a question can be added without JavaScript. */
export const SPARE_FAQ_ROWS = 2;

export const EMPTY_VALUES: EditorValues = {
  title: "",
  slug: "",
  series: "",
  installment: "",
  summary: "",
  tags: "",
  quotes: "",
  faq: [],
  translationOf: "",
  status: "draft",
  published: "",
  body: "",
};

/** @example valuesFromFile(file).tags // "repair, silence" */
export function valuesFromFile({ meta, body }: ParsedArticleFile): EditorValues {
  return {
    title: meta.title,
    slug: meta.slug,
    series: meta.series,
    installment: String(meta.installment),
    summary: meta.summary,
    tags: meta.tags.join(", "),
    quotes: meta.quotes.join("\n\n"),
    faq: meta.faq.map(({ q, a }) => ({ q, a })),
    translationOf: meta.translationOf ?? "",
    status: meta.published ? "published" : "draft",
    published: meta.published ? meta.published.slice(0, 10) : "",
    body,
  };
}

/** The ready-to-copy lines typed in one box: a paragraph each. @example splitQuotes("a\n\nb") // ["a", "b"] */
export function splitQuotes(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((q) => q.trim())
    .filter(Boolean);
}

/** Reads submitted form fields (faq_q_0, faq_a_0, …) into values. Unknown fields are ignored. */
export function valuesFromForm(form: Record<string, string>): EditorValues {
  const faq: FaqPair[] = [];
  for (let i = 0; i < 100 && (`faq_q_${i}` in form || `faq_a_${i}` in form); i++) {
    const q = (form[`faq_q_${i}`] ?? "").trim();
    const a = (form[`faq_a_${i}`] ?? "").trim();
    if (q || a) faq.push({ q, a });
  }
  const text = (name: keyof EditorValues) => (form[name] ?? "").replace(/\r\n?/g, "\n");
  return {
    title: text("title").trim(),
    slug: text("slug").trim(),
    series: text("series").trim(),
    installment: text("installment").trim(),
    summary: text("summary").trim(),
    tags: text("tags"),
    quotes: text("quotes"),
    faq,
    translationOf: text("translationOf").trim(),
    status: form.status === "published" ? "published" : "draft",
    published: text("published").trim(),
    body: text("body"),
  };
}

/**
 * Validates values into an article file for the given language.
 * @example fileFromValues({ ...EMPTY_VALUES, title: "" }, "en", "2026-11-25") // { ok: false, errors: [{ field: "title", key: "editor.error.required" }, …] }
 */
export function fileFromValues(values: EditorValues, lang: Lang, today: string): FormResult {
  const installment = /^\d+$/.test(values.installment) ? Number(values.installment) : values.installment === "" ? undefined : values.installment;
  const candidate = {
    title: values.title,
    slug: values.slug,
    lang,
    series: values.series,
    installment,
    ...(values.status === "published" ? { published: values.published || today } : {}),
    summary: values.summary,
    tags: values.tags
      .split(/[,，]/)
      .map((t) => t.trim())
      .filter(Boolean),
    ...(values.translationOf ? { translationOf: values.translationOf } : {}),
    quotes: splitQuotes(values.quotes),
    faq: values.faq,
  };
  const parsed = FrontMatterSchema.safeParse(candidate, { reportInput: true });
  const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map(fieldError);
  if (!values.body.trim()) errors.push({ field: "body", key: "editor.error.required" });
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, file: { meta: parsed.data, body: values.body } };
}

const FORM_FIELD: Record<string, string> = { published: "published", translationOf: "translationOf" };

function fieldError(issue: z.core.$ZodIssue): FieldError {
  const [top, index, part] = issue.path;
  const field = top === "faq" && typeof index === "number" ? `faq_${part === "a" ? "a" : "q"}_${index}` : (FORM_FIELD[String(top)] ?? String(top));
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? { field, key: "editor.error.required" }
        : { field, key: "editor.error.min", params: { min: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "array"
        ? { field, key: "editor.error.tooMany", params: { max: Number(issue.maximum) } }
        : issue.origin === "string"
          ? { field, key: "editor.error.tooLong", params: { max: Number(issue.maximum) } }
          : { field, key: "editor.error.max", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return issue.input === "" ? { field, key: "editor.error.required" } : { field, key: "editor.error.slug" };
    case "invalid_type":
      if (issue.input === undefined) return { field, key: "editor.error.required" };
      return { field, key: field === "installment" ? "editor.error.wholeNumber" : "editor.error.invalid" };
    case "custom":
      return { field, key: field === "published" ? "editor.error.date" : "editor.error.invalid" };
    default:
      return { field, key: "editor.error.invalid" };
  }
}
