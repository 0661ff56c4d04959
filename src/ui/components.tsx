/**
 * Small shared pieces of pages: breadcrumbs, the invitation to take the test, the list of
 * safety resources.
 */
import type { SafetyResource } from "../features/assessment/safety-resources.js";
import type { PageContext } from "./page.js";
import { paths } from "./page.js";

export function Breadcrumbs({ ctx, trail }: { ctx: PageContext; trail: { label: string; href?: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label={ctx.t("breadcrumb.label")}>
      <ol>
        {trail.map((step) => (
          <li>{step.href ? <a href={step.href}>{step.label}</a> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function TestInvite({ ctx }: { ctx: PageContext }) {
  const { t, lang } = ctx;
  return (
    <aside class="test-invite" aria-labelledby="test-invite-heading">
      <h2 id="test-invite-heading">{t("test.invite.heading")}</h2>
      <p>{t("test.invite.body")}</p>
      <a class="button" href={paths.test(lang)}>
        {t("test.invite.cta")}
      </a>
    </aside>
  );
}

export function SafetyResourceList({ resources }: { resources: SafetyResource[] }) {
  return (
    <ul>
      {resources.map((r) => (
        <li>
          <strong>{r.name}</strong>: {r.contact}
        </li>
      ))}
    </ul>
  );
}

/** Previous / "page N of M" / next, for any paginated listing; nothing when there is one page. */
export function Pager({
  ctx,
  page,
  pages,
  href,
  label,
  more = false,
}: {
  ctx: PageContext;
  page: number;
  /** How many pages there are — or, with `more`, are known so far (more follow). */
  pages: number;
  href: (page: number) => string;
  label: string;
  more?: boolean;
}) {
  const { t } = ctx;
  if (pages <= 1 && !more) return null;
  return (
    <nav class="pager" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t("series.prevPage")}
        </a>
      ) : null}
      <span>{more ? t("series.pageOpen", { page }) : t("series.page", { page, pages })}</span>
      {page < pages || more ? (
        <a href={href(page + 1)} rel="next">
          {t("series.nextPage")}
        </a>
      ) : null}
    </nav>
  );
}
