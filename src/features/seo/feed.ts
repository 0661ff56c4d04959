/**
 * An Atom feed of the newest published articles per language.
 */
import type { Db } from "../../db/index.js";
import type { Lang } from "../../db/schema.js";
import { HTML_LANG, t } from "../../i18n/index.js";
import { paths } from "../../ui/page.js";
import { xmlEscape } from "./xml.js";

/** Feed readers only need recent items; full content keeps the feed useful offline. */
export const FEED_SIZE = 20;

export async function renderFeed(db: Db, lang: Lang, baseUrl: string): Promise<string> {
  const rows = await db.reader
    .selectFrom("article")
    .select(["slug", "title", "summary", "body_html", "published_at", "updated_at"])
    .where("lang", "=", lang)
    .where("status", "=", "published")
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(FEED_SIZE)
    .execute();
  const updated =
    rows
      .map((r) => r.updated_at)
      .sort()
      .at(-1) ?? "1970-01-01T00:00:00.000Z";
  const entries = rows
    .map((r) => {
      const url = baseUrl + paths.article(lang, r.slug);
      return [
        "<entry>",
        `<title>${xmlEscape(r.title)}</title>`,
        `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
        `<id>${xmlEscape(url)}</id>`,
        `<published>${xmlEscape(r.published_at ?? r.updated_at)}</published>`,
        `<updated>${xmlEscape(r.updated_at)}</updated>`,
        `<summary>${xmlEscape(r.summary)}</summary>`,
        `<content type="html">${xmlEscape(r.body_html)}</content>`,
        "</entry>",
      ].join("");
    })
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HTML_LANG[lang]}">`,
    `<title>${xmlEscape(t(lang, "feed.title"))}</title>`,
    `<subtitle>${xmlEscape(t(lang, "site.description"))}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(baseUrl + paths.feed(lang))}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(baseUrl + paths.home(lang))}"/>`,
    `<id>${xmlEscape(baseUrl + paths.home(lang))}</id>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xmlEscape(t(lang, "site.name"))}</name></author>`,
    entries,
    "</feed>",
    "",
  ].join("\n");
}
