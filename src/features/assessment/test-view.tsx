/**
 * The test page: an introduction, then the items in small groups as native radio groups (arrow
 * keys work everywhere), and the "today" scaling question. Without JavaScript it is one plain
 * form; with it, one group at a time, a progress bar, keys 1–7, and answers that survive a reload.
 */
import type { Lang } from "../../db/schema.js";
import type { MessageKey } from "../../i18n/index.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import type { Instrument } from "./instrument.js";
import type { Problem } from "./submission.js";

/** Items shown together: few enough to keep one screen calm. */
export const GROUP_SIZE = 6;

interface TestViewProps {
  ctx: PageContext;
  instrument: Instrument;
  answers?: Record<string, number>;
  today?: number;
  problems?: Problem[];
}

export function TestView({ ctx, instrument, answers = {}, today, problems = [] }: TestViewProps) {
  const { t, lang } = ctx;
  const items = instrument.items;
  const groups: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += GROUP_SIZE) groups.push(items.slice(i, i + GROUP_SIZE));
  const labels = instrument.scaleLabels[lang as Lang];
  return (
    <Layout
      ctx={ctx}
      seo={{
        title: t("test.title"),
        description: t("test.lede"),
        path: paths.test(lang),
        quickExit: true,
        alternates: { en: paths.test("en"), zh: paths.test("zh") },
      }}
    >
      <h1>{t("test.title")}</h1>
      <div class="test-intro">
        <p class="lede">{t("test.lede")}</p>
        <p>{t("test.measures")}</p>
        <p>{t("test.duration")}</p>
        <p>{t("test.privacy")}</p>
        <p>{t("test.notDiagnosis")}</p>
        <p>
          <a href={`/${lang}/test/about`}>{t("test.aboutLink")}</a>
        </p>
      </div>
      {problems.length > 0 ? (
        <div class="form-errors" role="alert" tabindex={-1} id="test-errors">
          <h2>{t("test.errorsHeading")}</h2>
          <ul>
            {problems.map((p) => (
              <li>{t(`error.test.${p.code}` as MessageKey, { detail: p.detail ?? "" })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form id="test-form" class="test-form" method="post" action={paths.test(lang)} data-version={instrument.version} data-total={items.length}>
        <input type="hidden" name="lang" value={lang} />
        <div class="test-progress" hidden>
          <label for="test-progress-bar">{t("test.progressLabel")}</label>
          <progress id="test-progress-bar" max={items.length} value={Object.keys(answers).length} />
          <span id="test-progress-text" aria-live="polite" data-template={t("test.progress", { answered: "{answered}", total: items.length })}>
            {t("test.progress", { answered: Object.keys(answers).length, total: items.length })}
          </span>
        </div>
        <p class="meta keyboard-hint">{t("test.keyboardHint")}</p>
        {groups.map((group, g) => (
          <section class="item-group" data-group={g} aria-labelledby={`group-${g}`}>
            <h2 id={`group-${g}`} class="group-heading">
              {t("test.group", { n: g + 1, total: groups.length + 1 })}
            </h2>
            {group.map((item, k) => {
              const n = g * GROUP_SIZE + k + 1;
              return (
                <fieldset class="item" id={`item-${item.id}`}>
                  <legend>
                    <span class="item-number">{n}.</span> {item.text[lang as Lang]}
                  </legend>
                  <div class="likert">
                    {labels.map((label, v) => (
                      <label>
                        <input type="radio" name={`a_${item.id}`} value={v + 1} checked={answers[item.id] === v + 1} />
                        <span class="likert-value" aria-hidden="true">
                          {v + 1}
                        </span>
                        <span class="likert-label">{label}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </section>
        ))}
        <section class="item-group" data-group={groups.length} aria-labelledby="group-today">
          <h2 id="group-today" class="group-heading">
            {t("test.group", { n: groups.length + 1, total: groups.length + 1 })}
          </h2>
          <fieldset class="item today" id="item-today">
            <legend>{instrument.today[lang as Lang]}</legend>
            <p class="meta" id="today-scale">
              {t("test.todayLow")} · {t("test.todayHigh")}
            </p>
            <div class="likert likert-10" aria-describedby="today-scale">
              {Array.from({ length: 10 }, (_, v) => (
                <label>
                  <input type="radio" name="today" value={v + 1} checked={today === v + 1} />
                  <span class="likert-value">{v + 1}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="button">
            {t("test.submit")}
          </button>
        </section>
        <div class="group-nav" hidden>
          <button type="button" class="search-button" data-nav="back">
            {t("test.back")}
          </button>
          <button type="button" class="button" data-nav="next">
            {t("test.next")}
          </button>
        </div>
      </form>
    </Layout>
  );
}
