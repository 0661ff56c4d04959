// src/features/search/index-store.ts
import { sql } from "kysely";

// src/ui/html.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);
}

// src/features/search/tokenize.ts
var SEGMENT = new RegExp("(\\p{Script=Han}+)|[[\\p{L}\\p{N}]--\\p{Script=Han}]+", "gv");
var MARKS = new RegExp("\\p{M}+", "gu");
function fold(text) {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}
function segments(text) {
  const out = [];
  for (const match of fold(text).matchAll(SEGMENT)) out.push({ kind: match[1] === void 0 ? "word" : "han", text: match[0] });
  return out;
}
function documentTokens(text) {
  const tokens = [];
  for (const match of fold(text).matchAll(SEGMENT)) {
    if (match[1] === void 0) {
      tokens.push(match[0]);
      continue;
    }
    const chars = [...match[1]];
    for (let i = 0; i < chars.length - 1; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    tokens.push(chars[chars.length - 1]);
  }
  return tokens;
}
function phraseTokens(text) {
  const segs = segments(text);
  const tokens = [];
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg.kind === "word") {
      tokens.push({ text: seg.text, prefix: false });
      return;
    }
    const chars = [...seg.text];
    if (chars.length === 1) {
      tokens.push({ text: seg.text, prefix: last });
      return;
    }
    for (let k = 0; k < chars.length - 1; k++) tokens.push({ text: `${chars[k]}${chars[k + 1]}`, prefix: false });
    if (!last) tokens.push({ text: chars[chars.length - 1], prefix: false });
  });
  return tokens;
}

