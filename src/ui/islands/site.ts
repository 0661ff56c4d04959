/**
 * The site's one client island (progressive enhancement; every page works without it):
 * - copy buttons on ready-to-copy lines, with a spoken "copied" status;
 * - remembering the reader's language choice for the `/` redirect;
 * - live search in the header (see live-search.ts).
 */

import { enhanceSearch } from "./live-search.js";
import { enhanceTestForm } from "./test-form.js";

document.documentElement.classList.add("js");

const searchForm = document.querySelector<HTMLFormElement>("form.site-search");
if (searchForm) enhanceSearch(searchForm);
const testForm = document.querySelector<HTMLFormElement>("form#test-form");
if (testForm) enhanceTestForm(testForm);

function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return new Promise((resolve, reject) => {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (ok) resolve();
    else reject(new Error("copy failed"));
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const target = document.getElementById(button.dataset.copy ?? "");
  const status = document.getElementById(button.dataset.status ?? "");
  if (!target) continue;
  button.addEventListener("click", () => {
    const label = button.querySelector(".copy-label");
    const reset = label?.textContent ?? "";
    copyText((target.textContent ?? "").trim())
      .then(() => {
        if (label) label.textContent = button.dataset.copied ?? "";
        if (status) status.textContent = button.dataset.copied ?? "";
        button.classList.add("is-copied");
        window.setTimeout(() => {
          if (label) label.textContent = reset;
          button.classList.remove("is-copied");
        }, 2500);
      })
      .catch(() => {
        if (status) status.textContent = button.dataset.failed ?? "";
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      });
  });
}

// Quick exit replaces this page in the tab's history, so Back does not return here.
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-quick-exit]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    window.location.replace(link.href);
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-lang-switch]")) {
  link.addEventListener("click", () => {
    const lang = link.dataset.langSwitch;
    if (lang === "en" || lang === "zh") {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser we support
      document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
    }
  });
}
