/**
 * The communication-pattern test:
 *   GET  /api/test/instrument?lang=      the questionnaire
 *   POST /api/test/results               JSON submission → 201 and the owner cookie
 *   GET  /api/results/{id}               the owner's result (404 for anyone else)
 *   GET  /{lang}/test, POST /{lang}/test the test page and its plain-form submission
 *   GET  /{lang}/results/{id}            the owner's result page
 *   POST /api/results/{id}/shares        create a share link (owner) → 201 {token, url}
 *   DELETE /api/shares/{token}           revoke it (owner) → 204; the link is then 404
 *   POST /{lang}/results/{id}/shares[/{shareId}/revoke]   the same from the result page's forms
 *   GET  /{lang}/s/{token}               the public share page (noindex)
 *   GET  /s/{token}/card.png             its 1200×630 preview card
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../app-env.js";
import type { Lang } from "../../db/schema.js";
import { isLang, type MessageKey, translator } from "../../i18n/index.js";
import { notFound } from "../../platform/errors.js";
import { readForm } from "../../platform/form.js";
import { rateLimit } from "../../platform/rate-limit.js";
import { renderDocument } from "../../ui/layout.js";
import { listByTags } from "../articles/repo.js";
import { AboutView } from "./about-view.js";
import { dropCards, shareCard } from "./card.js";
import { INSTRUMENT, instrumentFor } from "./instrument.js";
import { Norms } from "./norms.js";
import { ensureOwner, hashToken, ownerHash, randomId } from "./owner.js";
import { readingTags } from "./reading.js";
import { findOwnedResult, insertResult, listOwnedResults, type StoredResult } from "./repo.js";
import { ResultView } from "./result-view.js";
import { ShareView } from "./share-view.js";
import { createShare, findShared, listShares, revokeShare } from "./shares.js";
import { checkSubmission, type Problem, type ValidSubmission } from "./submission.js";
import { TestView } from "./test-view.js";

/** Comparisons with other test-takers need at least this many results in the language. */
export const COMPARISON_MINIMUM = 200;
/** A full submission is about 1 KB; anything far larger is not one. */
const MAX_BODY_BYTES = 16 * 1024;

const secureCookie = (c: Context<AppEnv>) => c.get("deps").config.baseUrl.startsWith("https:") || new URL(c.req.url).protocol === "https:";

function resultJson(result: StoredResult) {
  return {
    id: result.id,
    url: `/${result.lang}/results/${result.id}`,
    pattern: result.pattern,
    scores: result.scores,
    safetyFlag: result.safetyFlag,
    habits: result.habits,
    strongestResource: result.strongestResource,
    today: result.today,
    createdAt: result.createdAt,
  };
}

async function store(c: Context<AppEnv>, submission: ValidSubmission): Promise<StoredResult> {
  const owner = ensureOwner(c, secureCookie(c));
  return insertResult(c.get("deps").db, { id: randomId(), ownerHash: owner, instrumentVersion: INSTRUMENT.version, submission });
}

async function renderResultPage(c: Context<AppEnv>, norms: Norms, result: StoredResult, owner: string, newShareUrl?: string) {
  const ctx = c.get("page");
  const { db } = c.get("deps");
  const [earlier, articles, { percentiles }, shares] = await Promise.all([
    listOwnedResults(db, owner),
    listByTags(db, ctx.lang, readingTags(result), 5),
    norms.percentiles(db, ctx.lang, { anxiety: result.scores.anxiety, avoidance: result.scores.avoidance }, COMPARISON_MINIMUM),
    listShares(db, result.id),
  ]);
  c.header("Cache-Control", "private, no-store");
  c.set("referrerPolicy", "no-referrer");
  return c.html(
    renderDocument(
      <ResultView
        ctx={ctx}
        data={{
          result,
          shares,
          newShareUrl,
          earlier: earlier.filter((e) => e.id !== result.id),
          articles,
          percentiles,
          comparisonMinimum: COMPARISON_MINIMUM,
        }}
      />,
    ),
  );
}

function problemsJson(lang: Lang, problems: Problem[]) {
  const t = translator(lang);
  return {
    error: {
      code: "invalid_submission",
      message: t("error.test.invalid_submission"),
      problems: problems.map((p) => ({ code: p.code, field: p.field, message: t(`error.test.${p.code}` as MessageKey, { detail: p.detail ?? "" }) })),
    },
  };
}