// src/features/search/snippet.ts
var WINDOW = 180;
var LEAD = 60;
function markdownToPlain(markdown) {
  return markdown.replace(/```[\s\S]*?```/g, " ").replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "").replace(/[*_`~]+/g, "").replace(/^-{3,}$/gm, " ").replace(/\s+/g, " ").trim();
}
var foldedChars = /* @__PURE__ */ new Map();
function foldChar(ch) {
  let folded = foldedChars.get(ch);
  if (folded === void 0) {
    folded = fold(ch);
    if (foldedChars.size < 5e4) foldedChars.set(ch, folded);
  }
  return folded;
}
function foldWithMap(original) {
  let text = "";
  const origin = [];
  let index = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) origin.push(index);
    text += folded;
    index += ch.length;
  }
  origin.push(original.length);
  return { text, origin };
}
var isWordChar = (ch) => ch !== void 0 && /[\p{L}\p{N}]/u.test(ch) && !new RegExp("\\p{Script=Han}", "u").test(ch);
function findMatches(original, terms) {
  const { text, origin } = foldWithMap(original);
  const ranges = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    const han = new RegExp("\\p{Script=Han}", "u").test(term);
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!han && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
      ranges.push([origin[at] ?? 0, origin[end] ?? original.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
var CHUNK = 2048;
function firstMatch(original, terms) {
  const overlap = Math.max(1, ...terms.map((t) => t.length)) + 1;
  for (let from = 0; from < original.length; from += CHUNK) {
    const start = Math.max(0, from - overlap);
    const sliceStart = Math.max(0, start - 1);
    const found = findMatches(original.slice(sliceStart, from + CHUNK + 1), terms)[0];
    if (found) return [found[0] + sliceStart, found[1] + sliceStart];
  }
  return void 0;
}
function snippetHtml(fields, terms, fallback) {
  let firstField;
  for (const field of fields) {
    if (firstField === void 0 && field.trim()) firstField = field;
    const first = firstMatch(field, terms);
    if (!first) continue;
    let start = Math.max(0, first[0] - LEAD);
    let end = Math.min(field.length, start + WINDOW);
    start = Math.max(0, Math.min(start, end - WINDOW));
    while (start > 0 && isWordChar(field[start - 1]) && first[0] - start < LEAD + 20) start--;
    while (end < field.length && isWordChar(field[end]) && end - first[1] < WINDOW) end++;
    const margin = Math.max(...terms.map((t) => t.length)) + 1;
    const regionStart = Math.max(0, start - margin);
    const matches = findMatches(field.slice(regionStart, end + margin), terms).map(([a, b]) => [a + regionStart, b + regionStart]);
    let html = start > 0 ? "\u2026" : "";
    let cursor = start;
    for (const [a = 0, b = 0] of matches) {
      if (b <= start || a >= end) continue;
      const from = Math.max(a, cursor);
      const to = Math.min(b, end);
      if (to <= from) continue;
      html += `${escapeHtml(field.slice(cursor, from))}<mark>${escapeHtml(field.slice(from, to))}</mark>`;
      cursor = to;
    }
    html += escapeHtml(field.slice(cursor, end)) + (end < field.length ? "\u2026" : "");
    return html.trim();
  }
  const opening = fallback?.trim() ? fallback : firstField ?? "";
  return escapeHtml(opening.slice(0, WINDOW)) + (opening.length > WINDOW ? "\u2026" : "");
}

// src/features/search/index-store.ts
function searchDocument(article) {
  return {
    title: article.title,
    meta: [article.summary, ...article.quotes, ...article.faq.flatMap((f) => [f.q, markdownToPlain(f.a)])].join("\n"),
    body: markdownToPlain(article.body_md)
  };
}
var PG_MAX_POSITION = 16383;
var PG_MAX_POSITIONS_PER_LEXEME = 256;
function tsvectorLiteral(fields) {
  const positions = /* @__PURE__ */ new Map();
  let position = 0;
  for (const field of fields) {
    for (const token of documentTokens(field)) {
      position = Math.min(position + 1, PG_MAX_POSITION);
      const list = positions.get(token);
      if (!list) positions.set(token, [position]);
      else if (list.length < PG_MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== position) list.push(position);
    }
    position = Math.min(position + 2, PG_MAX_POSITION);
  }
  return [...positions].map(([token, list]) => `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${list.join(",")}`).join(" ");
}
var SEARCH_KEY_ID_SPACE = 1e6;
function searchKey(publishedAt, id) {
  if (id >= SEARCH_KEY_ID_SPACE) throw new Error(`article id ${id} is beyond the search key's id space`);
  const seconds = Math.floor(Date.parse(publishedAt ?? "1970-01-01T00:00:00Z") / 1e3);
  return seconds * SEARCH_KEY_ID_SPACE + id;
}
var articleIdOfKey = (key) => (key % SEARCH_KEY_ID_SPACE + SEARCH_KEY_ID_SPACE) % SEARCH_KEY_ID_SPACE;
var langToken = (lang) => `l${lang}`;
var seriesToken = (slug) => `s${Buffer.from(slug).toString("hex")}`;
function searchEntry(article, dialect) {
  const doc = searchDocument(article);
  if (dialect === "sqlite") {
    const join = (text) => documentTokens(text).join(" ");
    return { dialect, title: join(doc.title), meta: join(doc.meta), body: join(doc.body) };
  }
  return {
    dialect,
    titleVec: tsvectorLiteral([doc.title]),
    headVec: tsvectorLiteral([doc.title, doc.meta]),
    allVec: tsvectorLiteral([doc.title, doc.meta, doc.body])
  };
}
async function indexArticle(db, dialect, id, article, { isNew = false } = {}) {
  if (!isNew) await removeFromIndex(db, dialect, id);
  if (article.status !== "published") return;
  const entry = article.search?.dialect === dialect ? article.search : searchEntry(article, dialect);
  if (entry.dialect === "sqlite") {
    const key = searchKey(article.published_at, id);
    await sql`INSERT INTO article_fts (rowid, title, meta, body, lang, series)
      VALUES (${key}, ${entry.title}, ${entry.meta}, ${entry.body}, ${langToken(article.lang)}, ${seriesToken(article.series_slug)})`.execute(db);
    await sql`INSERT INTO article_search_key (article_id, search_key) VALUES (${id}, ${key})`.execute(db);
  } else {
    await sql`INSERT INTO article_search (article_id, lang, series_slug, published_at, title_vec, head_vec, all_vec)
      VALUES (${id}, ${article.lang}, ${article.series_slug}, ${article.published_at ?? ""},
      ${entry.titleVec}::tsvector, ${entry.headVec}::tsvector, ${entry.allVec}::tsvector)`.execute(db);
  }
}
async function removeFromIndex(db, dialect, id) {
  if (dialect === "sqlite") {
    await sql`DELETE FROM article_fts WHERE rowid IN (SELECT search_key FROM article_search_key WHERE article_id = ${id})`.execute(db);
    await sql`DELETE FROM article_search_key WHERE article_id = ${id}`.execute(db);
  } else await sql`DELETE FROM article_search WHERE article_id = ${id}`.execute(db);
}
async function refreshSearchStatistics(db) {
  if (db.dialect === "postgres") await sql`ANALYZE article_search`.execute(db.kysely);
}
async function rebuildSearchIndex(db) {
  const indexed = await rebuildInTransaction(db);
  await refreshSearchStatistics(db);
  return indexed;
}
async function rebuildInTransaction(db) {
  const PAGE = 500;
  return db.kysely.transaction().execute(async (trx) => {
    if (db.dialect === "sqlite") {
      await sql`DELETE FROM article_fts`.execute(trx);
      await sql`DELETE FROM article_search_key`.execute(trx);
    } else await sql`TRUNCATE article_search`.execute(trx);
    let indexed = 0;
    for (let lastId = 0; ; ) {
      const rows = await trx.selectFrom("article").select(["id", "lang", "series_slug", "published_at", "title", "summary", "quotes", "faq", "body_md", "status"]).where("id", ">", lastId).orderBy("id").limit(PAGE).execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.status !== "published") continue;
        await indexArticle(trx, db.dialect, row.id, {
          ...row,
          quotes: JSON.parse(row.quotes),
          faq: JSON.parse(row.faq)
        });
        indexed++;
      }
      lastId = rows[rows.length - 1]?.id ?? lastId;
    }
    return indexed;
  });
}

