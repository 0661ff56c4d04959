/**
 * The header search box, enhanced: `/` focuses it; typing shows results from /api/search
 * (debounced) in an ARIA combobox listbox; arrow keys move, Enter opens, Escape closes.
 * Without JavaScript the form simply submits to the search page.
 */

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 200;
const LIMIT = 6;

interface Hit {
  title: string;
  seriesTitle: string;
  installment: number;
  url: string;
}

export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const list = form.querySelector<HTMLUListElement>("[role=listbox]");
  const status = form.querySelector<HTMLElement>("[role=status]");
  if (!input || !list) return;
  const lang = form.dataset.searchLang ?? "en";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  let timer: number | undefined;
  let active = -1;
  let controller: AbortController | undefined;
  let urls: string[] = [];

  const options = () => [...list.querySelectorAll<HTMLLIElement>("[role=option]")];
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (index: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === active));
    });
    const current = all[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }
  };

  const render = (hits: Hit[], total: number, totalExact: boolean, query: string) => {
    list.replaceChildren();
    urls = [];
    hits.forEach((hit, i) => {
      const option = document.createElement("li");
      option.id = `site-search-option-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = hit.title;
      const meta = document.createElement("small");
      meta.textContent = `${hit.seriesTitle} · ${hit.installment}`;
      option.append(meta);
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.href = hit.url;
      });
      list.append(option);
      urls.push(hit.url);
    });
    if (total > hits.length) {
      const more = document.createElement("li");
      more.id = "site-search-option-all";
      more.setAttribute("role", "option");
      more.setAttribute("aria-selected", "false");
      more.textContent = input.dataset.allResults ?? "";
      const url = `/${lang}/search?q=${encodeURIComponent(query)}`;
      more.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.href = url;
      });
      list.append(more);
      urls.push(url);
    }
    const template = totalExact ? input.dataset.liveCount : input.dataset.liveCountMore;
    const count =
      hits.length === 0 ? (input.dataset.liveNone ?? "") : (template ?? "").replace("{count}", total.toLocaleString(document.documentElement.lang));
    if (status) status.textContent = count;
    active = -1;
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
  };

  const lookup = async () => {
    const query = input.value.trim();
    controller?.abort();
    if (!query) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(`/api/search?q=${encodeURIComponent(query)}&lang=${lang}&limit=${LIMIT}`, { signal: controller.signal });
      if (!response.ok) return close();
      const body = (await response.json()) as { results: Hit[]; total: number; totalExact: boolean };
      if (input.value.trim() === query) render(body.results, body.total, body.totalExact, query);
    } catch {
      // Aborted by a newer keystroke, or offline: the form still works on Enter.
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) return;
      event.preventDefault();
      highlight(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && active >= 0 && urls[active]) {
      event.preventDefault();
      window.location.href = urls[active] as string;
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));

  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
