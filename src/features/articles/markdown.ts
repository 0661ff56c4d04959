/**
 * Article rendering: Markdown → safe HTML (markdown-it with raw HTML disabled), a table of
 * contents from `##`/`###` headings with anchors that keep Chinese readable, and reading time.
 * Pure: no I/O. Rendering happens when an article is saved, never per request.
 */
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";

export interface TocEntry {
  level: 2 | 3;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

// cjk-friendly: CommonMark does not close `**强调：**` next to CJK punctuation; this plugin does.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(cjkFriendly);

// Headings: the page title is the only h1, so a `#` in a body becomes an h2.
// Each h2/h3 gets a readable id; the collected TOC comes back through `env`.
md.core.ruler.push("heading_ids", (state) => {
  const env = state.env as { toc?: TocEntry[]; usedIds?: Map<string, number> };
  env.toc ??= [];
  env.usedIds ??= new Map();
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
    const text =
      inline?.children
        ?.map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : ""))
        .join("")
        .trim() ?? "";
    const id = uniqueId(headingId(text), env.usedIds);
    open.attrSet("id", id);
    const level = Number(open.tag.slice(1));
    if (level === 2 || level === 3) env.toc.push({ level, id, text });
  }
});

// Links leaving the site carry no referrer (privacy) and no endorsement.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]?.attrGet("href") ?? "");
  if (/^https?:\/\//i.test(href)) tokens[idx]?.attrSet("rel", "nofollow noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Turns heading text into an anchor id. Letters and digits of every script survive, so Chinese
 * headings give readable anchors (`#问题情境`); punctuation goes, spaces become hyphens.
 * @example headingId("一、问题情境") // "一问题情境"
 * @example headingId("2.1 Why it Hurts") // "21-why-it-hurts"
 */
export function headingId(text: string): string {
  const id = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s-]/gu, "")
    .trim()
    .replace(/[\s-]+/g, "-")
    .replace(/^-|-$/g, "");
  return id || "section";
}

function uniqueId(base: string, used: Map<string, number>): string {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

/**
 * Renders an article body.
 * @example renderMarkdown("## Hello\n\nWorld").toc // [{ level: 2, id: "hello", text: "Hello" }]
 */
export function renderMarkdown(source: string): RenderedMarkdown {
  const env: { toc?: TocEntry[] } = {};
  const html = md.render(source, env);
  return { html, toc: env.toc ?? [] };
}

/** Renders a short Markdown fragment (an FAQ answer) without collecting headings. */
export function renderFragment(source: string): string {
  return md.render(source, {});
}

/**
 * Estimated reading time in minutes: about 230 English words or 400 Chinese characters a minute.
 * @example readingMinutes("word ".repeat(460)) // 2
 */
export function readingMinutes(source: string): number {
  const han = source.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = source.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 230 + han / 400));
}
