/**
 * The editor's preview: the article's title, summary, body, ready-to-copy lines and FAQ,
 * rendered by the same renderer and components as the public page.
 */
import type { PageContext } from "../../../ui/page.js";
import { renderFragment, renderMarkdown } from "../../articles/markdown.js";
import type { FaqEntry } from "../../articles/prepare.js";
import { Faq, Quotes } from "../../articles/views.js";
import { type EditorValues, splitQuotes } from "../form.js";

export interface PreviewModel {
  title: string;
  summary: string;
  bodyHtml: string;
  quotes: string[];
  faq: FaqEntry[];
}

/** Renders what the editor typed, valid or not, so the preview never waits for validation. */
export function previewModel(values: EditorValues): PreviewModel {
  return {
    title: values.title,
    summary: values.summary,
    bodyHtml: renderMarkdown(values.body).html,
    quotes: splitQuotes(values.quotes),
    faq: values.faq.filter((f) => f.q && f.a).map((f) => ({ q: f.q, a: f.a, aHtml: renderFragment(f.a) })),
  };
}

export function Preview({ ctx, model }: { ctx: PageContext; model: PreviewModel }) {
  return (
    <div class="preview-article">
      <p class="preview-title">{model.title}</p>
      {model.summary ? <p class="lede">{model.summary}</p> : null}
      <div class="prose" dangerouslySetInnerHTML={{ __html: model.bodyHtml }} />
      {model.quotes.length > 0 ? <Quotes ctx={ctx} quotes={model.quotes} /> : null}
      {model.faq.length > 0 ? <Faq ctx={ctx} faq={model.faq} /> : null}
    </div>
  );
}
