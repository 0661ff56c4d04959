/**
 * Reading published articles for pages: one article with its series, neighbours, translation and
 * related reading; the newest articles. Every query here is an index lookup — none grows with
 * the size of the archive.
 */
import type { Db } from "../../db/index.js";
import type { ArticleRow, Lang } from "../../db/schema.js";
import { otherLang } from "../../i18n/index.js";
import type { TocEntry } from "./markdown.js";
import type { FaqEntry } from "./prepare.js";

export interface ArticleLink {
  slug: string;
  title: string;
  installment: number;
  seriesSlug: string;
}

export interface ArticlePage {
  id: number;
  lang: Lang;
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  bodyHtml: string;
  toc: TocEntry[];
  quotes: string[];
  faq: FaqEntry[];
  installment: number;
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
  revision: number;
  series: { slug: string; title: string };
  previous?: ArticleLink;
  next?: ArticleLink;
  translation?: { lang: Lang; slug: string; title: string };
  related: ArticleLink[];
}

const toLink = (r: Pick<ArticleRow, "slug" | "title" | "installment" | "series_slug">): ArticleLink => ({
  slug: r.slug,
  title: r.title,
  installment: r.installment,
  seriesSlug: r.series_slug,
});

/** A published article with everything its page shows, or undefined. */
export async function findArticlePage(db: Db, lang: Lang, slug: string): Promise<ArticlePage | undefined> {
  const row = await db.reader
    .selectFrom("article")
    .leftJoin("article_related as ar", "ar.article_id", "article.id")
    .selectAll("article")
    .select("ar.related")
    .where("lang", "=", lang)
    .where("slug", "=", slug)
    .where("status", "=", "published")
    .executeTakeFirst();
  if (!row?.published_at) return undefined;
  const k = db.reader;
  const published = k.selectFrom("article").where("status", "=", "published");
  const relatedIds = JSON.parse(row.related ?? "[]") as number[];
  const [series, previous, next, translation, related] = await Promise.all([
    k.selectFrom("series_text").select("title").where("series_slug", "=", row.series_slug).where("lang", "=", lang).executeTakeFirst(),
    published
      .select(["slug", "title", "installment", "series_slug"])
      .where("series_slug", "=", row.series_slug)
      .where("lang", "=", lang)
      .where("installment", "<", row.installment)
      .orderBy("installment", "desc")
      .limit(1)
      .executeTakeFirst(),
    published
      .select(["slug", "title", "installment", "series_slug"])
      .where("series_slug", "=", row.series_slug)
      .where("lang", "=", lang)
      .where("installment", ">", row.installment)
      .orderBy("installment")
      .limit(1)
      .executeTakeFirst(),
    findTranslation(db, row),
    relatedIds.length
      ? published.select(["id", "slug", "title", "installment", "series_slug"]).where("id", "in", relatedIds).execute()
      : Promise.resolve([]),
  ]);
  const relatedById = new Map(related.map((r) => [r.id, r]));
  return {
    id: row.id,
    lang,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    tags: JSON.parse(row.tags) as string[],
    bodyHtml: row.body_html,
    toc: JSON.parse(row.toc) as TocEntry[],
    quotes: JSON.parse(row.quotes) as string[],
    faq: JSON.parse(row.faq) as FaqEntry[],
    installment: row.installment,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    readingMinutes: row.reading_minutes,
    revision: row.revision,
    series: { slug: row.series_slug, title: series?.title ?? row.series_slug },
    previous: previous ? toLink(previous) : undefined,
    next: next ? toLink(next) : undefined,
    translation,
    related: relatedIds.flatMap((id) => {
      const r = relatedById.get(id);
      return r ? [toLink(r)] : [];
    }),
  };
}

/**
 * The published article in the other language: the one this article names in `translationOf`
 * (followed through a slug change), or one that names this article.
 */
export async function findTranslation(
  db: Db,
  row: Pick<ArticleRow, "lang" | "slug" | "translation_of">,
): Promise<{ lang: Lang; slug: string; title: string } | undefined> {
  const other = otherLang(row.lang);
  const base = db.reader.selectFrom("article").select(["slug", "title"]).where("lang", "=", other).where("status", "=", "published");
  let named = row.translation_of ? await base.where("slug", "=", row.translation_of).executeTakeFirst() : undefined;
  if (!named && row.translation_of) {
    const moved = await findRedirect(db, other, row.translation_of);
    named = moved ? await base.where("slug", "=", moved).executeTakeFirst() : undefined;
  }
  const found = named ?? (await base.where("translation_of", "=", row.slug).orderBy("id").limit(1).executeTakeFirst());
  return found ? { lang: other, slug: found.slug, title: found.title } : undefined;
}

export interface ArticleListItem extends ArticleLink {
  summary: string;
  publishedAt: string;
  readingMinutes: number;
  seriesTitle: string;
}

/** The newest published articles in a language. */
export async function listNewest(db: Db, lang: Lang, limit: number): Promise<ArticleListItem[]> {
  const rows = await db.reader
    .selectFrom("article")
    .innerJoin("series_text", (j) => j.onRef("series_text.series_slug", "=", "article.series_slug").on("series_text.lang", "=", lang))
    .select([
      "article.slug",
      "article.title",
      "article.installment",
      "article.series_slug",
      "article.summary",
      "article.published_at",
      "article.reading_minutes",
      "series_text.title as series_title",
    ])
    .where("article.lang", "=", lang)
    .where("article.status", "=", "published")
    .orderBy("article.published_at", "desc")
    .orderBy("article.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...toLink(r),
    summary: r.summary,
    publishedAt: r.published_at ?? "",
    readingMinutes: r.reading_minutes,
    seriesTitle: r.series_title,
  }));
}

/** How many articles exist (drafts included); zero means a fresh database. */
export async function countArticles(db: Db): Promise<number> {
  // The primary: deciding whether to load starter content must not trust a lagging replica.
  const row = await db.kysely
    .selectFrom("article")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Published articles in `lang` carrying any of `tags`, newest first. */
export async function listByTags(db: Db, lang: Lang, tags: string[], limit: number): Promise<ArticleLink[]> {
  if (tags.length === 0) return [];
  const rows = await db.reader
    .selectFrom("article")
    .select(["slug", "title", "installment", "series_slug"])
    .where("lang", "=", lang)
    .where("status", "=", "published")
    .where((eb) => eb.or(tags.map((tag) => eb("tags", "like", `%${JSON.stringify(tag)}%`))))
    .orderBy("published_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toLink);
}

/** The current slug of a published article that used to have `oldSlug`, if any. */
export async function findRedirect(db: Db, lang: Lang, oldSlug: string): Promise<string | undefined> {
  const row = await db.reader
    .selectFrom("article_slug_redirect")
    .innerJoin("article", "article.id", "article_slug_redirect.article_id")
    .select("article.slug")
    .where("article_slug_redirect.lang", "=", lang)
    .where("article_slug_redirect.old_slug", "=", oldSlug)
    .where("article.status", "=", "published")
    .executeTakeFirst();
  return row?.slug;
}
