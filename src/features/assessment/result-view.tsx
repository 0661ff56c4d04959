/**
 * The owner's result page: the pattern and a warm explanation, the charts with a table of every
 * score, conflict habits and the strongest resource, matching reading, and earlier results.
 * When the safety flag is set, a safety panel comes first and couple advice is left out.
 */
import type { Lang } from "../../db/schema.js";
import { formatDate, LANGUAGE_NAMES } from "../../i18n/index.js";
import { SafetyResourceList } from "../../ui/components.js";
import { Layout } from "../../ui/layout.js";
import { type PageContext, paths } from "../../ui/page.js";
import type { ArticleLink } from "../articles/repo.js";
import { BarChart, PlaneChart } from "./chart.js";
import { SCALES } from "./instrument.js";
import type { StoredResult } from "./repo.js";
import type { Share } from "./shares.js";
import { RESULT_TEXTS } from "./texts.js";

export interface ResultPageData {
  result: StoredResult;
  shares: Share[];
  /** A link created by this very request: shown once, since only its hash is stored. */
  newShareUrl?: string;
  earlier: StoredResult[];
  articles: ArticleLink[];
  /** Percentiles per dimension, or undefined while there are too few results to compare. */
  percentiles?: { anxiety: number; avoidance: number };
  comparisonMinimum: number;
}

const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

export function ResultView({ ctx, data }: { ctx: PageContext; data: ResultPageData }) {
  const { t, lang } = ctx;
  const l = lang as Lang;
  const { result } = data;
  const texts = RESULT_TEXTS;
  const pattern = texts.patterns[result.pattern];
  return (
    <Layout
      ctx={ctx}
      seo={{ title: t("result.title"), description: pattern.tagline[l], path: `/${lang}/results/${result.id}`, noindex: true, quickExit: true }}
    >
      <h1>{t("result.title")}</h1>
      {result.safetyFlag ? (
        <section class="safety-panel" aria-labelledby="safety-heading">
          <h2 id="safety-heading">{texts.safety.heading[l]}</h2>
          <p>{texts.safety.body[l]}</p>
          <p>{texts.safety.notCouplesWork[l]}</p>
          <h3>{t("result.safetyResources")}</h3>
          <SafetyResourceList resources={ctx.safetyResources} />
        </section>
      ) : null}
      <section aria-labelledby="pattern-heading" class="result-pattern">
        <p class="kicker">{t("result.patternHeading")}</p>
        <h2 id="pattern-heading">{pattern.name[l]}</h2>
        <p class="lede">{pattern.tagline[l]}</p>
        <p>{pattern.summary[l]}</p>
        <h3>{t("result.strengths")}</h3>
        <p>{pattern.strengths[l]}</p>
        {result.safetyFlag ? null : (
          <>
            <h3>{t("result.inConflict")}</h3>
            <p>{pattern.inConflict[l]}</p>
            <h3>{t("result.whatHelps")}</h3>
            <p>{pattern.whatHelps[l]}</p>
          </>
        )}
      </section>
      <section aria-labelledby="scores-heading" class="result-scores">
        <h2 id="scores-heading">{t("result.chartHeading")}</h2>
        <div class="charts">
          <PlaneChart t={t} anxiety={result.scores.anxiety} avoidance={result.scores.avoidance} pattern={result.pattern} />
          <BarChart t={t} scores={result.scores} />
        </div>
        <p class="meta">{t("result.cutNote")}</p>
        <table class="score-table">
          <caption>{t("result.scoreTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("result.scale")}</th>
              <th scope="col">{t("result.score")}</th>
            </tr>
          </thead>
          <tbody>
            {SCALES.filter((s) => s !== "safety").map((s) => (
              <tr>
                <th scope="row">{t(`scale.${s}`)}</th>
                <td>{result.scores[s].toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.percentiles ? (
          <ul>
            <li>{t("result.percentile", { scale: t("scale.anxiety"), percent: data.percentiles.anxiety })}</li>
            <li>{t("result.percentile", { scale: t("scale.avoidance"), percent: data.percentiles.avoidance })}</li>
          </ul>
        ) : (
          <p class="meta">{t("result.comparisonsLater", { min: data.comparisonMinimum })}</p>
        )}
        <p>{t("result.today", { today: result.today })}</p>
      </section>
      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading">{t("result.habitsHeading")}</h2>
        {result.habits.length === 0 ? <p>{texts.noPronouncedHabit[l]}</p> : null}
        {result.habits.map((h) => (
          <div class="habit">
            <h3>{texts.habits[h].name[l]}</h3>
            <p>{texts.habits[h].description[l]}</p>
            {result.safetyFlag ? null : <p>{texts.habits[h].whatHelps[l]}</p>}
          </div>
        ))}
        <h2>{t("result.resourceHeading")}</h2>
        <h3>{texts.resources[result.strongestResource].name[l]}</h3>
        <p>{texts.resources[result.strongestResource].description[l]}</p>
      </section>
      <p>
        <a class="button" href={`/${lang}/results/${result.id}/report`}>
          {t("report.open")}
        </a>
      </p>
      <section aria-labelledby="share-heading" class="share-section">
        <h2 id="share-heading">{t("share.heading")}</h2>
        <p>{t("share.intro")}</p>
        {data.newShareUrl ? (
          <div class="quote new-share" role="status">
            <div>
              <p>{t("share.created")}</p>
              <p id="new-share-url" class="share-url">
                {data.newShareUrl}
              </p>
            </div>
            <button
              type="button"
              class="copy-button"
              data-copy="new-share-url"
              data-status="copy-status"
              data-copied={t("article.copied")}
              data-failed={t("article.copyFailed")}
            >
              <span class="copy-label">{t("article.copy")}</span>
            </button>
            <p id="copy-status" class="visually-hidden" role="status" aria-live="polite" />
          </div>
        ) : null}
        <form method="post" action={`/${lang}/results/${result.id}/shares`} class="share-form">
          <label for="share-lang">{t("share.language")}</label>
          <select id="share-lang" name="lang">
            <option value="en" selected={l === "en"}>
              English
            </option>
            <option value="zh" selected={l === "zh"}>
              中文
            </option>
          </select>
          <button type="submit" class="button">
            {t("share.create")}
          </button>
        </form>
        {data.shares.length > 0 ? (
          <>
            <h3>{t("share.existing")}</h3>
            <ul class="share-list">
              {data.shares.map((s) => (
                <li>
                  {t("share.createdOn", { date: formatDate(l, s.createdAt), language: LANGUAGE_NAMES[s.lang] })}{" "}
                  <form method="post" action={`/${lang}/results/${result.id}/shares/${s.id}/revoke`} class="inline-form">
                    <button type="submit" class="search-button">
                      {t("share.revoke")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {data.articles.length > 0 ? (
        <section aria-labelledby="reading-heading">
          <h2 id="reading-heading">{t("result.articles")}</h2>
          <ul>
            {data.articles.map((a) => (
              <li>
                <a href={paths.article(l, a.slug)}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.earlier.length > 0 ? (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">{t("result.earlier")}</h2>
          <ul>
            {data.earlier.map((e) => (
              <li>
                <a href={`/${lang}/results/${e.id}`}>{formatDate(l, e.createdAt)}</a>: {texts.patterns[e.pattern].name[l]} ·{" "}
                {t("result.change", {
                  anxietyChange: signed(result.scores.anxiety - e.scores.anxiety),
                  avoidanceChange: signed(result.scores.avoidance - e.scores.avoidance),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a class="button" href={paths.test(lang)}>
          {t("test.retake")}
        </a>
      </p>
    </Layout>
  );
}