// src/features/articles/front-matter.ts
import { parseDocument } from "yaml";
import { z } from "zod";
var SLUG = z.string().max(120, "must be at most 120 characters").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");
var PublishedDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be a date such as 2026-03-14" });
    return z.NEVER;
  }
  return date.toISOString();
});
var FrontMatterSchema = z.object({
  title: z.string().trim().min(1, "is required").max(300, "must be at most 300 characters"),
  slug: SLUG,
  lang: z.enum(["en", "zh"], "must be en or zh"),
  series: SLUG,
  // Installments are positions in a series; a million leaves room for any real archive.
  installment: z.number("must be a whole number").int("must be a whole number").min(1, "must be at least 1").max(1e6),
  published: PublishedDate.optional(),
  summary: z.string().trim().max(1e3, "must be at most 1000 characters").default(""),
  tags: z.array(z.string().trim().min(1).max(60), "must be a list").max(30, "at most 30 tags").default([]),
  translationOf: SLUG.optional(),
  quotes: z.array(z.string().trim().min(1, "must not be empty").max(2e3), "must be a list").max(50).default([]),
  faq: z.array(
    z.object({
      q: z.string().trim().min(1, "is required").max(500),
      a: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "is required").max(1e4))
    }),
    "must be a list of {q, a}"
  ).max(50).default([])
});
var FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
function parseArticleFile(text) {
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
  const present = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null));
  const parsed = FrontMatterSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: i.path.length ? i.path.join(".") : "front matter", message: i.message }))
    };
  }
  return { ok: true, value: { meta: parsed.data, body: text.slice(match[0].length).replace(/^\s*\n/, "") } };
}
function serializeArticleFile({ meta, body }) {
  const lines = [
    "---",
    `title: ${JSON.stringify(meta.title)}`,
    `slug: ${meta.slug}`,
    `lang: ${meta.lang}`,
    `series: ${meta.series}`,
    `installment: ${meta.installment}`
  ];
  if (meta.published) lines.push(`published: ${exportDate(meta.published)}`);
  lines.push(`summary: ${JSON.stringify(meta.summary)}`);
  lines.push(`tags: [${meta.tags.map((tag) => JSON.stringify(tag)).join(", ")}]`);
  if (meta.translationOf) lines.push(`translationOf: ${meta.translationOf}`);
  lines.push(meta.quotes.length ? "quotes:" : "quotes: []", ...meta.quotes.map((q) => `  - ${JSON.stringify(q)}`));
  lines.push(meta.faq.length ? "faq:" : "faq: []", ...meta.faq.flatMap((f) => [`  - q: ${JSON.stringify(f.q)}`, `    a: ${JSON.stringify(f.a)}`]));
  lines.push("---", "");
  return `${lines.join("\n")}
${body.endsWith("\n") ? body : `${body}
`}`;
}
function exportDate(iso) {
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

// src/features/articles/prepare.ts
import { createHash } from "node:crypto";

// src/features/articles/markdown.ts
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
var md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(cjkFriendly);
md.core.ruler.push("heading_ids", (state) => {
  const env = state.env;
  env.toc ??= [];
  env.usedIds ??= /* @__PURE__ */ new Map();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open?.type !== "heading_open") continue;
    if (open.tag === "h1") {
      open.tag = "h2";
      const close = tokens.slice(i).find((t) => t.type === "heading_close");
      if (close) close.tag = "h2";
    }
    const inline = tokens[i + 1];
    const text = inline?.children?.map((c) => c.type === "text" || c.type === "code_inline" ? c.content : "").join("").trim() ?? "";
    const id = uniqueId(headingId(text), env.usedIds);
    open.attrSet("id", id);
    const level = Number(open.tag.slice(1));
    if (level === 2 || level === 3) env.toc.push({ level, id, text });
  }
});
var defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]?.attrGet("href") ?? "");
  if (/^https?:\/\//i.test(href)) tokens[idx]?.attrSet("rel", "nofollow noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};
function headingId(text) {
  const id = text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s-]/gu, "").trim().replace(/[\s-]+/g, "-").replace(/^-|-$/g, "");
  return id || "section";
}
function uniqueId(base, used) {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}
function renderMarkdown(source) {
  const env = {};
  const html = md.render(source, env);
  return { html, toc: env.toc ?? [] };
}
function renderFragment(source) {
  return md.render(source, {});
}
function readingMinutes(source) {
  const han = source.match(new RegExp("\\p{Script=Han}", "gu"))?.length ?? 0;
  const words = source.replace(new RegExp("\\p{Script=Han}", "gu"), " ").match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 230 + han / 400));
}

