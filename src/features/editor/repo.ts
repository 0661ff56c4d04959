/**
 * Reading for the editor: article lists with filters, one article with its current snapshot,
 * its revisions, and the series with their texts. Drafts included; nothing here is public.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { Db } from "../../db/index.js";
import type { Database, Lang, RevisionAction } from "../../db/schema.js";
import type { ParsedArticleFile } from "../articles/front-matter.js";

export interface ArticleFilters {
  series?: string;
  lang?: Lang;
  status?: "draft" | "published";
  /** Matches title or slug, case-insensitively. */
  text?: string;
}

export interface EditorListItem {
  id: number;
  lang: Lang;
  slug: string;
  title: string;
  seriesSlug: string;
  installment: number;
  status: "draft" | "published";
  updatedAt: string;
  revision: number;
}

/** Rows per page of the article list. */
export const EDITOR_PAGE_SIZE = 50;

/** Escapes LIKE wildcards so a typed % or _ matches itself. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export async function listEditorArticles(db: Db, filters: ArticleFilters, page: number): Promise<{ total: number; items: EditorListItem[] }> {
  let query = db.kysely.selectFrom("article");
  if (filters.series) query = query.where("series_slug", "=", filters.series);
  if (filters.lang) query = query.where("lang", "=", filters.lang);
  if (filters.status) query = query.where("status", "=", filters.status);
  if (filters.text) {
    const pattern = likePattern(filters.text);
    query = query.where((eb) =>
      eb.or([eb(sql`lower(title)`, "like", sql`${pattern} escape '\\'`), eb(sql`lower(slug)`, "like", sql`${pattern} escape '\\'`)]),
    );
  }
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    query
      .select(["id", "lang", "slug", "title", "series_slug", "installment", "status", "updated_at", "revision"])
      .orderBy("updated_at", "desc")
      .orderBy("id", "desc")
      .limit(EDITOR_PAGE_SIZE)
      .offset((page - 1) * EDITOR_PAGE_SIZE)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      lang: r.lang,
      slug: r.slug,
      title: r.title,
      seriesSlug: r.series_slug,
      installment: r.installment,
      status: r.status,
      updatedAt: r.updated_at,
      revision: r.revision,
    })),
  };
}

export interface EditableArticle {
  id: number;
  lang: Lang;
  slug: string;
  title: string;
  status: "draft" | "published";
  revision: number;
  file: ParsedArticleFile;
}

/** The article as the editor opens it: its latest revision's snapshot (`executor`: inside a transaction). */
export async function findEditableArticle(
  db: Db,
  id: number,
  executor: Kysely<Database> | Transaction<Database> = db.kysely,
): Promise<EditableArticle | undefined> {
  const row = await executor
    .selectFrom("article")
    .innerJoin("article_revision", (join) =>
      join.onRef("article_revision.article_id", "=", "article.id").onRef("article_revision.revision", "=", "article.revision"),
    )
    .select(["article.id", "article.lang", "article.slug", "article.title", "article.status", "article.revision", "article_revision.snapshot"])
    .where("article.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, lang: row.lang, slug: row.slug, title: row.title, status: row.status, revision: row.revision, file: JSON.parse(row.snapshot) };
}

export interface RevisionSummary {
  revision: number;
  action: RevisionAction;
  author: string;
  createdAt: string;
}

export async function listRevisions(db: Db, articleId: number): Promise<RevisionSummary[]> {
  const rows = await db.kysely
    .selectFrom("article_revision")
    .select(["revision", "action", "author_label", "created_at"])
    .where("article_id", "=", articleId)
    .orderBy("revision", "desc")
    .execute();
  return rows.map((r) => ({ revision: r.revision, action: r.action, author: r.author_label, createdAt: r.created_at }));
}

export async function findRevision(
  db: Db,
  articleId: number,
  revision: number,
): Promise<(RevisionSummary & { file: ParsedArticleFile }) | undefined> {
  const row = await db.kysely
    .selectFrom("article_revision")
    .select(["revision", "action", "author_label", "created_at", "snapshot"])
    .where("article_id", "=", articleId)
    .where("revision", "=", revision)
    .executeTakeFirst();
  if (!row) return undefined;
  return { revision: row.revision, action: row.action, author: row.author_label, createdAt: row.created_at, file: JSON.parse(row.snapshot) };
}

export interface EditorSeries {
  slug: string;
  position: number;
  texts: Record<Lang, { title: string; description: string }>;
  articles: Record<Lang, number>;
}

export async function listEditorSeries(db: Db): Promise<EditorSeries[]> {
  const [series, texts, counts] = await Promise.all([
    db.kysely.selectFrom("series").select(["slug", "position"]).orderBy("position").orderBy("slug").execute(),
    db.kysely.selectFrom("series_text").select(["series_slug", "lang", "title", "description"]).execute(),
    db.kysely
      .selectFrom("article")
      .select(["series_slug", "lang", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy(["series_slug", "lang"])
      .execute(),
  ]);
  return series.map((s) => {
    const textFor = (lang: Lang) => texts.find((t) => t.series_slug === s.slug && t.lang === lang) ?? { title: s.slug, description: "" };
    const countFor = (lang: Lang) => Number(counts.find((c) => c.series_slug === s.slug && c.lang === lang)?.n ?? 0);
    return {
      slug: s.slug,
      position: s.position,
      texts: { en: pick(textFor("en")), zh: pick(textFor("zh")) },
      articles: { en: countFor("en"), zh: countFor("zh") },
    };
  });
}

const pick = ({ title, description }: { title: string; description: string }) => ({ title, description });

/** One series' installments in one language, in order, for reordering. */
export async function listSeriesInstallments(
  db: Db,
  series: string,
  lang: Lang,
): Promise<{ id: number; slug: string; title: string; installment: number; status: string }[]> {
  return db.kysely
    .selectFrom("article")
    .select(["id", "slug", "title", "installment", "status"])
    .where("series_slug", "=", series)
    .where("lang", "=", lang)
    .orderBy("installment")
    .execute();
}
