/**
 * The editor's island (loaded on editor pages only): live preview of the article as it is
 * typed, rendered by the server's own renderer; a button to add FAQ rows; and a warning before
 * leaving a form with unsaved changes. Without it the editor still works: Preview is a button.
 */

/** Wait for a pause in typing before asking the server for a preview. */
const PREVIEW_DELAY_MS = 400;

function enhancePreview(form: HTMLFormElement): void {
  const url = form.dataset.previewUrl;
  const output = document.getElementById("preview-output");
  if (!url || !output) return;
  let timer: number | undefined;
  let latest = 0;
  const refresh = async () => {
    const ticket = ++latest;
    output.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, {
        method: "POST",
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        credentials: "same-origin",
      });
      if (!response.ok || ticket !== latest) return;
      const { html } = (await response.json()) as { html: string };
      // The server renders Markdown with raw HTML disabled, the same HTML readers get.
      output.innerHTML = html;
    } catch {
      // Offline or signed out: keep the last preview; saving will say what is wrong.
    } finally {
      if (ticket === latest) output.removeAttribute("aria-busy");
    }
  };
  form.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, PREVIEW_DELAY_MS);
  });
  void refresh();
}

function enhanceFaq(form: HTMLFormElement): void {
  const fieldset = form.querySelector<HTMLFieldSetElement>("fieldset.faq-fields");
  const label = form.dataset.addFaq;
  if (!fieldset || !label) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button secondary";
  button.textContent = label;
  button.addEventListener("click", () => {
    const rows = fieldset.querySelectorAll<HTMLElement>("[data-faq-row]");
    const last = rows[rows.length - 1];
    if (!last) return;
    const index = rows.length;
    const copy = last.cloneNode(true) as HTMLElement;
    copy.dataset.faqRow = String(index);
    for (const el of copy.querySelectorAll<HTMLElement>("[id], [for], [name]")) {
      for (const attr of ["id", "for", "name"]) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(/_\d+$/, `_${index}`));
      }
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = "";
    }
    for (const l of copy.querySelectorAll("label")) l.textContent = (l.textContent ?? "").replace(/\d+/, String(index + 1));
    for (const e of copy.querySelectorAll(".field-error")) e.remove();
    fieldset.insertBefore(copy, button);
    copy.querySelector<HTMLInputElement>("input")?.focus();
  });
  fieldset.append(button);
}

function guardUnsaved(form: HTMLFormElement): void {
  let dirty = false;
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) event.preventDefault();
  });
}

const articleForm = document.querySelector<HTMLFormElement>("form#article-form");
if (articleForm) {
  enhancePreview(articleForm);
  enhanceFaq(articleForm);
  guardUnsaved(articleForm);
}
