/**
 * The test form, enhanced: one group of items at a time with Back/Next, a progress bar, keys 1–7
 * answering the focused item and moving on, and answers kept in sessionStorage (they survive a
 * reload, and are gone when the tab closes — kinder on a shared device than localStorage).
 * Without JavaScript the form is one page and still submits the same way.
 */

export function enhanceTestForm(form: HTMLFormElement): void {
  const key = `test-answers:${form.dataset.version ?? ""}`;
  const groups = [...form.querySelectorAll<HTMLElement>(".item-group")];
  const nav = form.querySelector<HTMLElement>(".group-nav");
  const progressBox = form.querySelector<HTMLElement>(".test-progress");
  const bar = form.querySelector<HTMLProgressElement>("progress");
  const text = form.querySelector<HTMLElement>("#test-progress-text");
  const back = form.querySelector<HTMLButtonElement>("[data-nav=back]");
  const next = form.querySelector<HTMLButtonElement>("[data-nav=next]");
  const itemTotal = Number(form.dataset.total ?? "0");
  let current = 0;

  const saved = (() => {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? "{}") as Record<string, string>;
    } catch {
      return {};
    }
  })();
  for (const [name, value] of Object.entries(saved)) {
    const input = form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (input && !form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)) input.checked = true;
  }

  const answered = () => form.querySelectorAll("input[name^=a_]:checked").length;
  const update = () => {
    const n = answered();
    if (bar) bar.value = n;
    if (text) text.textContent = (text.dataset.template ?? "").replace("{answered}", String(n));
  };
  const show = (index: number, focus: boolean) => {
    current = Math.max(0, Math.min(groups.length - 1, index));
    groups.forEach((g, i) => {
      g.classList.toggle("is-hidden", i !== current);
    });
    if (back) back.hidden = current === 0;
    if (next) next.hidden = current === groups.length - 1;
    if (focus) groups[current]?.querySelector<HTMLElement>("h2")?.focus();
  };

  for (const heading of form.querySelectorAll<HTMLElement>(".group-heading")) heading.tabIndex = -1;
  if (nav) nav.hidden = false;
  if (progressBox) progressBox.hidden = false;
  if (bar) bar.max = itemTotal;
  // Start at the first group with an unanswered item (resuming after a reload).
  const firstOpen = groups.findIndex((g) => [...g.querySelectorAll("fieldset.item")].some((f) => !f.querySelector("input:checked")));
  show(firstOpen === -1 ? groups.length - 1 : firstOpen, false);
  update();

  form.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== "radio") return;
    saved[input.name] = input.value;
    try {
      sessionStorage.setItem(key, JSON.stringify(saved));
    } catch {
      // Private mode or storage full: answers simply will not survive a reload.
    }
    update();
  });
  back?.addEventListener("click", () => show(current - 1, true));
  next?.addEventListener("click", () => show(current + 1, true));

  form.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    const fieldset = target.closest("fieldset.item");
    if (!fieldset || !/^[1-9]$|^10$/.test(event.key)) return;
    const option = fieldset.querySelector<HTMLInputElement>(`input[type=radio][value="${event.key}"]`);
    if (!option) return;
    event.preventDefault();
    option.checked = true;
    option.dispatchEvent(new Event("change", { bubbles: true }));
    const fieldsets = [...(groups[current]?.querySelectorAll<HTMLFieldSetElement>("fieldset.item") ?? [])];
    const following = fieldsets[fieldsets.indexOf(fieldset as HTMLFieldSetElement) + 1];
    if (following) following.querySelector<HTMLInputElement>("input:checked, input")?.focus();
    else next && !next.hidden ? next.focus() : form.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  });

  form.addEventListener("submit", () => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing to clean up
    }
  });
}