// src/features/articles/prepare.ts
function prepareArticle(source) {
  const { meta, body } = source;
  const rendered = renderMarkdown(body);
  const faq = meta.faq.map((f) => ({ q: f.q, a: f.a, aHtml: renderFragment(f.a) }));
  return {
    lang: meta.lang,
    slug: meta.slug,
    series_slug: meta.series,
    installment: meta.installment,
    title: meta.title,
    summary: meta.summary,
    tags: meta.tags,
    body_md: body,
    body_html: rendered.html,
    toc: rendered.toc,
    quotes: meta.quotes,
    faq,
    translation_of: meta.translationOf ?? null,
    status: meta.published ? "published" : "draft",
    published_at: meta.published ?? null,
    reading_minutes: readingMinutes(`${meta.title}
${body}`),
    source_hash: createHash("sha256").update(JSON.stringify(meta)).update("\0").update(body).digest("base64url"),
    snapshot: JSON.stringify(source)
  };
}

// src/features/articles/prepare-file.ts
function prepareFile(text, dialect) {
  const parsed = parseArticleFile(text);
  if (!parsed.ok) return parsed;
  const article = prepareArticle(parsed.value);
  return { ok: true, article: { ...article, search: searchEntry(article, dialect) } };
}

export {
  SLUG,
  FrontMatterSchema,
  serializeArticleFile,
  renderMarkdown,
  renderFragment,
  prepareArticle,
  segments,
  phraseTokens,
  markdownToPlain,
  snippetHtml,
  articleIdOfKey,
  langToken,
  seriesToken,
  indexArticle,
  refreshSearchStatistics,
  rebuildSearchIndex,
  prepareFile
};
//# sourceMappingURL=chunk-XP5XC5PF.js.map