export function assessmentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Comparisons are rebuilt from stored results every few minutes, not read on every view.
  const norms = new Norms();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { code: "body_too_large", message: (c as Context<AppEnv>).get("page").t("error.body_too_large") } }, 400),
  });

  app.get("/api/test/instrument", (c) => {
    const lang = c.req.query("lang") ?? "en";
    if (!isLang(lang))
      return c.json({ error: { code: "invalid_parameter", message: c.get("page").t("error.invalid_parameter", { details: "lang" }) } }, 400);
    return c.json(instrumentFor(INSTRUMENT, lang));
  });

  app.post("/api/test/results", rateLimit("submit"), limit, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined;
    }
    const langOf = (b: unknown): Lang =>
      b && typeof b === "object" && isLang((b as { lang?: unknown }).lang) ? (b as { lang: Lang }).lang : c.get("page").lang;
    const checked = checkSubmission(INSTRUMENT, body);
    if (!checked.ok) return c.json(problemsJson(langOf(body), checked.problems), 400);
    const result = await store(c, checked.value);
    c.header("Cache-Control", "no-store");
    return c.json(resultJson(result), 201);
  });

  app.get("/api/results/:id", async (c) => {
    const result = await findOwnedResult(c.get("deps").db, c.req.param("id"), ownerHash(c));
    if (!result) throw notFound();
    c.header("Cache-Control", "private, no-store");
    return c.json(resultJson(result));
  });

  app.get("/:lang{en|zh}/test", (c) => {
    c.header("Cache-Control", "no-store");
    return c.html(renderDocument(<TestView ctx={c.get("page")} instrument={INSTRUMENT} />));
  });

  app.get("/:lang{en|zh}/test/about", (c) => c.html(renderDocument(<AboutView ctx={c.get("page")} comparisonMinimum={COMPARISON_MINIMUM} />)));

  app.post("/:lang{en|zh}/test", rateLimit("submit"), limit, async (c) => {
    const ctx = c.get("page");
    const form = await readForm(c);
    const answers: Record<string, number> = {};
    for (const [name, value] of Object.entries(form)) {
      if (name.startsWith("a_") && typeof value === "string") answers[name.slice(2)] = Number(value);
    }
    const today = typeof form.today === "string" && form.today !== "" ? Number(form.today) : undefined;
    const checked = checkSubmission(INSTRUMENT, { lang: ctx.lang, answers, today });
    if (!checked.ok) {
      c.header("Cache-Control", "no-store");
      return c.html(renderDocument(<TestView ctx={ctx} instrument={INSTRUMENT} answers={answers} today={today} problems={checked.problems} />), 400);
    }
    const result = await store(c, checked.value);
    return c.redirect(`/${ctx.lang}/results/${result.id}`, 303);
  });

  app.get("/:lang{en|zh}/results/:id", async (c) => {
    const owner = ownerHash(c);
    const result = await findOwnedResult(c.get("deps").db, c.req.param("id"), owner);
    if (!result || !owner) throw notFound();
    return renderResultPage(c, norms, result, owner);
  });

  // Sharing. The JSON API, then the same for the plain forms on the result page.
  app.post("/api/results/:id/shares", rateLimit("share"), limit, async (c) => {
    const owner = ownerHash(c);
    const body = (await c.req.json().catch(() => ({}))) as { lang?: unknown };
    const { db, config } = c.get("deps");
    const result = owner ? await findOwnedResult(db, c.req.param("id"), owner) : undefined;
    if (!result || !owner) throw notFound();
    const lang = isLang(body?.lang) ? body.lang : result.lang;
    const share = await createShare(db, { resultId: result.id, ownerHash: owner, lang });
    if (!share) throw notFound();
    return c.json({ token: share.token, url: `${config.baseUrl}/${lang}/s/${share.token}` }, 201);
  });

  app.delete("/api/shares/:token", async (c) => {
    const owner = ownerHash(c);
    const revoked = owner ? await revokeShare(c.get("deps").db, { token: c.req.param("token"), ownerHash: owner }) : undefined;
    if (!revoked) throw notFound();
    dropCards(revoked);
    return c.body(null, 204);
  });

  app.post("/:lang{en|zh}/results/:id/shares", rateLimit("share"), limit, async (c) => {
    const owner = ownerHash(c);
    const { db, config } = c.get("deps");
    const result = owner ? await findOwnedResult(db, c.req.param("id"), owner) : undefined;
    if (!result || !owner) throw notFound();
    const form = await readForm(c);
    const lang = isLang(form.lang) ? form.lang : c.get("page").lang;
    const share = await createShare(db, { resultId: result.id, ownerHash: owner, lang });
    if (!share) throw notFound();
    return renderResultPage(c, norms, result, owner, `${config.baseUrl}/${lang}/s/${share.token}`);
  });

  app.post("/:lang{en|zh}/results/:id/shares/:shareId/revoke", async (c) => {
    const owner = ownerHash(c);
    const revoked = owner ? await revokeShare(c.get("deps").db, { id: c.req.param("shareId"), ownerHash: owner }) : undefined;
    if (!revoked) throw notFound();
    dropCards(revoked);
    return c.redirect(`/${c.get("page").lang}/results/${c.req.param("id")}#share-heading`, 303);
  });

  app.get("/:lang{en|zh}/s/:token", async (c) => {
    const token = c.req.param("token");
    const shared = await findShared(c.get("deps").db, token);
    if (!shared) throw notFound();
    c.header("Cache-Control", "private, no-store");
    c.set("referrerPolicy", "no-referrer");
    c.header("X-Robots-Tag", "noindex");
    return c.html(renderDocument(<ShareView ctx={c.get("page")} shared={shared} token={token} />));
  });

  app.get("/s/:token/card.png", async (c) => {
    const token = c.req.param("token");
    const shared = await findShared(c.get("deps").db, token);
    if (!shared) throw notFound();
    const png = await shareCard(`${hashToken(token)}:${shared.shareLang}`, { ...shared, lang: shared.shareLang });
    c.header("Content-Type", "image/png");
    // Short, so that a revoked link's card does not linger in caches.
    c.header("Cache-Control", "public, max-age=300");
    c.header("X-Robots-Tag", "noindex");
    return c.body(new Uint8Array(png));
  });

  return app;
}
