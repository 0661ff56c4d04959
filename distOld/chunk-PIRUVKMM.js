import {
  PROJECT_ROOT
} from "./chunk-X2YEABQG.js";
import {
  FrontMatterSchema,
  SLUG,
  articleIdOfKey,
  indexArticle,
  langToken,
  markdownToPlain,
  phraseTokens,
  prepareArticle,
  prepareFile,
  refreshSearchStatistics,
  renderFragment,
  renderMarkdown,
  segments,
  seriesToken,
  snippetHtml
} from "./chunk-XP5XC5PF.js";

// src/app.tsx
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono as Hono14 } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { NONCE, secureHeaders } from "hono/secure-headers";

// src/features/articles/content-version.ts
import { sql } from "kysely";
async function bumpContentVersion(db) {
  await db.updateTable("site_state").set({ value: sql`value + 1` }).where("key", "=", "content_version").execute();
}
async function readContentVersion(db) {
  const row = await db.reader.selectFrom("site_state").select("value").where("key", "=", "content_version").executeTakeFirst();
  return Number(row?.value ?? 0);
}
var contentVersionOf = (c) => readContentVersion(c.get("deps").db);

// src/features/articles/routes.tsx
import { Hono } from "hono";

// src/platform/errors.ts
var AppError = class extends Error {
  constructor(code, status, message, options) {
    super(message ?? code, options);
    this.code = code;
    this.status = status;
  }
  code;
  status;
};
var notFound = () => new AppError("not_found", 404);

// src/platform/page-cache.ts
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
var VERSION_TTL_MS = 1e3;
var PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";
var size = (p) => p.body.length + p.gzip.length + p.brotli.length;
var PageCache = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  #entries = /* @__PURE__ */ new Map();
  #bytes = 0;
  hits = 0;
  misses = 0;
  #version = { value: 0, readAt: Number.NEGATIVE_INFINITY };
  /** Bumped by contentChanged: a version read that started before it must not be trusted. */
  #generation = 0;
  /** The content version, read through `read` at most once a second. */
  async version(read, now = Date.now()) {
    const known = this.knownVersion(now);
    if (known !== void 0) return known;
    const generation = this.#generation;
    const value = await read();
    this.#learned(value, now, generation);
    return value;
  }
  /** The content version when it was read less than a second ago, without waiting. */
  knownVersion(now = Date.now()) {
    return now - this.#version.readAt < VERSION_TTL_MS ? this.#version.value : void 0;
  }
  /**
   * Reads the version again in the background once it is half its time old, so that a steady
   * stream of answers that cannot wait for a read (the front doors) never finds it expired. At
   * most one read at a time, and one attempt per half-time when reads fail.
   */
  refreshAhead(read, now = Date.now()) {
    if (this.#refreshing || now - this.#version.readAt < VERSION_TTL_MS / 2 || now - this.#refreshTriedAt < VERSION_TTL_MS / 2) return;
    this.#refreshing = true;
    this.#refreshTriedAt = now;
    const generation = this.#generation;
    read().then(
      (value) => {
        this.#refreshing = false;
        this.#learned(value, now, generation);
      },
      () => {
        this.#refreshing = false;
      }
    );
  }
  #refreshing = false;
  #refreshTriedAt = Number.NEGATIVE_INFINITY;
  /**
   * Keeps a version read that started at `readAt`, unless content changed here since it started,
   * or a read that started later has already answered (a slow read must not take pages back).
   */
  #learned(value, readAt, generation) {
    if (generation === this.#generation && readAt >= this.#version.readAt) this.#version = { value, readAt };
  }
  /** Content was written in this process: read the version again before serving anything. */
  contentChanged() {
    this.#generation++;
    this.#version = { value: this.#version.value, readAt: Number.NEGATIVE_INFINITY };
  }
  get bytes() {
    return this.#bytes;
  }
  has(key) {
    return this.#entries.has(key);
  }
  get(key, version) {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return void 0;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }
  set(key, page) {
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= size(old);
      this.#entries.delete(key);
    }
    if (size(page) > this.maxBytes) return;
    this.#entries.set(key, page);
    this.#bytes += size(page);
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= size(v);
    }
  }
};
function cachedPageOf(body, contentType, version) {
  return {
    version,
    contentType,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  };
}
function pickEncoding(acceptEncoding, bodies) {
  const encoding = acceptEncoding ? acceptedEncoding(acceptEncoding) : void 0;
  return encoding === "br" ? [bodies.brotli, "br"] : encoding === "gzip" ? [bodies.gzip, "gzip"] : [bodies.body, void 0];
}
var encodingOf = /* @__PURE__ */ new Map();
function acceptedEncoding(acceptEncoding) {
  if (encodingOf.has(acceptEncoding)) return encodingOf.get(acceptEncoding);
  const accepted = /* @__PURE__ */ new Set();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name && (q === void 0 || Number(q) > 0)) accepted.add(name);
  }
  const encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : void 0;
  if (encodingOf.size >= 64) encodingOf.clear();
  encodingOf.set(acceptEncoding, encoding);
  return encoding;
}
function serve(c, page) {
  const { status, headers, body } = cachedHeaders(page, c.req.header("if-none-match"), c.req.header("accept-encoding"));
  return asResponse(status, headers, body);
}
var asResponse = (status, headers, body) => new Response(body ?? null, { status, headers });
var cacheKey = (path, variant) => variant ? `${path}?${variant}` : path;
function frontKey(method, pathAndQuery) {
  return method === "GET" && !pathAndQuery.includes("?") && !pathAndQuery.includes("%") ? pathAndQuery : void 0;
}
function cachedPage(version, variant) {
  return async (c, next) => {
    const cache3 = c.get("deps").pageCache;
    if (!cache3) return next();
    const key = cacheKey(c.req.path, variant?.(c) ?? "");
    const current = await cache3.version(() => version(c));
    const hit = cache3.get(key, current);
    c.get("deps").metrics?.pageCache.inc({ result: hit ? "hit" : "miss" });
    if (hit) {
      cache3.hits++;
      servedFor.set(c.req.raw, hit);
      return serve(c, hit);
    }
    cache3.misses++;
    c.set("page", { ...c.get("page"), cacheable: true });
    await next();
    if (c.res.status !== 200 || c.res.headers.has("set-cookie") || /private|no-store/.test(c.res.headers.get("cache-control") ?? "")) return;
    const body = Buffer.from(await c.res.arrayBuffer());
    const page = cachedPageOf(body, c.res.headers.get("content-type") ?? "text/html; charset=UTF-8", current);
    cache3.set(key, page);
    servedFor.set(c.req.raw, page);
    c.res = serve(c, page);
  };
}
var PER_RESPONSE = /* @__PURE__ */ new Set(["content-encoding", "content-length", "content-type", "etag", "cache-control", "vary", "x-request-id"]);
var servedFor = /* @__PURE__ */ new WeakMap();
function pageCacheFront(cache3, readVersion, observe, inner) {
  if (!cache3) return inner;
  return async (request, ...rest) => {
    const url = request.url;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const key = pathStart < 0 ? void 0 : frontKey(request.method, url.slice(pathStart));
    if (!key) return inner(request, ...rest);
    const started = performance.now();
    if (cache3.has(key)) {
      const version = cache3.knownVersion() ?? await cache3.version(readVersion).catch(() => -1);
      const entry = version >= 0 ? cache3.get(key, version) : void 0;
      if (entry?.front) {
        cache3.hits++;
        const { status, headers, body } = frontAnswer(
          entry,
          entry.front,
          request.headers.get("if-none-match"),
          request.headers.get("accept-encoding")
        );
        const init = new Headers();
        for (let i = 0; i < headers.length; i += 2) if (headers[i] !== "content-length") init.append(headers[i], headers[i + 1]);
        const response2 = new Response(body ?? null, { status, headers: init });
        observe(performance.now() - started, status);
        return response2;
      }
    }
    const response = await inner(request, ...rest);
    const served = servedFor.get(request);
    if (served && !served.front && !response.headers.has("set-cookie")) served.front = frontHeadersOf(served, response.headers);
    return response;
  };
}
var policyWithoutNonce = (policy) => policy.replace(/\s*'nonce-[^']*'/g, "");
function frontHeadersOf(page, appHeaders) {
  const csp = appHeaders.get("content-security-policy");
  if (!csp) return void 0;
  const common = [];
  appHeaders.forEach((value, name) => {
    if (name !== "content-security-policy" && !PER_RESPONSE.has(name)) common.push(name, value);
  });
  common.push(
    "content-security-policy",
    policyWithoutNonce(csp),
    "content-type",
    page.contentType,
    "etag",
    page.etag,
    "cache-control",
    PUBLIC_CACHE_CONTROL
  );
  common.push("vary", "Accept-Encoding");
  return {
    identity: [...common, "content-length", String(page.body.length)],
    gzip: [...common, "content-encoding", "gzip", "content-length", String(page.gzip.length)],
    br: [...common, "content-encoding", "br", "content-length", String(page.brotli.length)],
    notModified: common
  };
}
function cachedHeaders(page, ifNoneMatch, acceptEncoding) {
  const headers = /* @__PURE__ */ Object.create(null);
  headers["content-type"] = page.contentType;
  headers.etag = page.etag;
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers.vary = "Accept-Encoding";
  if (holdsVersion(ifNoneMatch, page)) return { status: 304, headers, body: void 0 };
  const [body, encoding] = pickEncoding(acceptEncoding, page);
  if (encoding) headers["content-encoding"] = encoding;
  return { status: 200, headers, body };
}
var holdsVersion = (ifNoneMatch, page) => !!ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag);
function frontAnswer(page, front, ifNoneMatch, acceptEncoding) {
  if (holdsVersion(ifNoneMatch, page)) return { status: 304, headers: front.notModified, body: void 0 };
  const encoding = acceptEncoding ? acceptedEncoding(acceptEncoding) : void 0;
  if (encoding === "br") return { status: 200, headers: front.br, body: page.brotli };
  if (encoding === "gzip") return { status: 200, headers: front.gzip, body: page.gzip };
  return { status: 200, headers: front.identity, body: page.body };
}
function cachedAnswer(cache3, method, url, rawHeaders) {
  const key = cache3 && frontKey(method, url);
  if (!key) return void 0;
  const version = cache3.knownVersion();
  const entry = version === void 0 ? void 0 : cache3.get(key, version);
  if (!entry?.front) return void 0;
  cache3.hits++;
  let ifNoneMatch;
  let acceptEncoding;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    const value = rawHeaders[i + 1];
    if (name.length === 13 && name.toLowerCase() === "if-none-match") ifNoneMatch = ifNoneMatch === void 0 ? value : `${ifNoneMatch}, ${value}`;
    else if (name.length === 15 && name.toLowerCase() === "accept-encoding")
      acceptEncoding = acceptEncoding === void 0 ? value : `${acceptEncoding}, ${value}`;
  }
  return frontAnswer(entry, entry.front, ifNoneMatch, acceptEncoding);
}
function serveCachedNode(cache3, req, res, observe) {
  const started = performance.now();
  const answer = cachedAnswer(cache3, req.method, req.url ?? "", req.rawHeaders);
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  observe(performance.now() - started, answer.status);
  return true;
}

// src/i18n/en.json
var en_default = {
  "site.name": "Relationship Communication Wiki",
  "site.tagline": "Understand and repair how you talk with the people closest to you.",
  "site.description": "Calm, practical articles on attachment, conflict, silence and repair in close relationships, in English and Chinese.",
  "nav.home": "Home",
  "nav.series": "Series",
  "nav.test": "Take the test",
  "nav.main": "Main",
  "nav.skip": "Skip to content",
  "nav.language": "Language",
  "nav.switchTo": "\u4E2D\u6587",
  "nav.switchToLabel": "Read this page in Chinese",
  "footer.disclaimer": "This site offers information and self-help, not therapy or a diagnosis. If you are afraid of your partner or in danger, please contact local emergency services or a domestic-violence hotline.",
  "footer.feed": "Feed",
  "home.title": "Understand how you talk in close relationships",
  "home.intro": "Long-form guides on attachment, conflict, silence and repair: what happens between partners, and small steps that help.",
  "home.seriesHeading": "Series",
  "home.newestHeading": "Newest articles",
  "home.allSeries": "All series",
  "test.invite.heading": "What is your communication pattern?",
  "test.invite.body": "A short, private questionnaire about closeness, worry and how you handle conflict. You get a result you can keep to yourself or share, and a 40-day plan built on your strengths.",
  "test.invite.cta": "Take the test",
  "series.indexTitle": "All series",
  "series.indexIntro": "Each series follows one theme through numbered installments.",
  "series.articleCount": "{count} articles",
  "series.articleCountOne": "1 article",
  "series.installmentsHeading": "Installments",
  "series.empty": "No articles have been published in this series yet.",
  "series.page": "Page {page} of {pages}",
  "series.prevPage": "Previous page",
  "series.pageOpen": "Page {page}",
  "series.nextPage": "Next page",
  "series.pagination": "Pages",
  "article.installmentOf": "Installment {installment} of {series}",
  "article.readingTime": "{minutes} min read",
  "article.published": "Published {date}",
  "article.toc": "Contents",
  "article.quotes": "Lines you can copy",
  "article.quotesIntro": "Words you can use as they are, or make your own.",
  "article.copy": "Copy",
  "article.copyLabel": "Copy line {n}",
  "article.copied": "Copied",
  "article.copyFailed": "Could not copy; select the text instead",
  "article.faq": "Frequently asked questions",
  "article.related": "Related reading",
  "article.previous": "Previous installment",
  "article.next": "Next installment",
  "article.installmentNav": "Installments",
  "article.translation": "Read in Chinese",
  "article.notTranslated": "This article has not been translated into Chinese yet.",
  "article.tags": "Topics",
  "breadcrumb.label": "Breadcrumb",
  "error.notFound.title": "Page not found",
  "error.notFound.body": "We could not find that page. It may have moved, or the address may be mistyped.",
  "error.server.title": "Something went wrong",
  "error.server.body": "Sorry, something went wrong on our side. Please try again in a moment.",
  "error.backHome": "Back to the home page",
  "error.request.title": "We could not handle that request",
  "error.request.body": "Something in the request was not in the expected form.",
  "feed.title": "Relationship Communication Wiki \u2014 new articles",
  "search.label": "Search articles",
  "search.placeholder": "Search articles",
  "search.button": "Search",
  "search.shortcutHint": "Press / to search",
  "search.title": "Search",
  "search.resultsFor": "Results for \u201C{query}\u201D",
  "search.count": "{count} results",
  "search.countMore": "More than {count} results",
  "search.countOne": "1 result",
  "search.none": "Nothing matched \u201C{query}\u201D.",
  "search.tryOtherLanguage": "Search articles in every language",
  "search.tryPopular": "Or browse a popular series:",
  "search.scopeLabel": "Languages",
  "search.scopeThis": "English only",
  "search.scopeAll": "All languages",
  "search.seriesLabel": "Series",
  "search.seriesAll": "All series",
  "search.intro": "Search every article by words in English or Chinese. Put words in quotes to find an exact phrase.",
  "search.liveResults": "Suggestions",
  "search.liveCount": "{count} results; use the arrow keys to choose",
  "search.liveCountMore": "More than {count} results; use the arrow keys to choose",
  "search.liveNone": "No results",
  "search.allResults": "See all results",
  "search.pagination": "Result pages",
  "error.search.query_empty": "Please type something to search for.",
  "error.search.query_too_long": "That search is too long. Please use at most 200 characters.",
  "error.invalid_parameter": "A parameter of the request is not valid: {details}.",
  "search.siteSearch": "Site search",
  "test.title": "The communication-pattern test",
  "test.lede": "How do you reach for closeness, and what do you do when things get tense? This questionnaire looks at both, gently.",
  "test.measures": "It measures two attachment dimensions (worry about closeness, and comfort with it), four conflict habits (pressing, withdrawing, criticising, defending) and two strengths (repairing after a rough moment, and answering your partner's small bids).",
  "test.duration": "48 short statements and one question about today: about 8\u201310 minutes.",
  "test.privacy": "Your answers stay on this site and are linked only to this browser. Nobody else sees your result unless you choose to share it.",
  "test.notDiagnosis": "This is a reflection tool, not a diagnosis or therapy. Scores describe tendencies that change over time and with safe relationships.",
  "test.aboutLink": "How the test works and its limits",
  "test.keyboardHint": "Tip: use the arrow keys within a question, or press 1 to 7 to answer and move on.",
  "test.group": "Part {n} of {total}",
  "test.itemNumber": "Statement {n}",
  "test.progress": "{answered} of {total} answered",
  "test.progressLabel": "Progress",
  "test.next": "Next",
  "test.back": "Back",
  "test.submit": "See my result",
  "test.errorsHeading": "Please check your answers",
  "test.retake": "Take the test again",
  "test.todayLegend": "Where is your relationship today?",
  "test.todayLow": "1 = the hardest it has been",
  "test.todayHigh": "10 = how you would most like it to be",
  "error.test.unknown_item": "An answer refers to a question that is not part of this test.",
  "error.test.invalid_answer": "Each answer must be a whole number from 1 to 7.",
  "error.test.answers_missing": "A few more answers are needed to score this part: {detail}.",
  "error.test.invalid_today": "Please choose where your relationship is today, from 1 to 10.",
  "error.test.invalid_lang": "The language must be en or zh.",
  "error.test.invalid_body": "The submission is not in the expected form.",
  "error.test.invalid_submission": "Some answers need another look.",
  "error.body_too_large": "The request is too large.",
  "result.title": "Your result",
  "result.patternHeading": "Your pattern",
  "result.strengths": "Your strengths",
  "result.inConflict": "In conflict",
  "result.whatHelps": "What helps",
  "result.chartHeading": "Your scores",
  "result.chartTitle": "Where you are on the two attachment dimensions",
  "result.chartDesc": "Worry about closeness {anxiety} and discomfort with closeness {avoidance}, on a scale from 1 to 7.",
  "result.axisAnxiety": "Worry about closeness",
  "result.axisAvoidance": "Discomfort with closeness",
  "result.barsTitle": "Conflict habits and strengths, from 1 to 7",
  "result.scoreTable": "All scores",
  "result.scale": "Scale",
  "result.score": "Score (1\u20137)",
  "result.habitsHeading": "Your conflict habits",
  "result.resourceHeading": "Your strongest resource",
  "result.cutNote": "A dimension counts as high above 4, the middle of the scale. This is only a reading aid: the dimensions are continuous.",
  "result.comparisonsLater": "Comparisons with other people will appear once {min} people have taken the test in this language.",
  "result.percentile": "{scale}: higher than {percent}% of people who took the test in this language.",
  "result.today": "You placed your relationship at {today} out of 10 today.",
  "result.earlier": "Your earlier results",
  "result.change": "Worry {anxietyChange}, discomfort {avoidanceChange}",
  "result.articles": "Reading for your pattern",
  "result.safetyResources": "Where to find help",
  "scale.anxiety": "Worry about closeness",
  "scale.avoidance": "Discomfort with closeness",
  "scale.pursue": "Pressing",
  "scale.withdraw": "Withdrawing",
  "scale.criticism": "Criticism",
  "scale.defensiveness": "Defensiveness",
  "scale.repair": "Repair",
  "scale.responsiveness": "Turning toward",
  "scale.safety": "Safety",
  "pattern.short.secure": "Secure",
  "pattern.short.anxious": "Anxious",
  "pattern.short.avoidant": "Avoidant",
  "pattern.short.fearful": "Fearful",
  "about.title": "About the test",
  "about.measuresHeading": "What it measures",
  "about.measures": "Two dimensions of attachment \u2014 worry about closeness (anxiety) and discomfort with closeness (avoidance) \u2014 four habits in conflict (pressing, withdrawing or going silent, criticism and contempt, defensiveness) and two resources (repair after a rough moment, and turning toward a partner's small bids). A short separate check asks about fear, control, threats and violence. All statements were written for this site; they are not taken from any published questionnaire.",
  "about.scoringHeading": "How it is scored",
  "about.scoring": "Each statement is answered from 1 (strongly disagree) to 7 (strongly agree). Some statements are worded the other way round; for those, an answer x counts as 8 \u2212 x. A scale's score is the mean of its answered statements, rounded to two decimals. At least three quarters of a scale's statements must be answered for it to be scored.",
  "about.cutHeading": "The line at 4",
  "about.cut": "A dimension counts as high when its score is above {cut}, the middle of the scale. Neither high: secure; worry only: anxious; discomfort only: avoidant; both: fearful. This line is only a reading aid: the dimensions are continuous, and someone at 4.1 is much like someone at 3.9.",
  "about.safetyHeading": "The safety check",
  "about.safety": "If any safety statement is answered {threshold} (somewhat agree) or higher, the result opens with safety resources and leaves out advice to work things out together with the partner. We would rather show these resources to someone who does not need them than miss someone who does.",
  "about.limitsHeading": "Limits",
  "about.limits": "This is a reflection tool, not a diagnosis, and it has not been validated as a clinical instrument. Scores reflect how you see things today and often change. Comparisons with other people appear only after {min} people have taken the test in your language, and are computed from real results \u2014 there are no invented norms.",
  "about.privacyHeading": "Privacy",
  "about.privacy": "Your answers and result are stored on this site and linked to this browser by a random cookie; only a fingerprint of that cookie is stored. Nobody else can open your result unless you share it.",
  "share.cardInvite": "What is your communication pattern? Take the test.",
  "share.heading": "Share your result",
  "share.intro": "A share link shows only your pattern, its short description and the chart of the two dimensions \u2014 never your answers. Anyone with the link can see it until you revoke it.",
  "share.create": "Create a share link",
  "share.created": "Your new share link (copy it now \u2014 for your privacy it is not shown again):",
  "share.existing": "Your share links",
  "share.createdOn": "Link created {date} ({language})",
  "share.revoke": "Revoke",
  "share.revoked": "The link was revoked. It no longer opens.",
  "share.pageTitle": "A communication pattern: {pattern}",
  "share.pageIntro": "Someone shared their result from the communication-pattern test with you.",
  "share.invite": "What is your own pattern? The test is private and takes about 8\u201310 minutes.",
  "share.language": "Language of the shared page",
  "report.title": "Your 40-day plan",
  "report.open": "Open your 40-day plan",
  "report.inDepth": "Your pattern in depth",
  "report.resourcesFirst": "Your resources",
  "report.dimensions": "Closeness and worry",
  "report.challenges": "Challenges in conflict",
  "report.cycle": "The cycle you may get caught in",
  "report.yourScore": "Your score: {score} of 7",
  "report.plan": "Six stages, forty days",
  "report.days": "Days {from}\u2013{to}",
  "report.daysOn": "Days {from}\u2013{to} and on",
  "report.why": "Why it helps",
  "report.how": "How to do it",
  "report.notice": "How to notice it worked",
  "report.vision": "Vision and scaling",
  "report.warningSigns": "Early-warning signs",
  "report.preventionPlan": "A prevention plan",
  "report.checkin": "A weekly 15-minute check-in",
  "report.checkinIndividual": "A weekly 15-minute check-in with yourself",
  "report.openers": "Conversation openers",
  "report.openersIndividual": "Things you might say to someone you trust",
  "report.articles": "Further reading",
  "report.print": "Print",
  "report.pdf": "Download PDF",
  "report.calendar": "Add to calendar (.ics)",
  "report.calendarNote": "Calendar entries have neutral titles, since calendars are often seen by others.",
  "report.backToResult": "Back to your result",
  "calendar.stageTitle": "Personal plan: step {n} of 6",
  "calendar.stageDescription": "Days {from}\u2013{to}",
  "calendar.checkinTitle": "Weekly personal check-in (15 minutes)",
  "quickExit.label": "Leave this site quickly",
  "quickExit.note": "The quick-exit button opens a neutral page and replaces this one, but it does not clear your browser history.",
  "nav.safety": "Safety and support",
  "safety.title": "Safety and support",
  "safety.intro": "If your partner frightens you, controls you, threatens you or hurts you, that is not a communication problem and it is not your fault. You deserve to be safe, and trained people can help you think through your options.",
  "safety.resourcesHeading": "Where to find help",
  "safety.emergency": "If you are in immediate danger, contact emergency services now.",
  "safety.privacyHeading": "Keeping your visit private",
  "safety.deviceTip": "If someone may check your phone or computer, use a device they cannot access, a private browsing window, or a public computer, and consider deleting this site from your history.",
  "safety.notCouples": "Couple exercises and talking things out are not recommended when you are afraid of your partner; they can raise the risk. Individual support comes first.",
  "mydata.title": "My data",
  "mydata.intro": "This browser is linked to the results below by a random cookie. Nothing here is linked to your name or email. You can download everything we hold, or delete it all.",
  "mydata.none": "This browser has no stored results.",
  "mydata.results": "Your results",
  "mydata.shares": "{count} share links",
  "mydata.download": "Download my data (JSON)",
  "mydata.deleteHeading": "Delete everything",
  "mydata.deleteBody": "This deletes your results and answers, revokes every share link and removes their preview cards. It cannot be undone.",
  "mydata.confirm": "I understand that this cannot be undone",
  "mydata.delete": "Delete my data",
  "mydata.deleted": "Your data has been deleted.",
  "mydata.confirmMissing": "Please tick the box to confirm.",
  "nav.myData": "My data",
  "nav.privacy": "Privacy",
  "privacy.title": "Privacy",
  "privacy.what": "What we store: the answers and results of tests taken on this site, share links you create (only as fingerprints), and a random cookie that links this browser to its results. We do not store names, emails or IP addresses with results.",
  "privacy.who": "Who sees it: nobody but you, unless you share a result; a share link shows only the pattern and chart. There are no analytics, advertising, third-party scripts, fonts or trackers on any page.",
  "privacy.howLong": "How long: results stay until you delete them (on the My data page); the cookie expires after a year. Server logs keep only technical facts (page, status, timing), never answers, search words or tokens.",
  "privacy.rights": "Your rights: you can download everything we hold about this browser or delete it at any time on the My data page.",
  "error.rate_limited": "Too many requests from this connection. Please wait {seconds} seconds and try again.",
  "error.rate_limited_title": "Please slow down",
  "auth.title": "Sign in for editors",
  "auth.intro": "This page is for the people who write and edit the wiki. Readers do not need an account.",
  "auth.email": "Email",
  "auth.password": "Password",
  "auth.submit": "Sign in",
  "auth.signOut": "Sign out",
  "auth.signedOut": "You are signed out.",
  "auth.invalid": "That email and password do not match an editor account. Check both and try again.",
  "auth.fieldsRequired": "Send an email and a password.",
  "auth.required": "Sign in as an editor to use this.",
  "auth.adminOnly": "Only administrators can do this.",
  "error.forbidden.title": "Not available to you",
  "error.forbidden.body": "Your account cannot open this page. Ask an administrator if you need it.",
  "editor.description": "Editing the Relationship Communication Wiki.",
  "editor.nav": "Editor",
  "editor.articles": "Articles",
  "editor.series": "Series",
  "editor.import": "Import old pages",
  "editor.audit": "Audit trail",
  "editor.signedInAs": "Signed in as {email}",
  "editor.create": "New article",
  "editor.count": "{count} articles",
  "editor.none": "Nothing here yet.",
  "editor.pages": "Pages of the list",
  "editor.updated": "Updated",
  "editor.filter.all": "All",
  "editor.filter.text": "Title or slug contains",
  "editor.filter.apply": "Filter",
  "editor.field.title": "Title",
  "editor.field.slug": "Slug (web address)",
  "editor.field.series": "Series",
  "editor.field.installment": "Installment",
  "editor.field.summary": "Summary",
  "editor.field.tags": "Tags",
  "editor.field.quotes": "Ready-to-copy lines",
  "editor.field.translationOf": "Translation of (slug in the other language)",
  "editor.field.published": "Publication date",
  "editor.field.body": "Body (Markdown)",
  "editor.field.lang": "Language",
  "editor.field.status": "Status",
  "editor.field.position": "Position in the series list",
  "editor.field.description": "Description",
  "editor.field.faqQuestion": "Question {n}",
  "editor.field.faqAnswer": "Answer {n}",
  "editor.status.draft": "Draft",
  "editor.status.published": "Published",
  "editor.hint.slug": "Lower-case letters, digits and hyphens, e.g. pause-before-replying.",
  "editor.hint.tags": "Separate tags with commas.",
  "editor.hint.translationOf": "Optional. Links this article to its version in the other language.",
  "editor.hint.body": "## starts a section (it appears in the table of contents), ### a subsection.",
  "editor.hint.quotes": "One line to copy per paragraph; leave a blank line between them.",
  "editor.chooseSeries": "Choose a series",
  "editor.newTitle": "New article",
  "editor.editTitle": "Editing: {title}",
  "editor.history": "History",
  "editor.historyOf": "History of {title}",
  "editor.historyCaption": "Every saved revision, newest first. Choose two to compare.",
  "editor.viewLive": "View on the site",
  "editor.revisionN": "Revision {n}",
  "editor.save": "Save",
  "editor.previewButton": "Preview",
  "editor.preview": "Preview",
  "editor.previewHint": "The preview appears here as you type (or when you press Preview).",
  "editor.publishing": "Publishing",
  "editor.publish": "Publish now",
  "editor.unpublish": "Unpublish (back to draft)",
  "editor.errorsHeading": "Some fields need attention",
  "editor.conflict.heading": "Someone saved this article while you were editing",
  "editor.conflict.body": "Your text is kept below and nothing was overwritten. The article is now at revision {n}. Compare the changes, adjust your text if needed, then save again.",
  "editor.conflict.diff": "See what changed",
  "editor.notice.saved": "Saved.",
  "editor.notice.created": "Article created.",
  "editor.notice.unchanged": "Nothing changed, so no new revision was made.",
  "editor.notice.published": "Published. Search, the sitemap and the feed include it now.",
  "editor.notice.unpublished": "Unpublished. Readers no longer see it.",
  "editor.notice.restored": "The revision was restored as a new revision.",
  "editor.notice.stale": "The article changed since you opened it; here is the current version.",
  "editor.notice.ordered": "The new order is saved.",
  "editor.notice.seriesCreated": "Series created.",
  "editor.error.required": "This is required.",
  "editor.error.min": "Use a number of at least {min}.",
  "editor.error.max": "Use a number of at most {max}.",
  "editor.error.tooLong": "Keep this to {max} characters or fewer.",
  "editor.error.tooMany": "Use at most {max} entries.",
  "editor.error.slug": "Use lower-case letters, digits and single hyphens only.",
  "editor.error.wholeNumber": "Use a whole number, such as 12.",
  "editor.error.date": "Use a date such as 2026-03-14.",
  "editor.error.invalid": "This value cannot be used.",
  "editor.error.slugTaken": "Another article in this language already uses this slug.",
  "editor.error.installmentTaken": 'This installment is already used in the series by "{slug}".',
  "editor.error.installmentDuplicate": "Installment {installment} is given to more than one article.",
  "editor.error.seriesUnknown": "Choose one of the existing series.",
  "editor.error.seriesTaken": "A series with this slug already exists.",
  "editor.error.translationUnknown": "No article in the other language has this slug.",
  "editor.revision": "Revision",
  "editor.diffFrom": "From",
  "editor.diffTo": "To",
  "editor.diffFromN": "Compare from revision {n}",
  "editor.diffToN": "Compare to revision {n}",
  "editor.when": "When",
  "editor.who": "Who",
  "editor.what": "What",
  "editor.target": "On",
  "editor.restore": "Restore",
  "editor.restoreN": "Restore revision {n}",
  "editor.current": "Current",
  "editor.compare": "Compare the two revisions",
  "editor.backToEditor": "Back to the editor",
  "editor.diffTitle": "Changes from revision {from} to {to}",
  "editor.diffLegend": "Removed text is struck through; added text is underlined.",
  "editor.diffSame": "These two revisions are the same.",
  "editor.diffFields": "Details",
  "editor.diffSkipped": "\u2026 {lines} unchanged lines \u2026",
  "editor.action.import": "Imported",
  "editor.action.create": "Created",
  "editor.action.edit": "Edited",
  "editor.action.publish": "Published",
  "editor.action.unpublish": "Unpublished",
  "editor.action.restore": "Restored an earlier revision",
  "editor.action.reorder": "Moved in the series",
  "editor.newSeries": "New series",
  "editor.createSeries": "Create the series",
  "editor.seriesTexts": "Titles and descriptions",
  "editor.reorder": "Order of installments",
  "editor.saveOrder": "Save the order",
  "editor.addFaq": "Add a question",
  "legacy.intro": "Upload pages saved from the old site (plain text). Each becomes an article; a page uploaded again updates its article as a new revision.",
  "legacy.files": "Old-site pages (.txt)",
  "legacy.asDrafts": "Import as drafts (do not publish yet)",
  "legacy.submit": "Import",
  "legacy.report": "Import report",
  "legacy.summary": "{created} created, {updated} updated, {unchanged} unchanged, {failed} could not be imported.",
  "legacy.outcome.created": "created",
  "legacy.outcome.updated": "updated (new revision)",
  "legacy.outcome.unchanged": "unchanged",
  "legacy.outcome.failed": "not imported",
  "legacy.missing": "Missing on the page: {parts}.",
  "legacy.part.teaser": "teaser",
  "legacy.part.sections": "section headings",
  "legacy.part.quotes": "ready-to-copy lines",
  "legacy.part.faq": "FAQ",
  "legacy.unplaced": "{count} lines could not be placed",
  "legacy.noFiles": "Choose at least one page to import.",
  "legacy.tooMany": "Upload at most {max} pages at a time.",
  "editor.error.changedMeanwhile": "An article in this series changed while you were reordering. Nothing was moved; look at the order again and save.",
  "legacy.outcome.skipped": "kept as the editors left it (edited since it was imported)"
};

// src/i18n/zh.json
var zh_default = {
  "site.name": "\u4EB2\u5BC6\u5173\u7CFB\u6C9F\u901A\u767E\u79D1",
  "site.tagline": "\u7406\u89E3\u5E76\u4FEE\u590D\u4F60\u4E0E\u6700\u4EB2\u8FD1\u7684\u4EBA\u4E4B\u95F4\u7684\u6C9F\u901A\u65B9\u5F0F\u3002",
  "site.description": "\u5173\u4E8E\u4F9D\u604B\u3001\u51B2\u7A81\u3001\u51B7\u6218\u4E0E\u4FEE\u590D\u7684\u957F\u6587\u4E0E\u5B9E\u7528\u65B9\u6CD5\uFF0C\u4E2D\u82F1\u53CC\u8BED\u3002",
  "nav.home": "\u9996\u9875",
  "nav.series": "\u7CFB\u5217",
  "nav.test": "\u53C2\u52A0\u6D4B\u8BD5",
  "nav.main": "\u4E3B\u5BFC\u822A",
  "nav.skip": "\u8DF3\u5230\u6B63\u6587",
  "nav.language": "\u8BED\u8A00",
  "nav.switchTo": "English",
  "nav.switchToLabel": "\u9605\u8BFB\u672C\u9875\u7684\u82F1\u6587\u7248",
  "footer.disclaimer": "\u672C\u7AD9\u63D0\u4F9B\u4FE1\u606F\u4E0E\u81EA\u52A9\u65B9\u6CD5\uFF0C\u4E0D\u662F\u5FC3\u7406\u6CBB\u7597\uFF0C\u4E5F\u4E0D\u6784\u6210\u8BCA\u65AD\u3002\u5982\u679C\u4F60\u5BB3\u6015\u4F34\u4FA3\u6216\u8EAB\u5904\u5371\u9669\uFF0C\u8BF7\u8054\u7CFB\u5F53\u5730\u7D27\u6025\u670D\u52A1\u6216\u53CD\u5BB6\u66B4\u6C42\u52A9\u70ED\u7EBF\u3002",
  "footer.feed": "\u8BA2\u9605",
  "home.title": "\u7406\u89E3\u4F60\u5728\u4EB2\u5BC6\u5173\u7CFB\u4E2D\u7684\u6C9F\u901A\u65B9\u5F0F",
  "home.intro": "\u5173\u4E8E\u4F9D\u604B\u3001\u51B2\u7A81\u3001\u6C89\u9ED8\u4E0E\u4FEE\u590D\u7684\u6DF1\u5EA6\u6587\u7AE0\uFF1A\u4F34\u4FA3\u4E4B\u95F4\u53D1\u751F\u4E86\u4EC0\u4E48\uFF0C\u4EE5\u53CA\u6709\u5E2E\u52A9\u7684\u5C0F\u6B65\u9AA4\u3002",
  "home.seriesHeading": "\u7CFB\u5217",
  "home.newestHeading": "\u6700\u65B0\u6587\u7AE0",
  "home.allSeries": "\u5168\u90E8\u7CFB\u5217",
  "test.invite.heading": "\u4F60\u7684\u6C9F\u901A\u6A21\u5F0F\u662F\u4EC0\u4E48\uFF1F",
  "test.invite.body": "\u4E00\u4EFD\u7B80\u77ED\u3001\u79C1\u5BC6\u7684\u95EE\u5377\uFF0C\u5173\u4E8E\u4EB2\u8FD1\u3001\u62C5\u5FE7\u4EE5\u53CA\u4F60\u5982\u4F55\u9762\u5BF9\u51B2\u7A81\u3002\u4F60\u4F1A\u5F97\u5230\u4E00\u4E2A\u53EF\u4EE5\u81EA\u5DF1\u4FDD\u7559\u6216\u5206\u4EAB\u7684\u7ED3\u679C\uFF0C\u4EE5\u53CA\u4E00\u4EFD\u4ECE\u4F60\u7684\u4F18\u52BF\u51FA\u53D1\u7684\u56DB\u5341\u5929\u8BA1\u5212\u3002",
  "test.invite.cta": "\u53C2\u52A0\u6D4B\u8BD5",
  "series.indexTitle": "\u5168\u90E8\u7CFB\u5217",
  "series.indexIntro": "\u6BCF\u4E2A\u7CFB\u5217\u56F4\u7ED5\u4E00\u4E2A\u4E3B\u9898\uFF0C\u6309\u671F\u8FDE\u8F7D\u3002",
  "series.articleCount": "{count} \u7BC7\u6587\u7AE0",
  "series.articleCountOne": "1 \u7BC7\u6587\u7AE0",
  "series.installmentsHeading": "\u5404\u671F\u6587\u7AE0",
  "series.empty": "\u8FD9\u4E2A\u7CFB\u5217\u8FD8\u6CA1\u6709\u53D1\u5E03\u6587\u7AE0\u3002",
  "series.page": "\u7B2C {page} \u9875\uFF0C\u5171 {pages} \u9875",
  "series.prevPage": "\u4E0A\u4E00\u9875",
  "series.pageOpen": "\u7B2C {page} \u9875",
  "series.nextPage": "\u4E0B\u4E00\u9875",
  "series.pagination": "\u5206\u9875",
  "article.installmentOf": "{series} \xB7 \u7B2C {installment} \u671F",
  "article.readingTime": "\u7EA6 {minutes} \u5206\u949F\u8BFB\u5B8C",
  "article.published": "\u53D1\u5E03\u4E8E {date}",
  "article.toc": "\u76EE\u5F55",
  "article.quotes": "\u53EF\u4EE5\u76F4\u63A5\u590D\u5236\u7684\u8BDD",
  "article.quotesIntro": "\u53EF\u4EE5\u539F\u6837\u4F7F\u7528\uFF0C\u4E5F\u53EF\u4EE5\u6539\u6210\u4F60\u81EA\u5DF1\u7684\u8BDD\u3002",
  "article.copy": "\u590D\u5236",
  "article.copyLabel": "\u590D\u5236\u7B2C {n} \u53E5",
  "article.copied": "\u5DF2\u590D\u5236",
  "article.copyFailed": "\u65E0\u6CD5\u590D\u5236\uFF0C\u8BF7\u624B\u52A8\u9009\u4E2D\u6587\u5B57",
  "article.faq": "\u5E38\u89C1\u95EE\u9898",
  "article.related": "\u76F8\u5173\u9605\u8BFB",
  "article.previous": "\u4E0A\u4E00\u671F",
  "article.next": "\u4E0B\u4E00\u671F",
  "article.installmentNav": "\u7CFB\u5217\u5BFC\u822A",
  "article.translation": "\u9605\u8BFB\u82F1\u6587\u7248",
  "article.notTranslated": "\u8FD9\u7BC7\u6587\u7AE0\u8FD8\u6CA1\u6709\u82F1\u6587\u7248\u3002",
  "article.tags": "\u4E3B\u9898",
  "breadcrumb.label": "\u5BFC\u822A\u8DEF\u5F84",
  "error.notFound.title": "\u627E\u4E0D\u5230\u9875\u9762",
  "error.notFound.body": "\u6211\u4EEC\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u9875\u9762\u3002\u5B83\u53EF\u80FD\u5DF2\u88AB\u79FB\u52A8\uFF0C\u6216\u8005\u5730\u5740\u8F93\u5165\u6709\u8BEF\u3002",
  "error.server.title": "\u51FA\u4E86\u70B9\u95EE\u9898",
  "error.server.body": "\u62B1\u6B49\uFF0C\u6211\u4EEC\u8FD9\u8FB9\u51FA\u4E86\u70B9\u95EE\u9898\u3002\u8BF7\u7A0D\u540E\u518D\u8BD5\u3002",
  "error.backHome": "\u8FD4\u56DE\u9996\u9875",
  "error.request.title": "\u65E0\u6CD5\u5904\u7406\u8FD9\u4E2A\u8BF7\u6C42",
  "error.request.body": "\u8BF7\u6C42\u4E2D\u6709\u5185\u5BB9\u7684\u683C\u5F0F\u4E0D\u7B26\u5408\u8981\u6C42\u3002",
  "feed.title": "\u4EB2\u5BC6\u5173\u7CFB\u6C9F\u901A\u767E\u79D1 \u2014\u2014 \u6700\u65B0\u6587\u7AE0",
  "search.label": "\u641C\u7D22\u6587\u7AE0",
  "search.placeholder": "\u641C\u7D22\u6587\u7AE0",
  "search.button": "\u641C\u7D22",
  "search.shortcutHint": "\u6309 / \u952E\u5F00\u59CB\u641C\u7D22",
  "search.title": "\u641C\u7D22",
  "search.resultsFor": "\u201C{query}\u201D\u7684\u641C\u7D22\u7ED3\u679C",
  "search.count": "\u5171 {count} \u6761\u7ED3\u679C",
  "search.countMore": "\u8D85\u8FC7 {count} \u6761\u7ED3\u679C",
  "search.countOne": "\u5171 1 \u6761\u7ED3\u679C",
  "search.none": "\u6CA1\u6709\u627E\u5230\u4E0E\u201C{query}\u201D\u76F8\u5173\u7684\u5185\u5BB9\u3002",
  "search.tryOtherLanguage": "\u5728\u6240\u6709\u8BED\u8A00\u7684\u6587\u7AE0\u4E2D\u641C\u7D22",
  "search.tryPopular": "\u6216\u8005\u6D4F\u89C8\u4E00\u4E2A\u70ED\u95E8\u7CFB\u5217\uFF1A",
  "search.scopeLabel": "\u8BED\u8A00",
  "search.scopeThis": "\u4EC5\u4E2D\u6587",
  "search.scopeAll": "\u6240\u6709\u8BED\u8A00",
  "search.seriesLabel": "\u7CFB\u5217",
  "search.seriesAll": "\u5168\u90E8\u7CFB\u5217",
  "search.intro": "\u7528\u4E2D\u6587\u6216\u82F1\u6587\u8BCD\u8BED\u641C\u7D22\u5168\u90E8\u6587\u7AE0\u3002\u7ED9\u8BCD\u8BED\u52A0\u4E0A\u5F15\u53F7\uFF0C\u53EF\u4EE5\u67E5\u627E\u5B8C\u6574\u7684\u77ED\u8BED\u3002",
  "search.liveResults": "\u641C\u7D22\u5EFA\u8BAE",
  "search.liveCount": "\u5171 {count} \u6761\u7ED3\u679C\uFF0C\u53EF\u7528\u65B9\u5411\u952E\u9009\u62E9",
  "search.liveCountMore": "\u8D85\u8FC7 {count} \u6761\u7ED3\u679C\uFF0C\u53EF\u7528\u65B9\u5411\u952E\u9009\u62E9",
  "search.liveNone": "\u6CA1\u6709\u7ED3\u679C",
  "search.allResults": "\u67E5\u770B\u5168\u90E8\u7ED3\u679C",
  "search.pagination": "\u7ED3\u679C\u5206\u9875",
  "error.search.query_empty": "\u8BF7\u8F93\u5165\u8981\u641C\u7D22\u7684\u5185\u5BB9\u3002",
  "error.search.query_too_long": "\u641C\u7D22\u5185\u5BB9\u592A\u957F\u4E86\uFF0C\u8BF7\u4E0D\u8981\u8D85\u8FC7 200 \u4E2A\u5B57\u7B26\u3002",
  "error.invalid_parameter": "\u8BF7\u6C42\u4E2D\u6709\u53C2\u6570\u65E0\u6548\uFF1A{details}\u3002",
  "search.siteSearch": "\u7AD9\u5185\u641C\u7D22",
  "test.title": "\u6C9F\u901A\u6A21\u5F0F\u6D4B\u8BD5",
  "test.lede": "\u4F60\u5982\u4F55\u9760\u8FD1\u5BF9\u65B9\uFF1F\u5173\u7CFB\u7D27\u5F20\u65F6\u4F60\u53C8\u4F1A\u600E\u4E48\u505A\uFF1F\u8FD9\u4EFD\u95EE\u5377\u4F1A\u6E29\u548C\u5730\u770B\u770B\u8FD9\u4E24\u65B9\u9762\u3002",
  "test.measures": "\u5B83\u6D4B\u91CF\u4E24\u4E2A\u4F9D\u604B\u7EF4\u5EA6\uFF08\u5BF9\u4EB2\u8FD1\u7684\u62C5\u5FC3\uFF0C\u4EE5\u53CA\u9762\u5BF9\u4EB2\u8FD1\u65F6\u7684\u81EA\u5728\u7A0B\u5EA6\uFF09\u3001\u56DB\u79CD\u51B2\u7A81\u4E60\u60EF\uFF08\u8FFD\u903C\u3001\u9000\u7F29\u3001\u6279\u8BC4\u3001\u9632\u5FA1\uFF09\uFF0C\u4EE5\u53CA\u4E24\u79CD\u4F18\u52BF\uFF08\u5728\u4E0D\u6109\u5FEB\u4E4B\u540E\u4FEE\u590D\u5173\u7CFB\uFF0C\u4EE5\u53CA\u56DE\u5E94\u4F34\u4FA3\u53D1\u51FA\u7684\u5C0F\u5C0F\u4FE1\u53F7\uFF09\u3002",
  "test.duration": "\u5171 48 \u4E2A\u7B80\u77ED\u9648\u8FF0\uFF0C\u5916\u52A0\u4E00\u4E2A\u5173\u4E8E\u4ECA\u5929\u7684\u95EE\u9898\uFF0C\u5927\u7EA6\u9700\u8981 8\u201310 \u5206\u949F\u3002",
  "test.privacy": "\u4F60\u7684\u56DE\u7B54\u53EA\u4FDD\u5B58\u5728\u672C\u7AD9\uFF0C\u5E76\u4E14\u53EA\u4E0E\u8FD9\u4E2A\u6D4F\u89C8\u5668\u5173\u8054\u3002\u9664\u975E\u4F60\u9009\u62E9\u5206\u4EAB\uFF0C\u6CA1\u6709\u5176\u4ED6\u4EBA\u80FD\u770B\u5230\u4F60\u7684\u7ED3\u679C\u3002",
  "test.notDiagnosis": "\u8FD9\u662F\u4E00\u4E2A\u5E2E\u52A9\u81EA\u6211\u89C9\u5BDF\u7684\u5DE5\u5177\uFF0C\u4E0D\u662F\u8BCA\u65AD\uFF0C\u4E5F\u4E0D\u662F\u6CBB\u7597\u3002\u5206\u6570\u63CF\u8FF0\u7684\u662F\u503E\u5411\uFF0C\u4F1A\u968F\u7740\u65F6\u95F4\u548C\u5B89\u5168\u7684\u5173\u7CFB\u800C\u6539\u53D8\u3002",
  "test.aboutLink": "\u6D4B\u8BD5\u5982\u4F55\u8BA1\u5206\uFF0C\u4EE5\u53CA\u5B83\u7684\u5C40\u9650",
  "test.keyboardHint": "\u5C0F\u63D0\u793A\uFF1A\u5728\u6BCF\u9053\u9898\u5185\u53EF\u4EE5\u7528\u65B9\u5411\u952E\u9009\u62E9\uFF0C\u4E5F\u53EF\u4EE5\u76F4\u63A5\u6309 1 \u5230 7 \u4F5C\u7B54\u5E76\u8FDB\u5165\u4E0B\u4E00\u9898\u3002",
  "test.group": "\u7B2C {n} \u90E8\u5206\uFF0C\u5171 {total} \u90E8\u5206",
  "test.itemNumber": "\u7B2C {n} \u9898",
  "test.progress": "\u5DF2\u56DE\u7B54 {answered} / {total}",
  "test.progressLabel": "\u8FDB\u5EA6",
  "test.next": "\u4E0B\u4E00\u90E8\u5206",
  "test.back": "\u4E0A\u4E00\u90E8\u5206",
  "test.submit": "\u67E5\u770B\u6211\u7684\u7ED3\u679C",
  "test.errorsHeading": "\u8BF7\u68C0\u67E5\u4F60\u7684\u56DE\u7B54",
  "test.retake": "\u91CD\u65B0\u6D4B\u8BD5",
  "test.todayLegend": "\u4ECA\u5929\uFF0C\u4F60\u4EEC\u7684\u5173\u7CFB\u5904\u5728\u4EC0\u4E48\u4F4D\u7F6E\uFF1F",
  "test.todayLow": "1 = \u6700\u8270\u96BE\u7684\u65F6\u5019",
  "test.todayHigh": "10 = \u4F60\u6700\u5E0C\u671B\u7684\u6837\u5B50",
  "error.test.unknown_item": "\u6709\u4E00\u4E2A\u56DE\u7B54\u5BF9\u5E94\u7684\u9898\u76EE\u4E0D\u5C5E\u4E8E\u8FD9\u4EFD\u6D4B\u8BD5\u3002",
  "error.test.invalid_answer": "\u6BCF\u4E2A\u56DE\u7B54\u90FD\u5FC5\u987B\u662F 1 \u5230 7 \u4E4B\u95F4\u7684\u6574\u6570\u3002",
  "error.test.answers_missing": "\u8FD9\u4E00\u90E8\u5206\u8FD8\u9700\u8981\u518D\u56DE\u7B54\u51E0\u9898\u624D\u80FD\u8BA1\u5206\uFF1A{detail}\u3002",
  "error.test.invalid_today": "\u8BF7\u4ECE 1 \u5230 10 \u4E2D\u9009\u62E9\u4F60\u4EEC\u5173\u7CFB\u4ECA\u5929\u6240\u5904\u7684\u4F4D\u7F6E\u3002",
  "error.test.invalid_lang": "\u8BED\u8A00\u5FC5\u987B\u662F en \u6216 zh\u3002",
  "error.test.invalid_body": "\u63D0\u4EA4\u7684\u5185\u5BB9\u683C\u5F0F\u4E0D\u6B63\u786E\u3002",
  "error.test.invalid_submission": "\u6709\u4E9B\u56DE\u7B54\u9700\u8981\u518D\u770B\u4E00\u4E0B\u3002",
  "error.body_too_large": "\u8BF7\u6C42\u5185\u5BB9\u8FC7\u5927\u3002",
  "result.title": "\u4F60\u7684\u7ED3\u679C",
  "result.patternHeading": "\u4F60\u7684\u6A21\u5F0F",
  "result.strengths": "\u4F60\u7684\u4F18\u52BF",
  "result.inConflict": "\u5728\u51B2\u7A81\u4E2D",
  "result.whatHelps": "\u6709\u5E2E\u52A9\u7684\u505A\u6CD5",
  "result.chartHeading": "\u4F60\u7684\u5206\u6570",
  "result.chartTitle": "\u4F60\u5728\u4E24\u4E2A\u4F9D\u604B\u7EF4\u5EA6\u4E0A\u7684\u4F4D\u7F6E",
  "result.chartDesc": "\u5BF9\u4EB2\u8FD1\u7684\u62C5\u5FC3 {anxiety}\uFF0C\u9762\u5BF9\u4EB2\u8FD1\u7684\u4E0D\u81EA\u5728 {avoidance}\uFF0C\u5206\u6570\u8303\u56F4\u4E3A 1 \u5230 7\u3002",
  "result.axisAnxiety": "\u5BF9\u4EB2\u8FD1\u7684\u62C5\u5FC3",
  "result.axisAvoidance": "\u9762\u5BF9\u4EB2\u8FD1\u7684\u4E0D\u81EA\u5728",
  "result.barsTitle": "\u51B2\u7A81\u4E60\u60EF\u4E0E\u4F18\u52BF\uFF081 \u5230 7 \u5206\uFF09",
  "result.scoreTable": "\u5168\u90E8\u5206\u6570",
  "result.scale": "\u7EF4\u5EA6",
  "result.score": "\u5206\u6570\uFF081\u20137\uFF09",
  "result.habitsHeading": "\u4F60\u7684\u51B2\u7A81\u4E60\u60EF",
  "result.resourceHeading": "\u4F60\u6700\u5F3A\u7684\u8D44\u6E90",
  "result.cutNote": "\u4E00\u4E2A\u7EF4\u5EA6\u9AD8\u4E8E 4\uFF08\u91CF\u8868\u7684\u4E2D\u70B9\uFF09\u65F6\u89C6\u4E3A\u504F\u9AD8\u3002\u8FD9\u53EA\u662F\u5E2E\u52A9\u7406\u89E3\u7684\u53C2\u8003\u7EBF\uFF1A\u8FD9\u4E9B\u7EF4\u5EA6\u662F\u8FDE\u7EED\u7684\u3002",
  "result.comparisonsLater": "\u5F53\u4F7F\u7528\u8FD9\u79CD\u8BED\u8A00\u5B8C\u6210\u6D4B\u8BD5\u7684\u4EBA\u6570\u8FBE\u5230 {min} \u4EBA\u540E\uFF0C\u8FD9\u91CC\u4F1A\u663E\u793A\u4E0E\u4ED6\u4EBA\u7684\u6BD4\u8F83\u3002",
  "result.percentile": "{scale}\uFF1A\u9AD8\u4E8E {percent}% \u4F7F\u7528\u8FD9\u79CD\u8BED\u8A00\u5B8C\u6210\u6D4B\u8BD5\u7684\u4EBA\u3002",
  "result.today": "\u4F60\u7ED9\u4ECA\u5929\u7684\u5173\u7CFB\u6253\u4E86 {today} \u5206\uFF08\u6EE1\u5206 10 \u5206\uFF09\u3002",
  "result.earlier": "\u4F60\u4E4B\u524D\u7684\u7ED3\u679C",
  "result.change": "\u62C5\u5FC3 {anxietyChange}\uFF0C\u4E0D\u81EA\u5728 {avoidanceChange}",
  "result.articles": "\u9002\u5408\u4F60\u7684\u9605\u8BFB",
  "result.safetyResources": "\u53EF\u4EE5\u5728\u54EA\u91CC\u83B7\u5F97\u5E2E\u52A9",
  "scale.anxiety": "\u5BF9\u4EB2\u8FD1\u7684\u62C5\u5FC3",
  "scale.avoidance": "\u9762\u5BF9\u4EB2\u8FD1\u7684\u4E0D\u81EA\u5728",
  "scale.pursue": "\u8FFD\u903C",
  "scale.withdraw": "\u9000\u7F29",
  "scale.criticism": "\u6279\u8BC4",
  "scale.defensiveness": "\u9632\u5FA1",
  "scale.repair": "\u4FEE\u590D",
  "scale.responsiveness": "\u8F6C\u5411\u5BF9\u65B9",
  "scale.safety": "\u5B89\u5168",
  "pattern.short.secure": "\u5B89\u5168\u578B",
  "pattern.short.anxious": "\u7126\u8651\u578B",
  "pattern.short.avoidant": "\u56DE\u907F\u578B",
  "pattern.short.fearful": "\u6050\u60E7\u578B",
  "about.title": "\u5173\u4E8E\u8FD9\u4E2A\u6D4B\u8BD5",
  "about.measuresHeading": "\u5B83\u6D4B\u91CF\u4EC0\u4E48",
  "about.measures": "\u4E24\u4E2A\u4F9D\u604B\u7EF4\u5EA6\u2014\u2014\u5BF9\u4EB2\u8FD1\u7684\u62C5\u5FC3\uFF08\u7126\u8651\uFF09\u548C\u9762\u5BF9\u4EB2\u8FD1\u7684\u4E0D\u81EA\u5728\uFF08\u56DE\u907F\uFF09\uFF1B\u51B2\u7A81\u4E2D\u7684\u56DB\u79CD\u4E60\u60EF\uFF08\u8FFD\u903C\u3001\u9000\u7F29\u6216\u51B7\u6218\u3001\u6279\u8BC4\u4E0E\u8F7B\u8511\u3001\u9632\u5FA1\uFF09\uFF1B\u4EE5\u53CA\u4E24\u79CD\u8D44\u6E90\uFF08\u5728\u4E0D\u6109\u5FEB\u4E4B\u540E\u4FEE\u590D\uFF0C\u4EE5\u53CA\u56DE\u5E94\u4F34\u4FA3\u7684\u5C0F\u5C0F\u4FE1\u53F7\uFF09\u3002\u53E6\u6709\u4E00\u4E2A\u5355\u72EC\u7684\u7B80\u77ED\u95EE\u9898\u7EC4\uFF0C\u8BE2\u95EE\u6050\u60E7\u3001\u63A7\u5236\u3001\u5A01\u80C1\u548C\u66B4\u529B\u3002\u6240\u6709\u9648\u8FF0\u90FD\u662F\u4E3A\u672C\u7AD9\u64B0\u5199\u7684\uFF0C\u5E76\u975E\u53D6\u81EA\u4EFB\u4F55\u5DF2\u53D1\u8868\u7684\u95EE\u5377\u3002",
  "about.scoringHeading": "\u5982\u4F55\u8BA1\u5206",
  "about.scoring": "\u6BCF\u4E2A\u9648\u8FF0\u4ECE 1\uFF08\u975E\u5E38\u4E0D\u540C\u610F\uFF09\u5230 7\uFF08\u975E\u5E38\u540C\u610F\uFF09\u4F5C\u7B54\u3002\u6709\u4E9B\u9648\u8FF0\u662F\u53CD\u5411\u8868\u8FF0\u7684\uFF0C\u8FD9\u4E9B\u9898\u76EE\u7684\u56DE\u7B54 x \u6309 8 \u2212 x \u8BA1\u5206\u3002\u4E00\u4E2A\u7EF4\u5EA6\u7684\u5206\u6570\u662F\u5176\u5DF2\u56DE\u7B54\u9898\u76EE\u7684\u5E73\u5747\u503C\uFF0C\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u6BCF\u4E2A\u7EF4\u5EA6\u81F3\u5C11\u8981\u56DE\u7B54\u56DB\u5206\u4E4B\u4E09\u7684\u9898\u76EE\u624D\u80FD\u8BA1\u5206\u3002",
  "about.cutHeading": "4 \u5206\u8FD9\u6761\u7EBF",
  "about.cut": "\u4E00\u4E2A\u7EF4\u5EA6\u7684\u5206\u6570\u9AD8\u4E8E {cut}\uFF08\u91CF\u8868\u4E2D\u70B9\uFF09\u65F6\u89C6\u4E3A\u504F\u9AD8\u3002\u4E24\u8005\u90FD\u4E0D\u9AD8\uFF1A\u5B89\u5168\u578B\uFF1B\u53EA\u6709\u62C5\u5FC3\u504F\u9AD8\uFF1A\u7126\u8651\u578B\uFF1B\u53EA\u6709\u4E0D\u81EA\u5728\u504F\u9AD8\uFF1A\u56DE\u907F\u578B\uFF1B\u4E24\u8005\u90FD\u9AD8\uFF1A\u6050\u60E7\u578B\u3002\u8FD9\u6761\u7EBF\u53EA\u662F\u5E2E\u52A9\u7406\u89E3\u7684\u53C2\u8003\uFF1A\u8FD9\u4E9B\u7EF4\u5EA6\u662F\u8FDE\u7EED\u7684\uFF0C4.1 \u5206\u548C 3.9 \u5206\u7684\u4EBA\u5176\u5B9E\u5F88\u76F8\u50CF\u3002",
  "about.safetyHeading": "\u5B89\u5168\u95EE\u9898",
  "about.safety": "\u53EA\u8981\u4EFB\u4F55\u4E00\u4E2A\u5B89\u5168\u76F8\u5173\u7684\u9648\u8FF0\u56DE\u7B54\u4E3A {threshold}\uFF08\u6709\u70B9\u540C\u610F\uFF09\u6216\u66F4\u9AD8\uFF0C\u7ED3\u679C\u9875\u5C31\u4F1A\u5148\u663E\u793A\u5B89\u5168\u8D44\u6E90\uFF0C\u5E76\u4E14\u4E0D\u518D\u7ED9\u51FA\u4E0E\u4F34\u4FA3\u4E00\u8D77\u89E3\u51B3\u95EE\u9898\u7684\u5EFA\u8BAE\u3002\u6211\u4EEC\u5B81\u53EF\u8BA9\u4E0D\u9700\u8981\u7684\u4EBA\u4E5F\u770B\u5230\u8FD9\u4E9B\u8D44\u6E90\uFF0C\u4E5F\u4E0D\u613F\u9519\u8FC7\u771F\u6B63\u9700\u8981\u7684\u4EBA\u3002",
  "about.limitsHeading": "\u5C40\u9650",
  "about.limits": "\u8FD9\u662F\u4E00\u4E2A\u5E2E\u52A9\u81EA\u6211\u89C9\u5BDF\u7684\u5DE5\u5177\uFF0C\u4E0D\u662F\u8BCA\u65AD\uFF0C\u4E5F\u6CA1\u6709\u4F5C\u4E3A\u4E34\u5E8A\u5DE5\u5177\u7ECF\u8FC7\u9A8C\u8BC1\u3002\u5206\u6570\u53CD\u6620\u7684\u662F\u4F60\u4ECA\u5929\u7684\u770B\u6CD5\uFF0C\u5E38\u5E38\u4F1A\u53D8\u5316\u3002\u53EA\u6709\u5F53\u4F7F\u7528\u4F60\u7684\u8BED\u8A00\u5B8C\u6210\u6D4B\u8BD5\u7684\u4EBA\u6570\u8FBE\u5230 {min} \u4EBA\u540E\uFF0C\u624D\u4F1A\u663E\u793A\u4E0E\u4ED6\u4EBA\u7684\u6BD4\u8F83\uFF0C\u800C\u4E14\u6BD4\u8F83\u57FA\u4E8E\u771F\u5B9E\u7ED3\u679C\u2014\u2014\u6CA1\u6709\u7F16\u9020\u7684\u5E38\u6A21\u3002",
  "about.privacyHeading": "\u9690\u79C1",
  "about.privacy": "\u4F60\u7684\u56DE\u7B54\u548C\u7ED3\u679C\u4FDD\u5B58\u5728\u672C\u7AD9\uFF0C\u5E76\u901A\u8FC7\u4E00\u4E2A\u968F\u673A cookie \u4E0E\u8FD9\u4E2A\u6D4F\u89C8\u5668\u5173\u8054\uFF1B\u6211\u4EEC\u53EA\u4FDD\u5B58\u8FD9\u4E2A cookie \u7684\u6307\u7EB9\u3002\u9664\u975E\u4F60\u5206\u4EAB\uFF0C\u5176\u4ED6\u4EBA\u65E0\u6CD5\u6253\u5F00\u4F60\u7684\u7ED3\u679C\u3002",
  "share.cardInvite": "\u4F60\u7684\u6C9F\u901A\u6A21\u5F0F\u662F\u4EC0\u4E48\uFF1F\u6765\u505A\u4E2A\u6D4B\u8BD5\u5427\u3002",
  "share.heading": "\u5206\u4EAB\u4F60\u7684\u7ED3\u679C",
  "share.intro": "\u5206\u4EAB\u94FE\u63A5\u53EA\u663E\u793A\u4F60\u7684\u6A21\u5F0F\u3001\u7B80\u77ED\u8BF4\u660E\u548C\u4E24\u4E2A\u7EF4\u5EA6\u7684\u56FE\u8868\u2014\u2014\u7EDD\u4E0D\u663E\u793A\u4F60\u7684\u56DE\u7B54\u3002\u5728\u4F60\u64A4\u9500\u4E4B\u524D\uFF0C\u4EFB\u4F55\u62FF\u5230\u94FE\u63A5\u7684\u4EBA\u90FD\u80FD\u770B\u5230\u3002",
  "share.create": "\u521B\u5EFA\u5206\u4EAB\u94FE\u63A5",
  "share.created": "\u4F60\u7684\u65B0\u5206\u4EAB\u94FE\u63A5\uFF08\u8BF7\u73B0\u5728\u590D\u5236\u2014\u2014\u4E3A\u4E86\u4FDD\u62A4\u9690\u79C1\uFF0C\u5B83\u4E0D\u4F1A\u518D\u6B21\u663E\u793A\uFF09\uFF1A",
  "share.existing": "\u4F60\u7684\u5206\u4EAB\u94FE\u63A5",
  "share.createdOn": "\u521B\u5EFA\u4E8E {date}\uFF08{language}\uFF09",
  "share.revoke": "\u64A4\u9500",
  "share.revoked": "\u94FE\u63A5\u5DF2\u64A4\u9500\uFF0C\u65E0\u6CD5\u518D\u6253\u5F00\u3002",
  "share.pageTitle": "\u4E00\u79CD\u6C9F\u901A\u6A21\u5F0F\uFF1A{pattern}",
  "share.pageIntro": "\u6709\u4EBA\u4E0E\u4F60\u5206\u4EAB\u4E86\u4ED6\u4EEC\u7684\u6C9F\u901A\u6A21\u5F0F\u6D4B\u8BD5\u7ED3\u679C\u3002",
  "share.invite": "\u4F60\u81EA\u5DF1\u7684\u6A21\u5F0F\u662F\u4EC0\u4E48\uFF1F\u6D4B\u8BD5\u662F\u79C1\u5BC6\u7684\uFF0C\u5927\u7EA6\u9700\u8981 8\u201310 \u5206\u949F\u3002",
  "share.language": "\u5206\u4EAB\u9875\u9762\u7684\u8BED\u8A00",
  "report.title": "\u4F60\u7684\u56DB\u5341\u5929\u8BA1\u5212",
  "report.open": "\u6253\u5F00\u4F60\u7684\u56DB\u5341\u5929\u8BA1\u5212",
  "report.inDepth": "\u6DF1\u5165\u4E86\u89E3\u4F60\u7684\u6A21\u5F0F",
  "report.resourcesFirst": "\u4F60\u7684\u8D44\u6E90",
  "report.dimensions": "\u4EB2\u8FD1\u4E0E\u62C5\u5FC3",
  "report.challenges": "\u51B2\u7A81\u4E2D\u7684\u6311\u6218",
  "report.cycle": "\u4F60\u4EEC\u53EF\u80FD\u9677\u5165\u7684\u5FAA\u73AF",
  "report.yourScore": "\u4F60\u7684\u5206\u6570\uFF1A{score}\uFF08\u6EE1\u5206 7\uFF09",
  "report.plan": "\u516D\u4E2A\u9636\u6BB5\uFF0C\u56DB\u5341\u5929",
  "report.days": "\u7B2C {from}\u2013{to} \u5929",
  "report.daysOn": "\u7B2C {from}\u2013{to} \u5929\u53CA\u4EE5\u540E",
  "report.why": "\u4E3A\u4EC0\u4E48\u6709\u5E2E\u52A9",
  "report.how": "\u600E\u4E48\u505A",
  "report.notice": "\u600E\u6837\u53D1\u73B0\u5B83\u8D77\u4F5C\u7528\u4E86",
  "report.vision": "\u613F\u666F\u4E0E\u91CF\u8868",
  "report.warningSigns": "\u65E9\u671F\u9884\u8B66\u4FE1\u53F7",
  "report.preventionPlan": "\u9884\u9632\u8BA1\u5212",
  "report.checkin": "\u6BCF\u5468 15 \u5206\u949F\u7684\u4EA4\u6D41",
  "report.checkinIndividual": "\u6BCF\u5468 15 \u5206\u949F\u7684\u81EA\u6211\u68B3\u7406",
  "report.openers": "\u5F00\u542F\u5BF9\u8BDD\u7684\u8BDD",
  "report.openersIndividual": "\u53EF\u4EE5\u5BF9\u4FE1\u4EFB\u7684\u4EBA\u8BF4\u7684\u8BDD",
  "report.articles": "\u5EF6\u4F38\u9605\u8BFB",
  "report.print": "\u6253\u5370",
  "report.pdf": "\u4E0B\u8F7D PDF",
  "report.calendar": "\u52A0\u5165\u65E5\u5386\uFF08.ics\uFF09",
  "report.calendarNote": "\u65E5\u5386\u4E8B\u9879\u4F7F\u7528\u4E2D\u6027\u7684\u6807\u9898\uFF0C\u56E0\u4E3A\u65E5\u5386\u5E38\u5E38\u4F1A\u88AB\u522B\u4EBA\u770B\u5230\u3002",
  "report.backToResult": "\u8FD4\u56DE\u4F60\u7684\u7ED3\u679C",
  "calendar.stageTitle": "\u4E2A\u4EBA\u8BA1\u5212\uFF1A\u7B2C {n} \u6B65\uFF08\u5171 6 \u6B65\uFF09",
  "calendar.stageDescription": "\u7B2C {from}\u2013{to} \u5929",
  "calendar.checkinTitle": "\u6BCF\u5468\u4E2A\u4EBA\u65F6\u95F4\uFF0815 \u5206\u949F\uFF09",
  "quickExit.label": "\u5FEB\u901F\u79BB\u5F00\u672C\u7AD9",
  "quickExit.note": "\u201C\u5FEB\u901F\u79BB\u5F00\u201D\u6309\u94AE\u4F1A\u6253\u5F00\u4E00\u4E2A\u4E2D\u6027\u7684\u7F51\u9875\u5E76\u66FF\u6362\u5F53\u524D\u9875\u9762\uFF0C\u4F46\u4E0D\u4F1A\u6E05\u9664\u4F60\u7684\u6D4F\u89C8\u8BB0\u5F55\u3002",
  "nav.safety": "\u5B89\u5168\u4E0E\u652F\u6301",
  "safety.title": "\u5B89\u5168\u4E0E\u652F\u6301",
  "safety.intro": "\u5982\u679C\u4F34\u4FA3\u8BA9\u4F60\u611F\u5230\u5BB3\u6015\u3001\u63A7\u5236\u4F60\u3001\u5A01\u80C1\u4F60\u6216\u4F24\u5BB3\u4F60\uFF0C\u8FD9\u4E0D\u662F\u6C9F\u901A\u95EE\u9898\uFF0C\u4E5F\u4E0D\u662F\u4F60\u7684\u9519\u3002\u4F60\u503C\u5F97\u5B89\u5168\uFF0C\u53D7\u8FC7\u8BAD\u7EC3\u7684\u4EBA\u53EF\u4EE5\u5E2E\u4F60\u4E00\u8D77\u60F3\u6E05\u695A\u6709\u54EA\u4E9B\u9009\u62E9\u3002",
  "safety.resourcesHeading": "\u53EF\u4EE5\u5728\u54EA\u91CC\u83B7\u5F97\u5E2E\u52A9",
  "safety.emergency": "\u5982\u679C\u4F60\u6B63\u5904\u4E8E\u7D27\u6025\u5371\u9669\u4E2D\uFF0C\u8BF7\u7ACB\u5373\u8054\u7CFB\u7D27\u6025\u670D\u52A1\u3002",
  "safety.privacyHeading": "\u4FDD\u62A4\u4F60\u7684\u6D4F\u89C8\u9690\u79C1",
  "safety.deviceTip": "\u5982\u679C\u6709\u4EBA\u53EF\u80FD\u67E5\u770B\u4F60\u7684\u624B\u673A\u6216\u7535\u8111\uFF0C\u8BF7\u4F7F\u7528\u5BF9\u65B9\u65E0\u6CD5\u63A5\u89E6\u7684\u8BBE\u5907\u3001\u9690\u79C1\u6D4F\u89C8\u7A97\u53E3\u6216\u516C\u5171\u7535\u8111\uFF0C\u5E76\u8003\u8651\u4ECE\u6D4F\u89C8\u8BB0\u5F55\u4E2D\u5220\u9664\u672C\u7AD9\u3002",
  "safety.notCouples": "\u5F53\u4F60\u5BB3\u6015\u4F34\u4FA3\u65F6\uFF0C\u4E0D\u5EFA\u8BAE\u8FDB\u884C\u4F34\u4FA3\u7EC3\u4E60\u6216\u201C\u628A\u8BDD\u8BF4\u5F00\u201D\uFF0C\u8FD9\u53EF\u80FD\u589E\u52A0\u98CE\u9669\u3002\u4E2A\u4EBA\u652F\u6301\u5E94\u5F53\u653E\u5728\u7B2C\u4E00\u4F4D\u3002",
  "mydata.title": "\u6211\u7684\u6570\u636E",
  "mydata.intro": "\u8FD9\u4E2A\u6D4F\u89C8\u5668\u901A\u8FC7\u4E00\u4E2A\u968F\u673A cookie \u4E0E\u4E0B\u9762\u7684\u7ED3\u679C\u5173\u8054\u3002\u8FD9\u91CC\u7684\u4EFB\u4F55\u5185\u5BB9\u90FD\u4E0D\u4E0E\u4F60\u7684\u59D3\u540D\u6216\u90AE\u7BB1\u5173\u8054\u3002\u4F60\u53EF\u4EE5\u4E0B\u8F7D\u6211\u4EEC\u4FDD\u5B58\u7684\u5168\u90E8\u5185\u5BB9\uFF0C\u6216\u5C06\u5176\u5168\u90E8\u5220\u9664\u3002",
  "mydata.none": "\u8FD9\u4E2A\u6D4F\u89C8\u5668\u6CA1\u6709\u4FDD\u5B58\u4EFB\u4F55\u7ED3\u679C\u3002",
  "mydata.results": "\u4F60\u7684\u7ED3\u679C",
  "mydata.shares": "{count} \u4E2A\u5206\u4EAB\u94FE\u63A5",
  "mydata.download": "\u4E0B\u8F7D\u6211\u7684\u6570\u636E\uFF08JSON\uFF09",
  "mydata.deleteHeading": "\u5220\u9664\u5168\u90E8\u6570\u636E",
  "mydata.deleteBody": "\u8FD9\u4F1A\u5220\u9664\u4F60\u7684\u7ED3\u679C\u548C\u56DE\u7B54\uFF0C\u64A4\u9500\u6240\u6709\u5206\u4EAB\u94FE\u63A5\uFF0C\u5E76\u79FB\u9664\u5B83\u4EEC\u7684\u9884\u89C8\u5361\u7247\u3002\u6B64\u64CD\u4F5C\u65E0\u6CD5\u64A4\u9500\u3002",
  "mydata.confirm": "\u6211\u4E86\u89E3\u6B64\u64CD\u4F5C\u65E0\u6CD5\u64A4\u9500",
  "mydata.delete": "\u5220\u9664\u6211\u7684\u6570\u636E",
  "mydata.deleted": "\u4F60\u7684\u6570\u636E\u5DF2\u5220\u9664\u3002",
  "mydata.confirmMissing": "\u8BF7\u52FE\u9009\u786E\u8BA4\u6846\u3002",
  "nav.myData": "\u6211\u7684\u6570\u636E",
  "nav.privacy": "\u9690\u79C1",
  "privacy.title": "\u9690\u79C1",
  "privacy.what": "\u6211\u4EEC\u4FDD\u5B58\u7684\u5185\u5BB9\uFF1A\u5728\u672C\u7AD9\u5B8C\u6210\u7684\u6D4B\u8BD5\u7684\u56DE\u7B54\u548C\u7ED3\u679C\u3001\u4F60\u521B\u5EFA\u7684\u5206\u4EAB\u94FE\u63A5\uFF08\u53EA\u4FDD\u5B58\u5176\u6307\u7EB9\uFF09\uFF0C\u4EE5\u53CA\u4E00\u4E2A\u628A\u8FD9\u4E2A\u6D4F\u89C8\u5668\u4E0E\u5176\u7ED3\u679C\u5173\u8054\u8D77\u6765\u7684\u968F\u673A cookie\u3002\u6211\u4EEC\u4E0D\u4F1A\u628A\u59D3\u540D\u3001\u90AE\u7BB1\u6216 IP \u5730\u5740\u4E0E\u7ED3\u679C\u4E00\u8D77\u4FDD\u5B58\u3002",
  "privacy.who": "\u8C01\u80FD\u770B\u5230\uFF1A\u9664\u4E86\u4F60\u6CA1\u6709\u4EBA\u80FD\u770B\u5230\uFF0C\u9664\u975E\u4F60\u5206\u4EAB\u67D0\u4E2A\u7ED3\u679C\uFF1B\u5206\u4EAB\u94FE\u63A5\u53EA\u663E\u793A\u6A21\u5F0F\u548C\u56FE\u8868\u3002\u4EFB\u4F55\u9875\u9762\u90FD\u6CA1\u6709\u7EDF\u8BA1\u5206\u6790\u3001\u5E7F\u544A\u3001\u7B2C\u4E09\u65B9\u811A\u672C\u3001\u5B57\u4F53\u6216\u8FFD\u8E2A\u5668\u3002",
  "privacy.howLong": "\u4FDD\u5B58\u591A\u4E45\uFF1A\u7ED3\u679C\u4F1A\u4E00\u76F4\u4FDD\u5B58\uFF0C\u76F4\u5230\u4F60\u5728\u201C\u6211\u7684\u6570\u636E\u201D\u9875\u9762\u5220\u9664\uFF1Bcookie \u4E00\u5E74\u540E\u8FC7\u671F\u3002\u670D\u52A1\u5668\u65E5\u5FD7\u53EA\u8BB0\u5F55\u6280\u672F\u4FE1\u606F\uFF08\u9875\u9762\u3001\u72B6\u6001\u3001\u8017\u65F6\uFF09\uFF0C\u7EDD\u4E0D\u8BB0\u5F55\u56DE\u7B54\u3001\u641C\u7D22\u8BCD\u6216\u4EE4\u724C\u3002",
  "privacy.rights": "\u4F60\u7684\u6743\u5229\uFF1A\u4F60\u53EF\u4EE5\u968F\u65F6\u5728\u201C\u6211\u7684\u6570\u636E\u201D\u9875\u9762\u4E0B\u8F7D\u6211\u4EEC\u4FDD\u5B58\u7684\u5173\u4E8E\u8FD9\u4E2A\u6D4F\u89C8\u5668\u7684\u5168\u90E8\u5185\u5BB9\uFF0C\u6216\u5C06\u5176\u5220\u9664\u3002",
  "error.rate_limited": "\u6765\u81EA\u6B64\u8FDE\u63A5\u7684\u8BF7\u6C42\u592A\u591A\u4E86\u3002\u8BF7\u7B49\u5F85 {seconds} \u79D2\u540E\u518D\u8BD5\u3002",
  "error.rate_limited_title": "\u8BF7\u7A0D\u7B49\u4E00\u4E0B",
  "auth.title": "\u7F16\u8F91\u767B\u5F55",
  "auth.intro": "\u6B64\u9875\u9762\u4F9B\u64B0\u5199\u548C\u7F16\u8F91\u672C\u767E\u79D1\u7684\u4EBA\u5458\u4F7F\u7528\u3002\u8BFB\u8005\u65E0\u9700\u8D26\u53F7\u3002",
  "auth.email": "\u7535\u5B50\u90AE\u7BB1",
  "auth.password": "\u5BC6\u7801",
  "auth.submit": "\u767B\u5F55",
  "auth.signOut": "\u9000\u51FA\u767B\u5F55",
  "auth.signedOut": "\u4F60\u5DF2\u9000\u51FA\u767B\u5F55\u3002",
  "auth.invalid": "\u8BE5\u90AE\u7BB1\u548C\u5BC6\u7801\u4E0E\u4EFB\u4F55\u7F16\u8F91\u8D26\u53F7\u90FD\u4E0D\u5339\u914D\u3002\u8BF7\u68C0\u67E5\u540E\u91CD\u8BD5\u3002",
  "auth.fieldsRequired": "\u8BF7\u63D0\u4F9B\u90AE\u7BB1\u548C\u5BC6\u7801\u3002",
  "auth.required": "\u8BF7\u4EE5\u7F16\u8F91\u8EAB\u4EFD\u767B\u5F55\u540E\u4F7F\u7528\u6B64\u529F\u80FD\u3002",
  "auth.adminOnly": "\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u6267\u884C\u6B64\u64CD\u4F5C\u3002",
  "error.forbidden.title": "\u4F60\u65E0\u6743\u8BBF\u95EE",
  "error.forbidden.body": "\u4F60\u7684\u8D26\u53F7\u65E0\u6CD5\u6253\u5F00\u6B64\u9875\u9762\u3002\u5982\u6709\u9700\u8981\uFF0C\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",
  "editor.description": "\u7F16\u8F91\u5173\u7CFB\u6C9F\u901A\u767E\u79D1\u3002",
  "editor.nav": "\u7F16\u8F91",
  "editor.articles": "\u6587\u7AE0",
  "editor.series": "\u7CFB\u5217",
  "editor.import": "\u5BFC\u5165\u65E7\u9875\u9762",
  "editor.audit": "\u64CD\u4F5C\u8BB0\u5F55",
  "editor.signedInAs": "\u5DF2\u767B\u5F55\uFF1A{email}",
  "editor.create": "\u65B0\u5EFA\u6587\u7AE0",
  "editor.count": "\u5171 {count} \u7BC7\u6587\u7AE0",
  "editor.none": "\u8FD9\u91CC\u8FD8\u6CA1\u6709\u5185\u5BB9\u3002",
  "editor.pages": "\u5217\u8868\u5206\u9875",
  "editor.updated": "\u66F4\u65B0\u65F6\u95F4",
  "editor.filter.all": "\u5168\u90E8",
  "editor.filter.text": "\u6807\u9898\u6216\u7F51\u5740\u540D\u5305\u542B",
  "editor.filter.apply": "\u7B5B\u9009",
  "editor.field.title": "\u6807\u9898",
  "editor.field.slug": "\u7F51\u5740\u540D\uFF08slug\uFF09",
  "editor.field.series": "\u7CFB\u5217",
  "editor.field.installment": "\u671F\u6570",
  "editor.field.summary": "\u6458\u8981",
  "editor.field.tags": "\u6807\u7B7E",
  "editor.field.quotes": "\u53EF\u4EE5\u76F4\u63A5\u590D\u5236\u7684\u8BDD",
  "editor.field.translationOf": "\u5BF9\u5E94\u8BD1\u6587\uFF08\u53E6\u4E00\u8BED\u8A00\u7684\u7F51\u5740\u540D\uFF09",
  "editor.field.published": "\u53D1\u5E03\u65E5\u671F",
  "editor.field.body": "\u6B63\u6587\uFF08Markdown\uFF09",
  "editor.field.lang": "\u8BED\u8A00",
  "editor.field.status": "\u72B6\u6001",
  "editor.field.position": "\u5728\u7CFB\u5217\u5217\u8868\u4E2D\u7684\u4F4D\u7F6E",
  "editor.field.description": "\u7B80\u4ECB",
  "editor.field.faqQuestion": "\u95EE\u9898 {n}",
  "editor.field.faqAnswer": "\u56DE\u7B54 {n}",
  "editor.status.draft": "\u8349\u7A3F",
  "editor.status.published": "\u5DF2\u53D1\u5E03",
  "editor.hint.slug": "\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u4F8B\u5982 pause-before-replying\u3002",
  "editor.hint.tags": "\u7528\u9017\u53F7\u5206\u9694\u6807\u7B7E\u3002",
  "editor.hint.translationOf": "\u53EF\u9009\u3002\u5C06\u672C\u6587\u4E0E\u53E6\u4E00\u8BED\u8A00\u7684\u7248\u672C\u5173\u8054\u3002",
  "editor.hint.body": "## \u5F00\u59CB\u4E00\u4E2A\u7AE0\u8282\uFF08\u4F1A\u51FA\u73B0\u5728\u76EE\u5F55\u4E2D\uFF09\uFF0C### \u5F00\u59CB\u4E00\u4E2A\u5C0F\u8282\u3002",
  "editor.hint.quotes": "\u6BCF\u6BB5\u4E00\u53E5\u53EF\u590D\u5236\u7684\u8BDD\uFF0C\u6BB5\u4E0E\u6BB5\u4E4B\u95F4\u7A7A\u4E00\u884C\u3002",
  "editor.chooseSeries": "\u9009\u62E9\u7CFB\u5217",
  "editor.newTitle": "\u65B0\u5EFA\u6587\u7AE0",
  "editor.editTitle": "\u7F16\u8F91\uFF1A{title}",
  "editor.history": "\u4FEE\u8BA2\u5386\u53F2",
  "editor.historyOf": "\u300A{title}\u300B\u7684\u4FEE\u8BA2\u5386\u53F2",
  "editor.historyCaption": "\u6240\u6709\u5DF2\u4FDD\u5B58\u7684\u4FEE\u8BA2\uFF0C\u6700\u65B0\u7684\u5728\u524D\u3002\u9009\u62E9\u4E24\u4E2A\u8FDB\u884C\u6BD4\u8F83\u3002",
  "editor.viewLive": "\u5728\u7F51\u7AD9\u4E0A\u67E5\u770B",
  "editor.revisionN": "\u7B2C {n} \u7248",
  "editor.save": "\u4FDD\u5B58",
  "editor.previewButton": "\u9884\u89C8",
  "editor.preview": "\u9884\u89C8",
  "editor.previewHint": "\u8F93\u5165\u65F6\uFF08\u6216\u70B9\u51FB\u201C\u9884\u89C8\u201D\u540E\uFF09\u9884\u89C8\u4F1A\u663E\u793A\u5728\u8FD9\u91CC\u3002",
  "editor.publishing": "\u53D1\u5E03",
  "editor.publish": "\u7ACB\u5373\u53D1\u5E03",
  "editor.unpublish": "\u53D6\u6D88\u53D1\u5E03\uFF08\u6539\u56DE\u8349\u7A3F\uFF09",
  "editor.errorsHeading": "\u6709\u4E9B\u5B57\u6BB5\u9700\u8981\u4FEE\u6539",
  "editor.conflict.heading": "\u4F60\u7F16\u8F91\u671F\u95F4\uFF0C\u6709\u4EBA\u4FDD\u5B58\u4E86\u8FD9\u7BC7\u6587\u7AE0",
  "editor.conflict.body": "\u4F60\u7684\u6587\u5B57\u4FDD\u7559\u5728\u4E0B\u65B9\uFF0C\u6CA1\u6709\u8986\u76D6\u4EFB\u4F55\u5185\u5BB9\u3002\u8FD9\u7BC7\u6587\u7AE0\u73B0\u5728\u662F\u7B2C {n} \u7248\u3002\u8BF7\u6BD4\u8F83\u6539\u52A8\uFF0C\u5FC5\u8981\u65F6\u8C03\u6574\u4F60\u7684\u6587\u5B57\uFF0C\u7136\u540E\u518D\u6B21\u4FDD\u5B58\u3002",
  "editor.conflict.diff": "\u67E5\u770B\u6539\u52A8",
  "editor.notice.saved": "\u5DF2\u4FDD\u5B58\u3002",
  "editor.notice.created": "\u6587\u7AE0\u5DF2\u521B\u5EFA\u3002",
  "editor.notice.unchanged": "\u6CA1\u6709\u6539\u52A8\uFF0C\u56E0\u6B64\u672A\u751F\u6210\u65B0\u7248\u672C\u3002",
  "editor.notice.published": "\u5DF2\u53D1\u5E03\u3002\u641C\u7D22\u3001\u7AD9\u70B9\u5730\u56FE\u548C\u8BA2\u9605\u6E90\u73B0\u5DF2\u5305\u542B\u8FD9\u7BC7\u6587\u7AE0\u3002",
  "editor.notice.unpublished": "\u5DF2\u53D6\u6D88\u53D1\u5E03\u3002\u8BFB\u8005\u5C06\u770B\u4E0D\u5230\u5B83\u3002",
  "editor.notice.restored": "\u8BE5\u7248\u672C\u5DF2\u4F5C\u4E3A\u65B0\u7248\u672C\u6062\u590D\u3002",
  "editor.notice.stale": "\u4F60\u6253\u5F00\u540E\u6587\u7AE0\u5DF2\u88AB\u4FEE\u6539\uFF1B\u8FD9\u91CC\u662F\u5F53\u524D\u7248\u672C\u3002",
  "editor.notice.ordered": "\u65B0\u7684\u987A\u5E8F\u5DF2\u4FDD\u5B58\u3002",
  "editor.notice.seriesCreated": "\u7CFB\u5217\u5DF2\u521B\u5EFA\u3002",
  "editor.error.required": "\u6B64\u9879\u4E3A\u5FC5\u586B\u3002",
  "editor.error.min": "\u8BF7\u586B\u5199\u4E0D\u5C0F\u4E8E {min} \u7684\u6570\u5B57\u3002",
  "editor.error.max": "\u8BF7\u586B\u5199\u4E0D\u5927\u4E8E {max} \u7684\u6570\u5B57\u3002",
  "editor.error.tooLong": "\u8BF7\u4E0D\u8981\u8D85\u8FC7 {max} \u4E2A\u5B57\u7B26\u3002",
  "editor.error.tooMany": "\u6700\u591A {max} \u9879\u3002",
  "editor.error.slug": "\u53EA\u80FD\u4F7F\u7528\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u5355\u4E2A\u8FDE\u5B57\u7B26\u3002",
  "editor.error.wholeNumber": "\u8BF7\u586B\u5199\u6574\u6570\uFF0C\u4F8B\u5982 12\u3002",
  "editor.error.date": "\u8BF7\u586B\u5199\u65E5\u671F\uFF0C\u4F8B\u5982 2026-03-14\u3002",
  "editor.error.invalid": "\u6B64\u503C\u65E0\u6CD5\u4F7F\u7528\u3002",
  "editor.error.slugTaken": "\u540C\u4E00\u8BED\u8A00\u4E2D\u5DF2\u6709\u6587\u7AE0\u4F7F\u7528\u8FD9\u4E2A\u7F51\u5740\u540D\u3002",
  "editor.error.installmentTaken": "\u8BE5\u7CFB\u5217\u4E2D\u7684\u8FD9\u4E00\u671F\u5DF2\u88AB\u201C{slug}\u201D\u4F7F\u7528\u3002",
  "editor.error.installmentDuplicate": "\u7B2C {installment} \u671F\u88AB\u5206\u914D\u7ED9\u4E86\u4E0D\u6B62\u4E00\u7BC7\u6587\u7AE0\u3002",
  "editor.error.seriesUnknown": "\u8BF7\u9009\u62E9\u4E00\u4E2A\u5DF2\u6709\u7684\u7CFB\u5217\u3002",
  "editor.error.seriesTaken": "\u5DF2\u5B58\u5728\u4F7F\u7528\u8FD9\u4E2A\u7F51\u5740\u540D\u7684\u7CFB\u5217\u3002",
  "editor.error.translationUnknown": "\u53E6\u4E00\u8BED\u8A00\u4E2D\u6CA1\u6709\u4F7F\u7528\u8FD9\u4E2A\u7F51\u5740\u540D\u7684\u6587\u7AE0\u3002",
  "editor.revision": "\u7248\u672C",
  "editor.diffFrom": "\u4ECE",
  "editor.diffTo": "\u5230",
  "editor.diffFromN": "\u4ECE\u7B2C {n} \u7248\u6BD4\u8F83",
  "editor.diffToN": "\u6BD4\u8F83\u5230\u7B2C {n} \u7248",
  "editor.when": "\u65F6\u95F4",
  "editor.who": "\u64CD\u4F5C\u4EBA",
  "editor.what": "\u64CD\u4F5C",
  "editor.target": "\u5BF9\u8C61",
  "editor.restore": "\u6062\u590D",
  "editor.restoreN": "\u6062\u590D\u7B2C {n} \u7248",
  "editor.current": "\u5F53\u524D\u7248\u672C",
  "editor.compare": "\u6BD4\u8F83\u8FD9\u4E24\u4E2A\u7248\u672C",
  "editor.backToEditor": "\u8FD4\u56DE\u7F16\u8F91\u5668",
  "editor.diffTitle": "\u4ECE\u7B2C {from} \u7248\u5230\u7B2C {to} \u7248\u7684\u6539\u52A8",
  "editor.diffLegend": "\u5220\u9664\u7684\u6587\u5B57\u5E26\u5220\u9664\u7EBF\uFF1B\u65B0\u589E\u7684\u6587\u5B57\u5E26\u4E0B\u5212\u7EBF\u3002",
  "editor.diffSame": "\u8FD9\u4E24\u4E2A\u7248\u672C\u5B8C\u5168\u76F8\u540C\u3002",
  "editor.diffFields": "\u6587\u7AE0\u4FE1\u606F",
  "editor.diffSkipped": "\u2026\u2026{lines} \u884C\u672A\u6539\u52A8\u2026\u2026",
  "editor.action.import": "\u5BFC\u5165",
  "editor.action.create": "\u521B\u5EFA",
  "editor.action.edit": "\u7F16\u8F91",
  "editor.action.publish": "\u53D1\u5E03",
  "editor.action.unpublish": "\u53D6\u6D88\u53D1\u5E03",
  "editor.action.restore": "\u6062\u590D\u4E86\u8F83\u65E9\u7684\u7248\u672C",
  "editor.action.reorder": "\u8C03\u6574\u4E86\u671F\u6570",
  "editor.newSeries": "\u65B0\u5EFA\u7CFB\u5217",
  "editor.createSeries": "\u521B\u5EFA\u7CFB\u5217",
  "editor.seriesTexts": "\u6807\u9898\u4E0E\u7B80\u4ECB",
  "editor.reorder": "\u671F\u6570\u987A\u5E8F",
  "editor.saveOrder": "\u4FDD\u5B58\u987A\u5E8F",
  "editor.addFaq": "\u6DFB\u52A0\u95EE\u9898",
  "legacy.intro": "\u4E0A\u4F20\u4ECE\u65E7\u7F51\u7AD9\u4FDD\u5B58\u7684\u9875\u9762\uFF08\u7EAF\u6587\u672C\uFF09\u3002\u6BCF\u4E2A\u9875\u9762\u4F1A\u6210\u4E3A\u4E00\u7BC7\u6587\u7AE0\uFF1B\u518D\u6B21\u4E0A\u4F20\u540C\u4E00\u9875\u9762\u4F1A\u4EE5\u65B0\u7248\u672C\u66F4\u65B0\u5BF9\u5E94\u6587\u7AE0\u3002",
  "legacy.files": "\u65E7\u7F51\u7AD9\u9875\u9762\uFF08.txt\uFF09",
  "legacy.asDrafts": "\u4F5C\u4E3A\u8349\u7A3F\u5BFC\u5165\uFF08\u6682\u4E0D\u53D1\u5E03\uFF09",
  "legacy.submit": "\u5BFC\u5165",
  "legacy.report": "\u5BFC\u5165\u62A5\u544A",
  "legacy.summary": "\u65B0\u5EFA {created} \u7BC7\uFF0C\u66F4\u65B0 {updated} \u7BC7\uFF0C\u672A\u53D8 {unchanged} \u7BC7\uFF0C{failed} \u7BC7\u65E0\u6CD5\u5BFC\u5165\u3002",
  "legacy.outcome.created": "\u5DF2\u65B0\u5EFA",
  "legacy.outcome.updated": "\u5DF2\u66F4\u65B0\uFF08\u65B0\u7248\u672C\uFF09",
  "legacy.outcome.unchanged": "\u672A\u53D8\u5316",
  "legacy.outcome.failed": "\u672A\u5BFC\u5165",
  "legacy.missing": "\u9875\u9762\u7F3A\u5C11\uFF1A{parts}\u3002",
  "legacy.part.teaser": "\u5BFC\u8BED",
  "legacy.part.sections": "\u7AE0\u8282\u6807\u9898",
  "legacy.part.quotes": "\u53EF\u4EE5\u76F4\u63A5\u590D\u5236\u7684\u8BDD",
  "legacy.part.faq": "\u5E38\u89C1\u95EE\u9898",
  "legacy.unplaced": "\u6709 {count} \u884C\u65E0\u6CD5\u5F52\u7C7B",
  "legacy.noFiles": "\u8BF7\u81F3\u5C11\u9009\u62E9\u4E00\u4E2A\u8981\u5BFC\u5165\u7684\u9875\u9762\u3002",
  "legacy.tooMany": "\u6BCF\u6B21\u6700\u591A\u4E0A\u4F20 {max} \u4E2A\u9875\u9762\u3002",
  "editor.error.changedMeanwhile": "\u4F60\u8C03\u6574\u987A\u5E8F\u65F6\uFF0C\u672C\u7CFB\u5217\u4E2D\u6709\u6587\u7AE0\u88AB\u4FEE\u6539\u4E86\u3002\u6CA1\u6709\u79FB\u52A8\u4EFB\u4F55\u6587\u7AE0\uFF1B\u8BF7\u91CD\u65B0\u67E5\u770B\u987A\u5E8F\u540E\u518D\u4FDD\u5B58\u3002",
  "legacy.outcome.skipped": "\u4FDD\u7559\u7F16\u8F91\u4FEE\u6539\u540E\u7684\u7248\u672C\uFF08\u5BFC\u5165\u540E\u5DF2\u88AB\u7F16\u8F91\uFF09"
};

// src/i18n/index.ts
var MESSAGES = { en: en_default, zh: zh_default };
var LOCALES = ["en", "zh"];
function isLang(value) {
  return value === "en" || value === "zh";
}
function otherLang(lang) {
  return lang === "en" ? "zh" : "en";
}
var LANGUAGE_NAMES = { en: "English", zh: "\u4E2D\u6587" };
var HTML_LANG = { en: "en", zh: "zh-Hans" };
function t(lang, key, params) {
  const template = MESSAGES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}
var translator = (lang) => (key, params) => t(lang, key, params);
var dateFormats = {
  en: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  zh: new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })
};
function formatDate(lang, iso) {
  return dateFormats[lang].format(new Date(iso));
}

// src/features/assessment/safety-resources.ts
import { readFileSync } from "node:fs";
import { z } from "zod";
var SAFETY_RESOURCES = {
  en: [
    { name: "In immediate danger", contact: "Call your local emergency number: 911 (US, Canada), 999 (UK), 112 (EU)" },
    { name: "National Domestic Violence Hotline (US)", contact: "1-800-799-7233, or text START to 88788" },
    { name: "National Domestic Abuse Helpline (UK)", contact: "0808 2000 247, free, 24 hours" }
  ],
  zh: [
    { name: "\u9047\u5230\u7D27\u6025\u5371\u9669", contact: "\u8BF7\u7ACB\u5373\u62E8\u6253 110 \u62A5\u8B66\uFF0C\u9700\u8981\u6025\u6551\u8BF7\u62E8\u6253 120" },
    { name: "\u5168\u56FD\u5987\u8054\u5987\u5973\u7EF4\u6743\u516C\u76CA\u670D\u52A1\u70ED\u7EBF", contact: "12338" },
    { name: "\u8EAB\u5728\u6D77\u5916", contact: "\u8BF7\u62E8\u6253\u5F53\u5730\u7684\u7D27\u6025\u7535\u8BDD\uFF08\u5982\u7F8E\u56FD 911\u3001\u82F1\u56FD 999\u3001\u6B27\u76DF 112\uFF09" }
  ]
};
var ResourcesSchema = z.object({
  en: z.array(z.object({ name: z.string().trim().min(1).max(200), contact: z.string().trim().min(1).max(500) })).min(1),
  zh: z.array(z.object({ name: z.string().trim().min(1).max(200), contact: z.string().trim().min(1).max(500) })).min(1)
});
function loadSafetyResources(file) {
  if (!file) return SAFETY_RESOURCES;
  const parsed = ResourcesSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(`Invalid SAFETY_RESOURCES_FILE ${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}

// src/ui/page.ts
function pageContext(lang, baseUrl, assets, nonce, safety) {
  return { lang, t: translator(lang), baseUrl, assets, nonce, safetyResources: (safety ?? SAFETY_RESOURCES)[lang] };
}
var paths = {
  home: (lang) => `/${lang}/`,
  seriesIndex: (lang) => `/${lang}/series/`,
  series: (lang, slug, page = 1) => `/${lang}/series/${slug}${page > 1 ? `?page=${page}` : ""}`,
  article: (lang, slug) => `/${lang}/articles/${slug}`,
  test: (lang) => `/${lang}/test`,
  feed: (lang) => `/${lang}/feed.xml`
};
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// src/ui/layout.tsx
import { Fragment, jsx, jsxs } from "hono/jsx/jsx-runtime";
var QUICK_EXIT_URL = { en: "https://en.wikipedia.org/wiki/Weather", zh: "https://www.baidu.com/" };
function Layout({ ctx, seo, scripts, children }) {
  const { lang, t: t2, baseUrl, assets } = ctx;
  const other = otherLang(lang);
  const alternates = seo.alternates ?? {};
  const switchPath = alternates[other] ?? paths.home(other);
  const fullTitle = seo.path === paths.home(lang) ? t2("site.name") : `${seo.title} \xB7 ${t2("site.name")}`;
  return /* @__PURE__ */ jsxs("html", { lang: HTML_LANG[lang], children: [
    /* @__PURE__ */ jsxs("head", { children: [
      /* @__PURE__ */ jsx("meta", { charset: "utf-8" }),
      /* @__PURE__ */ jsx("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      /* @__PURE__ */ jsx("title", { children: fullTitle }),
      /* @__PURE__ */ jsx("meta", { name: "description", content: seo.description }),
      seo.noindex ? /* @__PURE__ */ jsx("meta", { name: "robots", content: "noindex" }) : null,
      /* @__PURE__ */ jsx("link", { rel: "canonical", href: baseUrl + seo.path }),
      Object.entries(alternates).map(([l, p]) => /* @__PURE__ */ jsx("link", { rel: "alternate", hreflang: HTML_LANG[l], href: baseUrl + p })),
      alternates.en ? /* @__PURE__ */ jsx("link", { rel: "alternate", hreflang: "x-default", href: baseUrl + alternates.en }) : null,
      /* @__PURE__ */ jsx("link", { rel: "alternate", type: "application/atom+xml", title: t2("feed.title"), href: baseUrl + paths.feed(lang) }),
      /* @__PURE__ */ jsx("meta", { property: "og:site_name", content: t2("site.name") }),
      /* @__PURE__ */ jsx("meta", { property: "og:type", content: seo.ogType ?? "website" }),
      /* @__PURE__ */ jsx("meta", { property: "og:title", content: seo.title }),
      /* @__PURE__ */ jsx("meta", { property: "og:description", content: seo.description }),
      /* @__PURE__ */ jsx("meta", { property: "og:url", content: baseUrl + seo.path }),
      /* @__PURE__ */ jsx("meta", { property: "og:locale", content: lang === "zh" ? "zh_CN" : "en_US" }),
      alternates[other] ? /* @__PURE__ */ jsx("meta", { property: "og:locale:alternate", content: other === "zh" ? "zh_CN" : "en_US" }) : null,
      seo.image ? /* @__PURE__ */ jsxs(Fragment, { children: [
        /* @__PURE__ */ jsx("meta", { property: "og:image", content: seo.image }),
        /* @__PURE__ */ jsx("meta", { property: "og:image:width", content: "1200" }),
        /* @__PURE__ */ jsx("meta", { property: "og:image:height", content: "630" }),
        /* @__PURE__ */ jsx("meta", { name: "twitter:card", content: "summary_large_image" }),
        /* @__PURE__ */ jsx("meta", { name: "twitter:image", content: seo.image })
      ] }) : /* @__PURE__ */ jsx("meta", { name: "twitter:card", content: "summary" }),
      /* @__PURE__ */ jsx("meta", { name: "twitter:title", content: seo.title }),
      /* @__PURE__ */ jsx("meta", { name: "twitter:description", content: seo.description }),
      /* @__PURE__ */ jsx("link", { rel: "stylesheet", href: assets.css.url }),
      ctx.cacheable ? /* @__PURE__ */ jsx("script", { "data-bootstrap": true, dangerouslySetInnerHTML: { __html: assets.bootstrap.code } }) : /* @__PURE__ */ jsx("script", { type: "module", src: assets.js.url, nonce: ctx.nonce }),
      (scripts ?? []).map((src) => /* @__PURE__ */ jsx("script", { type: "module", src, nonce: ctx.nonce })),
      (seo.jsonLd ?? []).map((data) => /* @__PURE__ */ jsx("script", { type: "application/ld+json", dangerouslySetInnerHTML: { __html: jsonForScript(data) } }))
    ] }),
    /* @__PURE__ */ jsxs("body", { children: [
      /* @__PURE__ */ jsx("a", { class: "skip-link", href: "#main", children: t2("nav.skip") }),
      seo.quickExit ? /* @__PURE__ */ jsx("a", { class: "quick-exit", href: QUICK_EXIT_URL[lang], rel: "noreferrer", "data-quick-exit": true, children: t2("quickExit.label") }) : null,
      /* @__PURE__ */ jsx("header", { class: "site-header", children: /* @__PURE__ */ jsxs("div", { class: "inner", children: [
        /* @__PURE__ */ jsx("a", { class: "brand", href: paths.home(lang), children: t2("site.name") }),
        /* @__PURE__ */ jsxs(
          "form",
          {
            class: "site-search",
            role: "search",
            "aria-label": t2("search.siteSearch"),
            action: `/${lang}/search`,
            method: "get",
            "data-search-lang": lang,
            children: [
              /* @__PURE__ */ jsx("label", { for: "site-search", class: "visually-hidden", children: t2("search.label") }),
              /* @__PURE__ */ jsx(
                "input",
                {
                  id: "site-search",
                  type: "search",
                  name: "q",
                  maxlength: 200,
                  placeholder: t2("search.placeholder"),
                  autocomplete: "off",
                  "aria-keyshortcuts": "/",
                  "data-live-count": t2("search.liveCount"),
                  "data-live-count-more": t2("search.liveCountMore"),
                  "data-live-none": t2("search.liveNone"),
                  "data-all-results": t2("search.allResults")
                }
              ),
              /* @__PURE__ */ jsx("button", { type: "submit", class: "search-button", children: t2("search.button") }),
              /* @__PURE__ */ jsx("ul", { id: "site-search-results", class: "live-results", role: "listbox", "aria-label": t2("search.liveResults"), hidden: true }),
              /* @__PURE__ */ jsx("p", { id: "site-search-status", class: "visually-hidden", role: "status", "aria-live": "polite" })
            ]
          }
        ),
        /* @__PURE__ */ jsx("nav", { class: "site-nav", "aria-label": t2("nav.main"), children: /* @__PURE__ */ jsxs("ul", { children: [
          /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", { href: paths.seriesIndex(lang), children: t2("nav.series") }) }),
          /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", { href: paths.test(lang), children: t2("nav.test") }) })
        ] }) }),
        /* @__PURE__ */ jsxs("a", { class: "lang-switch", href: switchPath, hreflang: HTML_LANG[other], "data-lang-switch": other, children: [
          /* @__PURE__ */ jsxs("span", { class: "visually-hidden", children: [
            t2("nav.switchToLabel"),
            ": "
          ] }),
          /* @__PURE__ */ jsx("span", { lang: HTML_LANG[other], children: t2("nav.switchTo") })
        ] })
      ] }) }),
      /* @__PURE__ */ jsx("main", { id: "main", tabindex: -1, children }),
      /* @__PURE__ */ jsx("footer", { class: "site-footer", children: /* @__PURE__ */ jsxs("div", { class: "inner", children: [
        /* @__PURE__ */ jsx("p", { children: t2("footer.disclaimer") }),
        /* @__PURE__ */ jsxs("p", { children: [
          /* @__PURE__ */ jsx("a", { href: `/${lang}/safety`, children: t2("nav.safety") }),
          " \xB7 ",
          /* @__PURE__ */ jsx("a", { href: `/${lang}/privacy`, children: t2("nav.privacy") }),
          " \xB7 ",
          /* @__PURE__ */ jsx("a", { href: `/${lang}/my-data`, children: t2("nav.myData") }),
          " \xB7 ",
          /* @__PURE__ */ jsx("a", { href: paths.feed(lang), children: t2("footer.feed") })
        ] })
      ] }) })
    ] })
  ] });
}
function renderDocument(node) {
  return `<!doctype html>${String(node)}`;
}

// src/features/articles/repo.ts
var toLink = (r) => ({
  slug: r.slug,
  title: r.title,
  installment: r.installment,
  seriesSlug: r.series_slug
});
async function findArticlePage(db, lang, slug) {
  const row = await db.reader.selectFrom("article").leftJoin("article_related as ar", "ar.article_id", "article.id").selectAll("article").select("ar.related").where("lang", "=", lang).where("slug", "=", slug).where("status", "=", "published").executeTakeFirst();
  if (!row?.published_at) return void 0;
  const k = db.reader;
  const published = k.selectFrom("article").where("status", "=", "published");
  const relatedIds = JSON.parse(row.related ?? "[]");
  const [series, previous, next, translation, related] = await Promise.all([
    k.selectFrom("series_text").select("title").where("series_slug", "=", row.series_slug).where("lang", "=", lang).executeTakeFirst(),
    published.select(["slug", "title", "installment", "series_slug"]).where("series_slug", "=", row.series_slug).where("lang", "=", lang).where("installment", "<", row.installment).orderBy("installment", "desc").limit(1).executeTakeFirst(),
    published.select(["slug", "title", "installment", "series_slug"]).where("series_slug", "=", row.series_slug).where("lang", "=", lang).where("installment", ">", row.installment).orderBy("installment").limit(1).executeTakeFirst(),
    findTranslation(db, row),
    relatedIds.length ? published.select(["id", "slug", "title", "installment", "series_slug"]).where("id", "in", relatedIds).execute() : Promise.resolve([])
  ]);
  const relatedById = new Map(related.map((r) => [r.id, r]));
  return {
    id: row.id,
    lang,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    tags: JSON.parse(row.tags),
    bodyHtml: row.body_html,
    toc: JSON.parse(row.toc),
    quotes: JSON.parse(row.quotes),
    faq: JSON.parse(row.faq),
    installment: row.installment,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    readingMinutes: row.reading_minutes,
    revision: row.revision,
    series: { slug: row.series_slug, title: series?.title ?? row.series_slug },
    previous: previous ? toLink(previous) : void 0,
    next: next ? toLink(next) : void 0,
    translation,
    related: relatedIds.flatMap((id) => {
      const r = relatedById.get(id);
      return r ? [toLink(r)] : [];
    })
  };
}
async function findTranslation(db, row) {
  const other = otherLang(row.lang);
  const base = db.reader.selectFrom("article").select(["slug", "title"]).where("lang", "=", other).where("status", "=", "published");
  let named = row.translation_of ? await base.where("slug", "=", row.translation_of).executeTakeFirst() : void 0;
  if (!named && row.translation_of) {
    const moved = await findRedirect(db, other, row.translation_of);
    named = moved ? await base.where("slug", "=", moved).executeTakeFirst() : void 0;
  }
  const found = named ?? await base.where("translation_of", "=", row.slug).orderBy("id").limit(1).executeTakeFirst();
  return found ? { lang: other, slug: found.slug, title: found.title } : void 0;
}
async function listNewest(db, lang, limit) {
  const rows = await db.reader.selectFrom("article").innerJoin("series_text", (j) => j.onRef("series_text.series_slug", "=", "article.series_slug").on("series_text.lang", "=", lang)).select([
    "article.slug",
    "article.title",
    "article.installment",
    "article.series_slug",
    "article.summary",
    "article.published_at",
    "article.reading_minutes",
    "series_text.title as series_title"
  ]).where("article.lang", "=", lang).where("article.status", "=", "published").orderBy("article.published_at", "desc").orderBy("article.id", "desc").limit(limit).execute();
  return rows.map((r) => ({
    ...toLink(r),
    summary: r.summary,
    publishedAt: r.published_at ?? "",
    readingMinutes: r.reading_minutes,
    seriesTitle: r.series_title
  }));
}
async function countArticles(db) {
  const row = await db.kysely.selectFrom("article").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
  return Number(row?.n ?? 0);
}
async function listByTags(db, lang, tags, limit) {
  if (tags.length === 0) return [];
  const rows = await db.reader.selectFrom("article").select(["slug", "title", "installment", "series_slug"]).where("lang", "=", lang).where("status", "=", "published").where((eb) => eb.or(tags.map((tag) => eb("tags", "like", `%${JSON.stringify(tag)}%`)))).orderBy("published_at", "desc").limit(limit).execute();
  return rows.map(toLink);
}
async function findRedirect(db, lang, oldSlug) {
  const row = await db.reader.selectFrom("article_slug_redirect").innerJoin("article", "article.id", "article_slug_redirect.article_id").select("article.slug").where("article_slug_redirect.lang", "=", lang).where("article_slug_redirect.old_slug", "=", oldSlug).where("article.status", "=", "published").executeTakeFirst();
  return row?.slug;
}

// src/ui/components.tsx
import { jsx as jsx2, jsxs as jsxs2 } from "hono/jsx/jsx-runtime";
function Breadcrumbs({ ctx, trail }) {
  return /* @__PURE__ */ jsx2("nav", { class: "breadcrumb", "aria-label": ctx.t("breadcrumb.label"), children: /* @__PURE__ */ jsx2("ol", { children: trail.map((step) => /* @__PURE__ */ jsx2("li", { children: step.href ? /* @__PURE__ */ jsx2("a", { href: step.href, children: step.label }) : /* @__PURE__ */ jsx2("span", { "aria-current": "page", children: step.label }) })) }) });
}
function TestInvite({ ctx }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs2("aside", { class: "test-invite", "aria-labelledby": "test-invite-heading", children: [
    /* @__PURE__ */ jsx2("h2", { id: "test-invite-heading", children: t2("test.invite.heading") }),
    /* @__PURE__ */ jsx2("p", { children: t2("test.invite.body") }),
    /* @__PURE__ */ jsx2("a", { class: "button", href: paths.test(lang), children: t2("test.invite.cta") })
  ] });
}
function SafetyResourceList({ resources }) {
  return /* @__PURE__ */ jsx2("ul", { children: resources.map((r) => /* @__PURE__ */ jsxs2("li", { children: [
    /* @__PURE__ */ jsx2("strong", { children: r.name }),
    ": ",
    r.contact
  ] })) });
}
function Pager({
  ctx,
  page,
  pages,
  href,
  label,
  more = false
}) {
  const { t: t2 } = ctx;
  if (pages <= 1 && !more) return null;
  return /* @__PURE__ */ jsxs2("nav", { class: "pager", "aria-label": label, children: [
    page > 1 ? /* @__PURE__ */ jsx2("a", { href: href(page - 1), rel: "prev", children: t2("series.prevPage") }) : null,
    /* @__PURE__ */ jsx2("span", { children: more ? t2("series.pageOpen", { page }) : t2("series.page", { page, pages }) }),
    page < pages || more ? /* @__PURE__ */ jsx2("a", { href: href(page + 1), rel: "next", children: t2("series.nextPage") }) : null
  ] });
}

// src/features/articles/structured-data.ts
function articleJsonLd(article, baseUrl) {
  const url = baseUrl + paths.article(article.lang, article.slug);
  const site = t(article.lang, "site.name");
  const data = [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: article.title,
      description: article.summary,
      inLanguage: HTML_LANG[article.lang],
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      mainEntityOfPage: url,
      url,
      keywords: article.tags.join(", "),
      isPartOf: { "@type": "CreativeWorkSeries", name: article.series.title, url: baseUrl + paths.series(article.lang, article.series.slug) },
      position: article.installment,
      author: { "@type": "Organization", name: site },
      publisher: { "@type": "Organization", name: site }
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: t(article.lang, "nav.home"), item: baseUrl + paths.home(article.lang) },
        { "@type": "ListItem", position: 2, name: article.series.title, item: baseUrl + paths.series(article.lang, article.series.slug) },
        { "@type": "ListItem", position: 3, name: article.title, item: url }
      ]
    }
  ];
  if (article.faq.length > 0) {
    data.push({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      inLanguage: HTML_LANG[article.lang],
      mainEntity: article.faq.map((f) => ({
        "@type": "Question",
        name: f.q,
        acceptedAnswer: { "@type": "Answer", text: f.a }
      }))
    });
  }
  return data;
}

// src/features/articles/views.tsx
import { jsx as jsx3, jsxs as jsxs3 } from "hono/jsx/jsx-runtime";
function ArticleView({ ctx, article }) {
  const { lang, t: t2 } = ctx;
  return /* @__PURE__ */ jsxs3(
    Layout,
    {
      ctx,
      seo: {
        title: article.title,
        description: article.summary || t2("site.description"),
        path: paths.article(lang, article.slug),
        alternates: {
          [lang]: paths.article(lang, article.slug),
          ...article.translation ? { [article.translation.lang]: paths.article(article.translation.lang, article.translation.slug) } : {}
        },
        ogType: "article",
        jsonLd: articleJsonLd(article, ctx.baseUrl)
      },
      children: [
        /* @__PURE__ */ jsx3(
          Breadcrumbs,
          {
            ctx,
            trail: [
              { label: t2("nav.home"), href: paths.home(lang) },
              { label: article.series.title, href: paths.series(lang, article.series.slug) },
              { label: article.title }
            ]
          }
        ),
        /* @__PURE__ */ jsxs3("article", { class: "article-layout", children: [
          /* @__PURE__ */ jsxs3("header", { class: "article-header", children: [
            /* @__PURE__ */ jsx3("p", { class: "kicker", children: /* @__PURE__ */ jsx3("a", { href: paths.series(lang, article.series.slug), children: t2("article.installmentOf", { installment: article.installment, series: article.series.title }) }) }),
            /* @__PURE__ */ jsx3("h1", { children: article.title }),
            /* @__PURE__ */ jsxs3("p", { class: "meta", children: [
              /* @__PURE__ */ jsx3("time", { datetime: article.publishedAt, children: t2("article.published", { date: formatDate(lang, article.publishedAt) }) }),
              " \xB7 ",
              t2("article.readingTime", { minutes: article.readingMinutes })
            ] }),
            article.summary ? /* @__PURE__ */ jsx3("p", { class: "lede", children: article.summary }) : null
          ] }),
          article.toc.length > 0 ? /* @__PURE__ */ jsx3(Toc, { ctx, toc: article.toc }) : null,
          /* @__PURE__ */ jsxs3("div", { class: "article-main", children: [
            /* @__PURE__ */ jsx3("div", { class: "prose", dangerouslySetInnerHTML: { __html: article.bodyHtml } }),
            /* @__PURE__ */ jsxs3("div", { class: "article-extras", children: [
              article.quotes.length > 0 ? /* @__PURE__ */ jsx3(Quotes, { ctx, quotes: article.quotes }) : null,
              article.faq.length > 0 ? /* @__PURE__ */ jsx3(Faq, { ctx, faq: article.faq }) : null,
              article.previous || article.next ? /* @__PURE__ */ jsxs3("nav", { class: "installment-nav", "aria-label": t2("article.installmentNav"), children: [
                article.previous ? /* @__PURE__ */ jsxs3("a", { class: "previous", href: paths.article(lang, article.previous.slug), rel: "prev", children: [
                  /* @__PURE__ */ jsx3("small", { children: t2("article.previous") }),
                  article.previous.title
                ] }) : null,
                article.next ? /* @__PURE__ */ jsxs3("a", { class: "next", href: paths.article(lang, article.next.slug), rel: "next", children: [
                  /* @__PURE__ */ jsx3("small", { children: t2("article.next") }),
                  article.next.title
                ] }) : null
              ] }) : null,
              article.translation ? /* @__PURE__ */ jsxs3("p", { children: [
                /* @__PURE__ */ jsx3("a", { href: paths.article(article.translation.lang, article.translation.slug), hreflang: HTML_LANG[article.translation.lang], children: t2("article.translation") }),
                ": ",
                /* @__PURE__ */ jsx3("span", { lang: HTML_LANG[article.translation.lang], children: article.translation.title })
              ] }) : /* @__PURE__ */ jsx3("p", { class: "note", children: t2("article.notTranslated") }),
              article.related.length > 0 ? /* @__PURE__ */ jsxs3("section", { "aria-labelledby": "related-heading", children: [
                /* @__PURE__ */ jsx3("h2", { id: "related-heading", children: t2("article.related") }),
                /* @__PURE__ */ jsx3("ul", { children: article.related.map((r) => /* @__PURE__ */ jsx3("li", { children: /* @__PURE__ */ jsx3("a", { href: paths.article(lang, r.slug), children: r.title }) })) })
              ] }) : null,
              /* @__PURE__ */ jsx3(TestInvite, { ctx })
            ] })
          ] })
        ] })
      ]
    }
  );
}
function Faq({ ctx, faq }) {
  return /* @__PURE__ */ jsxs3("section", { class: "faq", "aria-labelledby": "faq-heading", children: [
    /* @__PURE__ */ jsx3("h2", { id: "faq-heading", children: ctx.t("article.faq") }),
    faq.map((f) => /* @__PURE__ */ jsxs3("details", { children: [
      /* @__PURE__ */ jsx3("summary", { children: f.q }),
      /* @__PURE__ */ jsx3("div", { dangerouslySetInnerHTML: { __html: f.aHtml } })
    ] }))
  ] });
}
function Quotes({ ctx, quotes }) {
  const { t: t2 } = ctx;
  return /* @__PURE__ */ jsxs3("section", { class: "quotes", "aria-labelledby": "quotes-heading", children: [
    /* @__PURE__ */ jsx3("h2", { id: "quotes-heading", children: t2("article.quotes") }),
    /* @__PURE__ */ jsx3("p", { class: "meta", children: t2("article.quotesIntro") }),
    /* @__PURE__ */ jsx3("ul", { children: quotes.map((q, i) => /* @__PURE__ */ jsxs3("li", { class: "quote", children: [
      /* @__PURE__ */ jsx3("blockquote", { id: `quote-${i + 1}`, children: /* @__PURE__ */ jsx3("p", { children: q }) }),
      /* @__PURE__ */ jsx3(
        "button",
        {
          type: "button",
          class: "copy-button",
          "data-copy": `quote-${i + 1}`,
          "data-status": "copy-status",
          "data-copied": t2("article.copied"),
          "data-failed": t2("article.copyFailed"),
          "aria-label": `${t2("article.copy")}: ${t2("article.copyLabel", { n: i + 1 })}`,
          children: /* @__PURE__ */ jsx3("span", { class: "copy-label", children: t2("article.copy") })
        }
      )
    ] })) }),
    /* @__PURE__ */ jsx3("p", { id: "copy-status", class: "visually-hidden", role: "status", "aria-live": "polite" })
  ] });
}
function Toc({ ctx, toc }) {
  const groups = [];
  for (const entry of toc) {
    const last = groups[groups.length - 1];
    if (entry.level === 3 && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  return /* @__PURE__ */ jsxs3("nav", { class: "toc", "aria-labelledby": "toc-heading", children: [
    /* @__PURE__ */ jsx3("h2", { id: "toc-heading", children: ctx.t("article.toc") }),
    /* @__PURE__ */ jsx3("ol", { children: groups.map(({ entry, children }) => /* @__PURE__ */ jsxs3("li", { children: [
      /* @__PURE__ */ jsx3("a", { href: `#${entry.id}`, children: entry.text }),
      children.length > 0 ? /* @__PURE__ */ jsx3("ol", { children: children.map((c) => /* @__PURE__ */ jsx3("li", { children: /* @__PURE__ */ jsx3("a", { href: `#${c.id}`, children: c.text }) })) }) : null
    ] })) })
  ] });
}

// src/features/articles/routes.tsx
import { jsx as jsx4 } from "hono/jsx/jsx-runtime";
function articleRoutes() {
  const app = new Hono();
  app.get("/:lang{en|zh}/articles/:slug", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const article = await findArticlePage(c.get("deps").db, ctx.lang, c.req.param("slug"));
    if (!article) {
      const moved = await findRedirect(c.get("deps").db, ctx.lang, c.req.param("slug"));
      if (moved) {
        c.header("Cache-Control", "public, max-age=300, s-maxage=60");
        return c.redirect(paths.article(ctx.lang, moved), 301);
      }
      throw notFound();
    }
    return c.html(renderDocument(/* @__PURE__ */ jsx4(ArticleView, { ctx, article })));
  });
  return app;
}

// src/features/assessment/routes.tsx
import { Hono as Hono2 } from "hono";
import { bodyLimit } from "hono/body-limit";

// src/platform/form.ts
async function readForm(c) {
  let parsed;
  try {
    parsed = await c.req.parseBody();
  } catch (error) {
    throw new AppError("bad_request", 400, "unreadable form body", { cause: error });
  }
  return Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === "string"));
}

// src/platform/rate-limit.ts
import { getConnInfo } from "@hono/node-server/conninfo";
var DEFAULT_RATE_LIMITS = {
  submit: { max: 20, windowSeconds: 600 },
  share: { max: 30, windowSeconds: 600 },
  search: { max: 120, windowSeconds: 60 },
  // Sign-in: an editor who mistypes a few times is fine; guessing passwords is not. Per address
  // (one machine trying many accounts) and per account (many machines trying one account).
  signin: { max: 20, windowSeconds: 900 },
  signinAccount: { max: 8, windowSeconds: 900 }
};
var MAX_KEYS = 1e5;
function clientAddress(c, trustProxy) {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "local";
  }
}
var FixedWindows = class {
  #windows = /* @__PURE__ */ new Map();
  /** Counts one attempt; returns 0 when allowed, else the seconds until the window resets. */
  hit(key, limit, now = Date.now()) {
    let window = this.#windows.get(key);
    if (!window || now - window.start >= limit.windowSeconds * 1e3) {
      window = { start: now, count: 0 };
      this.#windows.delete(key);
      if (this.#windows.size >= MAX_KEYS) this.#windows.delete(this.#windows.keys().next().value);
      this.#windows.set(key, window);
    }
    window.count++;
    if (window.count <= limit.max) return 0;
    return Math.max(1, Math.ceil((window.start + limit.windowSeconds * 1e3 - now) / 1e3));
  }
  /** Forgets a key (a successful sign-in clears its account's failures). */
  clear(key) {
    this.#windows.delete(key);
  }
};
function tooManyRequests(c, retryAfter) {
  c.header("Retry-After", String(retryAfter));
  const page = c.get("page");
  const lang = isLang(c.req.query("lang")) ? c.req.query("lang") : page.lang;
  const t2 = translator(lang);
  const message = t2("error.rate_limited", { seconds: retryAfter });
  if (c.req.path.startsWith("/api/")) return c.json({ error: { code: "rate_limited", message } }, 429);
  return c.html(
    `<!doctype html><html lang="${lang === "zh" ? "zh-Hans" : "en"}"><head><meta charset="utf-8"><title>${t2("error.rate_limited_title")}</title></head><body><h1>${t2("error.rate_limited_title")}</h1><p>${message}</p></body></html>`,
    429
  );
}
function rateLimit(name) {
  const windows = new FixedWindows();
  return async (c, next) => {
    const { rateLimits, trustProxy } = c.get("deps");
    if (!rateLimits || rateLimits === "off") return next();
    const retryAfter = windows.hit(clientAddress(c, trustProxy ?? false), rateLimits[name]);
    if (retryAfter === 0) return next();
    return tooManyRequests(c, retryAfter);
  };
}

// src/features/assessment/instrument.ts
import { z as z2 } from "zod";

// src/features/assessment/instrument.v1.json
var instrument_v1_default = {
  version: "2026-11-v1",
  scaleLabels: {
    en: ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"],
    zh: ["\u975E\u5E38\u4E0D\u540C\u610F", "\u4E0D\u540C\u610F", "\u6709\u70B9\u4E0D\u540C\u610F", "\u65E2\u4E0D\u540C\u610F\u4E5F\u4E0D\u53CD\u5BF9", "\u6709\u70B9\u540C\u610F", "\u540C\u610F", "\u975E\u5E38\u540C\u610F"]
  },
  today: {
    en: "Think of 1 as the hardest your relationship has ever felt, and 10 as how you would most like it to be. Where would you place it today?",
    zh: "\u5982\u679C 1 \u5206\u4EE3\u8868\u4F60\u4EEC\u7684\u5173\u7CFB\u6700\u8270\u96BE\u7684\u65F6\u5019\uFF0C10 \u5206\u4EE3\u8868\u4F60\u6700\u5E0C\u671B\u5B83\u6210\u4E3A\u7684\u6837\u5B50\uFF0C\u90A3\u4E48\u4ECA\u5929\u4F60\u4F1A\u7ED9\u5B83\u6253\u51E0\u5206\uFF1F"
  },
  items: [
    {
      id: "anx1",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "If my partner takes longer than usual to reply to a message, my mind starts racing.",
        zh: "\u4F34\u4FA3\u56DE\u6D88\u606F\u6BD4\u5E73\u65F6\u6162\u7684\u65F6\u5019\uFF0C\u6211\u5C31\u4F1A\u5F00\u59CB\u80E1\u601D\u4E71\u60F3\u3002"
      }
    },
    {
      id: "avo1",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "When my partner asks how I am really doing, I tend to keep my answer short.",
        zh: "\u4F34\u4FA3\u95EE\u6211\u6700\u8FD1\u5230\u5E95\u8FC7\u5F97\u600E\u4E48\u6837\u65F6\uFF0C\u6211\u5F80\u5F80\u4E09\u8A00\u4E24\u8BED\u5C31\u5E26\u8FC7\u53BB\u3002"
      }
    },
    {
      id: "pur1",
      scale: "pursue",
      reversed: false,
      text: {
        en: "During an argument, I push for us to settle it now rather than later.",
        zh: "\u5435\u67B6\u65F6\uFF0C\u6211\u4F1A\u575A\u6301\u73B0\u5728\u5C31\u628A\u4E8B\u60C5\u8BF4\u6E05\u695A\uFF0C\u800C\u4E0D\u662F\u7559\u5230\u4EE5\u540E\u3002"
      }
    },
    {
      id: "rsp1",
      scale: "responsiveness",
      reversed: false,
      text: {
        en: "When my partner mentions something small about their day, I stop what I am doing and respond.",
        zh: "\u4F34\u4FA3\u968F\u53E3\u8BF4\u8D77\u5F53\u5929\u7684\u4E00\u4EF6\u5C0F\u4E8B\u65F6\uFF0C\u6211\u4F1A\u505C\u4E0B\u624B\u5934\u7684\u4E8B\u56DE\u5E94\u5BF9\u65B9\u3002"
      }
    },
    {
      id: "anx2",
      scale: "anxiety",
      reversed: true,
      text: {
        en: "When my partner spends an evening out with friends, I feel settled and get on with my own plans.",
        zh: "\u4F34\u4FA3\u548C\u670B\u53CB\u51FA\u53BB\u8FC7\u4E00\u4E2A\u665A\u4E0A\u65F6\uFF0C\u6211\u5FC3\u91CC\u5F88\u8E0F\u5B9E\uFF0C\u7167\u5E38\u5B89\u6392\u81EA\u5DF1\u7684\u4E8B\u3002"
      }
    },
    {
      id: "wdr1",
      scale: "withdraw",
      reversed: false,
      text: { en: "When an argument heats up, I go quiet and stop responding.", zh: "\u4E89\u5435\u4E00\u6FC0\u70C8\u8D77\u6765\uFF0C\u6211\u5C31\u6C89\u9ED8\u4E0B\u6765\uFF0C\u4E0D\u518D\u56DE\u5E94\u3002" }
    },
    {
      id: "avo2",
      scale: "avoidance",
      reversed: true,
      text: { en: "When I am unwell, I am glad to let my partner look after me.", zh: "\u6211\u8EAB\u4F53\u4E0D\u8212\u670D\u65F6\uFF0C\u5F88\u4E50\u610F\u8BA9\u4F34\u4FA3\u7167\u987E\u6211\u3002" }
    },
    {
      id: "rep1",
      scale: "repair",
      reversed: false,
      text: {
        en: "When an argument gets stuck, I suggest a short break and then come back to finish talking.",
        zh: "\u4E89\u5435\u9677\u5165\u50F5\u5C40\u65F6\uFF0C\u6211\u4F1A\u63D0\u8BAE\u5148\u6682\u505C\u4E00\u4E0B\uFF0C\u4E4B\u540E\u518D\u56DE\u6765\u628A\u8BDD\u8C08\u5B8C\u3002"
      }
    },
    {
      id: "crt1",
      scale: "criticism",
      reversed: false,
      text: {
        en: "When my partner lets me down, I say things like 'you are so selfish' instead of naming what happened.",
        zh: "\u4F34\u4FA3\u8BA9\u6211\u5931\u671B\u65F6\uFF0C\u6211\u4F1A\u8BF4\u201C\u4F60\u5C31\u662F\u81EA\u79C1\u201D\u8FD9\u7C7B\u8BDD\uFF0C\u800C\u4E0D\u662F\u53EA\u8BF4\u5177\u4F53\u53D1\u751F\u4E86\u4EC0\u4E48\u3002"
      }
    },
    {
      id: "anx3",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "I look for small signs that my partner still wants to be with me.",
        zh: "\u6211\u4F1A\u7559\u610F\u5404\u79CD\u5C0F\u7EC6\u8282\uFF0C\u60F3\u786E\u8BA4\u4F34\u4FA3\u662F\u4E0D\u662F\u8FD8\u60F3\u548C\u6211\u5728\u4E00\u8D77\u3002"
      }
    },
    {
      id: "avo3",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "After a particularly close weekend together, I find myself wanting extra time alone.",
        zh: "\u548C\u4F34\u4FA3\u5EA6\u8FC7\u4E00\u4E2A\u7279\u522B\u4EB2\u5BC6\u7684\u5468\u672B\u4E4B\u540E\uFF0C\u6211\u4F1A\u60F3\u591A\u7ED9\u81EA\u5DF1\u7559\u4E9B\u72EC\u5904\u7684\u65F6\u95F4\u3002"
      }
    },
    {
      id: "def1",
      scale: "defensiveness",
      reversed: false,
      text: {
        en: "When my partner raises a complaint, I quickly point out something they did wrong too.",
        zh: "\u4F34\u4FA3\u4E00\u62B1\u6028\uFF0C\u6211\u5C31\u9A6C\u4E0A\u6307\u51FA\u5BF9\u65B9\u4E5F\u6709\u505A\u5F97\u4E0D\u5BF9\u7684\u5730\u65B9\u3002"
      }
    },
    {
      id: "pur2",
      scale: "pursue",
      reversed: false,
      text: {
        en: "If my partner walks away in the middle of an argument, I follow them to keep talking.",
        zh: "\u5982\u679C\u4F34\u4FA3\u5435\u5230\u4E00\u534A\u8D70\u5F00\uFF0C\u6211\u4F1A\u8DDF\u8FC7\u53BB\u63A5\u7740\u8BF4\u3002"
      }
    },
    {
      id: "anx4",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "If my partner seems quieter than usual, I assume I have done something wrong.",
        zh: "\u4F34\u4FA3\u8981\u662F\u6BD4\u5E73\u65F6\u8BDD\u5C11\uFF0C\u6211\u5C31\u4F1A\u8BA4\u5B9A\u662F\u81EA\u5DF1\u54EA\u91CC\u505A\u9519\u4E86\u3002"
      }
    },
    {
      id: "rsp2",
      scale: "responsiveness",
      reversed: false,
      text: {
        en: "When my partner sends me a link or a photo, I reply with a genuine reaction.",
        zh: "\u4F34\u4FA3\u53D1\u7ED9\u6211\u4E00\u4E2A\u94FE\u63A5\u6216\u4E00\u5F20\u7167\u7247\u65F6\uFF0C\u6211\u4F1A\u771F\u5FC3\u5B9E\u610F\u5730\u56DE\u5E94\u3002"
      }
    },
    {
      id: "wdr2",
      scale: "withdraw",
      reversed: false,
      text: {
        en: "After a disagreement, I stop speaking to my partner for a while to show I am upset.",
        zh: "\u95F9\u4E86\u77DB\u76FE\u4E4B\u540E\uFF0C\u6211\u4F1A\u6709\u4E00\u9635\u5B50\u4E0D\u7406\u4F34\u4FA3\uFF0C\u8BA9\u5BF9\u65B9\u77E5\u9053\u6211\u4E0D\u9AD8\u5174\u3002"
      }
    },
    {
      id: "avo4",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "I would rather sort out a problem on my own than ask my partner for help.",
        zh: "\u9047\u5230\u96BE\u9898\u65F6\uFF0C\u6211\u5B81\u53EF\u81EA\u5DF1\u625B\u7740\u89E3\u51B3\uFF0C\u4E5F\u4E0D\u613F\u5F00\u53E3\u8BF7\u4F34\u4FA3\u5E2E\u5FD9\u3002"
      }
    },
    {
      id: "rep2",
      scale: "repair",
      reversed: false,
      text: {
        en: "I apologize for my part in a fight, even when I think my partner was also wrong.",
        zh: "\u5373\u4F7F\u89C9\u5F97\u4F34\u4FA3\u4E5F\u6709\u4E0D\u5BF9\uFF0C\u6211\u4E5F\u4F1A\u4E3A\u81EA\u5DF1\u5728\u4E89\u5435\u4E2D\u7684\u90A3\u4E00\u90E8\u5206\u9053\u6B49\u3002"
      }
    },
    {
      id: "anx5",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "I ask my partner more than once if we are okay, even after they say yes.",
        zh: "\u5373\u4F7F\u4F34\u4FA3\u5DF2\u7ECF\u8BF4\u4E86\u6CA1\u4E8B\uFF0C\u6211\u8FD8\u662F\u4F1A\u4E00\u518D\u786E\u8BA4\u6211\u4EEC\u4E4B\u95F4\u662F\u4E0D\u662F\u771F\u7684\u6CA1\u95EE\u9898\u3002"
      }
    },
    {
      id: "crt2",
      scale: "criticism",
      reversed: false,
      text: { en: "In arguments, I use sarcasm to score a point at my partner's expense.", zh: "\u4E89\u5435\u65F6\uFF0C\u6211\u4F1A\u8BF4\u4E9B\u6316\u82E6\u7684\u8BDD\uFF0C\u8BA9\u4F34\u4FA3\u4E0B\u4E0D\u6765\u53F0\u3002" }
    },
    {
      id: "avo5",
      scale: "avoidance",
      reversed: true,
      text: { en: "When I get bad news, my partner is one of the first people I tell.", zh: "\u9047\u5230\u574F\u6D88\u606F\u65F6\uFF0C\u4F34\u4FA3\u662F\u6211\u6700\u5148\u60F3\u544A\u8BC9\u7684\u4EBA\u4E4B\u4E00\u3002" }
    },
    {
      id: "pur3",
      scale: "pursue",
      reversed: false,
      text: {
        en: "I bring up the same complaint again and again until I feel my partner has really heard it.",
        zh: "\u540C\u4E00\u4EF6\u4E0D\u6EE1\uFF0C\u6211\u4F1A\u4E00\u904D\u53C8\u4E00\u904D\u5730\u63D0\uFF0C\u76F4\u5230\u89C9\u5F97\u4F34\u4FA3\u771F\u7684\u542C\u8FDB\u53BB\u4E86\u3002"
      }
    },
    {
      id: "wdr3",
      scale: "withdraw",
      reversed: false,
      text: {
        en: "When my partner raises a problem, I steer the conversation toward something else.",
        zh: "\u4F34\u4FA3\u4E00\u63D0\u8D77\u67D0\u4E2A\u95EE\u9898\uFF0C\u6211\u5C31\u628A\u8BDD\u9898\u5F15\u5230\u522B\u7684\u4E8B\u60C5\u4E0A\u3002"
      }
    },
    {
      id: "anx6",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "A few days apart from my partner leaves me unsure about where we stand.",
        zh: "\u548C\u4F34\u4FA3\u5206\u5F00\u51E0\u5929\uFF0C\u6211\u5C31\u4F1A\u5BF9\u6211\u4EEC\u7684\u5173\u7CFB\u5FC3\u91CC\u6CA1\u5E95\u3002"
      }
    },
    {
      id: "def2",
      scale: "defensiveness",
      reversed: false,
      text: {
        en: "When my partner says I hurt them, I explain why it was not really my fault.",
        zh: "\u4F34\u4FA3\u8BF4\u6211\u4F24\u4E86\u5BF9\u65B9\u7684\u5FC3\u65F6\uFF0C\u6211\u4F1A\u89E3\u91CA\u4E3A\u4EC0\u4E48\u90A3\u5176\u5B9E\u4E0D\u602A\u6211\u3002"
      }
    },
    {
      id: "avo6",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "When my partner wants to talk about where our relationship is heading, I want to wrap it up quickly.",
        zh: "\u4F34\u4FA3\u60F3\u804A\u804A\u6211\u4EEC\u7684\u5173\u7CFB\u5F80\u54EA\u91CC\u8D70\u65F6\uFF0C\u6211\u53EA\u60F3\u8D76\u7D27\u7ED3\u675F\u8FD9\u4E2A\u8BDD\u9898\u3002"
      }
    },
    {
      id: "rep3",
      scale: "repair",
      reversed: false,
      text: {
        en: "When we start to argue, I use gentle humor to ease the tension.",
        zh: "\u6211\u4EEC\u521A\u5F00\u59CB\u8D77\u4E89\u6267\u65F6\uFF0C\u6211\u4F1A\u7528\u4E00\u70B9\u6E29\u548C\u7684\u5E7D\u9ED8\u6765\u7F13\u548C\u6C14\u6C1B\u3002"
      }
    },
    {
      id: "rsp3",
      scale: "responsiveness",
      reversed: false,
      text: {
        en: "If my partner sighs or looks tired, I notice and ask how they are.",
        zh: "\u4F34\u4FA3\u53F9\u6C14\u6216\u770B\u8D77\u6765\u5F88\u7D2F\u65F6\uFF0C\u6211\u4F1A\u7559\u610F\u5230\uFF0C\u5E76\u95EE\u95EE\u5BF9\u65B9\u600E\u4E48\u4E86\u3002"
      }
    },
    {
      id: "anx7",
      scale: "anxiety",
      reversed: true,
      text: {
        en: "When my partner is busy for a week or two, I trust that we are still fine.",
        zh: "\u4F34\u4FA3\u5FD9\u4E0A\u4E00\u4E24\u4E2A\u661F\u671F\u987E\u4E0D\u4E0A\u6211\u65F6\uFF0C\u6211\u76F8\u4FE1\u6211\u4EEC\u4E4B\u95F4\u4F9D\u7136\u597D\u597D\u7684\u3002"
      }
    },
    {
      id: "pur4",
      scale: "pursue",
      reversed: false,
      text: {
        en: "When my partner goes quiet during a disagreement, I press harder for an answer.",
        zh: "\u4E89\u6267\u4E2D\u4F34\u4FA3\u4E00\u4E0D\u8BF4\u8BDD\uFF0C\u6211\u5C31\u4F1A\u8FFD\u5F97\u66F4\u7D27\uFF0C\u975E\u8981\u5BF9\u65B9\u7ED9\u4E2A\u56DE\u7B54\u3002"
      }
    },
    {
      id: "avo7",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "I keep some parts of my life to myself, even when my partner asks about them.",
        zh: "\u5373\u4F7F\u4F34\u4FA3\u95EE\u8D77\uFF0C\u6211\u4E5F\u4F1A\u628A\u751F\u6D3B\u4E2D\u7684\u67D0\u4E9B\u90E8\u5206\u7559\u7ED9\u81EA\u5DF1\uFF0C\u4E0D\u613F\u591A\u8C08\u3002"
      }
    },
    {
      id: "crt3",
      scale: "criticism",
      reversed: false,
      text: { en: "I catch myself rolling my eyes while my partner explains their side.", zh: "\u4F34\u4FA3\u5728\u89E3\u91CA\u81EA\u5DF1\u7684\u60F3\u6CD5\u65F6\uFF0C\u6211\u4F1A\u4E0D\u81EA\u89C9\u5730\u7FFB\u767D\u773C\u3002" }
    },
    {
      id: "wdr4",
      scale: "withdraw",
      reversed: false,
      text: {
        en: "During a tense conversation, I walk out of the room without saying when I will be back.",
        zh: "\u8C08\u8BDD\u6C14\u6C1B\u7D27\u5F20\u65F6\uFF0C\u6211\u4F1A\u76F4\u63A5\u8D70\u51FA\u623F\u95F4\uFF0C\u4E5F\u4E0D\u8BF4\u4EC0\u4E48\u65F6\u5019\u56DE\u6765\u3002"
      }
    },
    {
      id: "anx8",
      scale: "anxiety",
      reversed: false,
      text: {
        en: "I reread our messages to work out whether my partner is upset with me.",
        zh: "\u6211\u4F1A\u53CD\u590D\u7FFB\u770B\u6211\u4EEC\u7684\u804A\u5929\u8BB0\u5F55\uFF0C\u7422\u78E8\u4F34\u4FA3\u662F\u4E0D\u662F\u5728\u751F\u6211\u7684\u6C14\u3002"
      }
    },
    {
      id: "rep4",
      scale: "repair",
      reversed: false,
      text: {
        en: "I can talk with my partner about a problem without turning it into blame.",
        zh: "\u6211\u80FD\u548C\u4F34\u4FA3\u8C08\u8BBA\u4E00\u4E2A\u95EE\u9898\uFF0C\u800C\u4E0D\u628A\u5B83\u53D8\u6210\u4E92\u76F8\u6307\u8D23\u3002"
      }
    },
    {
      id: "avo8",
      scale: "avoidance",
      reversed: true,
      text: {
        en: "I look forward to long, unhurried evenings with just my partner and me.",
        zh: "\u6211\u5F88\u671F\u5F85\u548C\u4F34\u4FA3\u5355\u72EC\u5F85\u5728\u4E00\u8D77\uFF0C\u6162\u60A0\u60A0\u5730\u5EA6\u8FC7\u4E00\u4E2A\u665A\u4E0A\u3002"
      }
    },
    {
      id: "def3",
      scale: "defensiveness",
      reversed: false,
      text: {
        en: "I answer my partner's concerns with 'yes, but\u2026' before they have finished speaking.",
        zh: "\u4F34\u4FA3\u8FD8\u6CA1\u628A\u62C5\u5FC3\u8BF4\u5B8C\uFF0C\u6211\u5C31\u7528\u201C\u662F\u554A\uFF0C\u53EF\u662F\u2026\u2026\u201D\u628A\u8BDD\u63A5\u8FC7\u53BB\u3002"
      }
    },
    {
      id: "pur5",
      scale: "pursue",
      reversed: false,
      text: {
        en: "When something my partner did bothers me, I keep sending messages until they respond.",
        zh: "\u4F34\u4FA3\u505A\u7684\u4E8B\u8BA9\u6211\u4E0D\u8212\u670D\u65F6\uFF0C\u6211\u4F1A\u4E00\u6761\u63A5\u4E00\u6761\u5730\u53D1\u6D88\u606F\uFF0C\u76F4\u5230\u5BF9\u65B9\u56DE\u590D\u3002"
      }
    },
    {
      id: "anx9",
      scale: "anxiety",
      reversed: true,
      text: {
        en: "If my partner cancels our plans, I take it in stride without reading much into it.",
        zh: "\u5982\u679C\u4F34\u4FA3\u4E34\u65F6\u53D6\u6D88\u4E86\u6211\u4EEC\u7684\u5B89\u6392\uFF0C\u6211\u80FD\u4EE5\u5E73\u5E38\u5FC3\u770B\u5F85\uFF0C\u4E0D\u4F1A\u591A\u60F3\u3002"
      }
    },
    {
      id: "rsp4",
      scale: "responsiveness",
      reversed: false,
      text: { en: "When my partner starts talking to me, I put my phone down.", zh: "\u4F34\u4FA3\u8DDF\u6211\u8BF4\u8BDD\u65F6\uFF0C\u6211\u4F1A\u628A\u624B\u673A\u653E\u4E0B\u3002" }
    },
    {
      id: "avo9",
      scale: "avoidance",
      reversed: false,
      text: {
        en: "When my partner says something deeply affectionate, I feel an urge to crack a joke and move on.",
        zh: "\u4F34\u4FA3\u5BF9\u6211\u8BF4\u5F88\u6DF1\u60C5\u7684\u8BDD\u65F6\uFF0C\u6211\u4F1A\u5FCD\u4E0D\u4F4F\u5F00\u4E2A\u73A9\u7B11\uFF0C\u628A\u8BDD\u9898\u5C94\u5F00\u3002"
      }
    },
    {
      id: "crt4",
      scale: "criticism",
      reversed: false,
      text: {
        en: "When I am annoyed, I mimic the way my partner talks to make fun of them.",
        zh: "\u6211\u5FC3\u70E6\u7684\u65F6\u5019\uFF0C\u4F1A\u6A21\u4EFF\u4F34\u4FA3\u8BF4\u8BDD\u7684\u6837\u5B50\u6765\u53D6\u7B11\u5BF9\u65B9\u3002"
      }
    },
    {
      id: "wdr5",
      scale: "withdraw",
      reversed: false,
      text: {
        en: "After we argue, I leave my partner's messages unanswered for hours or even days.",
        zh: "\u5435\u5B8C\u67B6\u540E\uFF0C\u4F34\u4FA3\u53D1\u6765\u7684\u6D88\u606F\u6211\u4F1A\u597D\u51E0\u4E2A\u5C0F\u65F6\u751A\u81F3\u597D\u51E0\u5929\u90FD\u4E0D\u56DE\u3002"
      }
    },
    {
      id: "rep5",
      scale: "repair",
      reversed: false,
      text: { en: "When my partner tries to make up after a fight, I accept the gesture.", zh: "\u5435\u67B6\u540E\u4F34\u4FA3\u4E3B\u52A8\u793A\u597D\u65F6\uFF0C\u6211\u4F1A\u63A5\u53D7\u5BF9\u65B9\u7684\u597D\u610F\u3002" }
    },
    {
      id: "saf1",
      scale: "safety",
      reversed: false,
      text: { en: "I sometimes feel afraid of what my partner might do.", zh: "\u6211\u6709\u65F6\u4F1A\u5BB3\u6015\u4F34\u4FA3\u53EF\u80FD\u4F1A\u505A\u51FA\u4EC0\u4E48\u4E8B\u6765\u3002" }
    },
    {
      id: "saf2",
      scale: "safety",
      reversed: false,
      text: {
        en: "My partner controls who I see, where I go, my money, or my phone.",
        zh: "\u4F34\u4FA3\u4F1A\u7BA1\u63A7\u6211\u89C1\u4EC0\u4E48\u4EBA\u3001\u53BB\u4EC0\u4E48\u5730\u65B9\u3001\u600E\u4E48\u7528\u94B1\u6216\u600E\u4E48\u7528\u624B\u673A\u3002"
      }
    },
    {
      id: "saf3",
      scale: "safety",
      reversed: false,
      text: {
        en: "My partner threatens to harm me, children, pets, or themselves to get their way.",
        zh: "\u4F34\u4FA3\u4F1A\u4EE5\u4F24\u5BB3\u6211\u3001\u5B69\u5B50\u6216\u5BA0\u7269\uFF0C\u6216\u8005\u4EE5\u4F24\u5BB3\u81EA\u5DF1\u76F8\u5A01\u80C1\uFF0C\u903C\u6211\u987A\u4ECE\u3002"
      }
    },
    {
      id: "saf4",
      scale: "safety",
      reversed: false,
      text: {
        en: "My partner has pushed, hit or physically hurt me, or forced sexual contact on me.",
        zh: "\u4F34\u4FA3\u66FE\u63A8\u6421\u6211\u3001\u6253\u6211\u6216\u4EE5\u5176\u4ED6\u65B9\u5F0F\u4F24\u5BB3\u6211\u7684\u8EAB\u4F53\uFF0C\u6216\u5F3A\u8FEB\u6211\u53D1\u751F\u6027\u63A5\u89E6\u3002"
      }
    }
  ]
};

// src/features/assessment/instrument.ts
var PATTERN_SCALES = ["anxiety", "avoidance"];
var CONFLICT_SCALES = ["pursue", "withdraw", "criticism", "defensiveness"];
var RESOURCE_SCALES = ["repair", "responsiveness"];
var SCALES = [...PATTERN_SCALES, ...CONFLICT_SCALES, ...RESOURCE_SCALES, "safety"];
var MIN_ITEMS = {
  anxiety: 8,
  avoidance: 8,
  pursue: 4,
  withdraw: 4,
  criticism: 4,
  defensiveness: 3,
  repair: 5,
  responsiveness: 3,
  safety: 3
};
var Text = z2.object({ en: z2.string().trim().min(1), zh: z2.string().trim().min(1) });
var InstrumentSchema = z2.object({
  version: z2.string().min(1),
  scaleLabels: z2.object({ en: z2.array(z2.string().min(1)).length(7), zh: z2.array(z2.string().min(1)).length(7) }),
  today: Text,
  items: z2.array(z2.object({ id: z2.string().regex(/^[a-z]+\d+$/), scale: z2.enum(SCALES), reversed: z2.boolean(), text: Text }))
}).superRefine((instrument, ctx) => {
  const ids = instrument.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "item ids must be unique" });
  if (ids.length < 36 || ids.length > 48) ctx.addIssue({ code: "custom", message: `36\u201348 items expected, found ${ids.length}` });
  for (const scale of SCALES) {
    const items = instrument.items.filter((i) => i.scale === scale);
    if (items.length < MIN_ITEMS[scale]) ctx.addIssue({ code: "custom", message: `${scale}: at least ${MIN_ITEMS[scale]} items` });
    if (scale === "safety" && items.length > 4) ctx.addIssue({ code: "custom", message: "safety: at most 4 items" });
    if ((scale === "anxiety" || scale === "avoidance") && items.filter((i) => i.reversed).length * 3 < items.length) {
      ctx.addIssue({ code: "custom", message: `${scale}: at least a third of the items must be reverse-keyed` });
    }
  }
});
function loadInstrument(raw) {
  const parsed = InstrumentSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid instrument: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}
var INSTRUMENT = loadInstrument(instrument_v1_default);
function instrumentFor(instrument, lang) {
  return {
    version: instrument.version,
    lang,
    items: instrument.items.map((i) => ({ id: i.id, scale: i.scale, reversed: i.reversed, text: i.text[lang] })),
    scaleLabels: instrument.scaleLabels[lang],
    today: { text: instrument.today[lang] }
  };
}

// src/features/assessment/scoring.ts
var CUT = 4;
var MIN_ANSWERED_SHARE = 0.75;
var SAFETY_THRESHOLD = 5;
var TOP_HABITS = 2;
var round2 = (x) => Math.round((x + Number.EPSILON) * 100) / 100;
function scoreResponses(instrument, answers) {
  const scores = {};
  const missing = [];
  for (const scale of SCALES) {
    const items = instrument.items.filter((i) => i.scale === scale);
    const answered = items.filter((i) => answers[i.id] !== void 0);
    if (answered.length < items.length * MIN_ANSWERED_SHARE) {
      missing.push({ scale, items: items.filter((i) => answers[i.id] === void 0).map((i) => i.id) });
      continue;
    }
    const sum = answered.reduce((total, i) => {
      const value = answers[i.id];
      return total + (i.reversed ? 8 - value : value);
    }, 0);
    scores[scale] = round2(sum / answered.length);
  }
  if (missing.length > 0) return { ok: false, missing };
  const anxious = scores.anxiety > CUT;
  const avoidant = scores.avoidance > CUT;
  const pattern = anxious && avoidant ? "fearful" : anxious ? "anxious" : avoidant ? "avoidant" : "secure";
  const habits = [...CONFLICT_SCALES].filter((s) => scores[s] > CUT).sort((a, b) => scores[b] - scores[a] || CONFLICT_SCALES.indexOf(a) - CONFLICT_SCALES.indexOf(b)).slice(0, TOP_HABITS);
  const strongestResource = scores.responsiveness > scores.repair ? "responsiveness" : "repair";
  const safetyFlag = instrument.items.some((i) => i.scale === "safety" && (answers[i.id] ?? 0) >= SAFETY_THRESHOLD);
  return { ok: true, value: { scores, pattern, habits, strongestResource, safetyFlag } };
}

// src/features/assessment/about-view.tsx
import { Fragment as Fragment2, jsx as jsx5, jsxs as jsxs4 } from "hono/jsx/jsx-runtime";
var SECTIONS = ["measures", "scoring", "cut", "safety", "limits", "privacy"];
function AboutView({ ctx, comparisonMinimum }) {
  const { t: t2, lang } = ctx;
  const params = { cut: CUT.toFixed(1), threshold: SAFETY_THRESHOLD, min: comparisonMinimum };
  return /* @__PURE__ */ jsxs4(
    Layout,
    {
      ctx,
      seo: {
        title: t2("about.title"),
        description: t2("about.measures"),
        path: `/${lang}/test/about`,
        alternates: { en: "/en/test/about", zh: "/zh/test/about" }
      },
      children: [
        /* @__PURE__ */ jsx5(
          Breadcrumbs,
          {
            ctx,
            trail: [{ label: t2("nav.home"), href: paths.home(lang) }, { label: t2("test.title"), href: paths.test(lang) }, { label: t2("about.title") }]
          }
        ),
        /* @__PURE__ */ jsx5("h1", { children: t2("about.title") }),
        /* @__PURE__ */ jsx5("div", { class: "prose", children: SECTIONS.map((s) => /* @__PURE__ */ jsxs4(Fragment2, { children: [
          /* @__PURE__ */ jsx5("h2", { children: t2(`about.${s}Heading`) }),
          /* @__PURE__ */ jsx5("p", { children: t2(`about.${s}`, params) })
        ] })) }),
        /* @__PURE__ */ jsx5("p", { children: /* @__PURE__ */ jsx5("a", { class: "button", href: paths.test(lang), children: t2("test.invite.cta") }) })
      ]
    }
  );
}

// src/ui/fonts.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
var cache;
function notoSansSc() {
  if (!cache) {
    const require2 = createRequire(import.meta.url);
    const file = (weight) => readFileSync2(require2.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
    cache = { regular: file("400Regular"), bold: file("700Bold") };
  }
  return cache;
}

// src/features/assessment/texts.ts
import { z as z3 } from "zod";

// src/features/assessment/result-texts.json
var result_texts_default = {
  patterns: {
    secure: {
      name: {
        en: "Secure base",
        zh: "\u5B89\u5FC3\u6E2F\u6E7E\uFF08\u5B89\u5168\u578B\uFF09"
      },
      tagline: {
        en: "You can stay close and stay yourself, even when things get hard.",
        zh: "\u4EB2\u8FD1\u65F6\u4E0D\u5931\u53BB\u81EA\u5DF1\uFF0C\u8270\u96BE\u65F6\u4E5F\u4E0D\u6025\u7740\u9003\u5F00\u3002"
      },
      summary: {
        en: "Your answers suggest that, for now, closeness feels mostly safe to you and some distance does not feel like a threat. You can usually ask for what you need and give your partner room without too much worry. These scores sit on a continuum rather than in a box, and they shift over time and with the relationships you are in.",
        zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u76EE\u524D\u4EB2\u8FD1\u5BF9\u4F60\u6765\u8BF4\u5927\u591A\u662F\u5B89\u5FC3\u7684\uFF0C\u9002\u5F53\u7684\u8DDD\u79BB\u4E5F\u4E0D\u592A\u4F1A\u8BA9\u4F60\u611F\u5230\u5A01\u80C1\u3002\u4F60\u901A\u5E38\u80FD\u8BF4\u51FA\u81EA\u5DF1\u7684\u9700\u8981\uFF0C\u4E5F\u80FD\u7ED9\u4F34\u4FA3\u7559\u51FA\u7A7A\u95F4\uFF0C\u800C\u4E0D\u5FC5\u8FC7\u5206\u62C5\u5FE7\u3002\u8FD9\u4E9B\u5206\u6570\u662F\u4E00\u6761\u8FDE\u7EED\u7684\u523B\u5EA6\uFF0C\u800C\u4E0D\u662F\u4E00\u4E2A\u56FA\u5B9A\u7684\u6807\u7B7E\uFF0C\u5B83\u4F1A\u968F\u7740\u65F6\u95F4\u548C\u4F60\u6240\u5904\u7684\u5173\u7CFB\u800C\u53D8\u5316\u3002"
      },
      strengths: {
        en: "You tend to trust that a disagreement can be survived, which makes it easier to stay in the conversation. You can often offer comfort and also receive it, and that steadiness can help a partner feel calmer too.",
        zh: "\u4F60\u5F80\u5F80\u76F8\u4FE1\u4E00\u6B21\u5206\u6B67\u5E76\u4E0D\u4F1A\u6BC1\u6389\u5173\u7CFB\uFF0C\u56E0\u6B64\u66F4\u5BB9\u6613\u7559\u5728\u5BF9\u8BDD\u91CC\u3002\u4F60\u5E38\u5E38\u65E2\u80FD\u7ED9\u51FA\u5B89\u6170\uFF0C\u4E5F\u80FD\u63A5\u53D7\u5B89\u6170\uFF0C\u8FD9\u4EFD\u7A33\u5B9A\u4E5F\u4F1A\u8BA9\u4F34\u4FA3\u66F4\u5BB9\u6613\u5E73\u9759\u4E0B\u6765\u3002"
      },
      inConflict: {
        en: "In conflict you are more likely to stay present, name what you feel and look for a way back. Even so, no one is steady all the time: under stress, exhaustion or a partner's strong fear, the two of you may still slip into a loop of one pushing and one pulling back. When that happens, it is a cycle you are caught in together, not a sign that something in you has broken.",
        zh: "\u53D1\u751F\u51B2\u7A81\u65F6\uFF0C\u4F60\u66F4\u53EF\u80FD\u7559\u5728\u5F53\u4E0B\uFF0C\u8BF4\u51FA\u81EA\u5DF1\u7684\u611F\u53D7\uFF0C\u5E76\u5BFB\u627E\u548C\u597D\u7684\u8DEF\u3002\u4E0D\u8FC7\uFF0C\u6CA1\u6709\u4EBA\u80FD\u4E00\u76F4\u4FDD\u6301\u7A33\u5B9A\uFF1A\u5728\u538B\u529B\u3001\u75B2\u60EB\u6216\u4F34\u4FA3\u5F3A\u70C8\u7684\u4E0D\u5B89\u9762\u524D\uFF0C\u4F60\u4EEC\u4E5F\u53EF\u80FD\u9677\u5165\u4E00\u65B9\u8FFD\u3001\u4E00\u65B9\u9000\u7684\u5FAA\u73AF\u3002\u8FD9\u65F6\uFF0C\u90A3\u662F\u4F60\u4EEC\u4E24\u4E2A\u4EBA\u4E00\u8D77\u88AB\u5377\u8FDB\u53BB\u7684\u5FAA\u73AF\uFF0C\u5E76\u4E0D\u4EE3\u8868\u4F60\u8EAB\u4E0A\u6709\u4EC0\u4E48\u574F\u6389\u4E86\u3002"
      },
      whatHelps: {
        en: "Keep doing what already works: checking in, saying sorry when it fits, and coming back after a hard talk. Notice the small moments when your partner reaches for you \u2014 a comment, a look, a shared joke \u2014 and respond when you can. It can help to name these moments out loud, so both of you see what is holding the relationship together. If your partner's pattern differs from yours, asking with curiosity what they need usually works better than telling them not to worry.",
        zh: "\u7EE7\u7EED\u505A\u90A3\u4E9B\u5DF2\u7ECF\u6709\u6548\u7684\u4E8B\uFF1A\u5E38\u5E38\u95EE\u5019\u5F7C\u6B64\uFF0C\u8BE5\u9053\u6B49\u65F6\u9053\u6B49\uFF0C\u8270\u96BE\u7684\u8C08\u8BDD\u4E4B\u540E\u4E3B\u52A8\u56DE\u6765\u3002\u7559\u610F\u4F34\u4FA3\u5411\u4F60\u4F38\u51FA\u624B\u7684\u5C0F\u5C0F\u65F6\u523B\u2014\u2014\u4E00\u53E5\u8BDD\u3001\u4E00\u4E2A\u773C\u795E\u3001\u4E00\u4E2A\u53EA\u6709\u4F60\u4EEC\u61C2\u7684\u73A9\u7B11\u2014\u2014\u5C3D\u91CF\u7ED9\u51FA\u56DE\u5E94\u3002\u628A\u8FD9\u4E9B\u65F6\u523B\u8BF4\u51FA\u6765\u4E5F\u4F1A\u6709\u5E2E\u52A9\uFF0C\u8BA9\u4F60\u4EEC\u90FD\u770B\u89C1\u662F\u4EC0\u4E48\u5728\u652F\u6491\u7740\u8FD9\u6BB5\u5173\u7CFB\u3002\u5982\u679C\u4F34\u4FA3\u7684\u6A21\u5F0F\u548C\u4F60\u4E0D\u540C\uFF0C\u5E26\u7740\u597D\u5947\u95EE\u95EE\u5BF9\u65B9\u9700\u8981\u4EC0\u4E48\uFF0C\u901A\u5E38\u6BD4\u529D\u5BF9\u65B9\u201C\u522B\u62C5\u5FC3\u201D\u66F4\u6709\u7528\u3002"
      }
    },
    anxious: {
      name: {
        en: "Seeking closeness",
        zh: "\u6E34\u671B\u9760\u8FD1\uFF08\u7126\u8651\u578B\uFF09"
      },
      tagline: {
        en: "You love with your whole heart and notice every shift in the connection.",
        zh: "\u4F60\u5168\u5FC3\u6295\u5165\u5730\u53BB\u7231\uFF0C\u4E5F\u654F\u9510\u5730\u611F\u77E5\u7740\u5173\u7CFB\u91CC\u7684\u6BCF\u4E00\u70B9\u53D8\u5316\u3002"
      },
      summary: {
        en: "Your answers suggest that closeness matters a great deal to you, and that distance or silence from a partner can quickly feel worrying. This is a deeply human way of protecting a bond you care about. Scores like these move along a continuum and often soften over time, especially in relationships that feel reliably safe.",
        zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4EB2\u8FD1\u5BF9\u4F60\u6765\u8BF4\u975E\u5E38\u91CD\u8981\uFF0C\u4F34\u4FA3\u7684\u758F\u8FDC\u6216\u6C89\u9ED8\u5F88\u5FEB\u5C31\u4F1A\u8BA9\u4F60\u611F\u5230\u4E0D\u5B89\u3002\u8FD9\u662F\u4E00\u79CD\u518D\u81EA\u7136\u4E0D\u8FC7\u7684\u65B9\u5F0F\uFF0C\u7528\u6765\u5B88\u62A4\u4E00\u6BB5\u4F60\u73CD\u89C6\u7684\u5173\u7CFB\u3002\u8FD9\u7C7B\u5206\u6570\u5904\u5728\u4E00\u6761\u8FDE\u7EED\u7684\u523B\u5EA6\u4E0A\uFF0C\u5E38\u5E38\u4F1A\u968F\u7740\u65F6\u95F4\u6162\u6162\u7F13\u548C\uFF0C\u5C24\u5176\u662F\u5728\u4E00\u6BB5\u8BA9\u4EBA\u6301\u7EED\u611F\u5230\u5B89\u5FC3\u7684\u5173\u7CFB\u91CC\u3002"
      },
      strengths: {
        en: "You are often warm, attentive and quick to sense when something is off between you. You care about making things right and are willing to put real energy into the relationship, which becomes a gift when it is met with responsiveness.",
        zh: "\u4F60\u5F80\u5F80\u6E29\u6696\u3001\u7EC6\u5FC3\uFF0C\u80FD\u5F88\u5FEB\u5BDF\u89C9\u4F60\u4EEC\u4E4B\u95F4\u54EA\u91CC\u4E0D\u5BF9\u52B2\u3002\u4F60\u5728\u610F\u628A\u5173\u7CFB\u4FEE\u8865\u597D\uFF0C\u4E5F\u613F\u610F\u4E3A\u8FD9\u6BB5\u5173\u7CFB\u771F\u5FC3\u4ED8\u51FA\uFF1B\u5F53\u8FD9\u4EFD\u6295\u5165\u5F97\u5230\u56DE\u5E94\u65F6\uFF0C\u5B83\u4F1A\u6210\u4E3A\u5173\u7CFB\u91CC\u73CD\u8D35\u7684\u793C\u7269\u3002"
      },
      inConflict: {
        en: "When you feel a gap opening, you may reach harder \u2014 more messages, more questions, more urgency \u2014 because the distance itself hurts. If your partner copes by stepping back, the two of you can get caught in a loop: the more one reaches, the more the other retreats, and the more the other retreats, the more the first one reaches. Neither of you is the villain here; the cycle is fed by both people's fear.",
        zh: "\u5F53\u4F60\u611F\u5230\u5F7C\u6B64\u4E4B\u95F4\u51FA\u73B0\u8DDD\u79BB\u65F6\uFF0C\u4F60\u53EF\u80FD\u4F1A\u66F4\u7528\u529B\u5730\u9760\u8FD1\u2014\u2014\u66F4\u591A\u7684\u6D88\u606F\u3001\u66F4\u591A\u7684\u8FFD\u95EE\u3001\u66F4\u6025\u5207\u7684\u8BED\u6C14\u2014\u2014\u56E0\u4E3A\u8DDD\u79BB\u672C\u8EAB\u5C31\u8BA9\u4F60\u96BE\u53D7\u3002\u5982\u679C\u4F34\u4FA3\u4E60\u60EF\u7528\u540E\u9000\u6765\u5E94\u5BF9\uFF0C\u4F60\u4EEC\u5C31\u53EF\u80FD\u9677\u5165\u4E00\u4E2A\u5FAA\u73AF\uFF1A\u4E00\u65B9\u8D8A\u8FFD\uFF0C\u53E6\u4E00\u65B9\u8D8A\u9000\uFF1B\u53E6\u4E00\u65B9\u8D8A\u9000\uFF0C\u8FD9\u4E00\u65B9\u5C31\u8D8A\u8FFD\u3002\u8FD9\u91CC\u6CA1\u6709\u8C01\u662F\u574F\u4EBA\uFF0C\u8FD9\u4E2A\u5FAA\u73AF\u662F\u88AB\u4E24\u4E2A\u4EBA\u5404\u81EA\u7684\u4E0D\u5B89\u4E00\u8D77\u5582\u5927\u7684\u3002"
      },
      whatHelps: {
        en: "Before reaching out in a worried moment, try a few minutes of settling yourself first \u2014 slow breathing, a short walk, or writing down what you fear is happening. Then ask for one clear thing, such as 'Could you text me when you land?', rather than testing or hinting. A short, predictable ritual before time apart \u2014 a hug, a plan for when you will next talk \u2014 can take a lot of pressure off both of you. It also helps to notice and remember the times your partner did come back.",
        zh: "\u5728\u4E0D\u5B89\u7684\u65F6\u523B\u4F38\u51FA\u624B\u4E4B\u524D\uFF0C\u5148\u82B1\u51E0\u5206\u949F\u8BA9\u81EA\u5DF1\u7A33\u4E0B\u6765\u2014\u2014\u6162\u6162\u547C\u5438\u3001\u51FA\u53BB\u8D70\u8D70\uFF0C\u6216\u8005\u628A\u4F60\u62C5\u5FC3\u6B63\u5728\u53D1\u751F\u7684\u4E8B\u5199\u4E0B\u6765\u3002\u7136\u540E\u6E05\u695A\u5730\u63D0\u51FA\u4E00\u4E2A\u5177\u4F53\u7684\u8BF7\u6C42\uFF0C\u6BD4\u5982\u201C\u843D\u5730\u540E\u53EF\u4EE5\u7ED9\u6211\u53D1\u6761\u6D88\u606F\u5417\uFF1F\u201D\uFF0C\u800C\u4E0D\u662F\u8BD5\u63A2\u6216\u6697\u793A\u3002\u5206\u5F00\u4E4B\u524D\u7EA6\u5B9A\u4E00\u4E2A\u7B80\u77ED\u3001\u56FA\u5B9A\u7684\u5C0F\u4EEA\u5F0F\u2014\u2014\u4E00\u4E2A\u62E5\u62B1\u3001\u8BF4\u597D\u4E0B\u6B21\u4EC0\u4E48\u65F6\u5019\u8054\u7CFB\u2014\u2014\u80FD\u4E3A\u4F60\u4EEC\u4E24\u4E2A\u4EBA\u90FD\u51CF\u8F7B\u4E0D\u5C11\u538B\u529B\u3002\u4E5F\u53EF\u4EE5\u7559\u610F\u5E76\u8BB0\u4F4F\u90A3\u4E9B\u4F34\u4FA3\u786E\u5B9E\u56DE\u5230\u4F60\u8EAB\u8FB9\u7684\u65F6\u523B\u3002"
      }
    },
    avoidant: {
      name: {
        en: "Keeping distance",
        zh: "\u4FDD\u6301\u8DDD\u79BB\uFF08\u56DE\u907F\u578B\uFF09"
      },
      tagline: {
        en: "You value steadiness and space, and you can let closeness in at your own pace.",
        zh: "\u4F60\u770B\u91CD\u5E73\u7A33\u4E0E\u7A7A\u95F4\uFF0C\u4E5F\u53EF\u4EE5\u6309\u81EA\u5DF1\u7684\u8282\u594F\uFF0C\u8BA9\u4EB2\u8FD1\u4E00\u70B9\u70B9\u8D70\u8FDB\u6765\u3002"
      },
      summary: {
        en: "Your answers suggest that you tend to rely on yourself, and that a lot of emotional closeness or need can feel like pressure. Often this grew out of learning, somewhere along the way, that managing alone was the safest option. These scores sit on a continuum, not in a fixed category, and they can shift over time and in relationships where closeness does not come at a cost.",
        zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u503E\u5411\u4E8E\u4F9D\u9760\u81EA\u5DF1\uFF0C\u800C\u8FC7\u591A\u7684\u60C5\u611F\u4EB2\u5BC6\u6216\u9700\u8981\u53EF\u80FD\u4F1A\u8BA9\u4F60\u611F\u5230\u538B\u529B\u3002\u8FD9\u5F80\u5F80\u6E90\u4E8E\u4F60\u5728\u8FC7\u53BB\u67D0\u4E2A\u9636\u6BB5\u5B66\u5230\uFF1A\u81EA\u5DF1\u625B\u7740\u662F\u6700\u5B89\u5168\u7684\u9009\u62E9\u3002\u8FD9\u4E9B\u5206\u6570\u5904\u5728\u4E00\u6761\u8FDE\u7EED\u7684\u523B\u5EA6\u4E0A\uFF0C\u800C\u4E0D\u662F\u4E00\u4E2A\u56FA\u5B9A\u7684\u7C7B\u522B\uFF1B\u968F\u7740\u65F6\u95F4\u63A8\u79FB\uFF0C\u5728\u4E00\u6BB5\u4EB2\u8FD1\u4E0D\u5FC5\u4ED8\u51FA\u4EE3\u4EF7\u7684\u5173\u7CFB\u91CC\uFF0C\u5B83\u4EEC\u4E5F\u53EF\u80FD\u53D1\u751F\u53D8\u5316\u3002"
      },
      strengths: {
        en: "You are often calm under pressure, independent, and able to give a partner room to be themselves. Your habit of thinking things through before reacting can keep a hard moment from escalating, especially when you let your partner know you are still there.",
        zh: "\u4F60\u5F80\u5F80\u5728\u538B\u529B\u4E0B\u4FDD\u6301\u51B7\u9759\uFF0C\u72EC\u7ACB\uFF0C\u4E5F\u80FD\u7ED9\u4F34\u4FA3\u7559\u51FA\u505A\u81EA\u5DF1\u7684\u7A7A\u95F4\u3002\u4F60\u4E60\u60EF\u5148\u60F3\u6E05\u695A\u518D\u56DE\u5E94\uFF0C\u8FD9\u80FD\u907F\u514D\u8270\u96BE\u7684\u65F6\u523B\u8FDB\u4E00\u6B65\u5347\u7EA7\u2014\u2014\u5C24\u5176\u662F\u5F53\u4F60\u8BA9\u4F34\u4FA3\u77E5\u9053\u4F60\u4F9D\u7136\u5728\u573A\u7684\u65F6\u5019\u3002"
      },
      inConflict: {
        en: "When emotions run high, you may go quiet, change the subject or need to leave the room \u2014 because the intensity feels overwhelming, not because you do not care. A partner who fears distance may read this as rejection and push harder, which makes you want to step back even more. That loop of one pursuing and one withdrawing happens to both of you, and each person's move makes sense from the inside.",
        zh: "\u60C5\u7EEA\u6FC0\u70C8\u65F6\uFF0C\u4F60\u53EF\u80FD\u4F1A\u6C89\u9ED8\u3001\u8F6C\u79FB\u8BDD\u9898\uFF0C\u6216\u8005\u9700\u8981\u79BB\u5F00\u623F\u95F4\u2014\u2014\u8FD9\u662F\u56E0\u4E3A\u90A3\u4EFD\u5F3A\u5EA6\u8BA9\u4F60\u62DB\u67B6\u4E0D\u4F4F\uFF0C\u800C\u4E0D\u662F\u56E0\u4E3A\u4F60\u4E0D\u5728\u4E4E\u3002\u4E00\u4E2A\u5BB3\u6015\u8DDD\u79BB\u7684\u4F34\u4FA3\u53EF\u80FD\u4F1A\u628A\u8FD9\u7406\u89E3\u4E3A\u62D2\u7EDD\uFF0C\u4E8E\u662F\u66F4\u7528\u529B\u5730\u8FFD\u95EE\uFF0C\u800C\u8FD9\u53C8\u8BA9\u4F60\u66F4\u60F3\u540E\u9000\u3002\u8FD9\u79CD\u4E00\u65B9\u8FFD\u3001\u4E00\u65B9\u9000\u7684\u5FAA\u73AF\u662F\u53D1\u751F\u5728\u4F60\u4EEC\u4E24\u4E2A\u4EBA\u8EAB\u4E0A\u7684\uFF0C\u800C\u4E14\u4ECE\u5404\u81EA\u7684\u89D2\u5EA6\u770B\uFF0C\u6BCF\u4E2A\u4EBA\u7684\u53CD\u5E94\u90FD\u8BF4\u5F97\u901A\u3002"
      },
      whatHelps: {
        en: "When you need space, say so and name when you will come back: 'I need twenty minutes to calm down, then I want to finish this.' Then really return, even if only to say a little. Practise small steps of sharing \u2014 one feeling, one worry, one thing you appreciated today \u2014 rather than waiting until you have it all worked out. Noticing the body signs that you are becoming overwhelmed, such as a racing heart or going blank, can help you pause before shutting down completely.",
        zh: "\u9700\u8981\u7A7A\u95F4\u7684\u65F6\u5019\uFF0C\u76F4\u63A5\u8BF4\u51FA\u6765\uFF0C\u5E76\u8BF4\u660E\u4EC0\u4E48\u65F6\u5019\u56DE\u6765\uFF1A\u201C\u6211\u9700\u8981\u4E8C\u5341\u5206\u949F\u51B7\u9759\u4E00\u4E0B\uFF0C\u7136\u540E\u6211\u60F3\u628A\u8FD9\u4EF6\u4E8B\u8C08\u5B8C\u3002\u201D\u4E4B\u540E\u771F\u7684\u56DE\u6765\uFF0C\u54EA\u6015\u53EA\u662F\u8BF4\u4E0A\u51E0\u53E5\u3002\u7EC3\u4E60\u4E00\u5C0F\u6B65\u4E00\u5C0F\u6B65\u5730\u5206\u4EAB\u2014\u2014\u4E00\u79CD\u611F\u53D7\u3001\u4E00\u4E2A\u62C5\u5FC3\u3001\u4E00\u4EF6\u4ECA\u5929\u8BA9\u4F60\u611F\u6FC0\u7684\u4E8B\u2014\u2014\u800C\u4E0D\u662F\u7B49\u5230\u4E00\u5207\u90FD\u60F3\u6E05\u695A\u4E86\u624D\u5F00\u53E3\u3002\u7559\u610F\u81EA\u5DF1\u5FEB\u88AB\u60C5\u7EEA\u6DF9\u6CA1\u65F6\u7684\u8EAB\u4F53\u4FE1\u53F7\uFF0C\u6BD4\u5982\u5FC3\u8DF3\u52A0\u901F\u3001\u8111\u5B50\u4E00\u7247\u7A7A\u767D\uFF0C\u53EF\u4EE5\u5E2E\u4F60\u5728\u5B8C\u5168\u5173\u95ED\u4E4B\u524D\u5148\u6682\u505C\u4E00\u4E0B\u3002"
      }
    },
    fearful: {
      name: {
        en: "Torn between closeness and distance",
        zh: "\u5728\u9760\u8FD1\u4E0E\u9000\u7F29\u4E4B\u95F4\uFF08\u6050\u60E7\u578B\uFF09"
      },
      tagline: {
        en: "You long for closeness and also brace against it \u2014 both make sense, and both deserve gentleness.",
        zh: "\u4F60\u6E34\u671B\u4EB2\u8FD1\uFF0C\u53C8\u4E0D\u7531\u81EA\u4E3B\u5730\u9632\u5907\u5B83\u2014\u2014\u8FD9\u4E24\u79CD\u611F\u53D7\u90FD\u60C5\u6709\u53EF\u539F\uFF0C\u4E5F\u90FD\u503C\u5F97\u88AB\u6E29\u67D4\u5BF9\u5F85\u3002"
      },
      summary: {
        en: "Your answers suggest that you want closeness and also find it frightening, so you may swing between reaching for a partner and pulling away. This often makes sense in light of earlier experiences where closeness and hurt came together. Like all of these scores, it is a point on a continuum that can change over time, especially with patient, safe relationships and support.",
        zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u6E34\u671B\u4EB2\u8FD1\uFF0C\u540C\u65F6\u53C8\u5BF9\u4EB2\u8FD1\u611F\u5230\u5BB3\u6015\uFF0C\u56E0\u6B64\u4F60\u53EF\u80FD\u4F1A\u5728\u9760\u8FD1\u4F34\u4FA3\u548C\u9000\u5F00\u4E4B\u95F4\u6765\u56DE\u6446\u52A8\u3002\u5982\u679C\u5728\u8FC7\u53BB\u7684\u7ECF\u5386\u91CC\uFF0C\u4EB2\u8FD1\u548C\u4F24\u5BB3\u66FE\u7ECF\u4E00\u8D77\u51FA\u73B0\u8FC7\uFF0C\u8FD9\u6837\u7684\u53CD\u5E94\u5C31\u5F88\u5BB9\u6613\u7406\u89E3\u3002\u548C\u6240\u6709\u8FD9\u4E9B\u5206\u6570\u4E00\u6837\uFF0C\u8FD9\u53EA\u662F\u4E00\u6761\u8FDE\u7EED\u523B\u5EA6\u4E0A\u7684\u4E00\u4E2A\u4F4D\u7F6E\uFF0C\u5B83\u4F1A\u968F\u7740\u65F6\u95F4\u6539\u53D8\uFF0C\u5C24\u5176\u662F\u5728\u8010\u5FC3\u3001\u5B89\u5168\u7684\u5173\u7CFB\u548C\u652F\u6301\u4E4B\u4E2D\u3002"
      },
      strengths: {
        en: "Because you know both the longing and the fear from the inside, you are often deeply understanding of other people's vulnerability. You are also still reaching for connection, and that willingness is a real resource to build on.",
        zh: "\u56E0\u4E3A\u4F60\u4ECE\u5185\u5FC3\u6DF1\u5904\u540C\u65F6\u4F53\u4F1A\u8FC7\u6E34\u671B\u4E0E\u6050\u60E7\uFF0C\u4F60\u5F80\u5F80\u5BF9\u4ED6\u4EBA\u7684\u8106\u5F31\u6709\u5F88\u6DF1\u7684\u4F53\u8C05\u3002\u4F60\u4F9D\u7136\u5728\u52AA\u529B\u5BFB\u6C42\u8FDE\u63A5\uFF0C\u8FD9\u4EFD\u613F\u610F\u672C\u8EAB\u5C31\u662F\u53EF\u4EE5\u7EE7\u7EED\u4F9D\u9760\u7684\u529B\u91CF\u3002"
      },
      inConflict: {
        en: "In conflict you may feel pulled two ways at once: urgently wanting reassurance, then feeling unsafe when it comes close, and withdrawing. A partner can find these shifts confusing and respond by pushing or retreating, which can seem to confirm the fears on both sides. This is a cycle that catches both of you, and it usually eases when the pace slows down.",
        zh: "\u51B2\u7A81\u4E2D\uFF0C\u4F60\u53EF\u80FD\u540C\u65F6\u88AB\u4E24\u80A1\u529B\u91CF\u62C9\u626F\uFF1A\u6025\u5207\u5730\u60F3\u8981\u5B89\u6170\uFF0C\u53EF\u5F53\u5B89\u6170\u771F\u7684\u9760\u8FD1\u65F6\u53C8\u89C9\u5F97\u4E0D\u5B89\u5168\uFF0C\u4E8E\u662F\u9000\u5F00\u3002\u4F34\u4FA3\u53EF\u80FD\u4F1A\u5BF9\u8FD9\u79CD\u53D8\u5316\u611F\u5230\u56F0\u60D1\uFF0C\u8F6C\u800C\u8FFD\u5F97\u66F4\u7D27\u6216\u9000\u5F97\u66F4\u8FDC\uFF0C\u8FD9\u53C8\u4F1A\u8BA9\u53CC\u65B9\u7684\u62C5\u5FC3\u90FD\u50CF\u662F\u88AB\u8BC1\u5B9E\u4E86\u3002\u8FD9\u662F\u4E00\u4E2A\u628A\u4F60\u4EEC\u4E24\u4E2A\u4EBA\u90FD\u5377\u8FDB\u53BB\u7684\u5FAA\u73AF\uFF0C\u800C\u5F53\u8282\u594F\u6162\u4E0B\u6765\u65F6\uFF0C\u5B83\u901A\u5E38\u4E5F\u4F1A\u7F13\u548C\u3002"
      },
      whatHelps: {
        en: "Go slowly: it is fine to share one small thing at a time and to check how it feels afterwards. When you notice yourself swinging toward or away, try meeting that with self-compassion rather than self-criticism \u2014 a part of you is trying to keep you safe. In a calm moment, telling your partner about this push and pull can help them not take the swings personally. Working with a counsellor or therapist on your own can offer a steady place to understand where the fear comes from.",
        zh: "\u6162\u6162\u6765\uFF1A\u4E00\u6B21\u53EA\u5206\u4EAB\u4E00\u4EF6\u5C0F\u4E8B\uFF0C\u7136\u540E\u7559\u610F\u5206\u4EAB\u4E4B\u540E\u81EA\u5DF1\u7684\u611F\u53D7\uFF0C\u8FD9\u5B8C\u5168\u53EF\u4EE5\u3002\u5F53\u4F60\u53D1\u73B0\u81EA\u5DF1\u5FFD\u7136\u60F3\u9760\u8FD1\u6216\u60F3\u9003\u5F00\u65F6\uFF0C\u8BD5\u7740\u7528\u81EA\u6211\u5173\u6000\u800C\u4E0D\u662F\u81EA\u6211\u6279\u8BC4\u53BB\u56DE\u5E94\u2014\u2014\u4F60\u5185\u5FC3\u7684\u67D0\u4E2A\u90E8\u5206\u6B63\u5728\u52AA\u529B\u4FDD\u62A4\u4F60\u3002\u5728\u5E73\u9759\u7684\u65F6\u5019\uFF0C\u628A\u8FD9\u79CD\u4E00\u63A8\u4E00\u62C9\u7684\u611F\u53D7\u544A\u8BC9\u4F34\u4FA3\uFF0C\u53EF\u4EE5\u5E2E\u52A9\u5BF9\u65B9\u4E0D\u628A\u8FD9\u4E9B\u8D77\u4F0F\u5F53\u6210\u9488\u5BF9\u81EA\u5DF1\u3002\u4E5F\u53EF\u4EE5\u8003\u8651\u5355\u72EC\u627E\u4E00\u4F4D\u5FC3\u7406\u54A8\u8BE2\u5E08\u804A\u804A\uFF0C\u90A3\u4F1A\u662F\u4E00\u4E2A\u7A33\u5B9A\u7684\u5730\u65B9\uFF0C\u5E2E\u4F60\u6162\u6162\u7406\u89E3\u8FD9\u4EFD\u5BB3\u6015\u4ECE\u4F55\u800C\u6765\u3002"
      }
    }
  },
  habits: {
    pursue: {
      name: {
        en: "Pressing for connection",
        zh: "\u6025\u5207\u8FFD\u95EE"
      },
      description: {
        en: "Pursuing means pressing a partner to talk, respond or change \u2014 sometimes with urgency, repeated questions or a rising voice. Underneath, it is usually trying to protect the connection and to make sure you are not left alone with a problem.",
        zh: "\u8FFD\u95EE\u6307\u7684\u662F\u8FEB\u5207\u5730\u8981\u6C42\u4F34\u4FA3\u4EA4\u8C08\u3001\u56DE\u5E94\u6216\u6539\u53D8\u2014\u2014\u6709\u65F6\u5E26\u7740\u6025\u5207\u7684\u8BED\u6C14\u3001\u53CD\u590D\u7684\u8FFD\u95EE\uFF0C\u6216\u8005\u4E0D\u81EA\u89C9\u63D0\u9AD8\u7684\u97F3\u91CF\u3002\u5728\u8FD9\u80CC\u540E\uFF0C\u5B83\u901A\u5E38\u662F\u5728\u5B88\u62A4\u4F60\u4EEC\u4E4B\u95F4\u7684\u8FDE\u63A5\uFF0C\u4E0D\u60F3\u8BA9\u81EA\u5DF1\u72EC\u81EA\u9762\u5BF9\u95EE\u9898\u3002"
      },
      whatHelps: {
        en: "Slow down before you start: a calm, gentle opening such as 'I've felt a bit lonely this week \u2014 could we have an evening together?' is much easier to hear than an accusation. Bring one request at a time rather than a list. If your partner asks for a pause, agreeing to it and trusting the promised return time often brings them back sooner.",
        zh: "\u5F00\u53E3\u4E4B\u524D\u5148\u653E\u6162\u4E00\u70B9\uFF1A\u7528\u5E73\u548C\u3001\u6E29\u548C\u7684\u65B9\u5F0F\u5F00\u5934\uFF0C\u6BD4\u5982\u201C\u8FD9\u5468\u6211\u6709\u70B9\u5B64\u5355\uFF0C\u6211\u4EEC\u80FD\u4E00\u8D77\u8FC7\u4E2A\u665A\u4E0A\u5417\uFF1F\u201D\uFF0C\u6BD4\u4E00\u53E5\u6307\u8D23\u66F4\u5BB9\u6613\u8BA9\u4EBA\u542C\u8FDB\u53BB\u3002\u4E00\u6B21\u53EA\u63D0\u4E00\u4E2A\u8BF7\u6C42\uFF0C\u800C\u4E0D\u662F\u4E00\u8FDE\u4E32\u7684\u6E05\u5355\u3002\u5982\u679C\u4F34\u4FA3\u63D0\u51FA\u9700\u8981\u6682\u505C\uFF0C\u7B54\u5E94\u4E0B\u6765\u5E76\u76F8\u4FE1\u5BF9\u65B9\u7EA6\u5B9A\u7684\u56DE\u6765\u65F6\u95F4\uFF0C\u5F80\u5F80\u80FD\u8BA9\u5BF9\u65B9\u66F4\u5FEB\u56DE\u5230\u5BF9\u8BDD\u91CC\u3002"
      }
    },
    withdraw: {
      name: {
        en: "Shutting down",
        zh: "\u6C89\u9ED8\u9000\u5F00"
      },
      description: {
        en: "Withdrawing means going quiet, leaving, or giving the silent treatment when a conversation becomes tense. It is often an attempt to stop things getting worse or to protect yourself from feeling overwhelmed \u2014 but to a partner, the silence can feel like being shut out.",
        zh: "\u9000\u7F29\u6307\u7684\u662F\u5728\u5BF9\u8BDD\u53D8\u5F97\u7D27\u5F20\u65F6\u6C89\u9ED8\u4E0D\u8BED\u3001\u8F6C\u8EAB\u79BB\u5F00\uFF0C\u6216\u8005\u7528\u51B7\u6218\u6765\u56DE\u5E94\u3002\u5B83\u5F80\u5F80\u662F\u60F3\u963B\u6B62\u4E8B\u60C5\u53D8\u5F97\u66F4\u7CDF\uFF0C\u6216\u8005\u4FDD\u62A4\u81EA\u5DF1\u4E0D\u88AB\u60C5\u7EEA\u6DF9\u6CA1\u2014\u2014\u4F46\u5728\u4F34\u4FA3\u90A3\u91CC\uFF0C\u6C89\u9ED8\u53EF\u80FD\u4F1A\u8BA9\u4EBA\u89C9\u5F97\u88AB\u5173\u5728\u4E86\u95E8\u5916\u3002"
      },
      whatHelps: {
        en: "Instead of simply going silent, say that you need a pause and when you will come back: 'I'm too overwhelmed to talk well right now \u2014 can we pick this up after dinner?' Then keep that promise. Outside of conflict, offer one small kind gesture a day \u2014 a message, a cup of tea, a hand on the shoulder \u2014 so your partner knows the distance is temporary.",
        zh: "\u4E0E\u5176\u76F4\u63A5\u6C89\u9ED8\uFF0C\u4E0D\u5982\u8BF4\u51FA\u4F60\u9700\u8981\u6682\u505C\uFF0C\u5E76\u8BF4\u660E\u4EC0\u4E48\u65F6\u5019\u56DE\u6765\uFF1A\u201C\u6211\u73B0\u5728\u60C5\u7EEA\u592A\u6EE1\uFF0C\u6CA1\u529E\u6CD5\u597D\u597D\u8C08\uFF0C\u6211\u4EEC\u5403\u5B8C\u665A\u996D\u518D\u63A5\u7740\u804A\u597D\u5417\uFF1F\u201D\u7136\u540E\u9075\u5B88\u8FD9\u4E2A\u7EA6\u5B9A\u3002\u5728\u51B2\u7A81\u4E4B\u5916\uFF0C\u6BCF\u5929\u505A\u4E00\u4EF6\u5C0F\u5C0F\u7684\u3001\u53CB\u5584\u7684\u4E8B\u2014\u2014\u53D1\u4E00\u6761\u6D88\u606F\u3001\u6CE1\u4E00\u676F\u8336\u3001\u8F7B\u8F7B\u62CD\u62CD\u5BF9\u65B9\u7684\u80A9\u2014\u2014\u8BA9\u4F34\u4FA3\u77E5\u9053\u8FD9\u6BB5\u8DDD\u79BB\u53EA\u662F\u6682\u65F6\u7684\u3002"
      }
    },
    criticism: {
      name: {
        en: "Criticism and contempt",
        zh: "\u6279\u8BC4\u4E0E\u8F7B\u8511"
      },
      description: {
        en: "This habit shows up as turning a complaint into a judgement of who your partner is, sometimes with sarcasm, eye-rolling or mockery. It usually grows out of needs that have gone unmet for a long time, and it is trying \u2014 in a way that hurts you both \u2014 to finally be heard.",
        zh: "\u8FD9\u4E2A\u4E60\u60EF\u8868\u73B0\u4E3A\u628A\u5BF9\u67D0\u4EF6\u4E8B\u7684\u4E0D\u6EE1\u53D8\u6210\u5BF9\u4F34\u4FA3\u8FD9\u4E2A\u4EBA\u7684\u8BC4\u5224\uFF0C\u6709\u65F6\u8FD8\u5939\u6742\u7740\u8BBD\u523A\u3001\u7FFB\u767D\u773C\u6216\u5632\u5F04\u3002\u5B83\u901A\u5E38\u6E90\u4E8E\u957F\u671F\u6CA1\u6709\u5F97\u5230\u6EE1\u8DB3\u7684\u9700\u8981\uFF0C\u662F\u5728\u7528\u4E00\u79CD\u8BA9\u5F7C\u6B64\u90FD\u53D7\u4F24\u7684\u65B9\u5F0F\uFF0C\u52AA\u529B\u8BA9\u81EA\u5DF1\u7EC8\u4E8E\u88AB\u542C\u89C1\u3002"
      },
      whatHelps: {
        en: "Try complaining about a specific behaviour rather than your partner's character: 'The dishes were left again and I felt alone with the housework' instead of 'You never care.' Then state what you need, as a request you can both act on. When you notice scorn creeping in, pause and recall one thing you genuinely value in your partner.",
        zh: "\u8BD5\u7740\u9488\u5BF9\u5177\u4F53\u7684\u884C\u4E3A\u8868\u8FBE\u4E0D\u6EE1\uFF0C\u800C\u4E0D\u662F\u5426\u5B9A\u4F34\u4FA3\u8FD9\u4E2A\u4EBA\uFF1A\u6BD4\u5982\u8BF4\u201C\u7897\u53C8\u6CA1\u6D17\uFF0C\u6211\u89C9\u5F97\u5BB6\u52A1\u90FD\u538B\u5728\u6211\u4E00\u4E2A\u4EBA\u8EAB\u4E0A\u201D\uFF0C\u800C\u4E0D\u662F\u201C\u4F60\u6839\u672C\u5C31\u4E0D\u5728\u4E4E\u201D\u3002\u63A5\u7740\u8BF4\u51FA\u4F60\u9700\u8981\u4EC0\u4E48\uFF0C\u628A\u5B83\u53D8\u6210\u4E00\u4E2A\u4F60\u4EEC\u90FD\u80FD\u505A\u5230\u7684\u8BF7\u6C42\u3002\u5F53\u4F60\u5BDF\u89C9\u5230\u8F7B\u8511\u7684\u60C5\u7EEA\u5192\u51FA\u6765\u65F6\uFF0C\u5148\u505C\u4E00\u505C\uFF0C\u60F3\u4E00\u60F3\u4F34\u4FA3\u8EAB\u4E0A\u4F60\u771F\u5FC3\u6B23\u8D4F\u7684\u4E00\u70B9\u3002"
      }
    },
    defensiveness: {
      name: {
        en: "Defensiveness",
        zh: "\u81EA\u6211\u9632\u536B"
      },
      description: {
        en: "Defensiveness means answering a complaint with excuses, counter-accusations or 'that's not what happened'. It is a natural way of protecting yourself from feeling blamed or not good enough, yet it can leave your partner feeling unheard.",
        zh: "\u81EA\u6211\u9632\u536B\u6307\u7684\u662F\u5728\u542C\u5230\u4E0D\u6EE1\u65F6\uFF0C\u7528\u8FA9\u89E3\u3001\u53CD\u8FC7\u6765\u6307\u8D23\u6216\u201C\u4E8B\u60C5\u6839\u672C\u4E0D\u662F\u8FD9\u6837\u201D\u6765\u56DE\u5E94\u3002\u8FD9\u662F\u4E00\u79CD\u5F88\u81EA\u7136\u7684\u81EA\u6211\u4FDD\u62A4\uFF0C\u7528\u6765\u907F\u514D\u88AB\u8D23\u602A\u6216\u89C9\u5F97\u81EA\u5DF1\u4E0D\u591F\u597D\uFF0C\u4F46\u5B83\u53EF\u80FD\u4F1A\u8BA9\u4F34\u4FA3\u89C9\u5F97\u81EA\u5DF1\u7684\u8BDD\u6CA1\u6709\u88AB\u542C\u89C1\u3002"
      },
      whatHelps: {
        en: "Look for the small part of the complaint that is fair and accept responsibility for that part: 'You're right, I did forget to call.' This does not mean agreeing with everything, and your own view can come a little later. Taking a breath and asking 'How did that feel for you?' before explaining yourself can change the direction of the whole conversation.",
        zh: "\u5728\u5BF9\u65B9\u7684\u4E0D\u6EE1\u91CC\uFF0C\u627E\u5230\u5176\u4E2D\u5408\u7406\u7684\u4E00\u5C0F\u90E8\u5206\uFF0C\u5E76\u4E3A\u8FD9\u4E00\u90E8\u5206\u627F\u62C5\u8D23\u4EFB\uFF1A\u201C\u4F60\u8BF4\u5F97\u5BF9\uFF0C\u6211\u786E\u5B9E\u5FD8\u4E86\u6253\u7535\u8BDD\u3002\u201D\u8FD9\u5E76\u4E0D\u610F\u5473\u7740\u4F60\u8981\u540C\u610F\u6240\u6709\u7684\u8BDD\uFF0C\u4F60\u81EA\u5DF1\u7684\u60F3\u6CD5\u53EF\u4EE5\u7A0D\u540E\u518D\u8BF4\u3002\u5728\u89E3\u91CA\u81EA\u5DF1\u4E4B\u524D\uFF0C\u5148\u6DF1\u547C\u5438\uFF0C\u95EE\u4E00\u53E5\u201C\u90A3\u65F6\u5019\u4F60\u662F\u4EC0\u4E48\u611F\u53D7\uFF1F\u201D\uFF0C\u53EF\u80FD\u4F1A\u8BA9\u6574\u573A\u5BF9\u8BDD\u6362\u4E00\u4E2A\u65B9\u5411\u3002"
      }
    }
  },
  resources: {
    repair: {
      name: {
        en: "Repair and constructive dialogue",
        zh: "\u4FEE\u590D\u4E0E\u5EFA\u8BBE\u6027\u5BF9\u8BDD"
      },
      description: {
        en: "You and your partner seem able to reach back toward each other after a hard moment \u2014 with an apology, a touch of humour or a calmer second try at the conversation. That ability to repair is one of the most precious things a relationship can have, and it is worth protecting and naming.",
        zh: "\u5728\u8270\u96BE\u7684\u65F6\u523B\u4E4B\u540E\uFF0C\u4F60\u4EEC\u4F3C\u4E4E\u80FD\u591F\u91CD\u65B0\u5411\u5F7C\u6B64\u4F38\u51FA\u624B\u2014\u2014\u4E00\u53E5\u9053\u6B49\u3001\u4E00\u70B9\u5E7D\u9ED8\uFF0C\u6216\u8005\u6362\u4E00\u79CD\u66F4\u5E73\u548C\u7684\u65B9\u5F0F\u518D\u8C08\u4E00\u6B21\u3002\u8FD9\u79CD\u4FEE\u590D\u7684\u80FD\u529B\u662F\u4E00\u6BB5\u5173\u7CFB\u91CC\u6700\u73CD\u8D35\u7684\u4E1C\u897F\u4E4B\u4E00\uFF0C\u503C\u5F97\u597D\u597D\u73CD\u60DC\uFF0C\u4E5F\u503C\u5F97\u8BF4\u51FA\u6765\u8BA9\u5F7C\u6B64\u770B\u89C1\u3002"
      }
    },
    responsiveness: {
      name: {
        en: "Turning toward each other",
        zh: "\u56DE\u5E94\u5F7C\u6B64"
      },
      description: {
        en: "Your answers suggest that you notice and respond to your partner's small bids for attention \u2014 a comment, a question, a moment they want to share. These everyday responses quietly build the trust that carries a couple through harder times.",
        zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u4F1A\u7559\u610F\u5E76\u56DE\u5E94\u4F34\u4FA3\u90A3\u4E9B\u60F3\u8981\u5F97\u5230\u5173\u6CE8\u7684\u5C0F\u5C0F\u4FE1\u53F7\u2014\u2014\u4E00\u53E5\u8BDD\u3001\u4E00\u4E2A\u95EE\u9898\u3001\u4E00\u4E2A\u60F3\u4E0E\u4F60\u5206\u4EAB\u7684\u77AC\u95F4\u3002\u8FD9\u4E9B\u65E5\u5E38\u7684\u56DE\u5E94\u5728\u4E0D\u77E5\u4E0D\u89C9\u4E2D\u79EF\u7D2F\u8D77\u4FE1\u4EFB\uFF0C\u966A\u4F60\u4EEC\u4E00\u8D77\u8D70\u8FC7\u66F4\u96BE\u7684\u65F6\u523B\u3002"
      }
    }
  },
  noPronouncedHabit: {
    en: "None of the four conflict habits stands out strongly in your answers right now. Every couple slips into these moves now and then; noticing them early and finding your way back to each other is what matters most.",
    zh: "\u76EE\u524D\uFF0C\u4F60\u7684\u56DE\u7B54\u4E2D\u6CA1\u6709\u54EA\u4E00\u79CD\u51B2\u7A81\u4E60\u60EF\u7279\u522B\u7A81\u51FA\u3002\u6BCF\u5BF9\u4F34\u4FA3\u90FD\u96BE\u514D\u5076\u5C14\u9677\u5165\u8FD9\u4E9B\u53CD\u5E94\uFF1B\u53CA\u65E9\u5BDF\u89C9\uFF0C\u518D\u4E00\u8D77\u56DE\u5230\u5F7C\u6B64\u8EAB\u8FB9\uFF0C\u624D\u662F\u6700\u91CD\u8981\u7684\u3002"
  },
  safety: {
    heading: {
      en: "Your safety comes first",
      zh: "\u4F60\u7684\u5B89\u5168\u6700\u91CD\u8981"
    },
    body: {
      en: "Some of your answers suggest that you may be experiencing fear, control, threats or violence in this relationship. That is not a communication problem, and it is not your fault. Your safety matters more than keeping the peace, and talking with someone trained \u2014 a domestic-violence service, a doctor, or a person you trust \u2014 can help you think through your options. If you are in immediate danger, please contact your local emergency services.",
      zh: "\u4F60\u7684\u4E00\u4E9B\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u5728\u8FD9\u6BB5\u5173\u7CFB\u4E2D\u53EF\u80FD\u6B63\u5728\u7ECF\u5386\u6050\u60E7\u3001\u63A7\u5236\u3001\u5A01\u80C1\u6216\u66B4\u529B\u3002\u8FD9\u4E0D\u662F\u6C9F\u901A\u95EE\u9898\uFF0C\u4E5F\u4E0D\u662F\u4F60\u7684\u9519\u3002\u4F60\u7684\u5B89\u5168\u6BD4\u7EF4\u6301\u5173\u7CFB\u7684\u548C\u7766\u66F4\u91CD\u8981\uFF1B\u548C\u53D7\u8FC7\u4E13\u4E1A\u8BAD\u7EC3\u7684\u4EBA\u804A\u4E00\u804A\u2014\u2014\u6BD4\u5982\u5BB6\u5EAD\u66B4\u529B\u63F4\u52A9\u673A\u6784\u3001\u533B\u751F\uFF0C\u6216\u8005\u4F60\u4FE1\u4EFB\u7684\u4EBA\u2014\u2014\u53EF\u4EE5\u5E2E\u52A9\u4F60\u7406\u6E05\u6709\u54EA\u4E9B\u9009\u62E9\u3002\u5982\u679C\u4F60\u6B63\u5904\u4E8E\u7D27\u6025\u5371\u9669\u4E2D\uFF0C\u8BF7\u7ACB\u5373\u8054\u7CFB\u5F53\u5730\u7684\u7D27\u6025\u6551\u52A9\u670D\u52A1\u3002"
    },
    notCouplesWork: {
      en: "When a partner frightens you, couple exercises or trying to 'talk it out' can increase the danger rather than reduce it. That is why this page offers support for you on your own instead of communication tips for the two of you.",
      zh: "\u5F53\u4F34\u4FA3\u8BA9\u4F60\u611F\u5230\u5BB3\u6015\u65F6\uFF0C\u505A\u4F34\u4FA3\u7EC3\u4E60\u6216\u8BD5\u56FE\u201C\u628A\u8BDD\u8BF4\u5F00\u201D\uFF0C\u53EF\u80FD\u53CD\u800C\u4F1A\u589E\u52A0\u5371\u9669\u3002\u56E0\u6B64\uFF0C\u8FD9\u91CC\u4E3A\u4F60\u63D0\u4F9B\u7684\u662F\u9762\u5411\u4F60\u4E2A\u4EBA\u7684\u652F\u6301\uFF0C\u800C\u4E0D\u662F\u7ED9\u4F60\u4EEC\u4E24\u4EBA\u7684\u6C9F\u901A\u5EFA\u8BAE\u3002"
    }
  }
};

// src/features/assessment/texts.ts
var L = z3.object({ en: z3.string().min(1), zh: z3.string().min(1) });
var PatternText = z3.object({ name: L, tagline: L, summary: L, strengths: L, inConflict: L, whatHelps: L });
var HabitText = z3.object({ name: L, description: L, whatHelps: L });
var ResourceText = z3.object({ name: L, description: L });
var ResultTextsSchema = z3.object({
  patterns: z3.object({ secure: PatternText, anxious: PatternText, avoidant: PatternText, fearful: PatternText }),
  habits: z3.object({ pursue: HabitText, withdraw: HabitText, criticism: HabitText, defensiveness: HabitText }),
  resources: z3.object({ repair: ResourceText, responsiveness: ResourceText }),
  noPronouncedHabit: L,
  safety: z3.object({ heading: L, body: L, notCouplesWork: L })
});
var RESULT_TEXTS = ResultTextsSchema.parse(result_texts_default);

// src/features/assessment/card.ts
var CARD_WIDTH = 1200;
var CARD_HEIGHT = 630;
var CACHE_LIMIT = 300;
function loadFonts() {
  const { regular, bold } = notoSansSc();
  return [
    { name: "Noto Sans SC", data: regular, weight: 400, style: "normal" },
    { name: "Noto Sans SC", data: bold, weight: 700, style: "normal" }
  ];
}
var el = (type, style, children) => ({ type, props: { style, children } });
function cardTree({ lang, pattern, anxiety, avoidance }) {
  const texts = RESULT_TEXTS.patterns[pattern];
  const plane = 300;
  const pos = (v) => (v - 1) / 6 * plane;
  const half = plane / 2;
  const quadrant = (p, left, top) => el(
    "div",
    {
      position: "absolute",
      left,
      top,
      width: half,
      height: half,
      display: "flex",
      alignItems: "flex-start",
      justifyContent: "flex-start",
      fontSize: 20,
      color: "#1f2328",
      backgroundColor: p === pattern ? "#cfe3dc" : "#f3f1ea"
    },
    // A child's margin, not the box's padding: padding would grow the quadrant past its half.
    [el("div", { margin: 12 }, t(lang, `pattern.short.${p}`))]
  );
  const mid = pos(CUT);
  return el("div", { width: CARD_WIDTH, height: CARD_HEIGHT, display: "flex", backgroundColor: "#fbfaf7", fontFamily: "Noto Sans SC", padding: 64 }, [
    el("div", { display: "flex", flexDirection: "column", justifyContent: "space-between", width: 640, height: CARD_HEIGHT - 128 }, [
      el("div", { fontSize: 26, color: "#2f6a5e", fontWeight: 700 }, t(lang, "site.name")),
      el("div", { display: "flex", flexDirection: "column" }, [
        el("div", { fontSize: 64, fontWeight: 700, color: "#1f2328", lineHeight: 1.2 }, texts.name[lang]),
        el("div", { fontSize: 32, color: "#57606a", marginTop: 24, lineHeight: 1.4 }, texts.tagline[lang])
      ]),
      el("div", { fontSize: 26, color: "#2f6a5e" }, t(lang, "share.cardInvite"))
    ]),
    el("div", { display: "flex", flexDirection: "column", justifyContent: "center", marginLeft: 64 }, [
      el("div", { position: "relative", display: "flex", width: plane, height: plane, border: "2px solid #9aa3ab" }, [
        quadrant("anxious", 0, 0),
        quadrant("fearful", half, 0),
        quadrant("secure", 0, half),
        quadrant("avoidant", half, half),
        el("div", {
          position: "absolute",
          left: pos(avoidance) - 14,
          top: plane - pos(anxiety) - 14,
          width: 28,
          height: 28,
          borderRadius: "50%",
          backgroundColor: "#b35c00",
          border: "4px solid #ffffff"
        }),
        el("div", { position: "absolute", left: mid, top: 0, width: 2, height: plane, backgroundColor: "#9aa3ab" }),
        el("div", { position: "absolute", left: 0, top: plane - mid, width: plane, height: 2, backgroundColor: "#9aa3ab" })
      ]),
      el("div", { fontSize: 18, color: "#57606a", marginTop: 12, width: plane, textAlign: "center" }, `${t(lang, "result.axisAvoidance")} \u2192`)
    ])
  ]);
}
var cache2 = /* @__PURE__ */ new Map();
async function shareCard(cacheKey2, input) {
  const hit = cache2.get(cacheKey2);
  if (hit) return hit;
  const [{ default: satori }, { Resvg }] = await Promise.all([import("satori"), import("@resvg/resvg-js")]);
  const svg = await satori(cardTree(input), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts()
  });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH } }).render().asPng();
  if (cache2.size >= CACHE_LIMIT) cache2.delete(cache2.keys().next().value);
  cache2.set(cacheKey2, png);
  return png;
}
function dropCards(tokenHash) {
  for (const key of cache2.keys()) if (key.startsWith(`${tokenHash}:`)) cache2.delete(key);
}

// src/features/assessment/norms.ts
var NORMS_MAX_AGE_MS = 10 * 60 * 1e3;
function percentileOf(sorted, value) {
  if (sorted.length === 0) return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return Math.round(low / sorted.length * 100);
}
var Norms = class {
  constructor(maxAgeMs = NORMS_MAX_AGE_MS) {
    this.maxAgeMs = maxAgeMs;
  }
  maxAgeMs;
  #snapshots = /* @__PURE__ */ new Map();
  async #snapshot(db, lang, now) {
    const cached2 = this.#snapshots.get(lang);
    if (cached2 && now - cached2.at < this.maxAgeMs) return cached2;
    const rows = await db.kysely.selectFrom("test_result").select("scores").where("lang", "=", lang).execute();
    const anxiety = new Float64Array(rows.length);
    const avoidance = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      const scores = JSON.parse(r.scores);
      anxiety[i] = scores.anxiety ?? 0;
      avoidance[i] = scores.avoidance ?? 0;
    });
    const snapshot = { at: now, anxiety: anxiety.sort(), avoidance: avoidance.sort() };
    this.#snapshots.set(lang, snapshot);
    return snapshot;
  }
  /** Percentiles against the language's results, or undefined below `minimum` results. */
  async percentiles(db, lang, scores, minimum, now = Date.now()) {
    const snapshot = await this.#snapshot(db, lang, now);
    if (snapshot.anxiety.length < minimum) return { count: snapshot.anxiety.length, percentiles: void 0 };
    return {
      count: snapshot.anxiety.length,
      percentiles: { anxiety: percentileOf(snapshot.anxiety, scores.anxiety), avoidance: percentileOf(snapshot.avoidance, scores.avoidance) }
    };
  }
};

// src/features/assessment/owner.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { getCookie, setCookie } from "hono/cookie";
var OWNER_COOKIE = "owner";
var OWNER_MAX_AGE = 365 * 24 * 60 * 60;
var hashToken = (token) => createHash2("sha256").update(token).digest("hex");
var randomId = () => randomBytes(16).toString("base64url");
function ownerHash(c) {
  const token = getCookie(c, OWNER_COOKIE);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? hashToken(token) : void 0;
}
function ensureOwner(c, secure) {
  const existing = ownerHash(c);
  if (existing) return existing;
  const token = randomBytes(32).toString("base64url");
  setCookie(c, OWNER_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: OWNER_MAX_AGE });
  return hashToken(token);
}

// src/features/assessment/reading.ts
var PATTERN_TAGS = {
  secure: ["bids-for-connection", "repair-attempts", "forty-day-practice"],
  anxious: ["anxious-attachment", "reassurance", "self-soothing"],
  avoidant: ["avoidant-attachment", "time-out", "flooding"],
  fearful: ["earned-security", "self-compassion", "attachment"]
};
var HABIT_TAGS = {
  pursue: ["pursue-withdraw"],
  withdraw: ["silent-treatment", "time-out"],
  criticism: ["repair"],
  defensiveness: ["repair-attempts"]
};
function readingTags(result) {
  return [.../* @__PURE__ */ new Set([...PATTERN_TAGS[result.pattern], ...result.habits.flatMap((h) => HABIT_TAGS[h])])];
}

// src/features/assessment/repo.ts
async function insertResult(db, props) {
  const { submission } = props;
  const row = {
    id: props.id,
    lang: submission.lang,
    instrument_version: props.instrumentVersion,
    pattern: submission.score.pattern,
    safety_flag: submission.score.safetyFlag ? 1 : 0,
    today: submission.today,
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    scores: JSON.stringify(submission.score.scores),
    profile: JSON.stringify({ habits: submission.score.habits, strongestResource: submission.score.strongestResource })
  };
  await db.kysely.insertInto("test_result").values({ ...row, owner_hash: props.ownerHash, answers: JSON.stringify(submission.answers) }).execute();
  return toResult(row);
}
var COLUMNS = ["id", "lang", "instrument_version", "pattern", "safety_flag", "today", "created_at", "scores", "profile"];
function toResult(row) {
  const profile = JSON.parse(row.profile);
  return {
    id: row.id,
    lang: row.lang,
    instrumentVersion: row.instrument_version,
    pattern: row.pattern,
    scores: JSON.parse(row.scores),
    habits: profile.habits,
    strongestResource: profile.strongestResource,
    safetyFlag: row.safety_flag === 1,
    today: row.today,
    createdAt: row.created_at
  };
}
async function findOwnedResult(db, id, ownerHash2) {
  if (!ownerHash2) return void 0;
  const row = await db.kysely.selectFrom("test_result").select(COLUMNS).where("id", "=", id).where("owner_hash", "=", ownerHash2).executeTakeFirst();
  return row ? toResult(row) : void 0;
}
async function listOwnedResults(db, ownerHash2, limit = 20) {
  const rows = await db.kysely.selectFrom("test_result").select(COLUMNS).where("owner_hash", "=", ownerHash2).orderBy("created_at", "desc").limit(limit).execute();
  return rows.map(toResult);
}

// src/features/assessment/chart.tsx
import { jsx as jsx6, jsxs as jsxs5 } from "hono/jsx/jsx-runtime";
var SIZE = 300;
var PAD = 40;
var at = (v) => PAD + (v - 1) / 6 * (SIZE - 2 * PAD);
function PlaneChart({ t: t2, anxiety, avoidance, pattern }) {
  const mid = at(CUT);
  const region = (p, x, y, w, h) => /* @__PURE__ */ jsxs5("g", { children: [
    /* @__PURE__ */ jsx6("rect", { x, y, width: w, height: h, class: p === pattern ? "region region-current" : "region" }),
    /* @__PURE__ */ jsx6("text", { x: x + w / 2, y: y + h / 2, "text-anchor": "middle", class: "region-label", children: t2(`pattern.short.${p}`) })
  ] });
  const inner = SIZE - 2 * PAD;
  return /* @__PURE__ */ jsxs5("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, width: SIZE, height: SIZE, role: "img", "aria-labelledby": "plane-title plane-desc", class: "chart plane", children: [
    /* @__PURE__ */ jsx6("title", { id: "plane-title", children: t2("result.chartTitle") }),
    /* @__PURE__ */ jsx6("desc", { id: "plane-desc", children: t2("result.chartDesc", { anxiety: anxiety.toFixed(2), avoidance: avoidance.toFixed(2) }) }),
    region("anxious", PAD, PAD, mid - PAD, SIZE - PAD - mid),
    region("fearful", mid, PAD, SIZE - PAD - mid, SIZE - PAD - mid),
    region("secure", PAD, SIZE - mid, mid - PAD, mid - PAD),
    region("avoidant", mid, SIZE - mid, SIZE - PAD - mid, mid - PAD),
    /* @__PURE__ */ jsx6("rect", { x: PAD, y: PAD, width: inner, height: inner, class: "frame" }),
    /* @__PURE__ */ jsxs5("text", { x: SIZE / 2, y: SIZE - 10, "text-anchor": "middle", class: "axis-label", children: [
      t2("result.axisAvoidance"),
      " \u2192"
    ] }),
    /* @__PURE__ */ jsxs5("text", { x: 14, y: SIZE / 2, "text-anchor": "middle", class: "axis-label", transform: `rotate(-90 14 ${SIZE / 2})`, children: [
      t2("result.axisAnxiety"),
      " \u2192"
    ] }),
    /* @__PURE__ */ jsx6("circle", { cx: at(avoidance), cy: SIZE - at(anxiety), r: 7, class: "point" })
  ] });
}
var BAR_SCALES = ["pursue", "withdraw", "criticism", "defensiveness", "repair", "responsiveness"];
function BarChart({ t: t2, scores }) {
  const rowHeight = 30;
  const labelWidth = 130;
  const width = 420;
  const barMax = width - labelWidth - 50;
  const height = BAR_SCALES.length * rowHeight + 10;
  return /* @__PURE__ */ jsxs5(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": "bars-title",
      class: "chart bars",
      preserveAspectRatio: "xMinYMin meet",
      children: [
        /* @__PURE__ */ jsx6("title", { id: "bars-title", children: t2("result.barsTitle") }),
        BAR_SCALES.map((scale, i) => {
          const y = 5 + i * rowHeight;
          const value = scores[scale];
          const resource = scale === "repair" || scale === "responsiveness";
          return /* @__PURE__ */ jsxs5("g", { children: [
            /* @__PURE__ */ jsx6("text", { x: 0, y: y + 18, class: "bar-label", children: t2(`scale.${scale}`) }),
            /* @__PURE__ */ jsx6("rect", { x: labelWidth, y: y + 6, width: barMax, height: 14, class: "bar-track" }),
            /* @__PURE__ */ jsx6("rect", { x: labelWidth, y: y + 6, width: value / 7 * barMax, height: 14, class: resource ? "bar bar-resource" : "bar" }),
            /* @__PURE__ */ jsx6("text", { x: labelWidth + barMax + 8, y: y + 18, class: "bar-value", children: value.toFixed(2) })
          ] });
        })
      ]
    }
  );
}

// src/features/assessment/result-view.tsx
import { Fragment as Fragment3, jsx as jsx7, jsxs as jsxs6 } from "hono/jsx/jsx-runtime";
var signed = (n) => n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2);
function ResultView({ ctx, data }) {
  const { t: t2, lang } = ctx;
  const l = lang;
  const { result } = data;
  const texts = RESULT_TEXTS;
  const pattern = texts.patterns[result.pattern];
  return /* @__PURE__ */ jsxs6(
    Layout,
    {
      ctx,
      seo: { title: t2("result.title"), description: pattern.tagline[l], path: `/${lang}/results/${result.id}`, noindex: true, quickExit: true },
      children: [
        /* @__PURE__ */ jsx7("h1", { children: t2("result.title") }),
        result.safetyFlag ? /* @__PURE__ */ jsxs6("section", { class: "safety-panel", "aria-labelledby": "safety-heading", children: [
          /* @__PURE__ */ jsx7("h2", { id: "safety-heading", children: texts.safety.heading[l] }),
          /* @__PURE__ */ jsx7("p", { children: texts.safety.body[l] }),
          /* @__PURE__ */ jsx7("p", { children: texts.safety.notCouplesWork[l] }),
          /* @__PURE__ */ jsx7("h3", { children: t2("result.safetyResources") }),
          /* @__PURE__ */ jsx7(SafetyResourceList, { resources: ctx.safetyResources })
        ] }) : null,
        /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "pattern-heading", class: "result-pattern", children: [
          /* @__PURE__ */ jsx7("p", { class: "kicker", children: t2("result.patternHeading") }),
          /* @__PURE__ */ jsx7("h2", { id: "pattern-heading", children: pattern.name[l] }),
          /* @__PURE__ */ jsx7("p", { class: "lede", children: pattern.tagline[l] }),
          /* @__PURE__ */ jsx7("p", { children: pattern.summary[l] }),
          /* @__PURE__ */ jsx7("h3", { children: t2("result.strengths") }),
          /* @__PURE__ */ jsx7("p", { children: pattern.strengths[l] }),
          result.safetyFlag ? null : /* @__PURE__ */ jsxs6(Fragment3, { children: [
            /* @__PURE__ */ jsx7("h3", { children: t2("result.inConflict") }),
            /* @__PURE__ */ jsx7("p", { children: pattern.inConflict[l] }),
            /* @__PURE__ */ jsx7("h3", { children: t2("result.whatHelps") }),
            /* @__PURE__ */ jsx7("p", { children: pattern.whatHelps[l] })
          ] })
        ] }),
        /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "scores-heading", class: "result-scores", children: [
          /* @__PURE__ */ jsx7("h2", { id: "scores-heading", children: t2("result.chartHeading") }),
          /* @__PURE__ */ jsxs6("div", { class: "charts", children: [
            /* @__PURE__ */ jsx7(PlaneChart, { t: t2, anxiety: result.scores.anxiety, avoidance: result.scores.avoidance, pattern: result.pattern }),
            /* @__PURE__ */ jsx7(BarChart, { t: t2, scores: result.scores })
          ] }),
          /* @__PURE__ */ jsx7("p", { class: "meta", children: t2("result.cutNote") }),
          /* @__PURE__ */ jsxs6("table", { class: "score-table", children: [
            /* @__PURE__ */ jsx7("caption", { children: t2("result.scoreTable") }),
            /* @__PURE__ */ jsx7("thead", { children: /* @__PURE__ */ jsxs6("tr", { children: [
              /* @__PURE__ */ jsx7("th", { scope: "col", children: t2("result.scale") }),
              /* @__PURE__ */ jsx7("th", { scope: "col", children: t2("result.score") })
            ] }) }),
            /* @__PURE__ */ jsx7("tbody", { children: SCALES.filter((s) => s !== "safety").map((s) => /* @__PURE__ */ jsxs6("tr", { children: [
              /* @__PURE__ */ jsx7("th", { scope: "row", children: t2(`scale.${s}`) }),
              /* @__PURE__ */ jsx7("td", { children: result.scores[s].toFixed(2) })
            ] })) })
          ] }),
          data.percentiles ? /* @__PURE__ */ jsxs6("ul", { children: [
            /* @__PURE__ */ jsx7("li", { children: t2("result.percentile", { scale: t2("scale.anxiety"), percent: data.percentiles.anxiety }) }),
            /* @__PURE__ */ jsx7("li", { children: t2("result.percentile", { scale: t2("scale.avoidance"), percent: data.percentiles.avoidance }) })
          ] }) : /* @__PURE__ */ jsx7("p", { class: "meta", children: t2("result.comparisonsLater", { min: data.comparisonMinimum }) }),
          /* @__PURE__ */ jsx7("p", { children: t2("result.today", { today: result.today }) })
        ] }),
        /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "habits-heading", children: [
          /* @__PURE__ */ jsx7("h2", { id: "habits-heading", children: t2("result.habitsHeading") }),
          result.habits.length === 0 ? /* @__PURE__ */ jsx7("p", { children: texts.noPronouncedHabit[l] }) : null,
          result.habits.map((h) => /* @__PURE__ */ jsxs6("div", { class: "habit", children: [
            /* @__PURE__ */ jsx7("h3", { children: texts.habits[h].name[l] }),
            /* @__PURE__ */ jsx7("p", { children: texts.habits[h].description[l] }),
            result.safetyFlag ? null : /* @__PURE__ */ jsx7("p", { children: texts.habits[h].whatHelps[l] })
          ] })),
          /* @__PURE__ */ jsx7("h2", { children: t2("result.resourceHeading") }),
          /* @__PURE__ */ jsx7("h3", { children: texts.resources[result.strongestResource].name[l] }),
          /* @__PURE__ */ jsx7("p", { children: texts.resources[result.strongestResource].description[l] })
        ] }),
        /* @__PURE__ */ jsx7("p", { children: /* @__PURE__ */ jsx7("a", { class: "button", href: `/${lang}/results/${result.id}/report`, children: t2("report.open") }) }),
        /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "share-heading", class: "share-section", children: [
          /* @__PURE__ */ jsx7("h2", { id: "share-heading", children: t2("share.heading") }),
          /* @__PURE__ */ jsx7("p", { children: t2("share.intro") }),
          data.newShareUrl ? /* @__PURE__ */ jsxs6("div", { class: "quote new-share", role: "status", children: [
            /* @__PURE__ */ jsxs6("div", { children: [
              /* @__PURE__ */ jsx7("p", { children: t2("share.created") }),
              /* @__PURE__ */ jsx7("p", { id: "new-share-url", class: "share-url", children: data.newShareUrl })
            ] }),
            /* @__PURE__ */ jsx7(
              "button",
              {
                type: "button",
                class: "copy-button",
                "data-copy": "new-share-url",
                "data-status": "copy-status",
                "data-copied": t2("article.copied"),
                "data-failed": t2("article.copyFailed"),
                children: /* @__PURE__ */ jsx7("span", { class: "copy-label", children: t2("article.copy") })
              }
            ),
            /* @__PURE__ */ jsx7("p", { id: "copy-status", class: "visually-hidden", role: "status", "aria-live": "polite" })
          ] }) : null,
          /* @__PURE__ */ jsxs6("form", { method: "post", action: `/${lang}/results/${result.id}/shares`, class: "share-form", children: [
            /* @__PURE__ */ jsx7("label", { for: "share-lang", children: t2("share.language") }),
            /* @__PURE__ */ jsxs6("select", { id: "share-lang", name: "lang", children: [
              /* @__PURE__ */ jsx7("option", { value: "en", selected: l === "en", children: "English" }),
              /* @__PURE__ */ jsx7("option", { value: "zh", selected: l === "zh", children: "\u4E2D\u6587" })
            ] }),
            /* @__PURE__ */ jsx7("button", { type: "submit", class: "button", children: t2("share.create") })
          ] }),
          data.shares.length > 0 ? /* @__PURE__ */ jsxs6(Fragment3, { children: [
            /* @__PURE__ */ jsx7("h3", { children: t2("share.existing") }),
            /* @__PURE__ */ jsx7("ul", { class: "share-list", children: data.shares.map((s) => /* @__PURE__ */ jsxs6("li", { children: [
              t2("share.createdOn", { date: formatDate(l, s.createdAt), language: LANGUAGE_NAMES[s.lang] }),
              " ",
              /* @__PURE__ */ jsx7("form", { method: "post", action: `/${lang}/results/${result.id}/shares/${s.id}/revoke`, class: "inline-form", children: /* @__PURE__ */ jsx7("button", { type: "submit", class: "search-button", children: t2("share.revoke") }) })
            ] })) })
          ] }) : null
        ] }),
        data.articles.length > 0 ? /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "reading-heading", children: [
          /* @__PURE__ */ jsx7("h2", { id: "reading-heading", children: t2("result.articles") }),
          /* @__PURE__ */ jsx7("ul", { children: data.articles.map((a) => /* @__PURE__ */ jsx7("li", { children: /* @__PURE__ */ jsx7("a", { href: paths.article(l, a.slug), children: a.title }) })) })
        ] }) : null,
        data.earlier.length > 0 ? /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "earlier-heading", children: [
          /* @__PURE__ */ jsx7("h2", { id: "earlier-heading", children: t2("result.earlier") }),
          /* @__PURE__ */ jsx7("ul", { children: data.earlier.map((e) => /* @__PURE__ */ jsxs6("li", { children: [
            /* @__PURE__ */ jsx7("a", { href: `/${lang}/results/${e.id}`, children: formatDate(l, e.createdAt) }),
            ": ",
            texts.patterns[e.pattern].name[l],
            " \xB7",
            " ",
            t2("result.change", {
              anxietyChange: signed(result.scores.anxiety - e.scores.anxiety),
              avoidanceChange: signed(result.scores.avoidance - e.scores.avoidance)
            })
          ] })) })
        ] }) : null,
        /* @__PURE__ */ jsx7("p", { children: /* @__PURE__ */ jsx7("a", { class: "button", href: paths.test(lang), children: t2("test.retake") }) })
      ]
    }
  );
}

// src/features/assessment/share-view.tsx
import { jsx as jsx8, jsxs as jsxs7 } from "hono/jsx/jsx-runtime";
function ShareView({ ctx, shared, token }) {
  const { t: t2, lang, baseUrl } = ctx;
  const texts = RESULT_TEXTS.patterns[shared.pattern];
  const l = lang;
  return /* @__PURE__ */ jsxs7(
    Layout,
    {
      ctx,
      seo: {
        title: t2("share.pageTitle", { pattern: texts.name[l] }),
        description: texts.tagline[l],
        path: `/${lang}/s/${token}`,
        noindex: true,
        image: `${baseUrl}/s/${token}/card.png`
      },
      children: [
        /* @__PURE__ */ jsx8("p", { class: "kicker", children: t2("share.pageIntro") }),
        /* @__PURE__ */ jsx8("h1", { children: texts.name[l] }),
        /* @__PURE__ */ jsx8("p", { class: "lede", children: texts.tagline[l] }),
        /* @__PURE__ */ jsx8("div", { class: "prose", children: /* @__PURE__ */ jsx8("p", { children: texts.summary[l] }) }),
        /* @__PURE__ */ jsx8(PlaneChart, { t: t2, anxiety: shared.anxiety, avoidance: shared.avoidance, pattern: shared.pattern }),
        /* @__PURE__ */ jsxs7("aside", { class: "test-invite", "aria-labelledby": "share-invite-heading", children: [
          /* @__PURE__ */ jsx8("h2", { id: "share-invite-heading", children: t2("test.invite.heading") }),
          /* @__PURE__ */ jsx8("p", { children: t2("share.invite") }),
          /* @__PURE__ */ jsx8("a", { class: "button", href: paths.test(lang), children: t2("test.invite.cta") })
        ] })
      ]
    }
  );
}

// src/features/assessment/shares.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var newToken = () => randomBytes2(16).toString("base64url");
var TOKEN = /^[A-Za-z0-9_-]{22}$/;
async function createShare(db, props) {
  const owned = await db.kysely.selectFrom("test_result").select("id").where("id", "=", props.resultId).where("owner_hash", "=", props.ownerHash).executeTakeFirst();
  if (!owned) return void 0;
  const token = newToken();
  const id = randomId();
  await db.kysely.insertInto("result_share").values({ id, token_hash: hashToken(token), result_id: props.resultId, lang: props.lang, created_at: (/* @__PURE__ */ new Date()).toISOString() }).execute();
  return { token, id };
}
async function findShared(db, token) {
  if (!TOKEN.test(token)) return void 0;
  const row = await db.kysely.selectFrom("result_share as s").innerJoin("test_result as r", "r.id", "s.result_id").select(["s.lang as share_lang", "r.lang", "r.pattern", "r.scores"]).where("s.token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!row) return void 0;
  const scores = JSON.parse(row.scores);
  return {
    shareLang: row.share_lang,
    lang: row.lang,
    pattern: row.pattern,
    anxiety: scores.anxiety ?? 0,
    avoidance: scores.avoidance ?? 0
  };
}
async function listShares(db, resultId) {
  const rows = await db.kysely.selectFrom("result_share").select(["id", "lang", "created_at"]).where("result_id", "=", resultId).orderBy("created_at").execute();
  return rows.map((r) => ({ id: r.id, lang: r.lang, createdAt: r.created_at }));
}
async function revokeShare(db, props) {
  let query = db.kysely.selectFrom("result_share as s").innerJoin("test_result as r", "r.id", "s.result_id").select(["s.id", "s.token_hash"]).where("r.owner_hash", "=", props.ownerHash);
  if (props.token !== void 0) {
    if (!TOKEN.test(props.token)) return void 0;
    query = query.where("s.token_hash", "=", hashToken(props.token));
  } else if (props.id !== void 0) query = query.where("s.id", "=", props.id);
  else return void 0;
  const row = await query.executeTakeFirst();
  if (!row) return void 0;
  await db.kysely.deleteFrom("result_share").where("id", "=", row.id).execute();
  return row.token_hash;
}

// src/features/assessment/submission.ts
var isWhole = (v, lo, hi) => typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi;
function checkSubmission(instrument, body) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { ok: false, problems: [{ code: "invalid_body", field: "body" }] };
  const { lang, answers, today } = body;
  const problems = [];
  if (lang !== "en" && lang !== "zh") problems.push({ code: "invalid_lang", field: "lang" });
  if (!isWhole(today, 1, 10)) problems.push({ code: "invalid_today", field: "today" });
  if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
    problems.push({ code: "invalid_body", field: "answers" });
    return { ok: false, problems };
  }
  const known = new Set(instrument.items.map((i) => i.id));
  const clean = {};
  for (const [id, value] of Object.entries(answers)) {
    if (!known.has(id)) problems.push({ code: "unknown_item", field: `answers.${id}`.slice(0, 80) });
    else if (!isWhole(value, 1, 7)) problems.push({ code: "invalid_answer", field: `answers.${id}` });
    else clean[id] = value;
  }
  if (problems.length > 0) return { ok: false, problems };
  const scored = scoreResponses(instrument, clean);
  if (!scored.ok) {
    return { ok: false, problems: scored.missing.map((m) => ({ code: "answers_missing", field: `scales.${m.scale}`, detail: m.items.join(", ") })) };
  }
  return { ok: true, value: { lang, answers: clean, today, score: scored.value } };
}

// src/features/assessment/test-view.tsx
import { jsx as jsx9, jsxs as jsxs8 } from "hono/jsx/jsx-runtime";
var GROUP_SIZE = 6;
function TestView({ ctx, instrument, answers = {}, today, problems = [] }) {
  const { t: t2, lang } = ctx;
  const items = instrument.items;
  const groups = [];
  for (let i = 0; i < items.length; i += GROUP_SIZE) groups.push(items.slice(i, i + GROUP_SIZE));
  const labels = instrument.scaleLabels[lang];
  return /* @__PURE__ */ jsxs8(
    Layout,
    {
      ctx,
      seo: {
        title: t2("test.title"),
        description: t2("test.lede"),
        path: paths.test(lang),
        quickExit: true,
        alternates: { en: paths.test("en"), zh: paths.test("zh") }
      },
      children: [
        /* @__PURE__ */ jsx9("h1", { children: t2("test.title") }),
        /* @__PURE__ */ jsxs8("div", { class: "test-intro", children: [
          /* @__PURE__ */ jsx9("p", { class: "lede", children: t2("test.lede") }),
          /* @__PURE__ */ jsx9("p", { children: t2("test.measures") }),
          /* @__PURE__ */ jsx9("p", { children: t2("test.duration") }),
          /* @__PURE__ */ jsx9("p", { children: t2("test.privacy") }),
          /* @__PURE__ */ jsx9("p", { children: t2("test.notDiagnosis") }),
          /* @__PURE__ */ jsx9("p", { children: /* @__PURE__ */ jsx9("a", { href: `/${lang}/test/about`, children: t2("test.aboutLink") }) })
        ] }),
        problems.length > 0 ? /* @__PURE__ */ jsxs8("div", { class: "form-errors", role: "alert", tabindex: -1, id: "test-errors", children: [
          /* @__PURE__ */ jsx9("h2", { children: t2("test.errorsHeading") }),
          /* @__PURE__ */ jsx9("ul", { children: problems.map((p) => /* @__PURE__ */ jsx9("li", { children: t2(`error.test.${p.code}`, { detail: p.detail ?? "" }) })) })
        ] }) : null,
        /* @__PURE__ */ jsxs8("form", { id: "test-form", class: "test-form", method: "post", action: paths.test(lang), "data-version": instrument.version, "data-total": items.length, children: [
          /* @__PURE__ */ jsx9("input", { type: "hidden", name: "lang", value: lang }),
          /* @__PURE__ */ jsxs8("div", { class: "test-progress", hidden: true, children: [
            /* @__PURE__ */ jsx9("label", { for: "test-progress-bar", children: t2("test.progressLabel") }),
            /* @__PURE__ */ jsx9("progress", { id: "test-progress-bar", max: items.length, value: Object.keys(answers).length }),
            /* @__PURE__ */ jsx9("span", { id: "test-progress-text", "aria-live": "polite", "data-template": t2("test.progress", { answered: "{answered}", total: items.length }), children: t2("test.progress", { answered: Object.keys(answers).length, total: items.length }) })
          ] }),
          /* @__PURE__ */ jsx9("p", { class: "meta keyboard-hint", children: t2("test.keyboardHint") }),
          groups.map((group, g) => /* @__PURE__ */ jsxs8("section", { class: "item-group", "data-group": g, "aria-labelledby": `group-${g}`, children: [
            /* @__PURE__ */ jsx9("h2", { id: `group-${g}`, class: "group-heading", children: t2("test.group", { n: g + 1, total: groups.length + 1 }) }),
            group.map((item, k) => {
              const n = g * GROUP_SIZE + k + 1;
              return /* @__PURE__ */ jsxs8("fieldset", { class: "item", id: `item-${item.id}`, children: [
                /* @__PURE__ */ jsxs8("legend", { children: [
                  /* @__PURE__ */ jsxs8("span", { class: "item-number", children: [
                    n,
                    "."
                  ] }),
                  " ",
                  item.text[lang]
                ] }),
                /* @__PURE__ */ jsx9("div", { class: "likert", children: labels.map((label, v) => /* @__PURE__ */ jsxs8("label", { children: [
                  /* @__PURE__ */ jsx9("input", { type: "radio", name: `a_${item.id}`, value: v + 1, checked: answers[item.id] === v + 1 }),
                  /* @__PURE__ */ jsx9("span", { class: "likert-value", "aria-hidden": "true", children: v + 1 }),
                  /* @__PURE__ */ jsx9("span", { class: "likert-label", children: label })
                ] })) })
              ] });
            })
          ] })),
          /* @__PURE__ */ jsxs8("section", { class: "item-group", "data-group": groups.length, "aria-labelledby": "group-today", children: [
            /* @__PURE__ */ jsx9("h2", { id: "group-today", class: "group-heading", children: t2("test.group", { n: groups.length + 1, total: groups.length + 1 }) }),
            /* @__PURE__ */ jsxs8("fieldset", { class: "item today", id: "item-today", children: [
              /* @__PURE__ */ jsx9("legend", { children: instrument.today[lang] }),
              /* @__PURE__ */ jsxs8("p", { class: "meta", id: "today-scale", children: [
                t2("test.todayLow"),
                " \xB7 ",
                t2("test.todayHigh")
              ] }),
              /* @__PURE__ */ jsx9("div", { class: "likert likert-10", "aria-describedby": "today-scale", children: Array.from({ length: 10 }, (_, v) => /* @__PURE__ */ jsxs8("label", { children: [
                /* @__PURE__ */ jsx9("input", { type: "radio", name: "today", value: v + 1, checked: today === v + 1 }),
                /* @__PURE__ */ jsx9("span", { class: "likert-value", children: v + 1 })
              ] })) })
            ] }),
            /* @__PURE__ */ jsx9("button", { type: "submit", class: "button", children: t2("test.submit") })
          ] }),
          /* @__PURE__ */ jsxs8("div", { class: "group-nav", hidden: true, children: [
            /* @__PURE__ */ jsx9("button", { type: "button", class: "search-button", "data-nav": "back", children: t2("test.back") }),
            /* @__PURE__ */ jsx9("button", { type: "button", class: "button", "data-nav": "next", children: t2("test.next") })
          ] })
        ] })
      ]
    }
  );
}

// src/features/assessment/routes.tsx
import { jsx as jsx10 } from "hono/jsx/jsx-runtime";
var COMPARISON_MINIMUM = 200;
var MAX_BODY_BYTES = 16 * 1024;
var secureCookie = (c) => c.get("deps").config.baseUrl.startsWith("https:") || new URL(c.req.url).protocol === "https:";
function resultJson(result) {
  return {
    id: result.id,
    url: `/${result.lang}/results/${result.id}`,
    pattern: result.pattern,
    scores: result.scores,
    safetyFlag: result.safetyFlag,
    habits: result.habits,
    strongestResource: result.strongestResource,
    today: result.today,
    createdAt: result.createdAt
  };
}
async function store(c, submission) {
  const owner = ensureOwner(c, secureCookie(c));
  return insertResult(c.get("deps").db, { id: randomId(), ownerHash: owner, instrumentVersion: INSTRUMENT.version, submission });
}
async function renderResultPage(c, norms, result, owner, newShareUrl) {
  const ctx = c.get("page");
  const { db } = c.get("deps");
  const [earlier, articles, { percentiles }, shares] = await Promise.all([
    listOwnedResults(db, owner),
    listByTags(db, ctx.lang, readingTags(result), 5),
    norms.percentiles(db, ctx.lang, { anxiety: result.scores.anxiety, avoidance: result.scores.avoidance }, COMPARISON_MINIMUM),
    listShares(db, result.id)
  ]);
  c.header("Cache-Control", "private, no-store");
  c.set("referrerPolicy", "no-referrer");
  return c.html(
    renderDocument(
      /* @__PURE__ */ jsx10(
        ResultView,
        {
          ctx,
          data: {
            result,
            shares,
            newShareUrl,
            earlier: earlier.filter((e) => e.id !== result.id),
            articles,
            percentiles,
            comparisonMinimum: COMPARISON_MINIMUM
          }
        }
      )
    )
  );
}
function problemsJson(lang, problems) {
  const t2 = translator(lang);
  return {
    error: {
      code: "invalid_submission",
      message: t2("error.test.invalid_submission"),
      problems: problems.map((p) => ({ code: p.code, field: p.field, message: t2(`error.test.${p.code}`, { detail: p.detail ?? "" }) }))
    }
  };
}
function assessmentRoutes() {
  const app = new Hono2();
  const norms = new Norms();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { code: "body_too_large", message: c.get("page").t("error.body_too_large") } }, 400)
  });
  app.get("/api/test/instrument", (c) => {
    const lang = c.req.query("lang") ?? "en";
    if (!isLang(lang))
      return c.json({ error: { code: "invalid_parameter", message: c.get("page").t("error.invalid_parameter", { details: "lang" }) } }, 400);
    return c.json(instrumentFor(INSTRUMENT, lang));
  });
  app.post("/api/test/results", rateLimit("submit"), limit, async (c) => {
    let body;
    try {
      body = await c.req.json();
    } catch {
      body = void 0;
    }
    const langOf = (b) => b && typeof b === "object" && isLang(b.lang) ? b.lang : c.get("page").lang;
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
    return c.html(renderDocument(/* @__PURE__ */ jsx10(TestView, { ctx: c.get("page"), instrument: INSTRUMENT })));
  });
  app.get("/:lang{en|zh}/test/about", (c) => c.html(renderDocument(/* @__PURE__ */ jsx10(AboutView, { ctx: c.get("page"), comparisonMinimum: COMPARISON_MINIMUM }))));
  app.post("/:lang{en|zh}/test", rateLimit("submit"), limit, async (c) => {
    const ctx = c.get("page");
    const form = await readForm(c);
    const answers = {};
    for (const [name, value] of Object.entries(form)) {
      if (name.startsWith("a_") && typeof value === "string") answers[name.slice(2)] = Number(value);
    }
    const today = typeof form.today === "string" && form.today !== "" ? Number(form.today) : void 0;
    const checked = checkSubmission(INSTRUMENT, { lang: ctx.lang, answers, today });
    if (!checked.ok) {
      c.header("Cache-Control", "no-store");
      return c.html(renderDocument(/* @__PURE__ */ jsx10(TestView, { ctx, instrument: INSTRUMENT, answers, today, problems: checked.problems })), 400);
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
  app.post("/api/results/:id/shares", rateLimit("share"), limit, async (c) => {
    const owner = ownerHash(c);
    const body = await c.req.json().catch(() => ({}));
    const { db, config } = c.get("deps");
    const result = owner ? await findOwnedResult(db, c.req.param("id"), owner) : void 0;
    if (!result || !owner) throw notFound();
    const lang = isLang(body?.lang) ? body.lang : result.lang;
    const share = await createShare(db, { resultId: result.id, ownerHash: owner, lang });
    if (!share) throw notFound();
    return c.json({ token: share.token, url: `${config.baseUrl}/${lang}/s/${share.token}` }, 201);
  });
  app.delete("/api/shares/:token", async (c) => {
    const owner = ownerHash(c);
    const revoked = owner ? await revokeShare(c.get("deps").db, { token: c.req.param("token"), ownerHash: owner }) : void 0;
    if (!revoked) throw notFound();
    dropCards(revoked);
    return c.body(null, 204);
  });
  app.post("/:lang{en|zh}/results/:id/shares", rateLimit("share"), limit, async (c) => {
    const owner = ownerHash(c);
    const { db, config } = c.get("deps");
    const result = owner ? await findOwnedResult(db, c.req.param("id"), owner) : void 0;
    if (!result || !owner) throw notFound();
    const form = await readForm(c);
    const lang = isLang(form.lang) ? form.lang : c.get("page").lang;
    const share = await createShare(db, { resultId: result.id, ownerHash: owner, lang });
    if (!share) throw notFound();
    return renderResultPage(c, norms, result, owner, `${config.baseUrl}/${lang}/s/${share.token}`);
  });
  app.post("/:lang{en|zh}/results/:id/shares/:shareId/revoke", async (c) => {
    const owner = ownerHash(c);
    const revoked = owner ? await revokeShare(c.get("deps").db, { id: c.req.param("shareId"), ownerHash: owner }) : void 0;
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
    return c.html(renderDocument(/* @__PURE__ */ jsx10(ShareView, { ctx: c.get("page"), shared, token })));
  });
  app.get("/s/:token/card.png", async (c) => {
    const token = c.req.param("token");
    const shared = await findShared(c.get("deps").db, token);
    if (!shared) throw notFound();
    const png = await shareCard(`${hashToken(token)}:${shared.shareLang}`, { ...shared, lang: shared.shareLang });
    c.header("Content-Type", "image/png");
    c.header("Cache-Control", "public, max-age=300");
    c.header("X-Robots-Tag", "noindex");
    return c.body(new Uint8Array(png));
  });
  return app;
}

// src/features/auth/routes.tsx
import { Hono as Hono3 } from "hono";
import { bodyLimit as bodyLimit2 } from "hono/body-limit";
import { z as z5 } from "zod";

// src/features/auth/audit.ts
async function recordAudit(db, actor, action, target, detail = {}) {
  await db.insertInto("audit_event").values({ created_at: (/* @__PURE__ */ new Date()).toISOString(), actor_id: actor.id, actor_label: actor.label, action, target, detail: JSON.stringify(detail) }).execute();
}
async function listAudit(db, { limit, offset }) {
  const [count, rows] = await Promise.all([
    db.selectFrom("audit_event").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("audit_event").selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute()
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.created_at,
      actor: r.actor_label,
      action: r.action,
      target: r.target,
      detail: JSON.parse(r.detail)
    }))
  };
}

// src/features/auth/sessions.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { deleteCookie, getCookie as getCookie2, setCookie as setCookie2 } from "hono/cookie";
var SESSION_COOKIE = "editor_session";
var IDLE_MS = 4 * 60 * 60 * 1e3;
var ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1e3;
var TOUCH_MS = 60 * 1e3;
var isHttps = (c) => new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
async function startSession(c, db, userId, now = Date.now()) {
  const id = randomBytes3(32).toString("base64url");
  const at2 = new Date(now).toISOString();
  await db.kysely.insertInto("editor_session").values({ id_hash: hashToken(id), user_id: userId, created_at: at2, last_seen_at: at2, expires_at: new Date(now + ABSOLUTE_MS).toISOString() }).execute();
  await db.kysely.deleteFrom("editor_session").where("expires_at", "<", at2).execute();
  setCookie2(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/", maxAge: ABSOLUTE_MS / 1e3 });
}
async function readSession(c, db, now = Date.now()) {
  const id = getCookie2(c, SESSION_COOKIE);
  if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return void 0;
  const sessionHash = hashToken(id);
  const row = await db.kysely.selectFrom("editor_session").innerJoin("editor_user", "editor_user.id", "editor_session.user_id").select(["editor_user.id", "editor_user.email", "editor_user.role", "editor_session.last_seen_at", "editor_session.expires_at"]).where("editor_session.id_hash", "=", sessionHash).executeTakeFirst();
  if (!row) return void 0;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now >= Date.parse(row.expires_at) || now - lastSeen >= IDLE_MS) {
    await db.kysely.deleteFrom("editor_session").where("id_hash", "=", sessionHash).execute();
    return void 0;
  }
  if (now - lastSeen >= TOUCH_MS) {
    await db.kysely.updateTable("editor_session").set({ last_seen_at: new Date(now).toISOString() }).where("id_hash", "=", sessionHash).execute();
  }
  return { id: row.id, email: row.email, role: row.role, sessionHash };
}
async function endSession(c, db, editor) {
  if (editor) await db.kysely.deleteFrom("editor_session").where("id_hash", "=", editor.sessionHash).execute();
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

// src/features/auth/guard.ts
var editorSession = () => async (c, next) => {
  c.set("editor", await readSession(c, c.get("deps").db));
  await next();
};
function safeNext(lang, next) {
  return next && new RegExp(`^/${lang}/editor(?:/[^\\s\\\\]*)?$`).test(next) && !next.startsWith("//") ? next : `/${lang}/editor/`;
}
var requireEditor = (role = "editor") => async (c, next) => {
  const editor = c.get("editor");
  const { t: t2, lang } = c.get("page");
  const api = c.req.path.startsWith("/api/");
  c.header("Cache-Control", "private, no-store");
  if (!editor) {
    if (api) return c.json({ error: { code: "unauthenticated", message: t2("auth.required") } }, 401);
    const url = new URL(c.req.url);
    return c.redirect(`/${lang}/signin?next=${encodeURIComponent(safeNext(lang, url.pathname + url.search))}`, 303);
  }
  if (role === "admin" && editor.role !== "admin") {
    if (api) return c.json({ error: { code: "forbidden", message: t2("auth.adminOnly") } }, 403);
    throw new AppError("not_permitted", 403);
  }
  await next();
};

// src/features/auth/passwords.ts
import { randomBytes as randomBytes4 } from "node:crypto";
var argon2 = () => import("@node-rs/argon2");
var ARGON2_OPTIONS = {
  // Algorithm.Argon2id (a const enum the library's types cannot export under verbatimModuleSyntax).
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1
};
var PASSWORD_MIN = 12;
var PASSWORD_MAX = 256;
async function hashPassword(password) {
  return (await argon2()).hash(password, ARGON2_OPTIONS);
}
async function verifyPassword(stored, password) {
  const { verify } = await argon2();
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
var DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$ddCzR6/5KGUKe6p6rnCq4w$FanNdYW7hBPhSI9ZH+HpI4/DrtR5E2qNcbd9tY4Qmuc";
async function verifyAgainstNothing(password) {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}
function generatePassword() {
  return randomBytes4(18).toString("base64url");
}
function passwordProblem(password) {
  if ([...password].length < PASSWORD_MIN) return "too_short";
  if ([...password].length > PASSWORD_MAX) return "too_long";
  return null;
}

// src/features/auth/users.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { z as z4 } from "zod";
var EmailSchema = z4.email().max(254).transform((e) => e.trim().toLowerCase());
var ROLES = ["editor", "admin"];
var AccountError = class extends Error {
};
function normaliseEmail(email) {
  return email.trim().toLowerCase();
}
function checkPassword(password) {
  const problem = passwordProblem(password);
  if (problem === "too_short") throw new AccountError("the password must be at least 12 characters");
  if (problem === "too_long") throw new AccountError("the password must be at most 256 characters");
}
async function addUser(db, props) {
  const email = EmailSchema.safeParse(props.email);
  if (!email.success) throw new AccountError(`"${props.email}" is not an email address`);
  if (!ROLES.includes(props.role)) throw new AccountError(`role must be one of ${ROLES.join(", ")}`);
  checkPassword(props.password);
  const existing = await db.kysely.selectFrom("editor_user").select("id").where("email", "=", email.data).executeTakeFirst();
  if (existing) throw new AccountError(`${email.data} already has an account`);
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const account = { id: randomBytes5(12).toString("base64url"), email: email.data, role: props.role, createdAt: now };
  await db.kysely.insertInto("editor_user").values({
    id: account.id,
    email: account.email,
    role: account.role,
    password_hash: await hashPassword(props.password),
    created_at: now,
    updated_at: now
  }).execute();
  return account;
}
async function listUsers(db) {
  const rows = await db.kysely.selectFrom("editor_user").select(["id", "email", "role", "created_at"]).orderBy("email").execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at }));
}
async function removeUser(db, email) {
  const result = await db.kysely.deleteFrom("editor_user").where("email", "=", normaliseEmail(email)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
async function setPassword(db, email, password) {
  checkPassword(password);
  const hashed = await hashPassword(password);
  return db.kysely.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("editor_user").select("id").where("email", "=", normaliseEmail(email)).executeTakeFirst();
    if (!user) return false;
    await trx.updateTable("editor_user").set({ password_hash: hashed, updated_at: (/* @__PURE__ */ new Date()).toISOString() }).where("id", "=", user.id).execute();
    await trx.deleteFrom("editor_session").where("user_id", "=", user.id).execute();
    return true;
  });
}

// src/features/auth/views.tsx
import { jsx as jsx11, jsxs as jsxs9 } from "hono/jsx/jsx-runtime";
function SignInView({
  ctx,
  next,
  email,
  failed,
  signedOut
}) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsx11(Layout, { ctx, seo: { title: t2("auth.title"), description: t2("auth.intro"), path: `/${lang}/signin`, noindex: true }, children: /* @__PURE__ */ jsxs9("div", { class: "narrow", children: [
    /* @__PURE__ */ jsx11("h1", { children: t2("auth.title") }),
    /* @__PURE__ */ jsx11("p", { children: t2("auth.intro") }),
    failed ? /* @__PURE__ */ jsx11("p", { class: "form-error", role: "alert", id: "signin-error", children: t2("auth.invalid") }) : null,
    signedOut ? /* @__PURE__ */ jsx11("p", { class: "notice", role: "status", children: t2("auth.signedOut") }) : null,
    /* @__PURE__ */ jsxs9("form", { method: "post", action: `/${lang}/signin`, class: "stack-form", children: [
      /* @__PURE__ */ jsx11("input", { type: "hidden", name: "next", value: next }),
      /* @__PURE__ */ jsx11("label", { for: "signin-email", children: t2("auth.email") }),
      /* @__PURE__ */ jsx11(
        "input",
        {
          id: "signin-email",
          name: "email",
          type: "email",
          autocomplete: "username",
          required: true,
          maxlength: 254,
          value: email ?? "",
          "aria-describedby": failed ? "signin-error" : void 0
        }
      ),
      /* @__PURE__ */ jsx11("label", { for: "signin-password", children: t2("auth.password") }),
      /* @__PURE__ */ jsx11("input", { id: "signin-password", name: "password", type: "password", autocomplete: "current-password", required: true, maxlength: 1024 }),
      /* @__PURE__ */ jsx11("button", { type: "submit", class: "button", children: t2("auth.submit") })
    ] })
  ] }) });
}

// src/features/auth/routes.tsx
import { jsx as jsx12 } from "hono/jsx/jsx-runtime";
var Credentials = z5.object({
  email: z5.string().max(254),
  password: z5.string().max(PASSWORD_MAX * 4)
});
function authRoutes() {
  const app = new Hono3();
  const byAddress = new FixedWindows();
  const byAccount = new FixedWindows();
  async function attempt(c, email, password) {
    const { db, rateLimits, trustProxy } = c.get("deps");
    const account = normaliseEmail(email);
    if (rateLimits && rateLimits !== "off") {
      const retryAfter = Math.max(
        byAddress.hit(clientAddress(c, trustProxy ?? false), rateLimits.signin),
        byAccount.hit(account, rateLimits.signinAccount)
      );
      if (retryAfter > 0) return { ok: false, retryAfter };
    }
    const user = await db.kysely.selectFrom("editor_user").select(["id", "email", "role", "password_hash"]).where("email", "=", account).executeTakeFirst();
    const valid = user ? await verifyPassword(user.password_hash, password) : await verifyAgainstNothing(password);
    if (!user || !valid) {
      await recordAudit(db.kysely, { id: null, label: "anonymous" }, "session.signin_failed", user ? `user:${user.id}` : "unknown-account");
      return { ok: false };
    }
    byAccount.clear(account);
    await startSession(c, db, user.id);
    await recordAudit(db.kysely, { id: user.id, label: user.email }, "session.signin", `user:${user.id}`);
    return { ok: true, userId: user.id, email: user.email, role: user.role };
  }
  app.use("/:lang{en|zh}/signin", editorSession());
  app.use("/:lang{en|zh}/signout", editorSession());
  app.use("/api/session", editorSession());
  app.get("/:lang{en|zh}/signin", (c) => {
    const ctx = c.get("page");
    c.header("Cache-Control", "private, no-store");
    const next = safeNext(ctx.lang, c.req.query("next"));
    if (c.get("editor")) return c.redirect(next, 303);
    return c.html(renderDocument(/* @__PURE__ */ jsx12(SignInView, { ctx, next, signedOut: c.req.query("signedout") === "1" })));
  });
  const limit = bodyLimit2({
    maxSize: 16 * 1024,
    onError: () => {
      throw new AppError("payload_too_large", 413);
    }
  });
  app.post("/:lang{en|zh}/signin", limit, async (c) => {
    const ctx = c.get("page");
    c.header("Cache-Control", "private, no-store");
    const form = await readForm(c);
    const next = safeNext(ctx.lang, form.next);
    const parsed = Credentials.safeParse({ email: form.email ?? "", password: form.password ?? "" });
    const outcome = parsed.success ? await attempt(c, parsed.data.email, parsed.data.password) : { ok: false };
    if (outcome.ok) return c.redirect(next, 303);
    if (outcome.retryAfter) return tooManyRequests(c, outcome.retryAfter);
    return c.html(renderDocument(/* @__PURE__ */ jsx12(SignInView, { ctx, next, email: form.email, failed: true })), 401);
  });
  app.post("/:lang{en|zh}/signout", async (c) => {
    await endSession(c, c.get("deps").db, c.get("editor"));
    return c.redirect(`/${c.req.param("lang")}/signin?signedout=1`, 303);
  });
  app.post("/api/session", limit, async (c) => {
    const { t: t2 } = c.get("page");
    c.header("Cache-Control", "private, no-store");
    let body;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: "bad_request", message: t2("error.request.body") } }, 400);
    }
    const parsed = Credentials.safeParse(body);
    if (!parsed.success) return c.json({ error: { code: "bad_request", message: t2("auth.fieldsRequired") } }, 400);
    const outcome = await attempt(c, parsed.data.email, parsed.data.password);
    if (outcome.ok) return c.json({ editor: { email: outcome.email, role: outcome.role } }, 200);
    if (outcome.retryAfter) return tooManyRequests(c, outcome.retryAfter);
    return c.json({ error: { code: "invalid_credentials", message: t2("auth.invalid") } }, 401);
  });
  app.delete("/api/session", async (c) => {
    await endSession(c, c.get("deps").db, c.get("editor"));
    return c.body(null, 204);
  });
  return app;
}

// src/features/editor/legacy-routes.tsx
import { Hono as Hono5 } from "hono";
import { bodyLimit as bodyLimit3 } from "hono/body-limit";

// src/features/legacy-import/import-legacy.ts
import { createHash as createHash3 } from "node:crypto";

// src/features/articles/related.ts
var RELATED_LIMIT = 4;
var SERIES_WINDOW = 3;
function computeRelated(articles, limit = RELATED_LIMIT) {
  const published = articles.filter((a) => a.publishedAt !== null);
  const byTag = /* @__PURE__ */ new Map();
  const bySeries = /* @__PURE__ */ new Map();
  for (const a of published) {
    for (const tag of new Set(a.tags)) push(byTag, `${a.lang}\0${tag}`, a);
    push(bySeries, `${a.lang}\0${a.series}`, a);
  }
  for (const list of bySeries.values()) list.sort((x, y) => x.installment - y.installment);
  const result = /* @__PURE__ */ new Map();
  for (const a of articles) {
    const scores = /* @__PURE__ */ new Map();
    const add = (other, points) => {
      if (other.id === a.id) return;
      const entry = scores.get(other.id);
      if (entry) entry.score += points;
      else scores.set(other.id, { score: points, other });
    };
    for (const tag of new Set(a.tags)) for (const other of byTag.get(`${a.lang}\0${tag}`) ?? []) add(other, 3);
    const series = bySeries.get(`${a.lang}\0${a.series}`) ?? [];
    for (const other of series) {
      if (Math.abs(other.installment - a.installment) <= SERIES_WINDOW) add(other, 2);
      else if (scores.has(other.id)) add(other, 1);
    }
    const ranked = smallest(
      scores.values(),
      limit,
      (x, y) => y.score - x.score || distance(a, x.other) - distance(a, y.other) || (y.other.publishedAt ?? "").localeCompare(x.other.publishedAt ?? "") || x.other.id - y.other.id
    );
    result.set(
      a.id,
      ranked.map((r) => r.other.id)
    );
  }
  return result;
}
function smallest(items, limit, compare) {
  const top = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit) {
      if (compare(item, top[limit - 1]) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    top.push(item);
    while (i > 0 && compare(item, top[i - 1]) < 0) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = item;
  }
  return top;
}
function distance(a, b) {
  return a.series === b.series ? Math.abs(a.installment - b.installment) : Number.MAX_SAFE_INTEGER;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/features/articles/store.ts
var InstallmentTakenError = class extends Error {
  constructor(takenBy) {
    super(`installment is already used in this series by "${takenBy}"`);
    this.takenBy = takenBy;
  }
  takenBy;
};
var SlugTakenError = class extends Error {
  constructor(slug) {
    super(`slug "${slug}" is already used in this language`);
    this.slug = slug;
  }
  slug;
};
var RevisionConflictError = class extends Error {
  constructor(current) {
    super(`the article is at revision ${current}`);
    this.current = current;
  }
  current;
};
var IMPORT_AUTHORSHIP = { authorId: null, authorLabel: "import", action: "import" };
async function upsertArticle(db, dialect, article, now = (/* @__PURE__ */ new Date()).toISOString(), authorship = IMPORT_AUTHORSHIP) {
  const existing = await db.selectFrom("article").select(["id", "source_hash", "revision", "slug"]).where("lang", "=", article.lang).where("slug", "=", article.slug).executeTakeFirst();
  if (existing?.source_hash === article.source_hash) return "unchanged";
  await assertInstallmentFree(db, article, existing?.id);
  await writeArticle(db, dialect, existing ?? null, article, now, authorship);
  return existing ? "updated" : "created";
}
async function saveArticle(db, dialect, { id, article, baseRevision, authorship, now = (/* @__PURE__ */ new Date()).toISOString() }) {
  const existing = id === void 0 ? null : await db.selectFrom("article").select(["id", "source_hash", "revision", "slug"]).where("id", "=", id).executeTakeFirst() ?? null;
  if (id !== void 0 && !existing) throw new Error(`article ${id} does not exist`);
  if (existing && baseRevision !== void 0 && existing.revision !== baseRevision) throw new RevisionConflictError(existing.revision);
  if (existing?.source_hash === article.source_hash) return { id: existing.id, revision: existing.revision, changed: false };
  const slugHolder = await db.selectFrom("article").select("id").where("lang", "=", article.lang).where("slug", "=", article.slug).executeTakeFirst();
  if (slugHolder && slugHolder.id !== existing?.id) throw new SlugTakenError(article.slug);
  await assertInstallmentFree(db, article, existing?.id);
  const written = await writeArticle(db, dialect, existing, article, now, authorship);
  return { ...written, changed: true };
}
async function assertInstallmentFree(db, article, ownId) {
  let query = db.selectFrom("article").select(["slug"]).where("series_slug", "=", article.series_slug).where("lang", "=", article.lang).where("installment", "=", article.installment);
  query = ownId === void 0 ? query.where("slug", "!=", article.slug) : query.where("id", "!=", ownId);
  const holder = await query.executeTakeFirst();
  if (holder) throw new InstallmentTakenError(holder.slug);
}
async function writeArticle(db, dialect, existing, article, now, authorship) {
  const columns = {
    lang: article.lang,
    slug: article.slug,
    series_slug: article.series_slug,
    installment: article.installment,
    title: article.title,
    summary: article.summary,
    tags: JSON.stringify(article.tags),
    body_md: article.body_md,
    body_html: article.body_html,
    toc: JSON.stringify(article.toc),
    quotes: JSON.stringify(article.quotes),
    faq: JSON.stringify(article.faq),
    translation_of: article.translation_of,
    status: article.status,
    published_at: article.published_at,
    reading_minutes: article.reading_minutes,
    source_hash: article.source_hash,
    updated_at: now
  };
  let id;
  let revision;
  if (existing) {
    ({ id } = existing);
    revision = existing.revision + 1;
    const updated = await db.updateTable("article").set({ ...columns, revision }).where("id", "=", id).where("revision", "=", existing.revision).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const now2 = await db.selectFrom("article").select("revision").where("id", "=", id).executeTakeFirst();
      throw new RevisionConflictError(now2?.revision ?? existing.revision + 1);
    }
    if (existing.slug !== article.slug) await redirectOldSlug(db, article.lang, existing.slug, id, now);
  } else {
    revision = 1;
    ({ id } = await db.insertInto("article").values({ ...columns, revision, created_at: now }).returning("id").executeTakeFirstOrThrow());
  }
  await bumpContentVersion(db);
  await db.deleteFrom("article_slug_redirect").where("lang", "=", article.lang).where("old_slug", "=", article.slug).execute();
  await indexArticle(db, dialect, id, article, { isNew: existing === null });
  await db.insertInto("article_revision").values({
    article_id: id,
    revision,
    action: existing ? authorship.action : authorship.action === "import" ? "import" : "create",
    author_id: authorship.authorId,
    author_label: authorship.authorLabel,
    created_at: now,
    snapshot: article.snapshot
  }).execute();
  return { id, revision };
}
async function redirectOldSlug(db, lang, oldSlug, articleId, now) {
  await db.deleteFrom("article_slug_redirect").where("lang", "=", lang).where("old_slug", "=", oldSlug).execute();
  await db.insertInto("article_slug_redirect").values({ lang, old_slug: oldSlug, article_id: articleId, created_at: now }).execute();
}
async function upsertSeries(db, slug, texts, position, now = (/* @__PURE__ */ new Date()).toISOString()) {
  const existing = await db.selectFrom("series").select("slug").where("slug", "=", slug).executeTakeFirst();
  if (!existing) {
    const last = await db.selectFrom("series").select((eb) => eb.fn.max("position").as("max")).executeTakeFirst();
    await db.insertInto("series").values({ slug, position: position ?? Number(last?.max ?? 0) + 1, created_at: now, updated_at: now }).execute();
  } else if (position !== void 0 || texts) {
    await db.updateTable("series").set({ updated_at: now, ...position !== void 0 ? { position } : {} }).where("slug", "=", slug).execute();
  }
  for (const lang of ["en", "zh"]) {
    const given = texts?.[lang];
    const stored = await db.selectFrom("series_text").select("title").where("series_slug", "=", slug).where("lang", "=", lang).executeTakeFirst();
    if (given) {
      if (stored) {
        await db.updateTable("series_text").set(given).where("series_slug", "=", slug).where("lang", "=", lang).execute();
      } else {
        await db.insertInto("series_text").values({ series_slug: slug, lang, ...given }).execute();
      }
    } else if (!stored) {
      await db.insertInto("series_text").values({ series_slug: slug, lang, title: titleFromSlug(slug), description: "" }).execute();
    }
  }
  await bumpContentVersion(db);
}
function titleFromSlug(slug) {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
async function refreshRelated(db, langs) {
  const wanted = [...new Set(langs)];
  if (wanted.length === 0) return 0;
  const rows = await db.selectFrom("article").leftJoin("article_related as ar", "ar.article_id", "article.id").select(["article.id", "lang", "series_slug", "installment", "tags", "published_at", "status", "ar.related"]).where("lang", "in", wanted).execute();
  const related = computeRelated(
    rows.map((r) => ({
      id: r.id,
      lang: r.lang,
      series: r.series_slug,
      installment: r.installment,
      tags: JSON.parse(r.tags),
      publishedAt: r.status === "published" ? r.published_at : null
    }))
  );
  let changed = 0;
  for (const row of rows) {
    const next = JSON.stringify(related.get(row.id) ?? []);
    if (next === (row.related ?? "[]")) continue;
    await db.insertInto("article_related").values({ article_id: row.id, related: next }).onConflict((oc) => oc.column("article_id").doUpdateSet({ related: next })).execute();
    changed++;
  }
  if (changed > 0) await bumpContentVersion(db);
  return changed;
}

// src/features/editor/repo.ts
import { sql as sql2 } from "kysely";
var EDITOR_PAGE_SIZE = 50;
var likePattern = (text) => `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
async function listEditorArticles(db, filters, page) {
  let query = db.kysely.selectFrom("article");
  if (filters.series) query = query.where("series_slug", "=", filters.series);
  if (filters.lang) query = query.where("lang", "=", filters.lang);
  if (filters.status) query = query.where("status", "=", filters.status);
  if (filters.text) {
    const pattern = likePattern(filters.text);
    query = query.where(
      (eb) => eb.or([eb(sql2`lower(title)`, "like", sql2`${pattern} escape '\\'`), eb(sql2`lower(slug)`, "like", sql2`${pattern} escape '\\'`)])
    );
  }
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
    query.select(["id", "lang", "slug", "title", "series_slug", "installment", "status", "updated_at", "revision"]).orderBy("updated_at", "desc").orderBy("id", "desc").limit(EDITOR_PAGE_SIZE).offset((page - 1) * EDITOR_PAGE_SIZE).execute()
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      lang: r.lang,
      slug: r.slug,
      title: r.title,
      seriesSlug: r.series_slug,
      installment: r.installment,
      status: r.status,
      updatedAt: r.updated_at,
      revision: r.revision
    }))
  };
}
async function findEditableArticle(db, id, executor = db.kysely) {
  const row = await executor.selectFrom("article").innerJoin(
    "article_revision",
    (join4) => join4.onRef("article_revision.article_id", "=", "article.id").onRef("article_revision.revision", "=", "article.revision")
  ).select(["article.id", "article.lang", "article.slug", "article.title", "article.status", "article.revision", "article_revision.snapshot"]).where("article.id", "=", id).executeTakeFirst();
  if (!row) return void 0;
  return { id: row.id, lang: row.lang, slug: row.slug, title: row.title, status: row.status, revision: row.revision, file: JSON.parse(row.snapshot) };
}
async function listRevisions(db, articleId) {
  const rows = await db.kysely.selectFrom("article_revision").select(["revision", "action", "author_label", "created_at"]).where("article_id", "=", articleId).orderBy("revision", "desc").execute();
  return rows.map((r) => ({ revision: r.revision, action: r.action, author: r.author_label, createdAt: r.created_at }));
}
async function findRevision(db, articleId, revision) {
  const row = await db.kysely.selectFrom("article_revision").select(["revision", "action", "author_label", "created_at", "snapshot"]).where("article_id", "=", articleId).where("revision", "=", revision).executeTakeFirst();
  if (!row) return void 0;
  return { revision: row.revision, action: row.action, author: row.author_label, createdAt: row.created_at, file: JSON.parse(row.snapshot) };
}
async function listEditorSeries(db) {
  const [series, texts, counts] = await Promise.all([
    db.kysely.selectFrom("series").select(["slug", "position"]).orderBy("position").orderBy("slug").execute(),
    db.kysely.selectFrom("series_text").select(["series_slug", "lang", "title", "description"]).execute(),
    db.kysely.selectFrom("article").select(["series_slug", "lang", (eb) => eb.fn.countAll().as("n")]).groupBy(["series_slug", "lang"]).execute()
  ]);
  return series.map((s) => {
    const textFor = (lang) => texts.find((t2) => t2.series_slug === s.slug && t2.lang === lang) ?? { title: s.slug, description: "" };
    const countFor = (lang) => Number(counts.find((c) => c.series_slug === s.slug && c.lang === lang)?.n ?? 0);
    return {
      slug: s.slug,
      position: s.position,
      texts: { en: pick(textFor("en")), zh: pick(textFor("zh")) },
      articles: { en: countFor("en"), zh: countFor("zh") }
    };
  });
}
var pick = ({ title, description }) => ({ title, description });
async function listSeriesInstallments(db, series, lang) {
  return db.kysely.selectFrom("article").select(["id", "slug", "title", "installment", "status"]).where("series_slug", "=", series).where("lang", "=", lang).orderBy("installment").execute();
}

// src/features/legacy-import/legacy-text.ts
var MAX_HEADING_LENGTH = 80;
var MAX_SUMMARY_LENGTH = 1e3;
var MAX_SLUG_LENGTH = 80;
var MAX_CTA_LENGTH = 120;
var HAN_MAJORITY = 0.5;
var CALL_TO_ACTION_PHRASES = [
  "explore your own communication pattern",
  "get a shareable result",
  "start the test",
  "take the relationship test",
  "\u63A2\u7D22\u4F60\u81EA\u5DF1\u7684\u6C9F\u901A\u6A21\u5F0F",
  "\u63A2\u7D22\u4F60\u7684\u6C9F\u901A\u6A21\u5F0F",
  "\u6D4B\u8BD5\u540E\u83B7\u5F97\u53EF\u5206\u4EAB\u7684\u7ED3\u679C",
  "\u83B7\u5F97\u53EF\u5206\u4EAB\u7684\u7ED3\u679C",
  "\u5F00\u59CB\u6D4B\u8BD5",
  "\u53C2\u52A0\u5173\u7CFB\u6D4B\u8BD5",
  "\u505A\u5173\u7CFB\u6D4B\u8BD5"
];
var TEST_BUTTON_LABELS = ["Take the relationship test", "\u53C2\u52A0\u5173\u7CFB\u6D4B\u8BD5", "\u505A\u5173\u7CFB\u6D4B\u8BD5"];
var QUOTES_MARKER = "\u53EF\u4EE5\u76F4\u63A5\u590D\u5236\u7684\u8BDD";
var FAQ_MARKER = "\u5E38\u89C1\u95EE\u9898";
var ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];
var WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
var HAN_NUMBER = "(?:\u4E8C\u5341|\u5341[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]?|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D])";
var HEADING_PATTERNS = [
  new RegExp(`^(?:${ROMAN.join("|")})\\.\\s+(.+)$`),
  new RegExp(`^(?:${WORDS})(?:[:\uFF1A]|\\.\\s)\\s*(.+)$`, "i"),
  new RegExp(`^(?:chapter|part)\\s+(?:\\d{1,3}|${WORDS})(?:[:\uFF1A]|\\.\\s)\\s*(.+)$`, "i"),
  new RegExp(`^${HAN_NUMBER}\u3001\\s*(.+)$`),
  new RegExp(`^\u7B2C(?:${HAN_NUMBER}|\\d{1,3})(?:\u7AE0|\u90E8\u5206)(?:[:\uFF1A]|\\s)\\s*(.+)$`)
];
var SENTENCE_TAIL = /[.。,，;；:：…]$/;
function topLevelHeading(line) {
  const text = line.trim();
  if (text.length > MAX_HEADING_LENGTH || SENTENCE_TAIL.test(text)) return null;
  for (const pattern of HEADING_PATTERNS) {
    const heading = pattern.exec(text)?.[1]?.trim();
    if (heading) return heading;
  }
  return null;
}
function isCallToAction(line) {
  const text = line.trim().toLowerCase();
  return text.length <= MAX_CTA_LENGTH && CALL_TO_ACTION_PHRASES.some((phrase) => text.startsWith(phrase));
}
function afterTestButton(line) {
  const label = TEST_BUTTON_LABELS.find((l) => line.startsWith(l));
  return label === void 0 ? null : line.slice(label.length).trim();
}
var TEASER_ELLIPSIS = /(?:…+|\.{3,})\s*$/;
var SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)|[。！？][”’」』）]*/gu;
function lastSentenceEnd(text, limit) {
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (stop > limit) break;
    end = stop;
  }
  return end;
}
function summarizeTeaser(teaser) {
  const text = teaser.trim().replace(TEASER_ELLIPSIS, "").trimEnd();
  const cut = lastSentenceEnd(text, text.length);
  const summary = cut > 0 ? text.slice(0, cut) : text;
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary;
  const within = lastSentenceEnd(summary, MAX_SUMMARY_LENGTH);
  if (within > 0) return summary.slice(0, within);
  const space = summary.lastIndexOf(" ", MAX_SUMMARY_LENGTH);
  return summary.slice(0, space > 0 ? space : MAX_SUMMARY_LENGTH).trimEnd();
}
function slugifyTitle(title) {
  const words = title.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/['’]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}
function detectLang(text) {
  const han = text.match(new RegExp("\\p{Script=Han}", "gu"))?.length ?? 0;
  const letters = text.match(new RegExp("\\p{L}", "gu"))?.length ?? 0;
  return han > letters * HAN_MAJORITY ? "zh" : "en";
}

// src/features/legacy-import/parse-legacy.ts
var HEADER_SCAN_LINES = 5;
var TEST_BUTTON_SCAN_LINES = 3;
var MAX_INSTALLMENT = 1e6;
var SEPARATOR = String.raw`(?:[ \t\u3000]+-[ \t\u3000]+|[ \t\u3000]*[–—－]{1,2}[ \t\u3000]*)`;
var HEADER = new RegExp(`^(.+?)${SEPARATOR}([0-9\uFF10-\uFF19]+)${SEPARATOR}(.+)$`);
var HEADER_BAD_NUMBER = new RegExp(`^(.+?)${SEPARATOR}(\\S{1,12}?)${SEPARATOR}(.+)$`);
var TEASER_ELLIPSIS2 = /(?:…|\.{3})$/;
var RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
var ITALIC = /^(?:\*[^*].*\*|_[^_].*_)$/;
var LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s/;
function parseLegacyPage(text) {
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== "");
  const header = findHeader(rows);
  if (!("index" in header)) return { ok: false, problems: header };
  const { index: h } = header;
  const unplaced = rows.slice(0, Math.max(0, h - 1));
  const notes = [];
  const siteName = h > 0 ? rows[h - 1] ?? "" : "";
  if (!siteName) notes.push("no site name line before the header");
  let end = rows.length;
  while (end > h + 1 && isCallToAction(rows[end - 1] ?? "")) end--;
  if (end < rows.length) notes.push(`dropped the closing call to action: ${rows.slice(end).join(" / ")}`);
  const quotesAt = findMarker(rows, QUOTES_MARKER, h + 1, end);
  const faqAt = findMarker(rows, FAQ_MARKER, h + 1, end);
  const boundaries = [quotesAt, faqAt, end].filter((i) => i !== void 0);
  const until = (start) => Math.min(...boundaries.filter((i) => i > start));
  const bodyEnd = Math.min(...boundaries);
  let teaser = "";
  let bodyStart = h + 1;
  const scan = rows.slice(h + 1, Math.min(bodyEnd, h + 1 + TEST_BUTTON_SCAN_LINES));
  const button = scan.findIndex((line) => afterTestButton(line) !== null);
  if (button >= 0) {
    const [first = "", ...extra] = scan.slice(0, button);
    teaser = first;
    unplaced.push(...extra);
    const repeated = afterTestButton(scan[button] ?? "") ?? "";
    if (repeated === "" || sameText(repeated, rows[h] ?? "")) notes.push("dropped the test button line that repeats the header");
    else unplaced.push(scan[button] ?? "");
    bodyStart = h + 2 + button;
  } else if (scan[0] && TEASER_ELLIPSIS2.test(scan[0]) && topLevelHeading(scan[0]) === null) {
    teaser = scan[0];
    bodyStart = h + 2;
  }
  const bodyLines = rows.slice(bodyStart, bodyEnd);
  const footer = dropFooter(bodyLines);
  if (footer.dropped) notes.push(`dropped the footer after "---": ${footer.dropped}`);
  unplaced.push(...footer.stray);
  const body = renderBlocks(footer.lines, topLevelHeading);
  if (!body.markdown) {
    return { ok: false, problems: [{ field: "body", message: "the page has no body text between the header and the quotes, FAQ or end" }] };
  }
  const quotes = quotesAt === void 0 ? [] : rows.slice(quotesAt + 1, until(quotesAt));
  const faq = faqAt === void 0 ? { entries: [], stray: [] } : parseFaq(rows.slice(faqAt + 1, until(faqAt)));
  unplaced.push(...faq.stray);
  const missing = [];
  if (!teaser) missing.push("teaser");
  if (body.headings === 0) missing.push("sections");
  if (quotes.length === 0) missing.push("quotes");
  if (faq.entries.length === 0) missing.push("faq");
  return {
    ok: true,
    page: {
      lang: detectLang(body.markdown),
      siteName,
      seriesTitle: header.seriesTitle,
      installment: header.installment,
      title: header.title,
      summary: teaser ? summarizeTeaser(teaser) : "",
      body: body.markdown,
      quotes,
      faq: faq.entries,
      missing,
      unplaced,
      notes
    }
  };
}
function toArticleFile(page, options) {
  const slug = options.slug ?? (slugifyTitle(page.title) || `${options.series}-${page.installment}`);
  return {
    meta: {
      title: page.title,
      slug,
      lang: page.lang,
      series: options.series,
      installment: page.installment,
      summary: page.summary,
      tags: [],
      quotes: page.quotes,
      faq: page.faq
    },
    body: page.body
  };
}
function findHeader(rows) {
  const candidates = rows.slice(0, HEADER_SCAN_LINES);
  for (const [index, line] of candidates.entries()) {
    if (afterTestButton(line) !== null) continue;
    const match = HEADER.exec(line);
    if (!match) continue;
    const installment = Number((match[2] ?? "").normalize("NFKC"));
    if (installment < 1 || installment > MAX_INSTALLMENT) {
      return [{ field: "installment", message: `must be a whole number from 1 to ${MAX_INSTALLMENT}, got "${match[2]}"` }];
    }
    return { index, seriesTitle: (match[1] ?? "").trim(), installment, title: (match[3] ?? "").trim() };
  }
  const second = rows[1] ?? "";
  const loose = HEADER_BAD_NUMBER.exec(second);
  if (loose) return [{ field: "installment", message: `must be a positive whole number, got "${loose[2]}" in line 2` }];
  return [{ field: "header", message: `line 2 must read "Series title - installment - Article title", got "${second.slice(0, 120)}"` }];
}
function findMarker(rows, marker, from, to) {
  for (let i = from; i < to; i++) {
    if ((rows[i] ?? "").replace(/^[#*\s]+|[*:：\s]+$/g, "") === marker) return i;
  }
  return void 0;
}
function sameText(a, b) {
  const squash = (s) => s.replace(/\s+/g, " ").trim();
  return squash(a) === squash(b);
}
function dropFooter(lines) {
  const rule = lines.findLastIndex((line) => RULE.test(line));
  if (rule < 0 || !ITALIC.test(lines[rule + 1] ?? "")) return { lines, dropped: "", stray: [] };
  let after = rule + 1;
  while (after < lines.length && ITALIC.test(lines[after] ?? "")) after++;
  const dropped = lines.slice(rule + 1, after).join(" ");
  return { lines: lines.slice(0, rule), dropped, stray: lines.slice(after) };
}
function renderBlocks(lines, heading) {
  const blocks = [];
  let headings = 0;
  for (const line of lines) {
    const title = heading(line);
    const last = blocks.at(-1);
    if (title !== null) {
      headings++;
      blocks.push([`## ${title}`]);
    } else if (LIST_ITEM.test(line) && last && LIST_ITEM.test(last[0] ?? "")) {
      last.push(line);
    } else {
      blocks.push([line]);
    }
  }
  return { markdown: blocks.map((block) => block.join("\n")).join("\n\n"), headings };
}
function questionText(line) {
  const text = line.replace(/^\*\*(.+)\*\*$/, "$1").trim();
  return /[?？]$/.test(text) ? text : null;
}
function parseFaq(lines) {
  const entries = [];
  const stray = [];
  let current;
  const flush = () => {
    if (!current) return;
    if (current.answer.length > 0) entries.push({ q: current.q, a: renderBlocks(current.answer, () => null).markdown });
    else stray.push(current.q);
  };
  for (const line of lines) {
    const q = questionText(line);
    if (q !== null) {
      flush();
      current = { q, answer: [] };
    } else if (current) current.answer.push(line);
    else stray.push(line);
  }
  flush();
  return { entries, stray };
}

// src/features/legacy-import/import-legacy.ts
var MAX_LEGACY_PAGE_BYTES = 2 * 1024 * 1024;
async function importLegacyPages(db, files, options = {}) {
  const reports = [];
  const touched = /* @__PURE__ */ new Set();
  for (const { name, text } of files) {
    const report = await importOne(db, name, text, options);
    if ((report.outcome === "created" || report.outcome === "updated") && report.lang) touched.add(report.lang);
    reports.push(report);
  }
  if (touched.size > 0) await db.kysely.transaction().execute((trx) => refreshRelated(trx, touched));
  return reports;
}
async function importOne(db, file, text, options) {
  const failed = (problems) => ({ file, outcome: "failed", missing: [], unplaced: [], problems });
  if (Buffer.byteLength(text) > MAX_LEGACY_PAGE_BYTES)
    return failed([{ field: "file", message: `larger than ${MAX_LEGACY_PAGE_BYTES / 1024 / 1024} MB` }]);
  const parsed = parseLegacyPage(text);
  if (!parsed.ok) return failed(parsed.problems);
  const { page } = parsed;
  const base = { file, lang: page.lang, installment: page.installment, missing: page.missing, unplaced: page.unplaced };
  const sourceKey = `${page.seriesTitle}
${page.installment}`;
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const known = await trx.selectFrom("legacy_source").select("article_id").where("lang", "=", page.lang).where("source_key", "=", sourceKey).executeTakeFirst();
      if (known) return updateImported(db, trx, known.article_id, page, base, options);
      const series = options.series ?? await findOrCreateSeries(trx, page);
      if (options.series) await upsertSeries(trx, options.series, void 0);
      const unlinked = await trx.selectFrom("article").leftJoin("legacy_source", "legacy_source.article_id", "article.id").select("article.id").where("article.lang", "=", page.lang).where("article.series_slug", "=", series).where("article.installment", "=", page.installment).where("legacy_source.article_id", "is", null).executeTakeFirst();
      if (unlinked) {
        const first = await trx.selectFrom("article_revision").select("action").where("article_id", "=", unlinked.id).orderBy("revision").executeTakeFirst();
        if (first?.action === "import") {
          await trx.insertInto("legacy_source").values({ lang: page.lang, source_key: sourceKey, article_id: unlinked.id }).execute();
          return updateImported(db, trx, unlinked.id, page, base, options);
        }
      }
      let draft = toArticleFile(page, { series });
      if (await slugTaken(trx, page.lang, draft.meta.slug)) {
        draft = toArticleFile(page, { series, slug: `${draft.meta.slug.slice(0, 100)}-${page.installment}` });
        if (await slugTaken(trx, page.lang, draft.meta.slug)) {
          return { ...base, outcome: "failed", problems: [{ field: "slug", message: `"${draft.meta.slug}" is already used by another article` }] };
        }
      }
      const other = page.lang === "en" ? "zh" : "en";
      const translation = await trx.selectFrom("article").select("slug").where("lang", "=", other).where("series_slug", "=", series).where("installment", "=", page.installment).executeTakeFirst();
      const published = options.draft ? void 0 : (options.now ?? /* @__PURE__ */ new Date()).toISOString();
      const candidate = { ...draft.meta, ...published ? { published } : {}, ...translation ? { translationOf: translation.slug } : {} };
      const checked = FrontMatterSchema.safeParse(candidate);
      if (!checked.success) return { ...base, outcome: "failed", slug: draft.meta.slug, series, problems: issuesOf(checked.error.issues) };
      const source = { meta: checked.data, body: draft.body };
      const saved = await saveArticle(trx, db.dialect, { article: prepareArticle(source), authorship: options.authorship ?? IMPORT_AUTHORSHIP });
      await trx.insertInto("legacy_source").values({ lang: page.lang, source_key: sourceKey, article_id: saved.id }).execute();
      return { ...base, outcome: "created", slug: source.meta.slug, series, problems: [] };
    });
  } catch (error) {
    if (error instanceof InstallmentTakenError) return { ...base, outcome: "failed", problems: [{ field: "installment", message: error.message }] };
    throw error;
  }
}
var issuesOf = (issues) => issues.map((i) => ({ field: i.path.join(".") || "page", message: i.message }));
async function updateImported(db, trx, articleId, page, base, options) {
  const current = await findEditableArticle(db, articleId, trx);
  if (!current) return { ...base, outcome: "failed", problems: [{ field: "article", message: "the article it became no longer exists" }] };
  const last = await trx.selectFrom("article_revision").select("action").where("article_id", "=", articleId).where("revision", "=", current.revision).executeTakeFirstOrThrow();
  const where = { slug: current.slug, series: current.file.meta.series, installment: current.file.meta.installment };
  if (last.action !== "import") {
    return {
      ...base,
      ...where,
      outcome: "skipped",
      problems: [{ field: "article", message: "edited in the editor since it was imported; not overwritten" }]
    };
  }
  const fresh = toArticleFile(page, { series: current.file.meta.series, slug: current.slug });
  const checked = FrontMatterSchema.safeParse({
    ...current.file.meta,
    title: fresh.meta.title,
    summary: fresh.meta.summary,
    quotes: fresh.meta.quotes,
    faq: fresh.meta.faq
  });
  if (!checked.success) return { ...base, ...where, outcome: "failed", problems: issuesOf(checked.error.issues) };
  const saved = await saveArticle(trx, db.dialect, {
    id: articleId,
    article: prepareArticle({ meta: checked.data, body: fresh.body }),
    baseRevision: current.revision,
    authorship: options.authorship ?? IMPORT_AUTHORSHIP
  });
  return { ...base, ...where, outcome: saved.changed ? "updated" : "unchanged", problems: [] };
}
async function slugTaken(trx, lang, slug) {
  return Boolean(await trx.selectFrom("article").select("id").where("lang", "=", lang).where("slug", "=", slug).executeTakeFirst());
}
async function findOrCreateSeries(trx, page) {
  const known = await trx.selectFrom("series_text").select("series_slug").where("title", "=", page.seriesTitle).orderBy("series_slug").executeTakeFirst();
  if (known) return known.series_slug;
  const slug = slugifyTitle(page.seriesTitle) || `series-${createHash3("sha256").update(page.seriesTitle).digest("hex").slice(0, 8)}`;
  const taken = await trx.selectFrom("series").select("slug").where("slug", "=", slug).executeTakeFirst();
  if (!taken) {
    const texts = { title: page.seriesTitle, description: "" };
    await upsertSeries(trx, slug, { en: texts, zh: texts });
  }
  return slug;
}

// src/features/editor/routes.tsx
import { Hono as Hono4 } from "hono";
import { z as z7 } from "zod";

// src/ui/pagination.ts
function parsePage(value) {
  const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}
function pageCount(total, pageSize) {
  return Math.max(1, Math.ceil(total / pageSize));
}

// src/features/editor/diff.ts
import { diffChars, diffLines, diffWordsWithSpace } from "diff";
var META_FIELDS = ["title", "slug", "series", "installment", "status", "summary", "tags", "translationOf", "quotes", "faq"];
var CONTEXT_LINES = 2;
var INLINE_TIMEOUT_MS = 100;
function fieldText(file, field) {
  const { meta } = file;
  switch (field) {
    case "status":
      return meta.published ? `published ${meta.published.slice(0, 10)}` : "draft";
    case "tags":
      return meta.tags.join(", ");
    case "quotes":
      return meta.quotes.join("\n\n");
    case "faq":
      return meta.faq.map((f) => `Q: ${f.q}
A: ${f.a}`).join("\n\n");
    case "translationOf":
      return meta.translationOf ?? "";
    case "installment":
      return String(meta.installment);
    default:
      return String(meta[field]);
  }
}
function inlineDiff(before, after, lang) {
  const changes = lang === "zh" ? diffChars(before, after, { timeout: INLINE_TIMEOUT_MS }) : diffWordsWithSpace(before, after, { timeout: INLINE_TIMEOUT_MS });
  if (!changes) return [...before ? [{ op: "del", text: before }] : [], ...after ? [{ op: "add", text: after }] : []];
  return changes.map((c) => ({ op: c.added ? "add" : c.removed ? "del" : "same", text: c.value }));
}
function bodyDiff(before, after, lang) {
  const changes = diffLines(before, after);
  const blocks = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    if (!change.added && !change.removed) {
      const lines = change.value.replace(/\n$/, "").split("\n");
      const first = i === 0;
      const last = i === changes.length - 1;
      const head = first ? [] : lines.slice(0, CONTEXT_LINES);
      const tail = last ? [] : lines.slice(Math.max(head.length, lines.length - CONTEXT_LINES));
      const skipped = lines.length - head.length - tail.length;
      if (head.length) blocks.push({ kind: "same", text: head.join("\n") });
      if (skipped > 0) blocks.push({ kind: "skipped", lines: skipped });
      if (tail.length) blocks.push({ kind: "same", text: tail.join("\n") });
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      blocks.push({ kind: "change", parts: inlineDiff(change.value, next.value, lang) });
      i++;
    } else {
      blocks.push({ kind: "change", parts: [{ op: change.added ? "add" : "del", text: change.value }] });
    }
  }
  return blocks;
}
function diffRevisions(before, after, lang) {
  const fields = [];
  for (const field of META_FIELDS) {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    if (a !== b) fields.push({ field, parts: inlineDiff(a, b, lang) });
  }
  const bodyChanged = before.body !== after.body;
  return { fields, body: bodyChanged ? bodyDiff(before.body, after.body, lang) : [], same: fields.length === 0 && !bodyChanged };
}

// src/features/editor/form.ts
var SPARE_FAQ_ROWS = 2;
var EMPTY_VALUES = {
  title: "",
  slug: "",
  series: "",
  installment: "",
  summary: "",
  tags: "",
  quotes: "",
  faq: [],
  translationOf: "",
  status: "draft",
  published: "",
  body: ""
};
function valuesFromFile({ meta, body }) {
  return {
    title: meta.title,
    slug: meta.slug,
    series: meta.series,
    installment: String(meta.installment),
    summary: meta.summary,
    tags: meta.tags.join(", "),
    quotes: meta.quotes.join("\n\n"),
    faq: meta.faq.map(({ q, a }) => ({ q, a })),
    translationOf: meta.translationOf ?? "",
    status: meta.published ? "published" : "draft",
    published: meta.published ? meta.published.slice(0, 10) : "",
    body
  };
}
function splitQuotes(text) {
  return text.split(/\n\s*\n/).map((q) => q.trim()).filter(Boolean);
}
function valuesFromForm(form) {
  const faq = [];
  for (let i = 0; i < 100 && (`faq_q_${i}` in form || `faq_a_${i}` in form); i++) {
    const q = (form[`faq_q_${i}`] ?? "").trim();
    const a = (form[`faq_a_${i}`] ?? "").trim();
    if (q || a) faq.push({ q, a });
  }
  const text = (name) => (form[name] ?? "").replace(/\r\n?/g, "\n");
  return {
    title: text("title").trim(),
    slug: text("slug").trim(),
    series: text("series").trim(),
    installment: text("installment").trim(),
    summary: text("summary").trim(),
    tags: text("tags"),
    quotes: text("quotes"),
    faq,
    translationOf: text("translationOf").trim(),
    status: form.status === "published" ? "published" : "draft",
    published: text("published").trim(),
    body: text("body")
  };
}
function fileFromValues(values, lang, today) {
  const installment = /^\d+$/.test(values.installment) ? Number(values.installment) : values.installment === "" ? void 0 : values.installment;
  const candidate = {
    title: values.title,
    slug: values.slug,
    lang,
    series: values.series,
    installment,
    ...values.status === "published" ? { published: values.published || today } : {},
    summary: values.summary,
    tags: values.tags.split(/[,，]/).map((t2) => t2.trim()).filter(Boolean),
    ...values.translationOf ? { translationOf: values.translationOf } : {},
    quotes: splitQuotes(values.quotes),
    faq: values.faq
  };
  const parsed = FrontMatterSchema.safeParse(candidate, { reportInput: true });
  const errors = parsed.success ? [] : parsed.error.issues.map(fieldError);
  if (!values.body.trim()) errors.push({ field: "body", key: "editor.error.required" });
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, file: { meta: parsed.data, body: values.body } };
}
var FORM_FIELD = { published: "published", translationOf: "translationOf" };
function fieldError(issue) {
  const [top, index, part] = issue.path;
  const field = top === "faq" && typeof index === "number" ? `faq_${part === "a" ? "a" : "q"}_${index}` : FORM_FIELD[String(top)] ?? String(top);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" || issue.origin === "array" ? { field, key: "editor.error.required" } : { field, key: "editor.error.min", params: { min: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "array" ? { field, key: "editor.error.tooMany", params: { max: Number(issue.maximum) } } : issue.origin === "string" ? { field, key: "editor.error.tooLong", params: { max: Number(issue.maximum) } } : { field, key: "editor.error.max", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return issue.input === "" ? { field, key: "editor.error.required" } : { field, key: "editor.error.slug" };
    case "invalid_type":
      if (issue.input === void 0) return { field, key: "editor.error.required" };
      return { field, key: field === "installment" ? "editor.error.wholeNumber" : "editor.error.invalid" };
    case "custom":
      return { field, key: field === "published" ? "editor.error.date" : "editor.error.invalid" };
    default:
      return { field, key: "editor.error.invalid" };
  }
}

// src/features/editor/series-service.ts
import { z as z6 } from "zod";
var Text2 = z6.object({
  title: z6.string().trim().min(1).max(200),
  description: z6.string().trim().max(2e3)
});
function seriesValuesFromForm(form) {
  const text = (name) => (form[name] ?? "").replace(/\r\n?/g, "\n").trim();
  return {
    slug: text("slug"),
    position: text("position"),
    texts: {
      en: { title: text("title_en"), description: text("description_en") },
      zh: { title: text("title_zh"), description: text("description_zh") }
    }
  };
}
async function saveSeries(db, actor, values, create) {
  const errors = [];
  if (!SLUG.safeParse(values.slug).success) errors.push({ field: "slug", key: "editor.error.slug" });
  const position = /^\d{1,6}$/.test(values.position) ? Number(values.position) : void 0;
  if (values.position && position === void 0) errors.push({ field: "position", key: "editor.error.wholeNumber" });
  for (const lang of ["en", "zh"]) {
    const parsed = Text2.safeParse(values.texts[lang]);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const field = `${String(issue.path[0])}_${lang}`;
      errors.push(
        issue.code === "too_small" ? { field, key: "editor.error.required" } : { field, key: "editor.error.tooLong", params: { max: issue.path[0] === "title" ? 200 : 2e3 } }
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return db.kysely.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("series").select("slug").where("slug", "=", values.slug).executeTakeFirst();
    if (create && existing) return { ok: false, errors: [{ field: "slug", key: "editor.error.seriesTaken" }] };
    if (!create && !existing) return { ok: false, errors: [{ field: "slug", key: "editor.error.seriesUnknown" }] };
    await upsertSeries(trx, values.slug, values.texts, position);
    await recordAudit(trx, { id: actor.id, label: actor.email }, create ? "series.create" : "series.update", `series:${values.slug}`);
    return { ok: true };
  });
}
async function reorderInstallments(db, actor, series, lang, wanted, shown) {
  const current = await db.kysely.selectFrom("article").select(["id", "installment"]).where("series_slug", "=", series).where("lang", "=", lang).execute();
  const next = new Map(current.map((a) => [a.id, a.installment]));
  const errors = [];
  for (const [id, value] of wanted) {
    if (!next.has(id)) continue;
    if (!/^\d{1,7}$/.test(value) || Number(value) < 1) errors.push({ field: `installment_${id}`, key: "editor.error.wholeNumber" });
    else next.set(id, Number(value));
  }
  const seen = /* @__PURE__ */ new Map();
  for (const [id, n] of next) {
    const other = seen.get(n);
    if (other !== void 0) errors.push({ field: `installment_${id}`, key: "editor.error.installmentDuplicate", params: { installment: n } });
    seen.set(n, id);
  }
  if (errors.length > 0) return { ok: false, errors };
  const moved = current.filter((a) => next.get(a.id) !== a.installment);
  if (moved.length === 0) return { ok: true, moved: 0 };
  try {
    await db.kysely.transaction().execute(async (trx) => {
      if (shown) {
        const now = await trx.selectFrom("article").select(["id", "installment"]).where("series_slug", "=", series).where("lang", "=", lang).execute();
        if (now.length !== shown.size || now.some((a) => shown.get(a.id) !== a.installment)) throw new RevisionConflictError(0);
      }
      const files = /* @__PURE__ */ new Map();
      for (const a of moved) {
        const editable = await findEditableArticle(db, a.id, trx);
        if (editable) files.set(a.id, editable);
      }
      for (const a of moved) await trx.updateTable("article").set({ installment: -a.id }).where("id", "=", a.id).execute();
      for (const a of moved) {
        const editable = files.get(a.id);
        if (!editable) continue;
        const file = { meta: { ...editable.file.meta, installment: next.get(a.id) }, body: editable.file.body };
        await saveArticle(trx, db.dialect, {
          id: a.id,
          article: prepareArticle(file),
          baseRevision: editable.revision,
          authorship: { authorId: actor.id, authorLabel: actor.email, action: "reorder" }
        });
      }
      await refreshRelated(trx, [lang]);
      await recordAudit(trx, { id: actor.id, label: actor.email }, "series.reorder", `series:${series}`, { lang, moved: moved.length });
    });
  } catch (error) {
    if (error instanceof RevisionConflictError || error instanceof InstallmentTakenError || error instanceof SlugTakenError) {
      return { ok: false, errors: [{ field: "order", key: "editor.error.changedMeanwhile" }] };
    }
    throw error;
  }
  return { ok: true, moved: moved.length };
}

// src/features/editor/service.ts
async function saveFromEditor({ db, actor, file, id, baseRevision, action = "edit" }) {
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const errors = [];
      const series = await trx.selectFrom("series").select("slug").where("slug", "=", file.meta.series).executeTakeFirst();
      if (!series) errors.push({ field: "series", key: "editor.error.seriesUnknown" });
      if (file.meta.translationOf) {
        const other = file.meta.lang === "en" ? "zh" : "en";
        const target = await trx.selectFrom("article").select("id").where("lang", "=", other).where("slug", "=", file.meta.translationOf).executeTakeFirst() ?? // A slug that changed since still names the article (its old address redirects).
        await trx.selectFrom("article_slug_redirect").select("article_id as id").where("lang", "=", other).where("old_slug", "=", file.meta.translationOf).executeTakeFirst();
        if (!target) errors.push({ field: "translationOf", key: "editor.error.translationUnknown" });
      }
      if (errors.length > 0) return { ok: false, errors };
      const saved = await saveArticle(trx, db.dialect, {
        id,
        article: prepareArticle(file),
        baseRevision,
        authorship: { authorId: actor.id, authorLabel: actor.email, action: id === void 0 ? "create" : action }
      });
      if (saved.changed) {
        await refreshRelated(trx, [file.meta.lang]);
        await recordAudit(trx, { id: actor.id, label: actor.email }, `article.${id === void 0 ? "create" : action}`, `article:${saved.id}`, {
          revision: saved.revision,
          slug: file.meta.slug,
          lang: file.meta.lang
        });
      }
      return { ok: true, ...saved };
    });
  } catch (error) {
    if (error instanceof RevisionConflictError) return { ok: false, conflict: error.current };
    if (error instanceof SlugTakenError) return { ok: false, errors: [{ field: "slug", key: "editor.error.slugTaken" }] };
    if (error instanceof InstallmentTakenError)
      return { ok: false, errors: [{ field: "installment", key: "editor.error.installmentTaken", params: { slug: error.takenBy } }] };
    throw error;
  }
}
async function setPublished(db, actor, id, baseRevision, publish) {
  const article = await findEditableArticle(db, id);
  if (!article) return void 0;
  const { published: _dropped, ...rest } = article.file.meta;
  const meta = publish ? { ...rest, published: _dropped ?? (/* @__PURE__ */ new Date()).toISOString() } : rest;
  return saveFromEditor({ db, actor, id, baseRevision, file: { meta, body: article.file.body }, action: publish ? "publish" : "unpublish" });
}
async function restoreRevision(db, actor, id, revision, baseRevision) {
  const old = await findRevision(db, id, revision);
  if (!old) return void 0;
  return saveFromEditor({ db, actor, id, baseRevision, file: old.file, action: "restore" });
}

// src/features/editor/views/shell.tsx
import { jsx as jsx13, jsxs as jsxs10 } from "hono/jsx/jsx-runtime";
function EditorShell({
  ctx,
  editor,
  title,
  path,
  section,
  children
}) {
  const { t: t2, lang } = ctx;
  const link = (name, href, label) => /* @__PURE__ */ jsx13("li", { children: /* @__PURE__ */ jsx13("a", { href, "aria-current": section === name ? "page" : void 0, children: label }) });
  return /* @__PURE__ */ jsxs10(Layout, { ctx, seo: { title, description: t2("editor.description"), path, noindex: true }, scripts: [ctx.assets.editorJs.url], children: [
    /* @__PURE__ */ jsxs10("nav", { class: "editor-nav", "aria-label": t2("editor.nav"), children: [
      /* @__PURE__ */ jsxs10("ul", { children: [
        link("articles", `/${lang}/editor/`, t2("editor.articles")),
        link("series", `/${lang}/editor/series`, t2("editor.series")),
        editor.role === "admin" ? link("import", `/${lang}/editor/import`, t2("editor.import")) : null,
        link("audit", `/${lang}/editor/audit`, t2("editor.audit"))
      ] }),
      /* @__PURE__ */ jsxs10("form", { method: "post", action: `/${lang}/signout`, class: "inline-form", children: [
        /* @__PURE__ */ jsx13("span", { class: "editor-who", children: t2("editor.signedInAs", { email: editor.email }) }),
        " ",
        /* @__PURE__ */ jsx13("button", { type: "submit", class: "link-button", children: t2("auth.signOut") })
      ] })
    ] }),
    children
  ] });
}
function Notice({ text }) {
  return text ? /* @__PURE__ */ jsx13("p", { class: "notice", role: "status", children: text }) : null;
}
function ErrorSummary({ ctx, errors, labels }) {
  if (errors.length === 0) return null;
  return /* @__PURE__ */ jsxs10("div", { class: "error-summary", role: "alert", tabindex: -1, id: "error-summary", children: [
    /* @__PURE__ */ jsx13("h2", { children: ctx.t("editor.errorsHeading") }),
    /* @__PURE__ */ jsx13("ul", { children: errors.map((e) => /* @__PURE__ */ jsx13("li", { children: /* @__PURE__ */ jsxs10("a", { href: `#field-${e.field}`, children: [
      labels[e.field] ?? e.field,
      ": ",
      ctx.t(e.key, e.params)
    ] }) })) })
  ] });
}
function FieldMessage({ ctx, errors, field }) {
  const error = errors.find((e) => e.field === field);
  if (!error) return null;
  return /* @__PURE__ */ jsx13("p", { class: "field-error", id: `error-${field}`, children: ctx.t(error.key, error.params) });
}
function invalidProps(errors, field) {
  return errors.some((e) => e.field === field) ? { "aria-invalid": "true", "aria-describedby": `error-${field}` } : {};
}

// src/features/editor/views/history.tsx
import { Fragment as Fragment4, jsx as jsx14, jsxs as jsxs11 } from "hono/jsx/jsx-runtime";
var dateTime = {
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  zh: new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })
};
var formatDateTime = (lang, iso) => `${dateTime[lang].format(new Date(iso))} UTC`;
function HistoryView({
  ctx,
  editor,
  article,
  revisions,
  notice
}) {
  const { t: t2, lang } = ctx;
  const base = `/${lang}/editor/articles/${article.id}`;
  const newest = revisions[0]?.revision ?? article.revision;
  const previous = revisions[1]?.revision ?? newest;
  return /* @__PURE__ */ jsxs11(EditorShell, { ctx, editor, title: t2("editor.historyOf", { title: article.title }), path: `${base}/history`, section: "articles", children: [
    /* @__PURE__ */ jsxs11("h1", { children: [
      t2("editor.history"),
      ": ",
      /* @__PURE__ */ jsx14("span", { lang: HTML_LANG[article.lang], children: article.title })
    ] }),
    /* @__PURE__ */ jsx14("p", { class: "editor-links", children: /* @__PURE__ */ jsx14("a", { href: base, children: t2("editor.backToEditor") }) }),
    /* @__PURE__ */ jsx14(Notice, { text: notice }),
    /* @__PURE__ */ jsxs11("form", { method: "get", action: `${base}/diff`, class: "history-form", children: [
      /* @__PURE__ */ jsxs11("table", { class: "editor-table", children: [
        /* @__PURE__ */ jsx14("caption", { children: t2("editor.historyCaption") }),
        /* @__PURE__ */ jsx14("thead", { children: /* @__PURE__ */ jsxs11("tr", { children: [
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.revision") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.diffFrom") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.diffTo") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.when") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.who") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: t2("editor.what") }),
          /* @__PURE__ */ jsx14("th", { scope: "col", children: /* @__PURE__ */ jsx14("span", { class: "visually-hidden", children: t2("editor.restore") }) })
        ] }) }),
        /* @__PURE__ */ jsx14("tbody", { children: revisions.map((r) => /* @__PURE__ */ jsxs11("tr", { children: [
          /* @__PURE__ */ jsxs11("th", { scope: "row", children: [
            "r",
            r.revision
          ] }),
          /* @__PURE__ */ jsx14("td", { children: /* @__PURE__ */ jsx14(
            "input",
            {
              type: "radio",
              name: "from",
              value: String(r.revision),
              checked: r.revision === previous,
              "aria-label": t2("editor.diffFromN", { n: r.revision })
            }
          ) }),
          /* @__PURE__ */ jsx14("td", { children: /* @__PURE__ */ jsx14(
            "input",
            {
              type: "radio",
              name: "to",
              value: String(r.revision),
              checked: r.revision === newest,
              "aria-label": t2("editor.diffToN", { n: r.revision })
            }
          ) }),
          /* @__PURE__ */ jsx14("td", { children: /* @__PURE__ */ jsx14("time", { datetime: r.createdAt, children: formatDateTime(lang, r.createdAt) }) }),
          /* @__PURE__ */ jsx14("td", { children: r.author }),
          /* @__PURE__ */ jsx14("td", { children: t2(`editor.action.${r.action}`) }),
          /* @__PURE__ */ jsx14("td", { children: r.revision === article.revision ? /* @__PURE__ */ jsx14("span", { class: "hint", children: t2("editor.current") }) : /* @__PURE__ */ jsx14("button", { type: "submit", class: "link-button", form: `restore-${r.revision}`, children: t2("editor.restoreN", { n: r.revision }) }) })
        ] })) })
      ] }),
      /* @__PURE__ */ jsx14("button", { type: "submit", class: "button", children: t2("editor.compare") })
    ] }),
    revisions.filter((r) => r.revision !== article.revision).map((r) => /* @__PURE__ */ jsxs11("form", { method: "post", action: `${base}/restore`, id: `restore-${r.revision}`, hidden: true, children: [
      /* @__PURE__ */ jsx14("input", { type: "hidden", name: "revision", value: String(r.revision) }),
      /* @__PURE__ */ jsx14("input", { type: "hidden", name: "baseRevision", value: String(article.revision) })
    ] }))
  ] });
}
function Parts({ parts }) {
  return /* @__PURE__ */ jsx14(Fragment4, { children: parts.map((p) => p.op === "add" ? /* @__PURE__ */ jsx14("ins", { children: p.text }) : p.op === "del" ? /* @__PURE__ */ jsx14("del", { children: p.text }) : /* @__PURE__ */ jsx14("span", { children: p.text })) });
}
var FIELD_KEYS = {
  title: "editor.field.title",
  slug: "editor.field.slug",
  series: "editor.field.series",
  installment: "editor.field.installment",
  status: "editor.field.status",
  summary: "editor.field.summary",
  tags: "editor.field.tags",
  translationOf: "editor.field.translationOf",
  quotes: "editor.field.quotes",
  faq: "article.faq"
};
function DiffView({
  ctx,
  editor,
  article,
  from,
  to,
  diff
}) {
  const { t: t2, lang } = ctx;
  const base = `/${lang}/editor/articles/${article.id}`;
  const contentLang = HTML_LANG[article.lang];
  return /* @__PURE__ */ jsxs11(
    EditorShell,
    {
      ctx,
      editor,
      title: t2("editor.diffTitle", { from: from.revision, to: to.revision }),
      path: `${base}/diff`,
      section: "articles",
      children: [
        /* @__PURE__ */ jsx14("h1", { children: t2("editor.diffTitle", { from: from.revision, to: to.revision }) }),
        /* @__PURE__ */ jsxs11("p", { class: "editor-links", children: [
          /* @__PURE__ */ jsx14("a", { href: `${base}/history`, children: t2("editor.history") }),
          " \xB7 ",
          /* @__PURE__ */ jsx14("a", { href: base, children: t2("editor.backToEditor") })
        ] }),
        /* @__PURE__ */ jsxs11("p", { children: [
          "r",
          from.revision,
          ": ",
          formatDateTime(lang, from.createdAt),
          ", ",
          from.author,
          " \u2192 r",
          to.revision,
          ": ",
          formatDateTime(lang, to.createdAt),
          ", ",
          to.author
        ] }),
        /* @__PURE__ */ jsx14("p", { class: "hint", children: t2("editor.diffLegend") }),
        diff.same ? /* @__PURE__ */ jsx14("p", { role: "status", children: t2("editor.diffSame") }) : null,
        diff.fields.length > 0 ? /* @__PURE__ */ jsxs11("section", { "aria-labelledby": "diff-fields", children: [
          /* @__PURE__ */ jsx14("h2", { id: "diff-fields", children: t2("editor.diffFields") }),
          /* @__PURE__ */ jsx14("dl", { class: "diff-fields", children: diff.fields.map((f) => /* @__PURE__ */ jsxs11(Fragment4, { children: [
            /* @__PURE__ */ jsx14("dt", { children: t2(FIELD_KEYS[f.field]) }),
            /* @__PURE__ */ jsx14("dd", { class: "diff", lang: contentLang, "data-field": f.field, children: /* @__PURE__ */ jsx14(Parts, { parts: f.parts }) })
          ] })) })
        ] }) : null,
        diff.body.length > 0 ? /* @__PURE__ */ jsxs11("section", { "aria-labelledby": "diff-body", children: [
          /* @__PURE__ */ jsx14("h2", { id: "diff-body", children: t2("editor.field.body") }),
          /* @__PURE__ */ jsx14("div", { class: "diff diff-body", lang: contentLang, children: diff.body.map(
            (b) => b.kind === "skipped" ? /* @__PURE__ */ jsx14("p", { class: "diff-skipped", children: t2("editor.diffSkipped", { lines: b.lines }) }) : b.kind === "same" ? /* @__PURE__ */ jsx14("pre", { children: b.text }) : /* @__PURE__ */ jsx14("pre", { children: /* @__PURE__ */ jsx14(Parts, { parts: b.parts }) })
          ) })
        ] }) : null
      ]
    }
  );
}

// src/features/editor/views/audit.tsx
import { jsx as jsx15, jsxs as jsxs12 } from "hono/jsx/jsx-runtime";
function AuditView({
  ctx,
  editor,
  entries,
  page,
  pages
}) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs12(EditorShell, { ctx, editor, title: t2("editor.audit"), path: `/${lang}/editor/audit`, section: "audit", children: [
    /* @__PURE__ */ jsx15("h1", { children: t2("editor.audit") }),
    /* @__PURE__ */ jsxs12("table", { class: "editor-table", children: [
      /* @__PURE__ */ jsx15("thead", { children: /* @__PURE__ */ jsxs12("tr", { children: [
        /* @__PURE__ */ jsx15("th", { scope: "col", children: t2("editor.when") }),
        /* @__PURE__ */ jsx15("th", { scope: "col", children: t2("editor.who") }),
        /* @__PURE__ */ jsx15("th", { scope: "col", children: t2("editor.what") }),
        /* @__PURE__ */ jsx15("th", { scope: "col", children: t2("editor.target") })
      ] }) }),
      /* @__PURE__ */ jsx15("tbody", { children: entries.map((e) => {
        const articleId = /^article:(\d+)$/.exec(e.target)?.[1];
        return /* @__PURE__ */ jsxs12("tr", { children: [
          /* @__PURE__ */ jsx15("td", { children: /* @__PURE__ */ jsx15("time", { datetime: e.at, children: formatDateTime(lang, e.at) }) }),
          /* @__PURE__ */ jsx15("td", { children: e.actor }),
          /* @__PURE__ */ jsx15("td", { children: /* @__PURE__ */ jsx15("code", { children: e.action }) }),
          /* @__PURE__ */ jsxs12("td", { children: [
            articleId ? /* @__PURE__ */ jsx15("a", { href: `/${lang}/editor/articles/${articleId}/history`, children: e.target }) : e.target,
            typeof e.detail.revision === "number" ? ` \xB7 r${e.detail.revision}` : ""
          ] })
        ] });
      }) })
    ] }),
    /* @__PURE__ */ jsx15(Pager, { ctx, page, pages, href: (n) => `/${lang}/editor/audit${n > 1 ? `?page=${n}` : ""}`, label: t2("editor.pages") })
  ] });
}

// src/features/editor/views/preview.tsx
import { jsx as jsx16, jsxs as jsxs13 } from "hono/jsx/jsx-runtime";
function previewModel(values) {
  return {
    title: values.title,
    summary: values.summary,
    bodyHtml: renderMarkdown(values.body).html,
    quotes: splitQuotes(values.quotes),
    faq: values.faq.filter((f) => f.q && f.a).map((f) => ({ q: f.q, a: f.a, aHtml: renderFragment(f.a) }))
  };
}
function Preview({ ctx, model }) {
  return /* @__PURE__ */ jsxs13("div", { class: "preview-article", children: [
    /* @__PURE__ */ jsx16("p", { class: "preview-title", children: model.title }),
    model.summary ? /* @__PURE__ */ jsx16("p", { class: "lede", children: model.summary }) : null,
    /* @__PURE__ */ jsx16("div", { class: "prose", dangerouslySetInnerHTML: { __html: model.bodyHtml } }),
    model.quotes.length > 0 ? /* @__PURE__ */ jsx16(Quotes, { ctx, quotes: model.quotes }) : null,
    model.faq.length > 0 ? /* @__PURE__ */ jsx16(Faq, { ctx, faq: model.faq }) : null
  ] });
}

// src/features/editor/views/edit.tsx
import { Fragment as Fragment5, jsx as jsx17, jsxs as jsxs14 } from "hono/jsx/jsx-runtime";
var FIELD_LABELS = {
  title: "editor.field.title",
  slug: "editor.field.slug",
  series: "editor.field.series",
  installment: "editor.field.installment",
  summary: "editor.field.summary",
  tags: "editor.field.tags",
  quotes: "editor.field.quotes",
  translationOf: "editor.field.translationOf",
  published: "editor.field.published",
  body: "editor.field.body",
  articleLang: "editor.field.lang"
};
function labelsFor(ctx, faqRows) {
  const labels = Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, ctx.t(v)]));
  for (let i = 0; i < faqRows; i++) {
    labels[`faq_q_${i}`] = ctx.t("editor.field.faqQuestion", { n: i + 1 });
    labels[`faq_a_${i}`] = ctx.t("editor.field.faqAnswer", { n: i + 1 });
  }
  return labels;
}
function EditView({ ctx, editor, article, articleLang, values, series, errors = [], conflict, preview, notice, baseRevision }) {
  const { t: t2, lang } = ctx;
  const action = article ? `/${lang}/editor/articles/${article.id}` : `/${lang}/editor/articles/new`;
  const faqRows = [...values.faq, ...Array.from({ length: SPARE_FAQ_ROWS }, () => ({ q: "", a: "" }))];
  const labels = labelsFor(ctx, faqRows.length);
  const title = article ? t2("editor.editTitle", { title: values.title || article.slug }) : t2("editor.newTitle");
  const contentLang = HTML_LANG[articleLang];
  const text = (name, props = {}) => /* @__PURE__ */ jsxs14("div", { class: "field", children: [
    /* @__PURE__ */ jsx17("label", { for: `field-${name}`, children: labels[name] }),
    props.hint ? /* @__PURE__ */ jsx17("p", { class: "hint", id: `hint-${name}`, children: t2(props.hint) }) : null,
    /* @__PURE__ */ jsx17(
      "input",
      {
        id: `field-${name}`,
        name,
        type: "text",
        value: String(values[name] ?? ""),
        required: props.required,
        maxlength: props.maxlength,
        inputmode: props.inputmode,
        lang: name === "title" || name === "summary" ? contentLang : void 0,
        ...invalidProps(errors, name),
        ...props.hint && !errors.some((e) => e.field === name) ? { "aria-describedby": `hint-${name}` } : {}
      }
    ),
    /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: name })
  ] });
  return /* @__PURE__ */ jsxs14(EditorShell, { ctx, editor, title, path: action, section: "articles", children: [
    /* @__PURE__ */ jsx17("h1", { children: title }),
    article ? /* @__PURE__ */ jsxs14("p", { class: "editor-links", children: [
      /* @__PURE__ */ jsx17("a", { href: `/${lang}/editor/articles/${article.id}/history`, children: t2("editor.history") }),
      article.status === "published" ? /* @__PURE__ */ jsxs14(Fragment5, { children: [
        " \xB7 ",
        /* @__PURE__ */ jsx17("a", { href: paths.article(articleLang, article.slug), children: t2("editor.viewLive") })
      ] }) : null,
      " \xB7 ",
      t2("editor.revisionN", { n: article.revision })
    ] }) : null,
    notice ? /* @__PURE__ */ jsx17(Notice, { text: t2(notice) }) : null,
    conflict !== void 0 && article ? /* @__PURE__ */ jsxs14("div", { class: "error-summary", role: "alert", id: "conflict", children: [
      /* @__PURE__ */ jsx17("h2", { children: t2("editor.conflict.heading") }),
      /* @__PURE__ */ jsx17("p", { children: t2("editor.conflict.body", { n: conflict.current }) }),
      /* @__PURE__ */ jsx17("p", { children: /* @__PURE__ */ jsx17("a", { href: `/${lang}/editor/articles/${article.id}/diff?from=${conflict.base}&to=${conflict.current}`, children: t2("editor.conflict.diff") }) })
    ] }) : null,
    /* @__PURE__ */ jsx17(ErrorSummary, { ctx, errors, labels }),
    /* @__PURE__ */ jsxs14("div", { class: "editor-grid", children: [
      /* @__PURE__ */ jsxs14(
        "form",
        {
          method: "post",
          action,
          id: "article-form",
          class: "editor-form",
          "data-preview-url": `/api/editor/preview?lang=${lang}`,
          "data-add-faq": t2("editor.addFaq"),
          novalidate: true,
          children: [
            article ? /* @__PURE__ */ jsx17("input", { type: "hidden", name: "baseRevision", value: String(conflict ? article.revision : baseRevision ?? article.revision) }) : null,
            article ? /* @__PURE__ */ jsx17("input", { type: "hidden", name: "articleLang", value: articleLang }) : /* @__PURE__ */ jsxs14("div", { class: "field", children: [
              /* @__PURE__ */ jsx17("label", { for: "field-articleLang", children: labels.articleLang }),
              /* @__PURE__ */ jsx17("select", { id: "field-articleLang", name: "articleLang", children: ["en", "zh"].map((l) => /* @__PURE__ */ jsx17("option", { value: l, selected: l === articleLang, children: LANGUAGE_NAMES[l] })) })
            ] }),
            text("title", { required: true, maxlength: 300 }),
            text("slug", { required: true, maxlength: 120, hint: "editor.hint.slug" }),
            /* @__PURE__ */ jsxs14("div", { class: "field-row", children: [
              /* @__PURE__ */ jsxs14("div", { class: "field", children: [
                /* @__PURE__ */ jsx17("label", { for: "field-series", children: labels.series }),
                /* @__PURE__ */ jsxs14("select", { id: "field-series", name: "series", ...invalidProps(errors, "series"), children: [
                  /* @__PURE__ */ jsx17("option", { value: "", children: t2("editor.chooseSeries") }),
                  series.map((s) => /* @__PURE__ */ jsx17("option", { value: s.slug, selected: values.series === s.slug, children: s.texts[lang].title }))
                ] }),
                /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: "series" })
              ] }),
              text("installment", { required: true, maxlength: 7, inputmode: "numeric" })
            ] }),
            /* @__PURE__ */ jsxs14("div", { class: "field", children: [
              /* @__PURE__ */ jsx17("label", { for: "field-summary", children: labels.summary }),
              /* @__PURE__ */ jsx17("textarea", { id: "field-summary", name: "summary", rows: 3, maxlength: 1e3, lang: contentLang, ...invalidProps(errors, "summary"), children: values.summary }),
              /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: "summary" })
            ] }),
            text("tags", { maxlength: 2e3, hint: "editor.hint.tags" }),
            text("translationOf", { maxlength: 120, hint: "editor.hint.translationOf" }),
            /* @__PURE__ */ jsxs14("div", { class: "field", children: [
              /* @__PURE__ */ jsx17("label", { for: "field-body", children: labels.body }),
              /* @__PURE__ */ jsx17("p", { class: "hint", id: "hint-body", children: t2("editor.hint.body") }),
              /* @__PURE__ */ jsx17(
                "textarea",
                {
                  id: "field-body",
                  name: "body",
                  rows: 24,
                  lang: contentLang,
                  class: "editor-body",
                  ...errors.some((e) => e.field === "body") ? invalidProps(errors, "body") : { "aria-describedby": "hint-body" },
                  children: values.body
                }
              ),
              /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: "body" })
            ] }),
            /* @__PURE__ */ jsxs14("div", { class: "field", children: [
              /* @__PURE__ */ jsx17("label", { for: "field-quotes", children: labels.quotes }),
              /* @__PURE__ */ jsx17("p", { class: "hint", id: "hint-quotes", children: t2("editor.hint.quotes") }),
              /* @__PURE__ */ jsx17("textarea", { id: "field-quotes", name: "quotes", rows: 5, lang: contentLang, "aria-describedby": "hint-quotes", ...invalidProps(errors, "quotes"), children: values.quotes }),
              /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: "quotes" })
            ] }),
            /* @__PURE__ */ jsxs14("fieldset", { class: "faq-fields", children: [
              /* @__PURE__ */ jsx17("legend", { children: t2("article.faq") }),
              faqRows.map((f, i) => /* @__PURE__ */ jsxs14("div", { class: "faq-row", "data-faq-row": i, children: [
                /* @__PURE__ */ jsx17("label", { for: `field-faq_q_${i}`, children: labels[`faq_q_${i}`] }),
                /* @__PURE__ */ jsx17(
                  "input",
                  {
                    id: `field-faq_q_${i}`,
                    name: `faq_q_${i}`,
                    type: "text",
                    value: f.q,
                    maxlength: 500,
                    lang: contentLang,
                    ...invalidProps(errors, `faq_q_${i}`)
                  }
                ),
                /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: `faq_q_${i}` }),
                /* @__PURE__ */ jsx17("label", { for: `field-faq_a_${i}`, children: labels[`faq_a_${i}`] }),
                /* @__PURE__ */ jsx17("textarea", { id: `field-faq_a_${i}`, name: `faq_a_${i}`, rows: 3, lang: contentLang, ...invalidProps(errors, `faq_a_${i}`), children: f.a }),
                /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: `faq_a_${i}` })
              ] }))
            ] }),
            /* @__PURE__ */ jsxs14("fieldset", { class: "status-fields", children: [
              /* @__PURE__ */ jsx17("legend", { children: t2("editor.field.status") }),
              /* @__PURE__ */ jsxs14("label", { children: [
                /* @__PURE__ */ jsx17("input", { type: "radio", name: "status", value: "draft", checked: values.status === "draft" }),
                " ",
                t2("editor.status.draft")
              ] }),
              /* @__PURE__ */ jsxs14("label", { children: [
                /* @__PURE__ */ jsx17("input", { type: "radio", name: "status", value: "published", checked: values.status === "published" }),
                " ",
                t2("editor.status.published")
              ] }),
              /* @__PURE__ */ jsxs14("div", { class: "field", children: [
                /* @__PURE__ */ jsx17("label", { for: "field-published", children: labels.published }),
                /* @__PURE__ */ jsx17("input", { id: "field-published", name: "published", type: "date", value: values.published, ...invalidProps(errors, "published") }),
                /* @__PURE__ */ jsx17(FieldMessage, { ctx, errors, field: "published" })
              ] })
            ] }),
            /* @__PURE__ */ jsxs14("div", { class: "form-actions", children: [
              /* @__PURE__ */ jsx17("button", { type: "submit", class: "button", name: "intent", value: "save", children: t2("editor.save") }),
              /* @__PURE__ */ jsx17("button", { type: "submit", class: "button secondary", name: "intent", value: "preview", children: t2("editor.previewButton") })
            ] })
          ]
        }
      ),
      /* @__PURE__ */ jsxs14("section", { class: "editor-preview", "aria-labelledby": "preview-heading", children: [
        /* @__PURE__ */ jsx17("h2", { id: "preview-heading", children: t2("editor.preview") }),
        /* @__PURE__ */ jsx17("div", { id: "preview-output", lang: contentLang, children: preview ? /* @__PURE__ */ jsx17(Preview, { ctx, model: preview }) : /* @__PURE__ */ jsx17("p", { class: "hint", children: t2("editor.previewHint") }) })
      ] })
    ] }),
    article ? /* @__PURE__ */ jsxs14("section", { class: "editor-danger", "aria-labelledby": "publish-heading", children: [
      /* @__PURE__ */ jsx17("h2", { id: "publish-heading", children: t2("editor.publishing") }),
      /* @__PURE__ */ jsxs14("form", { method: "post", action: `/${lang}/editor/articles/${article.id}/${article.status === "published" ? "unpublish" : "publish"}`, children: [
        /* @__PURE__ */ jsx17("input", { type: "hidden", name: "baseRevision", value: String(article.revision) }),
        /* @__PURE__ */ jsx17("button", { type: "submit", class: "button secondary", children: t2(article.status === "published" ? "editor.unpublish" : "editor.publish") })
      ] })
    ] }) : null
  ] });
}

// src/features/editor/views/list.tsx
import { jsx as jsx18, jsxs as jsxs15 } from "hono/jsx/jsx-runtime";
function ArticleListView({ ctx, editor, filters, series, items, total, page, pages, notice }) {
  const { t: t2, lang } = ctx;
  const query = new URLSearchParams(
    Object.entries({ series: filters.series, lang: filters.lang, status: filters.status, q: filters.text }).filter(
      (e) => Boolean(e[1])
    )
  );
  const pageHref = (n) => {
    const q = new URLSearchParams(query);
    if (n > 1) q.set("page", String(n));
    const s = q.toString();
    return `/${lang}/editor/${s ? `?${s}` : ""}`;
  };
  return /* @__PURE__ */ jsxs15(EditorShell, { ctx, editor, title: t2("editor.articles"), path: `/${lang}/editor/`, section: "articles", children: [
    /* @__PURE__ */ jsxs15("div", { class: "editor-heading", children: [
      /* @__PURE__ */ jsx18("h1", { children: t2("editor.articles") }),
      /* @__PURE__ */ jsx18("a", { class: "button", href: `/${lang}/editor/articles/new`, children: t2("editor.create") })
    ] }),
    /* @__PURE__ */ jsx18(Notice, { text: notice }),
    /* @__PURE__ */ jsxs15("form", { method: "get", action: `/${lang}/editor/`, class: "filter-form", children: [
      /* @__PURE__ */ jsxs15("label", { children: [
        t2("editor.field.series"),
        /* @__PURE__ */ jsxs15("select", { name: "series", children: [
          /* @__PURE__ */ jsx18("option", { value: "", children: t2("editor.filter.all") }),
          series.map((s) => /* @__PURE__ */ jsx18("option", { value: s.slug, selected: filters.series === s.slug, children: s.texts[lang].title }))
        ] })
      ] }),
      /* @__PURE__ */ jsxs15("label", { children: [
        t2("editor.field.lang"),
        /* @__PURE__ */ jsxs15("select", { name: "lang", children: [
          /* @__PURE__ */ jsx18("option", { value: "", children: t2("editor.filter.all") }),
          ["en", "zh"].map((l) => /* @__PURE__ */ jsx18("option", { value: l, selected: filters.lang === l, children: LANGUAGE_NAMES[l] }))
        ] })
      ] }),
      /* @__PURE__ */ jsxs15("label", { children: [
        t2("editor.field.status"),
        /* @__PURE__ */ jsxs15("select", { name: "status", children: [
          /* @__PURE__ */ jsx18("option", { value: "", children: t2("editor.filter.all") }),
          /* @__PURE__ */ jsx18("option", { value: "draft", selected: filters.status === "draft", children: t2("editor.status.draft") }),
          /* @__PURE__ */ jsx18("option", { value: "published", selected: filters.status === "published", children: t2("editor.status.published") })
        ] })
      ] }),
      /* @__PURE__ */ jsxs15("label", { children: [
        t2("editor.filter.text"),
        /* @__PURE__ */ jsx18("input", { type: "search", name: "q", value: filters.text ?? "", maxlength: 200 })
      ] }),
      /* @__PURE__ */ jsx18("button", { type: "submit", class: "button secondary", children: t2("editor.filter.apply") })
    ] }),
    /* @__PURE__ */ jsx18("p", { role: "status", children: t2("editor.count", { count: total }) }),
    items.length > 0 ? /* @__PURE__ */ jsxs15("table", { class: "editor-table", children: [
      /* @__PURE__ */ jsx18("thead", { children: /* @__PURE__ */ jsxs15("tr", { children: [
        /* @__PURE__ */ jsx18("th", { scope: "col", children: t2("editor.field.title") }),
        /* @__PURE__ */ jsx18("th", { scope: "col", children: t2("editor.field.series") }),
        /* @__PURE__ */ jsx18("th", { scope: "col", children: t2("editor.field.lang") }),
        /* @__PURE__ */ jsx18("th", { scope: "col", children: t2("editor.field.status") }),
        /* @__PURE__ */ jsx18("th", { scope: "col", children: t2("editor.updated") })
      ] }) }),
      /* @__PURE__ */ jsx18("tbody", { children: items.map((a) => /* @__PURE__ */ jsxs15("tr", { children: [
        /* @__PURE__ */ jsx18("td", { children: /* @__PURE__ */ jsx18("a", { href: `/${lang}/editor/articles/${a.id}`, lang: a.lang === "zh" ? "zh-Hans" : "en", children: a.title }) }),
        /* @__PURE__ */ jsxs15("td", { children: [
          series.find((s) => s.slug === a.seriesSlug)?.texts[lang].title ?? a.seriesSlug,
          " \xB7 ",
          a.installment
        ] }),
        /* @__PURE__ */ jsx18("td", { children: LANGUAGE_NAMES[a.lang] }),
        /* @__PURE__ */ jsx18("td", { children: t2(a.status === "published" ? "editor.status.published" : "editor.status.draft") }),
        /* @__PURE__ */ jsxs15("td", { children: [
          /* @__PURE__ */ jsx18("time", { datetime: a.updatedAt, children: formatDate(lang, a.updatedAt) }),
          " \xB7 r",
          a.revision
        ] })
      ] })) })
    ] }) : /* @__PURE__ */ jsx18("p", { children: t2("editor.none") }),
    /* @__PURE__ */ jsx18(Pager, { ctx, page, pages, href: pageHref, label: t2("editor.pages") })
  ] });
}

// src/features/editor/views/series.tsx
import { Fragment as Fragment6, jsx as jsx19, jsxs as jsxs16 } from "hono/jsx/jsx-runtime";
function seriesLabels(ctx) {
  const { t: t2 } = ctx;
  return {
    slug: t2("editor.field.slug"),
    position: t2("editor.field.position"),
    title_en: `${t2("editor.field.title")} (${LANGUAGE_NAMES.en})`,
    title_zh: `${t2("editor.field.title")} (${LANGUAGE_NAMES.zh})`,
    description_en: `${t2("editor.field.description")} (${LANGUAGE_NAMES.en})`,
    description_zh: `${t2("editor.field.description")} (${LANGUAGE_NAMES.zh})`
  };
}
function SeriesFields({ ctx, values, errors, create }) {
  const labels = seriesLabels(ctx);
  const input = (name, value, props) => /* @__PURE__ */ jsxs16("div", { class: "field", children: [
    /* @__PURE__ */ jsx19("label", { for: `field-${name}`, children: labels[name] }),
    /* @__PURE__ */ jsx19(
      "input",
      {
        id: `field-${name}`,
        name,
        type: "text",
        value,
        maxlength: props.maxlength,
        lang: props.lang,
        readonly: props.readonly,
        ...invalidProps(errors, name)
      }
    ),
    /* @__PURE__ */ jsx19(FieldMessage, { ctx, errors, field: name })
  ] });
  return /* @__PURE__ */ jsxs16(Fragment6, { children: [
    input("slug", values.slug, { maxlength: 120, readonly: !create }),
    input("position", values.position, { maxlength: 6 }),
    ["en", "zh"].map((l) => /* @__PURE__ */ jsxs16(Fragment6, { children: [
      input(`title_${l}`, values.texts[l].title, { maxlength: 200, lang: HTML_LANG[l] }),
      /* @__PURE__ */ jsxs16("div", { class: "field", children: [
        /* @__PURE__ */ jsx19("label", { for: `field-description_${l}`, children: labels[`description_${l}`] }),
        /* @__PURE__ */ jsx19(
          "textarea",
          {
            id: `field-description_${l}`,
            name: `description_${l}`,
            rows: 3,
            maxlength: 2e3,
            lang: HTML_LANG[l],
            ...invalidProps(errors, `description_${l}`),
            children: values.texts[l].description
          }
        ),
        /* @__PURE__ */ jsx19(FieldMessage, { ctx, errors, field: `description_${l}` })
      ] })
    ] }))
  ] });
}
var EMPTY_SERIES = { slug: "", position: "", texts: { en: { title: "", description: "" }, zh: { title: "", description: "" } } };
function SeriesListView({
  ctx,
  editor,
  series,
  values = EMPTY_SERIES,
  errors = [],
  notice
}) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs16(EditorShell, { ctx, editor, title: t2("editor.series"), path: `/${lang}/editor/series`, section: "series", children: [
    /* @__PURE__ */ jsx19("h1", { children: t2("editor.series") }),
    /* @__PURE__ */ jsx19(Notice, { text: notice }),
    /* @__PURE__ */ jsxs16("table", { class: "editor-table", children: [
      /* @__PURE__ */ jsx19("thead", { children: /* @__PURE__ */ jsxs16("tr", { children: [
        /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.position") }),
        /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.title") }),
        /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.slug") }),
        /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.articles") })
      ] }) }),
      /* @__PURE__ */ jsx19("tbody", { children: series.map((s) => /* @__PURE__ */ jsxs16("tr", { children: [
        /* @__PURE__ */ jsx19("td", { children: s.position }),
        /* @__PURE__ */ jsx19("td", { children: /* @__PURE__ */ jsx19("a", { href: `/${lang}/editor/series/${s.slug}`, children: s.texts[lang].title }) }),
        /* @__PURE__ */ jsx19("td", { children: /* @__PURE__ */ jsx19("code", { children: s.slug }) }),
        /* @__PURE__ */ jsxs16("td", { children: [
          LANGUAGE_NAMES.en,
          " ",
          s.articles.en,
          " \xB7 ",
          LANGUAGE_NAMES.zh,
          " ",
          s.articles.zh
        ] })
      ] })) })
    ] }),
    /* @__PURE__ */ jsx19("h2", { id: "new-series", children: t2("editor.newSeries") }),
    /* @__PURE__ */ jsx19(ErrorSummary, { ctx, errors, labels: seriesLabels(ctx) }),
    /* @__PURE__ */ jsxs16("form", { method: "post", action: `/${lang}/editor/series`, class: "editor-form", "aria-labelledby": "new-series", children: [
      /* @__PURE__ */ jsx19(SeriesFields, { ctx, values, errors, create: true }),
      /* @__PURE__ */ jsx19("button", { type: "submit", class: "button", children: t2("editor.createSeries") })
    ] })
  ] });
}
function SeriesEditView({
  ctx,
  editor,
  values,
  installments,
  errors = [],
  notice
}) {
  const { t: t2, lang } = ctx;
  const base = `/${lang}/editor/series/${values.slug}`;
  const labels = seriesLabels(ctx);
  for (const l of ["en", "zh"])
    for (const a of installments[l]) labels[`installment_${a.id}`] = `${t2("editor.field.installment")}: ${a.title}`;
  labels.order = t2("editor.reorder");
  return /* @__PURE__ */ jsxs16(EditorShell, { ctx, editor, title: values.texts[lang].title || values.slug, path: base, section: "series", children: [
    /* @__PURE__ */ jsx19("h1", { children: values.texts[lang].title || values.slug }),
    /* @__PURE__ */ jsx19("p", { class: "editor-links", children: /* @__PURE__ */ jsx19("a", { href: `/${lang}/editor/series`, children: t2("editor.series") }) }),
    /* @__PURE__ */ jsx19(Notice, { text: notice }),
    /* @__PURE__ */ jsx19(ErrorSummary, { ctx, errors, labels }),
    /* @__PURE__ */ jsx19("h2", { id: "series-texts", children: t2("editor.seriesTexts") }),
    /* @__PURE__ */ jsxs16("form", { method: "post", action: base, class: "editor-form", "aria-labelledby": "series-texts", children: [
      /* @__PURE__ */ jsx19(SeriesFields, { ctx, values, errors, create: false }),
      /* @__PURE__ */ jsx19("button", { type: "submit", class: "button", children: t2("editor.save") })
    ] }),
    ["en", "zh"].map((l) => /* @__PURE__ */ jsxs16("section", { "aria-labelledby": `order-${l}`, children: [
      /* @__PURE__ */ jsxs16("h2", { id: `order-${l}`, children: [
        t2("editor.reorder"),
        " (",
        LANGUAGE_NAMES[l],
        ")"
      ] }),
      installments[l].length === 0 ? /* @__PURE__ */ jsx19("p", { children: t2("editor.none") }) : /* @__PURE__ */ jsxs16("form", { method: "post", action: `${base}/order`, class: "reorder-form", children: [
        /* @__PURE__ */ jsx19("input", { type: "hidden", name: "lang", value: l }),
        /* @__PURE__ */ jsxs16("table", { class: "editor-table", children: [
          /* @__PURE__ */ jsx19("thead", { children: /* @__PURE__ */ jsxs16("tr", { children: [
            /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.installment") }),
            /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.title") }),
            /* @__PURE__ */ jsx19("th", { scope: "col", children: t2("editor.field.status") })
          ] }) }),
          /* @__PURE__ */ jsx19("tbody", { children: installments[l].map((a) => /* @__PURE__ */ jsxs16("tr", { children: [
            /* @__PURE__ */ jsxs16("td", { children: [
              /* @__PURE__ */ jsx19(
                "input",
                {
                  id: `field-installment_${a.id}`,
                  name: `installment_${a.id}`,
                  type: "text",
                  inputmode: "numeric",
                  size: 5,
                  value: String(a.installment),
                  "aria-label": labels[`installment_${a.id}`],
                  ...invalidProps(errors, `installment_${a.id}`)
                }
              ),
              /* @__PURE__ */ jsx19(FieldMessage, { ctx, errors, field: `installment_${a.id}` }),
              /* @__PURE__ */ jsx19("input", { type: "hidden", name: `shown_${a.id}`, value: String(a.installment) })
            ] }),
            /* @__PURE__ */ jsx19("td", { lang: HTML_LANG[l], children: /* @__PURE__ */ jsx19("a", { href: `/${lang}/editor/articles/${a.id}`, children: a.title }) }),
            /* @__PURE__ */ jsx19("td", { children: t2(a.status === "published" ? "editor.status.published" : "editor.status.draft") })
          ] })) })
        ] }),
        /* @__PURE__ */ jsx19("button", { type: "submit", class: "button secondary", children: t2("editor.saveOrder") })
      ] })
    ] }))
  ] });
}

// src/features/editor/routes.tsx
import { jsx as jsx20 } from "hono/jsx/jsx-runtime";
var ListQuery = z7.object({
  series: SLUG.optional().catch(void 0),
  lang: z7.enum(["en", "zh"]).optional().catch(void 0),
  status: z7.enum(["draft", "published"]).optional().catch(void 0),
  q: z7.string().trim().max(200).optional().catch(void 0),
  page: z7.coerce.number().int().min(1).max(1e5).catch(1)
});
function wholeNumber(value) {
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : void 0;
}
var editorOf = (c) => c.get("editor");
var actorOf = (c) => ({ id: editorOf(c).id, email: editorOf(c).email });
var html = (c, node, status = 200) => c.html(renderDocument(node), status);
var NOTICES = {
  saved: "editor.notice.saved",
  created: "editor.notice.created",
  unchanged: "editor.notice.unchanged",
  published: "editor.notice.published",
  unpublished: "editor.notice.unpublished",
  restored: "editor.notice.restored",
  stale: "editor.notice.stale"
};
var contentMayChange = async (c, next) => {
  await next();
  if (c.req.method !== "GET") c.get("deps").pageCache?.contentChanged();
};
function editorRoutes() {
  const app = new Hono4();
  for (const path of ["/:lang{en|zh}/editor", "/:lang{en|zh}/editor/*", "/api/editor/*"])
    app.use(path, editorSession(), requireEditor(), contentMayChange);
  app.get("/:lang{en|zh}/editor", (c) => c.redirect(`/${c.req.param("lang")}/editor/`, 301));
  app.get("/:lang{en|zh}/editor/", async (c) => {
    const ctx = c.get("page");
    const query = ListQuery.parse(c.req.query());
    const filters = { series: query.series, lang: query.lang, status: query.status, text: query.q || void 0 };
    const [{ total, items }, series] = await Promise.all([
      listEditorArticles(c.get("deps").db, filters, query.page),
      listEditorSeries(c.get("deps").db)
    ]);
    const pages = pageCount(total, EDITOR_PAGE_SIZE);
    return html(
      c,
      /* @__PURE__ */ jsx20(
        ArticleListView,
        {
          ctx,
          editor: editorOf(c),
          filters,
          series,
          items,
          total,
          page: query.page,
          pages
        }
      )
    );
  });
  async function renderEdit(c, props) {
    const { db } = c.get("deps");
    const existing = props.id === void 0 ? void 0 : await findEditableArticle(db, props.id);
    if (props.id !== void 0 && !existing) throw notFound();
    return html(
      c,
      /* @__PURE__ */ jsx20(
        EditView,
        {
          ctx: c.get("page"),
          editor: editorOf(c),
          article: existing && { id: existing.id, revision: existing.revision, status: existing.status, slug: existing.slug },
          articleLang: props.articleLang,
          values: props.values,
          series: await listEditorSeries(db),
          errors: props.errors,
          conflict: props.conflict,
          baseRevision: props.baseRevision,
          preview: props.preview ? previewModel(props.values) : void 0,
          notice: props.notice
        }
      ),
      props.status ?? 200
    );
  }
  app.get("/:lang{en|zh}/editor/articles/new", (c) => {
    const articleLang = isLang(c.req.query("articleLang")) ? c.req.query("articleLang") : c.get("page").lang;
    const series = SLUG.safeParse(c.req.query("series"));
    return renderEdit(c, { values: { ...EMPTY_VALUES, series: series.success ? series.data : "" }, articleLang });
  });
  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const article = id === void 0 ? void 0 : await findEditableArticle(c.get("deps").db, id);
    if (!article) throw notFound();
    return renderEdit(c, {
      id: article.id,
      values: valuesFromFile(article.file),
      articleLang: article.lang,
      notice: NOTICES[c.req.query("notice") ?? ""]
    });
  });
  async function submitArticle(c, id) {
    const { lang } = c.get("page");
    const form = await readForm(c);
    const existing = id === void 0 ? void 0 : await findEditableArticle(c.get("deps").db, id);
    if (id !== void 0 && !existing) throw notFound();
    const articleLang = existing?.lang ?? (isLang(form.articleLang) ? form.articleLang : lang);
    const values = valuesFromForm(form);
    const baseRevision = wholeNumber(form.baseRevision);
    if (existing && baseRevision === void 0) throw new AppError("bad_request", 400, "baseRevision missing");
    if (form.intent === "preview") return renderEdit(c, { id, values, articleLang, preview: true, baseRevision });
    const checked = fileFromValues(values, articleLang, (/* @__PURE__ */ new Date()).toISOString().slice(0, 10));
    if (!checked.ok) return renderEdit(c, { id, values, articleLang, errors: checked.errors, status: 400, baseRevision });
    const outcome = await saveFromEditor({ db: c.get("deps").db, actor: actorOf(c), file: checked.file, id, baseRevision });
    if ("conflict" in outcome)
      return renderEdit(c, { id, values, articleLang, conflict: { base: baseRevision ?? 0, current: outcome.conflict }, status: 409 });
    if (!outcome.ok) return renderEdit(c, { id, values, articleLang, errors: outcome.errors, status: 400, baseRevision });
    const notice = id === void 0 ? "created" : outcome.changed ? "saved" : "unchanged";
    return c.redirect(`/${lang}/editor/articles/${outcome.id}?notice=${notice}`, 303);
  }
  app.post("/:lang{en|zh}/editor/articles/new", (c) => submitArticle(c, void 0));
  app.post("/:lang{en|zh}/editor/articles/:id{[0-9]+}", (c) => {
    const id = wholeNumber(c.req.param("id"));
    if (id === void 0) throw notFound();
    return submitArticle(c, id);
  });
  async function afterCommand(c, id, outcome, success, back) {
    if (!outcome) throw notFound();
    const { lang } = c.get("page");
    if ("conflict" in outcome) return c.redirect(`/${lang}/editor/articles/${id}?notice=stale`, 303);
    if (!outcome.ok) {
      const article = await findEditableArticle(c.get("deps").db, id);
      if (!article) throw notFound();
      return renderEdit(c, { id, values: valuesFromFile(article.file), articleLang: article.lang, errors: outcome.errors, status: 400 });
    }
    return c.redirect(`${back}?notice=${success}`, 303);
  }
  for (const publish of [true, false]) {
    app.post(`/:lang{en|zh}/editor/articles/:id{[0-9]+}/${publish ? "publish" : "unpublish"}`, async (c) => {
      const id = wholeNumber(c.req.param("id"));
      const baseRevision = wholeNumber((await readForm(c)).baseRevision);
      if (id === void 0) throw notFound();
      if (baseRevision === void 0) throw new AppError("bad_request", 400);
      const outcome = await setPublished(c.get("deps").db, actorOf(c), id, baseRevision, publish);
      return afterCommand(c, id, outcome, publish ? "published" : "unpublished", `/${c.get("page").lang}/editor/articles/${id}`);
    });
  }
  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}/history", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const article = id === void 0 ? void 0 : await findEditableArticle(c.get("deps").db, id);
    if (!article) throw notFound();
    const revisions = await listRevisions(c.get("deps").db, article.id);
    const notice = c.req.query("notice") === "restored" ? c.get("page").t("editor.notice.restored") : void 0;
    return html(c, /* @__PURE__ */ jsx20(HistoryView, { ctx: c.get("page"), editor: editorOf(c), article, revisions, notice }));
  });
  app.get("/:lang{en|zh}/editor/articles/:id{[0-9]+}/diff", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const from = wholeNumber(c.req.query("from"));
    const to = wholeNumber(c.req.query("to"));
    const { db } = c.get("deps");
    const article = id === void 0 ? void 0 : await findEditableArticle(db, id);
    if (!article) throw notFound();
    if (from === void 0 || to === void 0) throw new AppError("bad_request", 400);
    const [before, after] = await Promise.all([findRevision(db, article.id, from), findRevision(db, article.id, to)]);
    if (!before || !after) throw notFound();
    const diff = diffRevisions(before.file, after.file, article.lang);
    return html(c, /* @__PURE__ */ jsx20(DiffView, { ctx: c.get("page"), editor: editorOf(c), article, from: before, to: after, diff }));
  });
  app.post("/:lang{en|zh}/editor/articles/:id{[0-9]+}/restore", async (c) => {
    const id = wholeNumber(c.req.param("id"));
    const form = await readForm(c);
    const revision = wholeNumber(form.revision);
    const baseRevision = wholeNumber(form.baseRevision);
    if (id === void 0) throw notFound();
    if (revision === void 0 || baseRevision === void 0) throw new AppError("bad_request", 400);
    const outcome = await restoreRevision(c.get("deps").db, actorOf(c), id, revision, baseRevision);
    return afterCommand(c, id, outcome, "restored", `/${c.get("page").lang}/editor/articles/${id}/history`);
  });
  app.get("/:lang{en|zh}/editor/series", async (c) => {
    const notice = c.req.query("notice") === "created" ? c.get("page").t("editor.notice.seriesCreated") : void 0;
    return html(c, /* @__PURE__ */ jsx20(SeriesListView, { ctx: c.get("page"), editor: editorOf(c), series: await listEditorSeries(c.get("deps").db), notice }));
  });
  app.post("/:lang{en|zh}/editor/series", async (c) => {
    const { db } = c.get("deps");
    const values = seriesValuesFromForm(await readForm(c));
    const outcome = await saveSeries(db, actorOf(c), values, true);
    if (!outcome.ok)
      return html(
        c,
        /* @__PURE__ */ jsx20(SeriesListView, { ctx: c.get("page"), editor: editorOf(c), series: await listEditorSeries(db), values, errors: outcome.errors }),
        400
      );
    return c.redirect(`/${c.get("page").lang}/editor/series/${values.slug}?notice=saved`, 303);
  });
  async function renderSeries(c, slug, extra = {}) {
    const { db } = c.get("deps");
    const series = (await listEditorSeries(db)).find((s) => s.slug === slug);
    if (!series) throw notFound();
    const [en, zh] = await Promise.all([listSeriesInstallments(db, slug, "en"), listSeriesInstallments(db, slug, "zh")]);
    const values = extra.values ?? { slug, position: String(series.position), texts: series.texts };
    return html(
      c,
      /* @__PURE__ */ jsx20(
        SeriesEditView,
        {
          ctx: c.get("page"),
          editor: editorOf(c),
          values,
          installments: { en, zh },
          errors: extra.errors,
          notice: extra.notice
        }
      ),
      extra.status ?? 200
    );
  }
  app.get("/:lang{en|zh}/editor/series/:slug", (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const { t: t2 } = c.get("page");
    const notice = c.req.query("notice") === "saved" ? t2("editor.notice.saved") : c.req.query("notice") === "ordered" ? t2("editor.notice.ordered") : void 0;
    return renderSeries(c, slug.data, { notice });
  });
  app.post("/:lang{en|zh}/editor/series/:slug", async (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const values = { ...seriesValuesFromForm(await readForm(c)), slug: slug.data };
    const outcome = await saveSeries(c.get("deps").db, actorOf(c), values, false);
    if (!outcome.ok) return renderSeries(c, slug.data, { errors: outcome.errors, values, status: 400 });
    return c.redirect(`/${c.get("page").lang}/editor/series/${slug.data}?notice=saved`, 303);
  });
  app.post("/:lang{en|zh}/editor/series/:slug/order", async (c) => {
    const slug = SLUG.safeParse(c.req.param("slug"));
    if (!slug.success) throw notFound();
    const form = await readForm(c);
    if (!isLang(form.lang)) throw new AppError("bad_request", 400);
    const wanted = /* @__PURE__ */ new Map();
    const shown = /* @__PURE__ */ new Map();
    for (const [name, value] of Object.entries(form)) {
      const field = /^(installment|shown)_(\d{1,9})$/.exec(name);
      if (field?.[1] === "installment") wanted.set(Number(field[2]), value.trim());
      else if (field && /^\d{1,7}$/.test(value)) shown.set(Number(field[2]), Number(value));
    }
    const outcome = await reorderInstallments(c.get("deps").db, actorOf(c), slug.data, form.lang, wanted, shown.size > 0 ? shown : void 0);
    if (!outcome.ok) return renderSeries(c, slug.data, { errors: outcome.errors, status: 400 });
    return c.redirect(`/${c.get("page").lang}/editor/series/${slug.data}?notice=ordered`, 303);
  });
  app.get("/:lang{en|zh}/editor/audit", async (c) => {
    const page = z7.coerce.number().int().min(1).max(1e5).catch(1).parse(c.req.query("page"));
    const { total, entries } = await listAudit(c.get("deps").db.kysely, { limit: EDITOR_PAGE_SIZE, offset: (page - 1) * EDITOR_PAGE_SIZE });
    return html(c, /* @__PURE__ */ jsx20(AuditView, { ctx: c.get("page"), editor: editorOf(c), entries, page, pages: pageCount(total, EDITOR_PAGE_SIZE) }));
  });
  app.post("/api/editor/preview", async (c) => {
    const values = valuesFromForm(await readForm(c));
    return c.json({ html: String(/* @__PURE__ */ jsx20(Preview, { ctx: c.get("page"), model: previewModel(values) })) });
  });
  return app;
}

// src/features/editor/views/import.tsx
import { Fragment as Fragment7, jsx as jsx21, jsxs as jsxs17 } from "hono/jsx/jsx-runtime";
var OUTCOME = {
  created: "legacy.outcome.created",
  updated: "legacy.outcome.updated",
  unchanged: "legacy.outcome.unchanged",
  skipped: "legacy.outcome.skipped",
  failed: "legacy.outcome.failed"
};
function ImportView({
  ctx,
  editor,
  reports,
  error
}) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs17(EditorShell, { ctx, editor, title: t2("editor.import"), path: `/${lang}/editor/import`, section: "import", children: [
    /* @__PURE__ */ jsx21("h1", { children: t2("editor.import") }),
    /* @__PURE__ */ jsx21("p", { children: t2("legacy.intro") }),
    error ? /* @__PURE__ */ jsx21("p", { class: "form-error", role: "alert", children: error }) : null,
    /* @__PURE__ */ jsxs17("form", { method: "post", action: `/${lang}/editor/import`, enctype: "multipart/form-data", class: "editor-form", children: [
      /* @__PURE__ */ jsxs17("div", { class: "field", children: [
        /* @__PURE__ */ jsx21("label", { for: "field-pages", children: t2("legacy.files") }),
        /* @__PURE__ */ jsx21("input", { id: "field-pages", name: "pages", type: "file", accept: ".txt,text/plain", multiple: true, required: true })
      ] }),
      /* @__PURE__ */ jsxs17("label", { children: [
        /* @__PURE__ */ jsx21("input", { type: "checkbox", name: "draft", value: "yes" }),
        " ",
        t2("legacy.asDrafts")
      ] }),
      /* @__PURE__ */ jsx21("button", { type: "submit", class: "button", children: t2("legacy.submit") })
    ] }),
    reports ? /* @__PURE__ */ jsxs17("section", { "aria-labelledby": "report-heading", children: [
      /* @__PURE__ */ jsx21("h2", { id: "report-heading", children: t2("legacy.report") }),
      /* @__PURE__ */ jsx21("p", { role: "status", children: t2("legacy.summary", {
        created: reports.filter((r) => r.outcome === "created").length,
        updated: reports.filter((r) => r.outcome === "updated").length,
        unchanged: reports.filter((r) => r.outcome === "unchanged" || r.outcome === "skipped").length,
        failed: reports.filter((r) => r.outcome === "failed").length
      }) }),
      /* @__PURE__ */ jsx21("ul", { class: "import-report", children: reports.map((r) => /* @__PURE__ */ jsxs17("li", { "data-outcome": r.outcome, children: [
        /* @__PURE__ */ jsx21("strong", { children: r.file }),
        ": ",
        t2(OUTCOME[r.outcome]),
        r.slug && r.lang ? /* @__PURE__ */ jsxs17(Fragment7, { children: [
          " \u2192 ",
          /* @__PURE__ */ jsx21("span", { lang: HTML_LANG[r.lang], children: r.slug }),
          " (",
          LANGUAGE_NAMES[r.lang],
          ", ",
          r.series,
          ", ",
          r.installment,
          ")"
        ] }) : null,
        r.missing.length > 0 ? /* @__PURE__ */ jsx21("p", { children: t2("legacy.missing", { parts: r.missing.map((m) => t2(`legacy.part.${m}`)).join(", ") }) }) : null,
        r.unplaced.length > 0 ? /* @__PURE__ */ jsxs17("details", { children: [
          /* @__PURE__ */ jsx21("summary", { children: t2("legacy.unplaced", { count: r.unplaced.length }) }),
          /* @__PURE__ */ jsx21("ul", { children: r.unplaced.map((line) => /* @__PURE__ */ jsx21("li", { children: line.slice(0, 200) })) })
        ] }) : null,
        r.problems.length > 0 ? /* @__PURE__ */ jsx21("ul", { class: "form-errors", children: r.problems.map((p) => /* @__PURE__ */ jsxs17("li", { children: [
          p.field,
          ": ",
          p.message
        ] })) }) : null
      ] })) })
    ] }) : null
  ] });
}

// src/features/editor/legacy-routes.tsx
import { jsx as jsx22 } from "hono/jsx/jsx-runtime";
var MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
var MAX_FILES = 500;
function legacyImportRoutes() {
  const app = new Hono5();
  app.use("/:lang{en|zh}/editor/import", editorSession(), requireEditor("admin"), contentMayChange);
  app.get(
    "/:lang{en|zh}/editor/import",
    (c) => c.html(renderDocument(/* @__PURE__ */ jsx22(ImportView, { ctx: c.get("page"), editor: c.get("editor") })))
  );
  app.post(
    "/:lang{en|zh}/editor/import",
    bodyLimit3({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => {
        throw new AppError("upload_too_large", 413);
      }
    }),
    async (c) => {
      const editor = c.get("editor");
      const ctx = c.get("page");
      let body;
      try {
        body = await c.req.parseBody({ all: true });
      } catch (error) {
        throw new AppError("bad_request", 400, "unreadable upload", { cause: error });
      }
      const given = body.pages;
      const files = (Array.isArray(given) ? given : given ? [given] : []).filter((f) => f instanceof File && f.size > 0);
      if (files.length === 0 || files.length > MAX_FILES) {
        return c.html(
          renderDocument(
            /* @__PURE__ */ jsx22(ImportView, { ctx, editor, error: ctx.t(files.length === 0 ? "legacy.noFiles" : "legacy.tooMany", { max: MAX_FILES }) })
          ),
          400
        );
      }
      const pages = await Promise.all(
        files.map(async (f) => ({ name: f.name || "page.txt", text: await f.slice(0, MAX_LEGACY_PAGE_BYTES + 1).text() }))
      );
      const reports = await importLegacyPages(c.get("deps").db, pages, {
        draft: body.draft === "yes",
        authorship: { authorId: editor.id, authorLabel: editor.email, action: "import" }
      });
      return c.html(renderDocument(/* @__PURE__ */ jsx22(ImportView, { ctx, editor, reports })));
    }
  );
  return app;
}

// src/features/home/routes.tsx
import { Hono as Hono6 } from "hono";
import { languageDetector } from "hono/language";

// src/features/series/repo.ts
async function listSeries(db, lang) {
  const rows = await db.reader.selectFrom("series").innerJoin("series_text", (j) => j.onRef("series_text.series_slug", "=", "series.slug").on("series_text.lang", "=", lang)).leftJoin(
    "article",
    (j) => j.onRef("article.series_slug", "=", "series.slug").on("article.lang", "=", lang).on("article.status", "=", "published")
  ).select((eb) => ["series.slug", "series_text.title", "series_text.description", eb.fn.count("article.series_slug").as("count")]).groupBy(["series.slug", "series.position", "series_text.title", "series_text.description"]).orderBy("series.position").orderBy("series.slug").execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, description: r.description, articleCount: Number(r.count) }));
}
async function findSeries(db, slug, lang) {
  return db.reader.selectFrom("series_text").select(["series_slug as slug", "title", "description"]).where("series_slug", "=", slug).where("lang", "=", lang).executeTakeFirst();
}
var SERIES_PAGE_SIZE = 50;
async function listInstallments(db, series, lang, page) {
  const base = db.reader.selectFrom("article").where("series_slug", "=", series).where("lang", "=", lang).where("status", "=", "published");
  const [rows, count] = await Promise.all([
    base.select(["slug", "installment", "title", "summary", "reading_minutes"]).orderBy("installment").limit(SERIES_PAGE_SIZE).offset((page - 1) * SERIES_PAGE_SIZE).execute(),
    base.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst()
  ]);
  return {
    items: rows.map((r) => ({ slug: r.slug, installment: r.installment, title: r.title, summary: r.summary, readingMinutes: r.reading_minutes })),
    total: Number(count?.n ?? 0)
  };
}

// src/features/series/views.tsx
import { jsx as jsx23, jsxs as jsxs18 } from "hono/jsx/jsx-runtime";
function SeriesCards({ ctx, series, headingLevel }) {
  const { t: t2, lang } = ctx;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return /* @__PURE__ */ jsx23("ul", { class: "card-list grid", children: series.map((s) => /* @__PURE__ */ jsxs18("li", { class: "card", children: [
    /* @__PURE__ */ jsx23(Heading, { children: /* @__PURE__ */ jsx23("a", { href: paths.series(lang, s.slug), children: s.title }) }),
    s.description ? /* @__PURE__ */ jsx23("p", { children: s.description }) : null,
    /* @__PURE__ */ jsx23("p", { class: "meta", children: s.articleCount === 1 ? t2("series.articleCountOne") : t2("series.articleCount", { count: s.articleCount }) })
  ] })) });
}
function SeriesIndexView({ ctx, series }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs18(
    Layout,
    {
      ctx,
      seo: {
        title: t2("series.indexTitle"),
        description: t2("series.indexIntro"),
        path: paths.seriesIndex(lang),
        alternates: { en: "/en/series/", zh: "/zh/series/" }
      },
      children: [
        /* @__PURE__ */ jsx23(Breadcrumbs, { ctx, trail: [{ label: t2("nav.home"), href: paths.home(lang) }, { label: t2("series.indexTitle") }] }),
        /* @__PURE__ */ jsx23("h1", { children: t2("series.indexTitle") }),
        /* @__PURE__ */ jsx23("p", { class: "lede", children: t2("series.indexIntro") }),
        /* @__PURE__ */ jsx23(SeriesCards, { ctx, series, headingLevel: 2 })
      ]
    }
  );
}
function SeriesView({ ctx, series, items, page, pages }) {
  const { t: t2, lang } = ctx;
  const path = paths.series(lang, series.slug, page);
  return /* @__PURE__ */ jsxs18(
    Layout,
    {
      ctx,
      seo: {
        title: page > 1 ? `${series.title} (${t2("series.page", { page, pages })})` : series.title,
        description: series.description || t2("series.indexIntro"),
        path,
        alternates: { en: paths.series("en", series.slug, page), zh: paths.series("zh", series.slug, page) }
      },
      children: [
        /* @__PURE__ */ jsx23(
          Breadcrumbs,
          {
            ctx,
            trail: [{ label: t2("nav.home"), href: paths.home(lang) }, { label: t2("nav.series"), href: paths.seriesIndex(lang) }, { label: series.title }]
          }
        ),
        /* @__PURE__ */ jsx23("h1", { children: series.title }),
        series.description ? /* @__PURE__ */ jsx23("p", { class: "lede", children: series.description }) : null,
        /* @__PURE__ */ jsx23("h2", { children: t2("series.installmentsHeading") }),
        items.length === 0 ? /* @__PURE__ */ jsx23("p", { children: t2("series.empty") }) : /* @__PURE__ */ jsx23("ol", { class: "installments", children: items.map((item) => /* @__PURE__ */ jsxs18("li", { children: [
          /* @__PURE__ */ jsx23("span", { class: "number", children: item.installment }),
          /* @__PURE__ */ jsxs18("div", { children: [
            /* @__PURE__ */ jsx23("a", { href: paths.article(lang, item.slug), children: item.title }),
            item.summary ? /* @__PURE__ */ jsx23("p", { class: "meta", children: item.summary }) : null
          ] })
        ] })) }),
        /* @__PURE__ */ jsx23(Pager, { ctx, page, pages, href: (n) => paths.series(lang, series.slug, n), label: t2("series.pagination") })
      ]
    }
  );
}

// src/features/home/routes.tsx
import { jsx as jsx24, jsxs as jsxs19 } from "hono/jsx/jsx-runtime";
var NEWEST_ON_HOME = 8;
function homeRoutes() {
  const app = new Hono6();
  app.get(
    "/",
    languageDetector({
      order: ["cookie", "header"],
      lookupCookie: "lang",
      supportedLanguages: ["en", "zh"],
      fallbackLanguage: "en",
      caches: false
    }),
    (c) => {
      c.header("Vary", "Accept-Language, Cookie");
      c.header("Cache-Control", "private, no-cache");
      return c.redirect(paths.home(c.get("language") === "zh" ? "zh" : "en"), 302);
    }
  );
  for (const lang of ["en", "zh"]) app.get(`/${lang}`, (c) => c.redirect(paths.home(lang), 301));
  app.get("/:lang{en|zh}/", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const db = c.get("deps").db;
    const [series, newest] = await Promise.all([listSeries(db, ctx.lang), listNewest(db, ctx.lang, NEWEST_ON_HOME)]);
    return c.html(renderDocument(/* @__PURE__ */ jsx24(HomeView, { ctx, series, newest })));
  });
  return app;
}
function HomeView({ ctx, series, newest }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs19(
    Layout,
    {
      ctx,
      seo: { title: t2("home.title"), description: t2("site.description"), path: paths.home(lang), alternates: { en: "/en/", zh: "/zh/" } },
      children: [
        /* @__PURE__ */ jsx24("h1", { children: t2("home.title") }),
        /* @__PURE__ */ jsx24("p", { class: "lede", children: t2("home.intro") }),
        /* @__PURE__ */ jsx24(TestInvite, { ctx }),
        /* @__PURE__ */ jsxs19("section", { "aria-labelledby": "newest-heading", children: [
          /* @__PURE__ */ jsx24("h2", { id: "newest-heading", children: t2("home.newestHeading") }),
          /* @__PURE__ */ jsx24("ul", { class: "card-list grid", children: newest.map((a) => /* @__PURE__ */ jsxs19("li", { class: "card", children: [
            /* @__PURE__ */ jsx24("h3", { children: /* @__PURE__ */ jsx24("a", { href: paths.article(lang, a.slug), children: a.title }) }),
            /* @__PURE__ */ jsxs19("p", { class: "meta", children: [
              t2("article.installmentOf", { installment: a.installment, series: a.seriesTitle }),
              " \xB7 ",
              /* @__PURE__ */ jsx24("time", { datetime: a.publishedAt, children: formatDate(lang, a.publishedAt) })
            ] }),
            a.summary ? /* @__PURE__ */ jsx24("p", { children: a.summary }) : null
          ] })) })
        ] }),
        /* @__PURE__ */ jsxs19("section", { "aria-labelledby": "series-heading", children: [
          /* @__PURE__ */ jsx24("h2", { id: "series-heading", children: t2("home.seriesHeading") }),
          /* @__PURE__ */ jsx24(SeriesCards, { ctx, series, headingLevel: 3 }),
          /* @__PURE__ */ jsx24("p", { children: /* @__PURE__ */ jsx24("a", { href: paths.seriesIndex(lang), children: t2("home.allSeries") }) })
        ] })
      ]
    }
  );
}

// src/features/my-data/routes.tsx
import { Hono as Hono7 } from "hono";
import { deleteCookie as deleteCookie2 } from "hono/cookie";

// src/features/my-data/service.ts
async function exportMyData(db, ownerHash2) {
  const results = ownerHash2 ? await db.kysely.selectFrom("test_result").selectAll().where("owner_hash", "=", ownerHash2).orderBy("created_at").execute() : [];
  const shares = results.length ? await db.kysely.selectFrom("result_share").select(["id", "lang", "created_at", "result_id"]).where(
    "result_id",
    "in",
    results.map((r) => r.id)
  ).orderBy("created_at").execute() : [];
  return {
    exportedAt: (/* @__PURE__ */ new Date()).toISOString(),
    results: results.map((r) => ({
      id: r.id,
      lang: r.lang,
      createdAt: r.created_at,
      instrumentVersion: r.instrument_version,
      answers: JSON.parse(r.answers),
      today: r.today,
      scores: JSON.parse(r.scores),
      pattern: r.pattern,
      profile: JSON.parse(r.profile),
      safetyFlag: r.safety_flag === 1,
      shares: shares.filter((s) => s.result_id === r.id).map((s) => ({ id: s.id, lang: s.lang, createdAt: s.created_at }))
    }))
  };
}
async function deleteMyData(db, ownerHash2) {
  return db.kysely.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom("test_result").select("id").where("owner_hash", "=", ownerHash2).execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    const hashes = (await trx.selectFrom("result_share").select("token_hash").where("result_id", "in", ids).execute()).map((s) => s.token_hash);
    await trx.deleteFrom("result_share").where("result_id", "in", ids).execute();
    await trx.deleteFrom("test_result").where("id", "in", ids).execute();
    return hashes;
  });
}

// src/features/my-data/routes.tsx
import { jsx as jsx25, jsxs as jsxs20 } from "hono/jsx/jsx-runtime";
async function eraseFor(c) {
  const owner = ownerHash(c);
  if (owner) for (const hash of await deleteMyData(c.get("deps").db, owner)) dropCards(hash);
  deleteCookie2(c, OWNER_COOKIE, { path: "/" });
}
function MyDataView({ ctx, data, notice }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs20(Layout, { ctx, seo: { title: t2("mydata.title"), description: t2("mydata.intro"), path: `/${lang}/my-data`, noindex: true, quickExit: true }, children: [
    /* @__PURE__ */ jsx25("h1", { children: t2("mydata.title") }),
    notice ? /* @__PURE__ */ jsx25("p", { role: "status", class: notice === "deleted" ? "notice" : "form-error", children: t2(notice === "deleted" ? "mydata.deleted" : "mydata.confirmMissing") }) : null,
    /* @__PURE__ */ jsxs20("div", { class: "prose", children: [
      /* @__PURE__ */ jsx25("p", { children: t2("mydata.intro") }),
      /* @__PURE__ */ jsx25("h2", { children: t2("mydata.results") }),
      data.results.length === 0 ? /* @__PURE__ */ jsx25("p", { children: t2("mydata.none") }) : /* @__PURE__ */ jsx25("ul", { children: data.results.map((r) => /* @__PURE__ */ jsxs20("li", { children: [
        /* @__PURE__ */ jsx25("a", { href: `/${lang}/results/${r.id}`, children: formatDate(lang, r.createdAt) }),
        ":",
        " ",
        RESULT_TEXTS.patterns[r.pattern]?.name[lang] ?? r.pattern,
        " \xB7",
        " ",
        t2("mydata.shares", { count: r.shares.length })
      ] })) }),
      /* @__PURE__ */ jsx25("p", { children: /* @__PURE__ */ jsx25("a", { class: "button", href: "/api/my-data", download: "my-data.json", children: t2("mydata.download") }) }),
      /* @__PURE__ */ jsx25("h2", { children: t2("mydata.deleteHeading") }),
      /* @__PURE__ */ jsx25("p", { children: t2("mydata.deleteBody") }),
      /* @__PURE__ */ jsxs20("form", { method: "post", action: `/${lang}/my-data/delete`, class: "share-form", children: [
        /* @__PURE__ */ jsxs20("label", { children: [
          /* @__PURE__ */ jsx25("input", { type: "checkbox", name: "confirm", value: "yes" }),
          " ",
          t2("mydata.confirm")
        ] }),
        /* @__PURE__ */ jsx25("button", { type: "submit", class: "button", children: t2("mydata.delete") })
      ] })
    ] })
  ] });
}
function PrivacyView({ ctx }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs20(
    Layout,
    {
      ctx,
      seo: {
        title: t2("privacy.title"),
        description: t2("privacy.what"),
        path: `/${lang}/privacy`,
        alternates: { en: "/en/privacy", zh: "/zh/privacy" }
      },
      children: [
        /* @__PURE__ */ jsx25("h1", { children: t2("privacy.title") }),
        /* @__PURE__ */ jsxs20("div", { class: "prose", children: [
          /* @__PURE__ */ jsx25("p", { children: t2("privacy.what") }),
          /* @__PURE__ */ jsx25("p", { children: t2("privacy.who") }),
          /* @__PURE__ */ jsx25("p", { children: t2("privacy.howLong") }),
          /* @__PURE__ */ jsxs20("p", { children: [
            t2("privacy.rights"),
            " ",
            /* @__PURE__ */ jsx25("a", { href: `/${lang}/my-data`, children: t2("nav.myData") })
          ] })
        ] })
      ]
    }
  );
}
function myDataRoutes() {
  const app = new Hono7();
  app.get("/api/my-data", async (c) => {
    c.header("Cache-Control", "private, no-store");
    c.header("Content-Disposition", 'attachment; filename="my-data.json"');
    return c.json(await exportMyData(c.get("deps").db, ownerHash(c)));
  });
  app.delete("/api/my-data", async (c) => {
    await eraseFor(c);
    return c.body(null, 204);
  });
  app.get("/:lang{en|zh}/my-data", async (c) => {
    c.header("Cache-Control", "private, no-store");
    const data = await exportMyData(c.get("deps").db, ownerHash(c));
    return c.html(renderDocument(/* @__PURE__ */ jsx25(MyDataView, { ctx: c.get("page"), data })));
  });
  app.post("/:lang{en|zh}/my-data/delete", async (c) => {
    const form = await readForm(c);
    c.header("Cache-Control", "private, no-store");
    const ctx = c.get("page");
    if (form.confirm !== "yes") {
      const data = await exportMyData(c.get("deps").db, ownerHash(c));
      return c.html(renderDocument(/* @__PURE__ */ jsx25(MyDataView, { ctx, data, notice: "confirmMissing" })), 400);
    }
    await eraseFor(c);
    return c.html(renderDocument(/* @__PURE__ */ jsx25(MyDataView, { ctx, data: { exportedAt: (/* @__PURE__ */ new Date()).toISOString(), results: [] }, notice: "deleted" })));
  });
  app.get("/:lang{en|zh}/privacy", (c) => c.html(renderDocument(/* @__PURE__ */ jsx25(PrivacyView, { ctx: c.get("page") }))));
  return app;
}

// src/features/report/routes.tsx
import { Hono as Hono8 } from "hono";

// src/features/report/ics.ts
import { createHash as createHash4 } from "node:crypto";

// src/features/report/plan.ts
var STAGES = ["start", "resources", "vision", "exceptions", "action", "consolidation"];
var STAGE_DAYS = {
  start: [1, 7],
  resources: [8, 14],
  vision: [15, 21],
  exceptions: [22, 28],
  action: [29, 35],
  consolidation: [36, 40]
};
var RULES = [
  {
    why: "safety first: individual safety and support",
    when: { safety: true },
    add: ["start-safety-plan", "res-support-network", "exc-steady-moments", "act-self-kindness", "con-individual-support"]
  },
  {
    why: "everyone: miracle question, scaling, exception log, early-warning signs",
    when: {},
    add: ["vis-miracle", "vis-scaling", "exc-log", "con-warning-signs"]
  },
  {
    why: "pursuing or anxious: self-soothing and a reassurance ritual",
    when: { pattern: ["anxious", "fearful"] },
    add: ["start-self-soothe", "act-reassurance-ritual"]
  },
  { why: "pursuing habit", when: { habit: ["pursue"] }, add: ["start-self-soothe", "act-reassurance-ritual"] },
  {
    why: "withdrawing / silent treatment: one small kind gesture a day",
    when: { habit: ["withdraw"] },
    add: ["act-kind-gesture", "start-pause-signal"]
  },
  { why: "distancing: a time-out with a promised return", when: { pattern: ["avoidant", "fearful"] }, add: ["start-pause-signal", "act-time-out"] },
  { why: "withdrawing habit: a time-out that returns", when: { habit: ["withdraw"] }, add: ["act-time-out"] },
  { why: "criticism: a soft start", when: { habit: ["criticism"] }, add: ["act-soft-start"] },
  { why: "defensiveness: owning a small part", when: { habit: ["defensiveness"] }, add: ["act-own-part"] },
  { why: "few turns toward bids", when: { below: { responsiveness: 4 } }, add: ["res-bids"] },
  { why: "repair is hard to reach", when: { below: { repair: 4 } }, add: ["exc-better-disagreement"] },
  { why: "secure: build on what works", when: { pattern: ["secure"] }, add: ["res-bids", "vis-shared-picture", "exc-better-disagreement"] },
  { why: "together: listening and a weekly check-in", when: { safety: false }, add: ["start-listen", "con-checkin"] }
];
var STAGE_DEFAULTS = {
  start: ["start-story", "start-hope"],
  resources: ["res-strengths", "res-coping-list"],
  vision: ["vis-miracle", "vis-scaling"],
  exceptions: ["exc-log", "exc-steady-moments"],
  action: ["act-self-kindness", "act-own-step", "act-kind-gesture"],
  consolidation: ["con-celebrate", "con-warning-signs"]
};
var MIN_PER_STAGE = 2;
var MAX_PER_STAGE = 3;
function matches(when, p) {
  if (when.safety !== void 0 && when.safety !== p.safetyFlag) return false;
  if (when.pattern && !when.pattern.includes(p.pattern)) return false;
  if (when.habit && !when.habit.some((h) => p.habits.includes(h))) return false;
  if (when.below && !Object.entries(when.below).every(([scale, value]) => p.scores[scale] < value)) return false;
  return true;
}
function selectExercises(profile, exercises) {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const allowed = (id) => {
    const e = byId.get(id);
    return e !== void 0 && !(profile.safetyFlag && e.audience === "couple");
  };
  const plan = Object.fromEntries(STAGES.map((s) => [s, []]));
  const take = (id, limit) => {
    const e = byId.get(id);
    if (!e || !allowed(id)) return;
    const list = plan[e.stage];
    if (!list.includes(id) && list.length < limit) list.push(id);
  };
  for (const rule of RULES) if (matches(rule.when, profile)) for (const id of rule.add) take(id, MAX_PER_STAGE);
  for (const stage of STAGES) for (const id of STAGE_DEFAULTS[stage]) take(id, MIN_PER_STAGE);
  return plan;
}

// src/features/report/ics.ts
var CHECKINS = 6;
var escapeText = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
function foldLine(line) {
  const out = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size2 = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size2 > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size2;
  }
  out.push(current);
  return out.join("\r\n ");
}
var ymd = (d) => d.toISOString().slice(0, 10).replace(/-/g, "");
var addDays = (d, n) => new Date(d.getTime() + n * 864e5);
var stamp = (d) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
var fill = (template, params) => template.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ""));
function planCalendar(props) {
  const { start, texts } = props;
  const uid = (part) => `${createHash4("sha256").update(`${props.seed}:${part}`).digest("hex").slice(0, 32)}@plan`;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//plan//40 days//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  STAGES.forEach((stage, i) => {
    const [from, to] = STAGE_DAYS[stage];
    const day = addDays(start, from - 1);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid(stage)}`,
      `DTSTAMP:${stamp(props.now)}`,
      `DTSTART;VALUE=DATE:${ymd(day)}`,
      `DTEND;VALUE=DATE:${ymd(addDays(day, 1))}`,
      `SUMMARY:${escapeText(fill(texts.stageTitle, { n: i + 1 }))}`,
      `DESCRIPTION:${escapeText(fill(texts.stageDescription, { from, to }))}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT"
    );
  });
  const firstCheckin = addDays(start, 6);
  lines.push(
    "BEGIN:VEVENT",
    `UID:${uid("checkin")}`,
    `DTSTAMP:${stamp(props.now)}`,
    `DTSTART;VALUE=DATE:${ymd(firstCheckin)}`,
    `DTEND;VALUE=DATE:${ymd(addDays(firstCheckin, 1))}`,
    `RRULE:FREQ=WEEKLY;COUNT=${CHECKINS}`,
    `SUMMARY:${escapeText(texts.checkinTitle)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR"
  );
  return `${lines.map(foldLine).join("\r\n")}\r
`;
}

// src/features/report/pdf.ts
var COLORS = { text: "#1f2328", muted: "#57606a", accent: "#2f6a5e" };
async function renderReportPdf(report, labels, size2 = "A4", articles = []) {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: size2,
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: report.title },
    lang: report.lang === "zh" ? "zh-Hans" : "en"
  });
  const { regular, bold } = notoSansSc();
  doc.registerFont("body", regular);
  doc.registerFont("bold", bold);
  const chunks = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;
  const para = (text, options = {}) => {
    doc.font(options.font ?? "body").fontSize(options.size ?? 10.5).fillColor(options.color ?? COLORS.text).text(text, { width, lineGap: 3 });
    doc.moveDown(options.gap ?? 0.5);
  };
  const heading = (text, size3, room = 120) => {
    if (doc.y > doc.page.height - 56 - room) doc.addPage();
    doc.moveDown(0.4);
    para(text, { size: size3, font: "bold", color: size3 > 14 ? COLORS.accent : COLORS.text, gap: 0.3 });
  };
  const list = (items) => {
    for (const item of items) para(`\u2022  ${item}`, { gap: 0.25 });
    doc.moveDown(0.3);
  };
  const readings = (items) => {
    for (const r of items) {
      heading(`${r.name} \u2014 ${labels.score(r.score)}`, 11, 60);
      para(r.meaning, { gap: 0.2 });
      para(r.reading);
    }
  };
  para(report.title, { size: 22, font: "bold", color: COLORS.accent });
  para(report.intro, { color: COLORS.muted });
  if (report.safety) {
    heading(report.safety.heading, 16);
    para(report.safety.body);
    para(report.safety.intro);
    heading(report.safety.resourcesHeading, 12);
    list(report.safety.resources.map((r) => `${r.name}${report.labelSep}${r.contact}`));
  }
  heading(labels.inDepth, 16);
  para(report.pattern.name, { font: "bold", size: 13 });
  para(report.pattern.summary);
  heading(labels.resources, 13);
  readings(report.resources);
  heading(labels.dimensions, 13);
  readings(report.dimensions);
  heading(labels.challenges, 13);
  readings(report.challenges);
  heading(labels.cycle, 13);
  para(report.cycle);
  heading(labels.plan, 16);
  report.stages.forEach((stage, i) => {
    heading(`${i + 1}. ${stage.title} \xB7 ${stage.days}`, 13, 200);
    para(stage.purpose, { color: COLORS.muted });
    for (const e of stage.exercises) {
      heading(e.title, 11, 90);
      para(`${labels.why}${report.labelSep}${e.why}`, { gap: 0.25 });
      para(`${labels.how}${report.labelSep}${e.how}`, { gap: 0.25 });
      para(`${labels.notice}${report.labelSep}${e.notice}`);
    }
  });
  heading(labels.vision, 16);
  para(report.scaling);
  heading(labels.warningSigns, 12);
  list(report.warningSigns);
  heading(labels.preventionPlan, 12);
  list(report.preventionPlan);
  heading(report.checkin.heading, 12);
  list(report.checkin.steps);
  heading(report.openers.heading, 12);
  list(report.openers.lines);
  if (articles.length > 0) {
    heading(labels.articles, 12);
    list(articles.map((a) => `${a.title} \u2014 ${a.url}`));
  }
  doc.end();
  return done;
}

// src/features/report/content.ts
import { z as z8 } from "zod";

// src/features/report/exercises.json
var exercises_default = {
  exercises: [
    {
      id: "start-story",
      stage: "start",
      audience: "individual",
      title: {
        en: "Tell your story from what matters",
        zh: "\u4ECE\u4F60\u5728\u4E4E\u7684\u4E8B\u8BB2\u8D77\u4F60\u4EEC\u7684\u6545\u4E8B"
      },
      why: {
        en: "Starting from what you value, rather than from what went wrong, reminds you what you are working towards. It also brings back good details that the current trouble can hide.",
        zh: "\u4ECE\u4F60\u73CD\u89C6\u7684\u4E1C\u897F\u51FA\u53D1\uFF0C\u800C\u4E0D\u662F\u4ECE\u54EA\u91CC\u51FA\u4E86\u9519\u51FA\u53D1\uFF0C\u80FD\u63D0\u9192\u4F60\u81EA\u5DF1\u5728\u4E3A\u4EC0\u4E48\u800C\u52AA\u529B\u3002\u5B83\u4E5F\u4F1A\u8BA9\u90A3\u4E9B\u88AB\u773C\u4E0B\u7684\u56F0\u96BE\u906E\u4F4F\u7684\u7F8E\u597D\u7EC6\u8282\u91CD\u65B0\u6D6E\u73B0\u3002"
      },
      how: {
        en: "Set aside fifteen quiet minutes and write a page about your relationship, beginning with \u201CWhat matters to me in us is\u2026\u201D. Include how you met, a time you felt close, and something you hoped for then and still hope for now. If hard moments come up, mention them briefly, then return to what they show you care about. Keep the page somewhere private and reread it at the end of the week.",
        zh: "\u7559\u51FA\u5B89\u9759\u7684\u5341\u4E94\u5206\u949F\uFF0C\u5199\u4E00\u9875\u5173\u4E8E\u4F60\u4EEC\u5173\u7CFB\u7684\u6587\u5B57\uFF0C\u7528\u201C\u5728\u6211\u4EEC\u4E4B\u95F4\uFF0C\u6211\u5728\u4E4E\u7684\u662F\u2026\u2026\u201D\u5F00\u5934\u3002\u5199\u4E0B\u4F60\u4EEC\u600E\u4E48\u8BA4\u8BC6\u3001\u4E00\u4E2A\u4F60\u611F\u5230\u4EB2\u8FD1\u7684\u65F6\u523B\uFF0C\u4EE5\u53CA\u4E00\u4EF6\u4F60\u5F53\u65F6\u671F\u5F85\u3001\u73B0\u5728\u4ECD\u7136\u671F\u5F85\u7684\u4E8B\u3002\u5982\u679C\u60F3\u8D77\u96BE\u53D7\u7684\u7247\u6BB5\uFF0C\u53EF\u4EE5\u7B80\u77ED\u5E26\u8FC7\uFF0C\u518D\u56DE\u5230\u5B83\u900F\u9732\u51FA\u7684\u3001\u4F60\u771F\u6B63\u5728\u4E4E\u7684\u4E1C\u897F\u3002\u628A\u8FD9\u9875\u7EB8\u653E\u5728\u79C1\u5BC6\u7684\u5730\u65B9\uFF0C\u5468\u672B\u518D\u8BFB\u4E00\u904D\u3002"
      },
      notice: {
        en: "You may find yourself naming what you want, not only what you dislike. A slightly softer feeling when you think of your partner is a good sign.",
        zh: "\u4F60\u53EF\u80FD\u4F1A\u53D1\u73B0\uFF0C\u81EA\u5DF1\u66F4\u591A\u5730\u5728\u8BF4\u201C\u6211\u60F3\u8981\u4EC0\u4E48\u201D\uFF0C\u800C\u4E0D\u53EA\u662F\u201C\u6211\u4E0D\u559C\u6B22\u4EC0\u4E48\u201D\u3002\u60F3\u5230\u4F34\u4FA3\u65F6\u5FC3\u91CC\u7A0D\u5FAE\u67D4\u548C\u4E00\u70B9\uFF0C\u5C31\u662F\u4E00\u4E2A\u597D\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "start-listen",
      stage: "start",
      audience: "couple",
      title: {
        en: "Five minutes of listening, then swap",
        zh: "\u8F6E\u6D41\u503E\u542C\u4E94\u5206\u949F"
      },
      why: {
        en: "Being heard without interruption lowers defences on both sides. A clear time limit makes it feel safer to listen, even to things that are hard to hear.",
        zh: "\u4E0D\u88AB\u6253\u65AD\u5730\u88AB\u503E\u542C\uFF0C\u4F1A\u8BA9\u53CC\u65B9\u90FD\u653E\u4E0B\u4E00\u4E9B\u9632\u5907\u3002\u6709\u660E\u786E\u7684\u65F6\u95F4\u9650\u5236\uFF0C\u5373\u4F7F\u542C\u5230\u4E0D\u5BB9\u6613\u542C\u7684\u8BDD\uFF0C\u4E5F\u4F1A\u89C9\u5F97\u5B89\u5168\u4E00\u4E9B\u3002"
      },
      how: {
        en: "Choose a calm moment and set a timer for five minutes. One of you talks about something on your mind while the other only listens, with no corrections and no advice, then sums it up in a sentence or two: \u201CWhat I heard is\u2026 Did I get that right?\u201D Then swap roles for another five minutes. For the first few times, start with a lighter topic.",
        zh: "\u9009\u4E00\u4E2A\u5E73\u9759\u7684\u65F6\u5019\uFF0C\u8BBE\u597D\u4E94\u5206\u949F\u7684\u8BA1\u65F6\u3002\u4E00\u4EBA\u8BF4\u8BF4\u5FC3\u91CC\u7684\u4E8B\uFF0C\u53E6\u4E00\u4EBA\u53EA\u542C\uFF0C\u4E0D\u7EA0\u6B63\u3001\u4E0D\u7ED9\u5EFA\u8BAE\uFF0C\u7ED3\u675F\u65F6\u7528\u4E00\u4E24\u53E5\u8BDD\u590D\u8FF0\uFF1A\u201C\u6211\u542C\u5230\u7684\u662F\u2026\u2026\u6211\u7406\u89E3\u5F97\u5BF9\u5417\uFF1F\u201D\u7136\u540E\u4EA4\u6362\u89D2\u8272\uFF0C\u518D\u6765\u4E94\u5206\u949F\u3002\u524D\u51E0\u6B21\u53EF\u4EE5\u5148\u4ECE\u8F7B\u677E\u4E00\u70B9\u7684\u8BDD\u9898\u5F00\u59CB\u3002"
      },
      notice: {
        en: "Look for small signs: shoulders dropping, a nod, someone saying \u201CYes, that\u2019s it.\u201D Even one moment of feeling understood counts.",
        zh: "\u7559\u610F\u7EC6\u5C0F\u7684\u4FE1\u53F7\uFF1A\u80A9\u8180\u653E\u677E\u4E0B\u6765\u3001\u70B9\u4E86\u70B9\u5934\u3001\u5BF9\u65B9\u8BF4\u4E00\u53E5\u201C\u5BF9\uFF0C\u5C31\u662F\u8FD9\u4E2A\u610F\u601D\u201D\u3002\u54EA\u6015\u53EA\u6709\u4E00\u523B\u89C9\u5F97\u88AB\u7406\u89E3\uFF0C\u4E5F\u7B97\u6570\u3002"
      }
    },
    {
      id: "start-hope",
      stage: "start",
      audience: "any",
      title: {
        en: "A small improvement by tonight",
        zh: "\u5230\u4ECA\u665A\uFF0C\u597D\u4E00\u70B9\u70B9"
      },
      why: {
        en: "Big hopes can feel far away; a small, near hope gives you something you can actually aim for today. It gently turns your attention towards what is possible.",
        zh: "\u5B8F\u5927\u7684\u5E0C\u671B\u5F80\u5F80\u663E\u5F97\u9065\u8FDC\uFF1B\u4E00\u4E2A\u5C0F\u800C\u8FD1\u7684\u5E0C\u671B\uFF0C\u8BA9\u4F60\u4ECA\u5929\u5C31\u6709\u53EF\u4EE5\u52AA\u529B\u7684\u65B9\u5411\u3002\u5B83\u4F1A\u6E29\u548C\u5730\u628A\u6CE8\u610F\u529B\u5F15\u5411\u53EF\u80FD\u53D1\u751F\u7684\u4E8B\u3002"
      },
      how: {
        en: "Ask yourself, or each other: \u201CIf things were just a little better by tonight, what would I notice?\u201D Write down one small, concrete answer, such as \u201Cwe eat dinner without our phones\u201D or \u201CI say goodnight warmly.\u201D Pick one piece of it that you can do yourself. Before bed, take a moment to check how it went.",
        zh: "\u95EE\u95EE\u81EA\u5DF1\uFF0C\u6216\u8005\u5F7C\u6B64\u95EE\u4E00\u95EE\uFF1A\u201C\u5982\u679C\u5230\u4ECA\u665A\u60C5\u51B5\u7A0D\u5FAE\u597D\u4E00\u70B9\u70B9\uFF0C\u6211\u4F1A\u6CE8\u610F\u5230\u4EC0\u4E48\uFF1F\u201D\u5199\u4E0B\u4E00\u4E2A\u5C0F\u800C\u5177\u4F53\u7684\u7B54\u6848\uFF0C\u6BD4\u5982\u201C\u6211\u4EEC\u5403\u665A\u996D\u65F6\u4E0D\u770B\u624B\u673A\u201D\u6216\u201C\u6211\u6E29\u548C\u5730\u8BF4\u4E00\u58F0\u665A\u5B89\u201D\u3002\u4ECE\u4E2D\u6311\u4E00\u4EF6\u4F60\u81EA\u5DF1\u5C31\u80FD\u505A\u5230\u7684\u4E8B\u3002\u7761\u524D\u82B1\u4E00\u70B9\u65F6\u95F4\uFF0C\u56DE\u987E\u4E00\u4E0B\u8FDB\u5C55\u5982\u4F55\u3002"
      },
      notice: {
        en: "Notice whether the small thing happened, even partly. A slightly lighter mood in the evening is worth writing down.",
        zh: "\u770B\u770B\u90A3\u4EF6\u5C0F\u4E8B\u6709\u6CA1\u6709\u53D1\u751F\uFF0C\u54EA\u6015\u53EA\u53D1\u751F\u4E86\u4E00\u90E8\u5206\u3002\u665A\u4E0A\u5FC3\u60C5\u7A0D\u5FAE\u8F7B\u677E\u4E00\u4E9B\uFF0C\u4E5F\u503C\u5F97\u8BB0\u4E0B\u6765\u3002"
      }
    },
    {
      id: "start-self-soothe",
      stage: "start",
      audience: "individual",
      title: {
        en: "Build your self-soothing kit",
        zh: "\u51C6\u5907\u4F60\u7684\u81EA\u6211\u5B89\u629A\u5DE5\u5177\u5305"
      },
      why: {
        en: "When worry spikes, it is hard to think of what helps, so it is easier to have it ready in advance. Calming your body first makes kinder words and clearer choices possible.",
        zh: "\u62C5\u5FE7\u6D8C\u4E0A\u6765\u7684\u65F6\u5019\uFF0C\u4EBA\u5F88\u96BE\u60F3\u8D77\u4EC0\u4E48\u5BF9\u81EA\u5DF1\u6709\u7528\uFF0C\u6240\u4EE5\u63D0\u524D\u51C6\u5907\u597D\u4F1A\u5BB9\u6613\u5F97\u591A\u3002\u5148\u8BA9\u8EAB\u4F53\u5E73\u9759\u4E0B\u6765\uFF0C\u624D\u66F4\u6709\u53EF\u80FD\u8BF4\u51FA\u6E29\u548C\u7684\u8BDD\u3001\u505A\u51FA\u6E05\u695A\u7684\u9009\u62E9\u3002"
      },
      how: {
        en: "Write four things on a card or in your phone: one breath (for example, in for four counts and out for six, five times), one movement (a short walk, rolling your shoulders), one place (a window, a bench, a quiet room) and one phrase (\u201CThis feeling is strong, and it will pass\u201D). Try each one this week while you are calm, so it feels familiar. When the worry rises, use the kit before you send a message or start a conversation.",
        zh: "\u5728\u5361\u7247\u6216\u624B\u673A\u91CC\u5199\u4E0B\u56DB\u6837\u4E1C\u897F\uFF1A\u4E00\u79CD\u547C\u5438\uFF08\u4F8B\u5982\u5438\u6C14\u6570\u56DB\u62CD\u3001\u547C\u6C14\u6570\u516D\u62CD\uFF0C\u91CD\u590D\u4E94\u6B21\uFF09\u3001\u4E00\u4E2A\u52A8\u4F5C\uFF08\u77ED\u77ED\u6563\u4E2A\u6B65\u3001\u8F6C\u8F6C\u80A9\u8180\uFF09\u3001\u4E00\u4E2A\u5730\u65B9\uFF08\u4E00\u6247\u7A97\u3001\u4E00\u5F20\u957F\u6905\u3001\u4E00\u4E2A\u5B89\u9759\u7684\u623F\u95F4\uFF09\uFF0C\u4EE5\u53CA\u4E00\u53E5\u8BDD\uFF08\u201C\u8FD9\u79CD\u611F\u53D7\u5F88\u5F3A\u70C8\uFF0C\u4F46\u5B83\u4F1A\u8FC7\u53BB\u201D\uFF09\u3002\u8FD9\u5468\u8D81\u5FC3\u60C5\u5E73\u7A33\u65F6\u628A\u6BCF\u4E00\u6837\u90FD\u8BD5\u4E00\u6B21\uFF0C\u8BA9\u5B83\u4EEC\u53D8\u5F97\u719F\u6089\u3002\u5F53\u62C5\u5FE7\u5347\u8D77\u65F6\uFF0C\u5148\u7528\u5DE5\u5177\u5305\uFF0C\u518D\u53BB\u53D1\u6D88\u606F\u6216\u5F00\u542F\u5BF9\u8BDD\u3002"
      },
      notice: {
        en: "You may notice your breathing slowing or your hands unclenching. Waiting a few minutes before reacting, even once, is real progress.",
        zh: "\u4F60\u53EF\u80FD\u4F1A\u53D1\u73B0\u547C\u5438\u6162\u4E86\u4E0B\u6765\uFF0C\u63E1\u7D27\u7684\u624B\u677E\u5F00\u4E86\u3002\u54EA\u6015\u53EA\u6709\u4E00\u6B21\u5728\u56DE\u5E94\u4E4B\u524D\u5148\u7B49\u4E86\u51E0\u5206\u949F\uFF0C\u4E5F\u662F\u5B9E\u5B9E\u5728\u5728\u7684\u8FDB\u6B65\u3002"
      }
    },
    {
      id: "start-pause-signal",
      stage: "start",
      audience: "couple",
      title: {
        en: "Agree on a pause signal",
        zh: "\u7EA6\u5B9A\u4E00\u4E2A\u6682\u505C\u4FE1\u53F7"
      },
      why: {
        en: "Deciding how to pause while you are both calm makes it much easier to do when things heat up. A promised return time stops a pause from feeling like being left.",
        zh: "\u8D81\u4E24\u4EBA\u90FD\u5E73\u9759\u65F6\u5546\u91CF\u597D\u600E\u4E48\u6682\u505C\uFF0C\u4E89\u6267\u5347\u6E29\u65F6\u5C31\u5BB9\u6613\u7528\u4E0A\u5F97\u591A\u3002\u7EA6\u5B9A\u597D\u56DE\u6765\u7684\u65F6\u95F4\uFF0C\u80FD\u8BA9\u6682\u505C\u4E0D\u518D\u50CF\u662F\u88AB\u4E22\u4E0B\u3002"
      },
      how: {
        en: "At a calm time, choose a word or gesture that means \u201CI need a break\u201D, such as \u201Cpause\u201D or a flat hand held up. Agree that whoever uses it also says when they will come back, for example \u201CLet\u2019s talk again in 30 minutes,\u201D and that the other person will respect the pause. Practise once with a made-up situation so the signal feels natural rather than hostile.",
        zh: "\u5728\u5E73\u9759\u7684\u65F6\u5019\uFF0C\u9009\u4E00\u4E2A\u4EE3\u8868\u201C\u6211\u9700\u8981\u4F11\u606F\u4E00\u4E0B\u201D\u7684\u8BCD\u6216\u624B\u52BF\uFF0C\u6BD4\u5982\u8BF4\u201C\u6682\u505C\u201D\uFF0C\u6216\u8005\u62AC\u8D77\u5E73\u653E\u7684\u624B\u638C\u3002\u7EA6\u5B9A\u4F7F\u7528\u4FE1\u53F7\u7684\u4EBA\u540C\u65F6\u8BF4\u51FA\u4EC0\u4E48\u65F6\u5019\u56DE\u6765\uFF0C\u4F8B\u5982\u201C\u6211\u4EEC 30 \u5206\u949F\u540E\u518D\u8C08\u201D\uFF0C\u53E6\u4E00\u65B9\u5219\u5C0A\u91CD\u8FD9\u6B21\u6682\u505C\u3002\u53EF\u4EE5\u5148\u7528\u4E00\u4E2A\u5047\u8BBE\u7684\u60C5\u5883\u7EC3\u4E60\u4E00\u6B21\uFF0C\u8BA9\u8FD9\u4E2A\u4FE1\u53F7\u663E\u5F97\u81EA\u7136\uFF0C\u800C\u4E0D\u662F\u5E26\u7740\u654C\u610F\u3002"
      },
      notice: {
        en: "Notice whether one of you uses the signal and the other lets the pause happen. Coming back at the promised time, even once, builds trust.",
        zh: "\u7559\u610F\u662F\u5426\u6709\u4E00\u65B9\u7528\u4E86\u4FE1\u53F7\uFF0C\u800C\u53E6\u4E00\u65B9\u63A5\u53D7\u4E86\u8FD9\u6B21\u6682\u505C\u3002\u54EA\u6015\u53EA\u6709\u4E00\u6B21\u6309\u7EA6\u5B9A\u7684\u65F6\u95F4\u56DE\u6765\uFF0C\u4E5F\u5728\u79EF\u7D2F\u4FE1\u4EFB\u3002"
      }
    },
    {
      id: "start-safety-plan",
      stage: "start",
      audience: "individual",
      title: {
        en: "Make a private safety plan",
        zh: "\u5236\u5B9A\u4E00\u4EFD\u79C1\u5BC6\u7684\u5B89\u5168\u8BA1\u5212"
      },
      why: {
        en: "If you ever feel afraid of your partner or unsafe at home, a plan made in advance can help you act calmly when it matters. Making a plan is a way of looking after yourself; it does not commit you to any decision.",
        zh: "\u5982\u679C\u4F60\u66FE\u7ECF\u5BB3\u6015\u4F34\u4FA3\uFF0C\u6216\u5728\u5BB6\u4E2D\u611F\u5230\u4E0D\u5B89\u5168\uFF0C\u4E8B\u5148\u51C6\u5907\u597D\u7684\u8BA1\u5212\u80FD\u5E2E\u52A9\u4F60\u5728\u5173\u952E\u65F6\u523B\u51B7\u9759\u884C\u52A8\u3002\u5236\u5B9A\u8BA1\u5212\u662F\u7167\u987E\u81EA\u5DF1\u7684\u4E00\u79CD\u65B9\u5F0F\uFF0C\u5E76\u4E0D\u610F\u5473\u7740\u4F60\u5FC5\u987B\u505A\u51FA\u4EFB\u4F55\u51B3\u5B9A\u3002"
      },
      how: {
        en: "Quietly choose one trusted person you could contact at any time and one safe place you could go if you needed to leave. Keep important numbers (your local emergency number, a domestic-violence helpline, your trusted person) and copies of key documents such as ID somewhere your partner cannot reach, for example with that trusted person. Using a phone or device your partner does not check, contact a domestic-violence service to build a plan that fits your situation; they are used to helping confidentially. If you are ever in immediate danger, call your local emergency number.",
        zh: "\u6084\u6084\u9009\u5B9A\u4E00\u4F4D\u4EFB\u4F55\u65F6\u5019\u90FD\u80FD\u8054\u7CFB\u7684\u53EF\u4FE1\u4EFB\u7684\u4EBA\uFF0C\u4EE5\u53CA\u4E00\u4E2A\u9700\u8981\u79BB\u5F00\u65F6\u53EF\u4EE5\u53BB\u7684\u5B89\u5168\u5730\u65B9\u3002\u628A\u91CD\u8981\u53F7\u7801\uFF08\u5F53\u5730\u7D27\u6025\u6C42\u52A9\u7535\u8BDD\u3001\u53CD\u5BB6\u66B4\u6C42\u52A9\u70ED\u7EBF\u3001\u4F60\u4FE1\u4EFB\u7684\u90A3\u4E2A\u4EBA\uFF09\u548C\u8EAB\u4EFD\u8BC1\u4EF6\u7B49\u91CD\u8981\u8BC1\u4EF6\u7684\u590D\u5370\u4EF6\uFF0C\u653E\u5728\u4F34\u4FA3\u62FF\u4E0D\u5230\u7684\u5730\u65B9\uFF0C\u6BD4\u5982\u4EA4\u7ED9\u90A3\u4F4D\u53EF\u4FE1\u4EFB\u7684\u4EBA\u4FDD\u7BA1\u3002\u7528\u4F34\u4FA3\u4E0D\u4F1A\u67E5\u770B\u7684\u624B\u673A\u6216\u8BBE\u5907\u8054\u7CFB\u53CD\u5BB6\u5EAD\u66B4\u529B\u670D\u52A1\u673A\u6784\uFF0C\u548C\u4ED6\u4EEC\u4E00\u8D77\u5236\u5B9A\u9002\u5408\u4F60\u60C5\u51B5\u7684\u8BA1\u5212\uFF1B\u4ED6\u4EEC\u4F1A\u4E3A\u4F60\u4FDD\u5BC6\u3002\u5982\u679C\u9047\u5230\u7D27\u6025\u5371\u9669\uFF0C\u8BF7\u7ACB\u5373\u62E8\u6253\u5F53\u5730\u7684\u7D27\u6025\u6C42\u52A9\u7535\u8BDD\u3002"
      },
      notice: {
        en: "You know, without searching, who you would contact and where you would go. Feeling a little steadier because of that is a sign the plan is in place.",
        zh: "\u4F60\u4E0D\u7528\u7FFB\u627E\uFF0C\u5C31\u77E5\u9053\u81EA\u5DF1\u4F1A\u8054\u7CFB\u8C01\u3001\u4F1A\u53BB\u54EA\u91CC\u3002\u56E0\u6B64\u5FC3\u91CC\u7A0D\u5FAE\u8E0F\u5B9E\u4E86\u4E00\u4E9B\uFF0C\u5C31\u8BF4\u660E\u8FD9\u4E2A\u8BA1\u5212\u5DF2\u7ECF\u51C6\u5907\u597D\u4E86\u3002"
      }
    },
    {
      id: "res-coping-list",
      stage: "resources",
      audience: "individual",
      title: {
        en: "List every way you have coped",
        zh: "\u5217\u51FA\u4F60\u7528\u8FC7\u7684\u6240\u6709\u5E94\u5BF9\u65B9\u5F0F"
      },
      why: {
        en: "You have already been getting through something difficult, and that takes effort and skill. Seeing your ways of coping on paper shows you resources you can choose to use again.",
        zh: "\u4F60\u4E00\u76F4\u5728\u6491\u8FC7\u4E00\u6BB5\u8270\u96BE\u7684\u65E5\u5B50\uFF0C\u8FD9\u672C\u8EAB\u5C31\u9700\u8981\u529B\u6C14\u548C\u672C\u4E8B\u3002\u628A\u81EA\u5DF1\u7684\u5E94\u5BF9\u65B9\u5F0F\u5199\u5728\u7EB8\u4E0A\uFF0C\u80FD\u8BA9\u4F60\u770B\u5230\u54EA\u4E9B\u8D44\u6E90\u53EF\u4EE5\u518D\u6B21\u9009\u62E9\u4F7F\u7528\u3002"
      },
      how: {
        en: "Write down every way you have coped lately, big or small, tidy or messy: calling your sister, going for a run, crying in the car, keeping busy, going to bed early. Don\u2019t judge them; even imperfect ways did something for you. Next to each one, note what it gave you, such as rest, company or a break. Circle two you would like to use more on purpose this week.",
        zh: "\u5199\u4E0B\u4F60\u6700\u8FD1\u7528\u8FC7\u7684\u6240\u6709\u5E94\u5BF9\u65B9\u5F0F\uFF0C\u65E0\u8BBA\u5927\u5C0F\u3001\u4F53\u9762\u4E0E\u5426\uFF1A\u7ED9\u59D0\u59D0\u6253\u7535\u8BDD\u3001\u53BB\u8DD1\u6B65\u3001\u5728\u8F66\u91CC\u54ED\u4E00\u573A\u3001\u8BA9\u81EA\u5DF1\u5FD9\u8D77\u6765\u3001\u65E9\u70B9\u4E0A\u5E8A\u7761\u89C9\u3002\u4E0D\u8981\u8BC4\u5224\u5B83\u4EEC\uFF1B\u4E0D\u5B8C\u7F8E\u7684\u65B9\u5F0F\u4E5F\u66FE\u5E2E\u5230\u8FC7\u4F60\u3002\u5728\u6BCF\u4E00\u9879\u65C1\u8FB9\u5199\u4E0B\u5B83\u7ED9\u4E86\u4F60\u4EC0\u4E48\uFF0C\u6BD4\u5982\u4F11\u606F\u3001\u966A\u4F34\uFF0C\u6216\u5598\u53E3\u6C14\u7684\u7A7A\u95F4\u3002\u5708\u51FA\u4E24\u9879\uFF0C\u8FD9\u5468\u6709\u610F\u8BC6\u5730\u591A\u7528\u4E00\u4E9B\u3002"
      },
      notice: {
        en: "You may feel more understanding towards how you have handled things. Choosing a circled way on a hard day, instead of simply reacting, is a sign it is working.",
        zh: "\u4F60\u53EF\u80FD\u4F1A\u5BF9\u81EA\u5DF1\u8FC7\u53BB\u7684\u5E94\u5BF9\u65B9\u5F0F\u591A\u4E00\u5206\u4F53\u8C05\u3002\u5728\u96BE\u71AC\u7684\u4E00\u5929\u91CC\u4E3B\u52A8\u9009\u7528\u5708\u51FA\u7684\u67D0\u4E00\u9879\uFF0C\u800C\u4E0D\u53EA\u662F\u51ED\u672C\u80FD\u53CD\u5E94\uFF0C\u5C31\u662F\u5B83\u5728\u8D77\u4F5C\u7528\u7684\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "res-strengths",
      stage: "resources",
      audience: "individual",
      title: {
        en: "Three strengths and one witness",
        zh: "\u4E09\u4E2A\u957F\u5904\uFF0C\u4E00\u4F4D\u89C1\u8BC1\u4EBA"
      },
      why: {
        en: "The strengths that carried you through before are still yours now, even when you can\u2019t feel them. Picturing someone who has seen them makes them easier to believe.",
        zh: "\u66FE\u7ECF\u5E2E\u4F60\u6E21\u8FC7\u96BE\u5173\u7684\u529B\u91CF\uFF0C\u73B0\u5728\u4F9D\u7136\u5C5E\u4E8E\u4F60\uFF0C\u54EA\u6015\u6B64\u523B\u611F\u89C9\u4E0D\u5230\u3002\u60F3\u8C61\u4E00\u4F4D\u4EB2\u773C\u89C1\u8FC7\u8FD9\u4E9B\u529B\u91CF\u7684\u4EBA\uFF0C\u4F1A\u8BA9\u4F60\u66F4\u5BB9\u6613\u76F8\u4FE1\u5B83\u4EEC\u3002"
      },
      how: {
        en: "Think of two or three hard times you came through. For each, ask: \u201CWhat in me helped me get through?\u201D It might be patience, humour, stubbornness or care for others. Write down three strengths, then the name of one person who has seen them and would say, \u201CYes, that\u2019s you.\u201D If it feels right, tell that person, or ask them what they noticed.",
        zh: "\u56DE\u60F3\u4E24\u4E09\u6BB5\u4F60\u633A\u8FC7\u6765\u7684\u8270\u96BE\u65F6\u671F\u3002\u6BCF\u4E00\u6BB5\u90FD\u95EE\u95EE\u81EA\u5DF1\uFF1A\u201C\u662F\u6211\u8EAB\u4E0A\u7684\u4EC0\u4E48\u5E2E\u6211\u6491\u4E86\u8FC7\u6765\uFF1F\u201D\u4E5F\u8BB8\u662F\u8010\u5FC3\u3001\u5E7D\u9ED8\u3001\u4E00\u80A1\u97E7\u52B2\uFF0C\u6216\u8005\u5BF9\u522B\u4EBA\u7684\u5173\u5FC3\u3002\u5199\u4E0B\u4E09\u4E2A\u957F\u5904\uFF0C\u518D\u5199\u4E0B\u4E00\u4F4D\u89C1\u8FC7\u8FD9\u4E9B\u957F\u5904\u3001\u4F1A\u8BF4\u201C\u6CA1\u9519\uFF0C\u8FD9\u5C31\u662F\u4F60\u201D\u7684\u4EBA\u3002\u5982\u679C\u89C9\u5F97\u5408\u9002\uFF0C\u53EF\u4EE5\u544A\u8BC9\u90A3\u4E2A\u4EBA\uFF0C\u6216\u8005\u95EE\u95EE\u5BF9\u65B9\u6CE8\u610F\u5230\u4E86\u4EC0\u4E48\u3002"
      },
      notice: {
        en: "Notice whether one of these strengths comes to mind in a tense moment this week. Feeling a little taller or calmer as you read your list is a good sign.",
        zh: "\u7559\u610F\u8FD9\u5468\u5728\u7D27\u5F20\u7684\u65F6\u523B\uFF0C\u4F60\u662F\u5426\u60F3\u8D77\u4E86\u5176\u4E2D\u67D0\u4E2A\u957F\u5904\u3002\u8BFB\u8FD9\u4EFD\u6E05\u5355\u65F6\uFF0C\u89C9\u5F97\u8170\u6746\u633A\u76F4\u4E86\u4E00\u70B9\u3001\u5FC3\u91CC\u5B89\u5B9A\u4E86\u4E00\u70B9\uFF0C\u5C31\u662F\u597D\u5146\u5934\u3002"
      }
    },
    {
      id: "res-bids",
      stage: "resources",
      audience: "any",
      title: {
        en: "Answer three small bids a day",
        zh: "\u6BCF\u5929\u56DE\u5E94\u4E09\u6B21\u5C0F\u5C0F\u7684\u9760\u8FD1"
      },
      why: {
        en: "Partners often reach for each other in tiny ways: a comment, a sigh, a shared link. Turning towards these small moments builds closeness bit by bit, without needing a big talk.",
        zh: "\u4F34\u4FA3\u4E4B\u95F4\u5E38\u5E38\u7528\u5F88\u5C0F\u7684\u65B9\u5F0F\u9760\u8FD1\u5BF9\u65B9\uFF1A\u4E00\u53E5\u968F\u53E3\u7684\u8BDD\u3001\u4E00\u58F0\u53F9\u6C14\u3001\u5206\u4EAB\u7684\u4E00\u4E2A\u94FE\u63A5\u3002\u56DE\u5E94\u8FD9\u4E9B\u5C0F\u5C0F\u7684\u65F6\u523B\uFF0C\u4E0D\u9700\u8981\u90D1\u91CD\u7684\u957F\u8C08\uFF0C\u4E5F\u80FD\u4E00\u70B9\u70B9\u79EF\u7D2F\u4EB2\u8FD1\u611F\u3002"
      },
      how: {
        en: "Each day, watch for three small bids from your partner and answer each one briefly and warmly. To a comment, look up and reply (\u201CReally? Tell me more\u201D); to a sigh, ask \u201CLong day?\u201D; to a link, send back a line or an emoji. If you are doing this on your own, simply practise noticing and answering; if you are doing it together, you can each keep count and compare at the end of the week.",
        zh: "\u6BCF\u5929\u7559\u610F\u4F34\u4FA3\u53D1\u51FA\u7684\u4E09\u6B21\u5C0F\u5C0F\u7684\u9760\u8FD1\uFF0C\u5E76\u7B80\u77ED\u3001\u6E29\u6696\u5730\u56DE\u5E94\u6BCF\u4E00\u6B21\u3002\u5BF9\u65B9\u8BF4\u4E86\u53E5\u8BDD\uFF0C\u5C31\u62AC\u8D77\u5934\u56DE\u5E94\uFF08\u201C\u771F\u7684\u5417\uFF1F\u591A\u8BF4\u8BF4\u201D\uFF09\uFF1B\u5BF9\u65B9\u53F9\u4E86\u53E3\u6C14\uFF0C\u5C31\u95EE\u4E00\u53E5\u201C\u4ECA\u5929\u5F88\u7D2F\u5417\uFF1F\u201D\uFF1B\u5BF9\u65B9\u5206\u4EAB\u4E86\u94FE\u63A5\uFF0C\u5C31\u56DE\u4E00\u53E5\u8BDD\u6216\u4E00\u4E2A\u8868\u60C5\u3002\u5982\u679C\u4F60\u662F\u4E00\u4E2A\u4EBA\u5728\u505A\uFF0C\u5C31\u4E13\u5FC3\u7EC3\u4E60\u7559\u610F\u548C\u56DE\u5E94\uFF1B\u5982\u679C\u4E24\u4EBA\u4E00\u8D77\u505A\uFF0C\u53EF\u4EE5\u5404\u81EA\u8BB0\u4E0B\u6B21\u6570\uFF0C\u5468\u672B\u5BF9\u7167\u4E00\u4E0B\u3002"
      },
      notice: {
        en: "Watch for small shifts: your partner lingering a moment longer, or sharing a little more. Spotting more bids than you expected is itself a sign of progress.",
        zh: "\u7559\u610F\u7EC6\u5C0F\u7684\u53D8\u5316\uFF1A\u5BF9\u65B9\u591A\u505C\u7559\u4E86\u4E00\u4F1A\u513F\uFF0C\u6216\u8005\u591A\u5206\u4EAB\u4E86\u4E00\u70B9\u3002\u53D1\u73B0\u7684\u9760\u8FD1\u6BD4\u4F60\u9884\u60F3\u7684\u591A\uFF0C\u8FD9\u672C\u8EAB\u5C31\u662F\u8FDB\u6B65\u7684\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "res-support-network",
      stage: "resources",
      audience: "individual",
      title: {
        en: "Map your support outside the relationship",
        zh: "\u753B\u51FA\u5173\u7CFB\u4E4B\u5916\u7684\u652F\u6301\u7F51"
      },
      why: {
        en: "No single relationship can meet every need, and drawing on several sources of support takes pressure off it. A map also reminds you that you are not alone.",
        zh: "\u6CA1\u6709\u54EA\u4E00\u6BB5\u5173\u7CFB\u80FD\u6EE1\u8DB3\u6240\u6709\u9700\u8981\uFF0C\u4ECE\u591A\u5904\u83B7\u5F97\u652F\u6301\uFF0C\u4E5F\u80FD\u4E3A\u8FD9\u6BB5\u5173\u7CFB\u51CF\u8F7B\u538B\u529B\u3002\u753B\u51FA\u8FD9\u5F20\u56FE\uFF0C\u8FD8\u4F1A\u63D0\u9192\u4F60\uFF1A\u4F60\u5E76\u4E0D\u5B64\u5355\u3002"
      },
      how: {
        en: "Draw yourself in the middle of a page. Around you, write the people (friends, family, colleagues, neighbours) and places (a caf\xE9, a park, a class, a faith or community group, a helpline) that help you feel supported, putting the closest ones nearest to you. Next to each, note what they offer: listening, practical help, fun or calm. Choose one to contact or visit this week.",
        zh: "\u5728\u4E00\u9875\u7EB8\u7684\u4E2D\u95F4\u753B\u4E0A\u4F60\u81EA\u5DF1\u3002\u5728\u5468\u56F4\u5199\u4E0B\u8BA9\u4F60\u611F\u5230\u88AB\u652F\u6301\u7684\u4EBA\uFF08\u670B\u53CB\u3001\u5BB6\u4EBA\u3001\u540C\u4E8B\u3001\u90BB\u5C45\uFF09\u548C\u5730\u65B9\uFF08\u4E00\u5BB6\u5496\u5561\u9986\u3001\u4E00\u5EA7\u516C\u56ED\u3001\u4E00\u95E8\u8BFE\u3001\u4E00\u4E2A\u4FE1\u4EF0\u6216\u793E\u533A\u56E2\u4F53\u3001\u4E00\u6761\u6C42\u52A9\u70ED\u7EBF\uFF09\uFF0C\u8D8A\u4EB2\u8FD1\u7684\u5199\u5F97\u79BB\u4F60\u8D8A\u8FD1\u3002\u5728\u6BCF\u4E00\u9879\u65C1\u8FB9\u5199\u4E0B\u5B83\u80FD\u7ED9\u4F60\u4EC0\u4E48\uFF1A\u503E\u542C\u3001\u5B9E\u9645\u5E2E\u52A9\u3001\u4E50\u8DA3\u6216\u5E73\u9759\u3002\u8FD9\u5468\u6311\u4E00\u4E2A\u53BB\u8054\u7CFB\uFF0C\u6216\u53BB\u8D70\u4E00\u8D70\u3002"
      },
      notice: {
        en: "You may feel a little less alone just looking at the map. Reaching out to one person or place this week, even briefly, is the sign to look for.",
        zh: "\u5149\u662F\u770B\u7740\u8FD9\u5F20\u56FE\uFF0C\u4F60\u53EF\u80FD\u5C31\u4F1A\u89C9\u5F97\u6CA1\u90A3\u4E48\u5B64\u5355\u4E86\u3002\u8FD9\u5468\u54EA\u6015\u53EA\u662F\u7B80\u77ED\u5730\u8054\u7CFB\u4E86\u4E00\u4E2A\u4EBA\u3001\u53BB\u4E86\u4E00\u4E2A\u5730\u65B9\uFF0C\u5C31\u662F\u503C\u5F97\u7559\u610F\u7684\u4FE1\u53F7\u3002"
      }
    },
    {
      id: "vis-miracle",
      stage: "vision",
      audience: "any",
      title: {
        en: "The miracle question",
        zh: "\u5947\u8FF9\u95EE\u9898"
      },
      why: {
        en: "Imagining the problem already solved helps you see what you really want, in everyday detail. Those details often turn out to be small things you can begin now.",
        zh: "\u60F3\u8C61\u95EE\u9898\u5DF2\u7ECF\u89E3\u51B3\uFF0C\u80FD\u5E2E\u4F60\u770B\u6E05\u81EA\u5DF1\u771F\u6B63\u60F3\u8981\u7684\u662F\u4EC0\u4E48\uFF0C\u800C\u4E14\u5177\u4F53\u5230\u65E5\u5E38\u7684\u7EC6\u8282\u3002\u8FD9\u4E9B\u7EC6\u8282\u5F80\u5F80\u662F\u73B0\u5728\u5C31\u80FD\u5F00\u59CB\u505A\u7684\u5C0F\u4E8B\u3002"
      },
      how: {
        en: "Tonight, imagine that while you sleep a kind of miracle happens and the difficulties you are facing are resolved, but you don\u2019t know it yet. Ask: \u201CWhen I wake up tomorrow, what is the first small sign that tells me things are better?\u201D Write down what you would see, hear and do, such as \u201CI\u2019d say good morning first\u201D or \u201CI\u2019d make coffee slowly and enjoy it,\u201D and what someone close to you might notice in you. If you are doing this together, share your answers without debating them.",
        zh: "\u4ECA\u665A\u60F3\u8C61\u4E00\u4E0B\uFF1A\u5728\u4F60\u7761\u7740\u7684\u65F6\u5019\uFF0C\u53D1\u751F\u4E86\u4E00\u4E2A\u5947\u8FF9\uFF0C\u4F60\u6B63\u9762\u5BF9\u7684\u56F0\u96BE\u90FD\u89E3\u51B3\u4E86\uFF0C\u4F46\u4F60\u8FD8\u4E0D\u77E5\u9053\u3002\u95EE\u95EE\u81EA\u5DF1\uFF1A\u201C\u660E\u5929\u65E9\u4E0A\u9192\u6765\uFF0C\u7B2C\u4E00\u4E2A\u544A\u8BC9\u6211\u60C5\u51B5\u53D8\u597D\u4E86\u7684\u5C0F\u8FF9\u8C61\u4F1A\u662F\u4EC0\u4E48\uFF1F\u201D\u5199\u4E0B\u4F60\u4F1A\u770B\u5230\u3001\u542C\u5230\u3001\u505A\u5230\u7684\u4E8B\uFF0C\u6BD4\u5982\u201C\u6211\u4F1A\u5148\u8BF4\u65E9\u5B89\u201D\u6216\u201C\u6211\u4F1A\u6162\u6162\u716E\u676F\u5496\u5561\uFF0C\u597D\u597D\u4EAB\u53D7\u5B83\u201D\uFF0C\u4EE5\u53CA\u8EAB\u8FB9\u4EB2\u8FD1\u7684\u4EBA\u53EF\u80FD\u4F1A\u5728\u4F60\u8EAB\u4E0A\u6CE8\u610F\u5230\u4EC0\u4E48\u3002\u5982\u679C\u4E24\u4EBA\u4E00\u8D77\u505A\uFF0C\u5C31\u5206\u4EAB\u5F7C\u6B64\u7684\u7B54\u6848\uFF0C\u4E0D\u53BB\u4E89\u8BBA\u3002"
      },
      notice: {
        en: "Notice whether any part of your miracle morning happens, even in a small way. Doing one piece of it yourself, on purpose, is a good sign.",
        zh: "\u7559\u610F\u4F60\u7684\u201C\u5947\u8FF9\u65E9\u6668\u201D\u6709\u6CA1\u6709\u54EA\u4E00\u90E8\u5206\u771F\u7684\u53D1\u751F\u4E86\uFF0C\u54EA\u6015\u53EA\u662F\u4E00\u70B9\u70B9\u3002\u4F60\u81EA\u5DF1\u6709\u610F\u53BB\u505A\u4E86\u5176\u4E2D\u7684\u4E00\u5C0F\u4EF6\u4E8B\uFF0C\u5C31\u662F\u597D\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "vis-scaling",
      stage: "vision",
      audience: "any",
      title: {
        en: "Where are you on a 1\u201310 scale?",
        zh: "\u4ECE 1 \u5230 10\uFF0C\u4F60\u5728\u54EA\u91CC\uFF1F"
      },
      why: {
        en: "A number makes progress visible and helps you notice what is already working. Looking just one step up, rather than at the top, keeps the next move small and doable.",
        zh: "\u4E00\u4E2A\u6570\u5B57\u80FD\u8BA9\u8FDB\u5C55\u53D8\u5F97\u770B\u5F97\u89C1\uFF0C\u4E5F\u80FD\u5E2E\u4F60\u53D1\u73B0\u54EA\u4E9B\u505A\u6CD5\u5DF2\u7ECF\u5728\u8D77\u4F5C\u7528\u3002\u53EA\u5F80\u4E0A\u770B\u4E00\u6B65\uFF0C\u800C\u4E0D\u662F\u76F4\u63A5\u76EF\u7740\u6EE1\u5206\uFF0C\u4E0B\u4E00\u6B65\u5C31\u4F1A\u5C0F\u800C\u53EF\u884C\u3002"
      },
      how: {
        en: "On a scale where 1 is the hardest it has been and 10 is how you would like things to be, you said {today}. Ask: \u201CWhat keeps it at {today} and not lower? What am I, or are we, already doing that helps?\u201D Then picture {next} on an ordinary Tuesday (or, if you are already at the top, a Tuesday that keeps it there): what would be one small sign, such as a warmer hello or a calmer talk about chores? Choose one thing you could do this week to move towards {next}.",
        zh: "\u5728\u8FD9\u4E2A\u91CF\u8868\u4E0A\uFF0C1 \u4EE3\u8868\u6700\u8270\u96BE\u7684\u65F6\u5019\uFF0C10 \u4EE3\u8868\u4F60\u5E0C\u671B\u7684\u6837\u5B50\uFF0C\u4F60\u7ED9\u51FA\u7684\u662F {today}\u3002\u95EE\u95EE\u81EA\u5DF1\uFF1A\u201C\u662F\u4EC0\u4E48\u8BA9\u5B83\u505C\u5728 {today}\uFF0C\u800C\u6CA1\u6709\u66F4\u4F4E\uFF1F\u6211\uFF08\u6216\u6211\u4EEC\uFF09\u5DF2\u7ECF\u5728\u505A\u54EA\u4E9B\u6709\u5E2E\u52A9\u7684\u4E8B\uFF1F\u201D\u7136\u540E\u60F3\u8C61\u4E00\u4E2A\u666E\u901A\u7684\u661F\u671F\u4E8C\u8FBE\u5230 {next} \u7684\u6837\u5B50\uFF08\u5982\u679C\u4F60\u5DF2\u7ECF\u5728\u6700\u9AD8\u5904\uFF0C\u5C31\u60F3\u8C61\u4E00\u4E2A\u8BA9\u5B83\u4FDD\u6301\u4E0B\u53BB\u7684\u661F\u671F\u4E8C\uFF09\uFF1A\u4F1A\u6709\u54EA\u4E00\u4E2A\u5C0F\u8FF9\u8C61\uFF0C\u6BD4\u5982\u4E00\u58F0\u66F4\u6E29\u6696\u7684\u62DB\u547C\uFF0C\u6216\u4E00\u6B21\u66F4\u5E73\u548C\u7684\u5BB6\u52A1\u5546\u91CF\uFF1F\u9009\u4E00\u4EF6\u8FD9\u5468\u4F60\u80FD\u505A\u7684\u4E8B\uFF0C\u671D {next} \u9760\u8FD1\u4E00\u6B65\u3002"
      },
      notice: {
        en: "Look for the small sign you named, even if it shows up only once. Scoring the week again and finding the same or a slightly higher number both mean you are holding steady or moving.",
        zh: "\u7559\u610F\u4F60\u8BF4\u51FA\u7684\u90A3\u4E2A\u5C0F\u8FF9\u8C61\uFF0C\u54EA\u6015\u5B83\u53EA\u51FA\u73B0\u4E86\u4E00\u6B21\u3002\u8FD9\u5468\u7ED3\u675F\u65F6\u518D\u6253\u4E00\u6B21\u5206\uFF0C\u5206\u6570\u6301\u5E73\u6216\u7565\u6709\u4E0A\u5347\uFF0C\u90FD\u8BF4\u660E\u4F60\u5728\u7A33\u4F4F\u6216\u5728\u524D\u8FDB\u3002"
      }
    },
    {
      id: "vis-shared-picture",
      stage: "vision",
      audience: "couple",
      title: {
        en: "Picture an ordinary good evening",
        zh: "\u63CF\u7ED8\u4E00\u4E2A\u5E73\u5E38\u7684\u7F8E\u597D\u591C\u665A"
      },
      why: {
        en: "Describing an ordinary good evening, rather than a perfect one, gives you both a shared and realistic goal. The overlaps show where you already want the same things.",
        zh: "\u63CF\u7ED8\u4E00\u4E2A\u5E73\u5E38\u7684\u7F8E\u597D\u591C\u665A\uFF0C\u800C\u4E0D\u662F\u5B8C\u7F8E\u7684\u591C\u665A\uFF0C\u80FD\u7ED9\u4F60\u4EEC\u4E00\u4E2A\u5171\u540C\u800C\u73B0\u5B9E\u7684\u76EE\u6807\u3002\u5F7C\u6B64\u91CD\u5408\u7684\u5730\u65B9\uFF0C\u4F1A\u8BA9\u4F60\u4EEC\u770B\u5230\u539F\u6765\u65E9\u5DF2\u60F3\u8981\u540C\u6837\u7684\u4E1C\u897F\u3002"
      },
      how: {
        en: "Separately, each write a few lines about an ordinary good evening together: what time you get home, what you eat, what you talk about, how you say goodnight. Then read them to each other and underline everything that appears in both, however small. Pick one overlap, such as \u201Ca walk after dinner,\u201D and agree when to try it this week.",
        zh: "\u4E24\u4EBA\u5404\u81EA\u5199\u51E0\u884C\u5B57\uFF0C\u63CF\u8FF0\u4E00\u4E2A\u5728\u4E00\u8D77\u7684\u5E73\u5E38\u7F8E\u597D\u591C\u665A\uFF1A\u51E0\u70B9\u5230\u5BB6\u3001\u5403\u4EC0\u4E48\u3001\u804A\u4EC0\u4E48\u3001\u600E\u4E48\u9053\u665A\u5B89\u3002\u7136\u540E\u8BFB\u7ED9\u5BF9\u65B9\u542C\uFF0C\u628A\u4E24\u4EBA\u90FD\u63D0\u5230\u7684\u5185\u5BB9\u753B\u51FA\u6765\uFF0C\u4E0D\u7BA1\u591A\u5C0F\u3002\u6311\u4E00\u4E2A\u91CD\u5408\u70B9\uFF0C\u6BD4\u5982\u201C\u665A\u996D\u540E\u6563\u6563\u6B65\u201D\uFF0C\u7EA6\u597D\u8FD9\u5468\u4EC0\u4E48\u65F6\u5019\u8BD5\u4E00\u8BD5\u3002"
      },
      notice: {
        en: "You may be surprised by how much you share. Trying the chosen piece once, and enjoying even part of it, is the sign to look for.",
        zh: "\u4F60\u4EEC\u53EF\u80FD\u4F1A\u60CA\u8BB6\u4E8E\u5F7C\u6B64\u6709\u8FD9\u4E48\u591A\u76F8\u540C\u7684\u671F\u5F85\u3002\u628A\u9009\u5B9A\u7684\u90A3\u4EF6\u4E8B\u8BD5\u4E0A\u4E00\u6B21\uFF0C\u54EA\u6015\u53EA\u4EAB\u53D7\u4E86\u5176\u4E2D\u4E00\u90E8\u5206\uFF0C\u5C31\u662F\u503C\u5F97\u7559\u610F\u7684\u4FE1\u53F7\u3002"
      }
    },
    {
      id: "exc-log",
      stage: "exceptions",
      audience: "any",
      title: {
        en: "Keep an exception log",
        zh: "\u8BB0\u5F55\u201C\u4F8B\u5916\u65F6\u523B\u201D"
      },
      why: {
        en: "Even in hard periods, there are times when the problem is absent or smaller. Looking closely at those times shows what already works, so you can do more of it.",
        zh: "\u5373\u4F7F\u5728\u8270\u96BE\u7684\u65F6\u671F\uFF0C\u4E5F\u603B\u6709\u95EE\u9898\u6CA1\u51FA\u73B0\u6216\u8F7B\u4E00\u4E9B\u7684\u65F6\u5019\u3002\u4ED4\u7EC6\u770B\u770B\u8FD9\u4E9B\u65F6\u523B\uFF0C\u5C31\u80FD\u53D1\u73B0\u54EA\u4E9B\u505A\u6CD5\u5DF2\u7ECF\u6709\u6548\uFF0C\u4ECE\u800C\u591A\u505A\u4E00\u4E9B\u3002"
      },
      how: {
        en: "Each evening for a week, write down one moment when the problem was absent or a little smaller. Note what was different: the time of day, where you were, how rested you felt, and who did what (\u201CI asked instead of assuming; they laughed\u201D). At the end of the week, look for patterns and choose one thing to repeat on purpose.",
        zh: "\u8FDE\u7EED\u4E00\u5468\uFF0C\u6BCF\u665A\u5199\u4E0B\u4E00\u4E2A\u95EE\u9898\u6CA1\u6709\u51FA\u73B0\u6216\u7A0D\u5FAE\u8F7B\u4E00\u70B9\u7684\u65F6\u523B\u3002\u8BB0\u4E0B\u5F53\u65F6\u6709\u4EC0\u4E48\u4E0D\u540C\uFF1A\u4E00\u5929\u4E2D\u7684\u4EC0\u4E48\u65F6\u5019\u3001\u5728\u54EA\u91CC\u3001\u7CBE\u795E\u72B6\u6001\u5982\u4F55\uFF0C\u4EE5\u53CA\u8C01\u505A\u4E86\u4EC0\u4E48\uFF08\u201C\u6211\u5F00\u53E3\u95EE\u4E86\uFF0C\u800C\u4E0D\u662F\u81EA\u5DF1\u731C\uFF1B\u5BF9\u65B9\u7B11\u4E86\u201D\uFF09\u3002\u5468\u672B\u770B\u770B\u6709\u6CA1\u6709\u89C4\u5F8B\uFF0C\u6311\u4E00\u4EF6\u4E8B\u6709\u610F\u5730\u518D\u505A\u4E00\u6B21\u3002"
      },
      notice: {
        en: "Finding exceptions more easily as the week goes on is itself a sign. You may also notice one happening again because you helped it along.",
        zh: "\u968F\u7740\u4E00\u5468\u8FC7\u53BB\uFF0C\u8D8A\u6765\u8D8A\u5BB9\u6613\u627E\u5230\u4F8B\u5916\u65F6\u523B\uFF0C\u8FD9\u672C\u8EAB\u5C31\u662F\u4E00\u4E2A\u8FF9\u8C61\u3002\u4F60\u4E5F\u8BB8\u8FD8\u4F1A\u53D1\u73B0\uFF0C\u56E0\u4E3A\u4F60\u7684\u63A8\u52A8\uFF0C\u67D0\u4E2A\u4F8B\u5916\u53C8\u4E00\u6B21\u53D1\u751F\u4E86\u3002"
      }
    },
    {
      id: "exc-better-disagreement",
      stage: "exceptions",
      audience: "couple",
      title: {
        en: "Recall a disagreement that went better",
        zh: "\u56DE\u60F3\u4E00\u6B21\u597D\u4E00\u4E9B\u7684\u5206\u6B67"
      },
      why: {
        en: "Most couples have had disagreements that went a little better than usual, and those hold clues about what works for you. Focusing on what each of you did well builds goodwill.",
        zh: "\u5927\u591A\u6570\u4F34\u4FA3\u90FD\u6709\u8FC7\u6BD4\u5E73\u65F6\u987A\u5229\u4E00\u70B9\u7684\u5206\u6B67\uFF0C\u5176\u4E2D\u85CF\u7740\u9002\u5408\u4F60\u4EEC\u7684\u7EBF\u7D22\u3002\u5173\u6CE8\u5F7C\u6B64\u505A\u5F97\u597D\u7684\u5730\u65B9\uFF0C\u80FD\u79EF\u7D2F\u5584\u610F\u3002"
      },
      how: {
        en: "Together, pick one disagreement that went even slightly better than usual. Each of you names one thing you did differently and one thing the other did that helped, for example \u201CYou lowered your voice\u201D or \u201CI asked a question instead of arguing back.\u201D Don\u2019t reopen the topic itself; stay with how the conversation went. Agree on one of these moves to try again next time.",
        zh: "\u4E24\u4EBA\u4E00\u8D77\u6311\u51FA\u4E00\u6B21\u6BD4\u5E73\u65F6\u7A0D\u5FAE\u987A\u5229\u4E00\u70B9\u7684\u5206\u6B67\u3002\u6BCF\u4EBA\u8BF4\u51FA\u4E00\u4EF6\u81EA\u5DF1\u505A\u5F97\u4E0D\u4E00\u6837\u7684\u4E8B\uFF0C\u4EE5\u53CA\u4E00\u4EF6\u5BF9\u65B9\u505A\u4E86\u3001\u5BF9\u5C40\u9762\u6709\u5E2E\u52A9\u7684\u4E8B\uFF0C\u6BD4\u5982\u201C\u4F60\u653E\u4F4E\u4E86\u58F0\u97F3\u201D\u6216\u201C\u6211\u63D0\u4E86\u4E2A\u95EE\u9898\uFF0C\u800C\u4E0D\u662F\u53CD\u9A73\u201D\u3002\u4E0D\u8981\u91CD\u65B0\u8BA8\u8BBA\u90A3\u4EF6\u4E8B\u672C\u8EAB\uFF0C\u53EA\u8C08\u5F53\u65F6\u7684\u5BF9\u8BDD\u662F\u600E\u4E48\u8FDB\u884C\u7684\u3002\u7EA6\u5B9A\u4E0B\u6B21\u518D\u8BD5\u5176\u4E2D\u7684\u4E00\u62DB\u3002"
      },
      notice: {
        en: "Notice whether either of you smiles or relaxes on hearing what the other appreciated. Using one of these moves in the next disagreement, even briefly, is progress.",
        zh: "\u7559\u610F\u5728\u542C\u5230\u5BF9\u65B9\u6B23\u8D4F\u81EA\u5DF1\u7684\u5730\u65B9\u65F6\uFF0C\u4F60\u4EEC\u662F\u5426\u6709\u4EBA\u7B11\u4E86\u6216\u653E\u677E\u4E0B\u6765\u3002\u4E0B\u4E00\u6B21\u6709\u5206\u6B67\u65F6\uFF0C\u54EA\u6015\u53EA\u662F\u77ED\u6682\u5730\u7528\u4E0A\u5176\u4E2D\u4E00\u62DB\uFF0C\u4E5F\u662F\u8FDB\u6B65\u3002"
      }
    },
    {
      id: "exc-steady-moments",
      stage: "exceptions",
      audience: "individual",
      title: {
        en: "Notice when you feel like yourself",
        zh: "\u7559\u610F\u90A3\u4E9B\u50CF\u81EA\u5DF1\u7684\u65F6\u523B"
      },
      why: {
        en: "Moments of feeling steady and like yourself show what nourishes you, whatever is happening in the relationship. Knowing what helps makes those moments easier to return to.",
        zh: "\u611F\u5230\u5B89\u7A33\u3001\u50CF\u81EA\u5DF1\u7684\u65F6\u523B\uFF0C\u80FD\u8BA9\u4F60\u770B\u5230\u662F\u4EC0\u4E48\u5728\u6ECB\u517B\u4F60\uFF0C\u65E0\u8BBA\u8FD9\u6BB5\u5173\u7CFB\u6B63\u5728\u7ECF\u5386\u4EC0\u4E48\u3002\u77E5\u9053\u4EC0\u4E48\u5BF9\u4F60\u6709\u5E2E\u52A9\uFF0C\u5C31\u66F4\u5BB9\u6613\u56DE\u5230\u90A3\u6837\u7684\u72B6\u6001\u3002"
      },
      how: {
        en: "For the next week, pause once a day and ask: \u201CWhen today did I feel most steady and most like myself?\u201D Write down the moment and what helped: where you were, who you were with, what you were doing, perhaps cooking, walking or chatting with a friend. At the end of the week, choose one of these helpers to build into your days on purpose.",
        zh: "\u63A5\u4E0B\u6765\u4E00\u5468\uFF0C\u6BCF\u5929\u505C\u4E0B\u6765\u4E00\u6B21\uFF0C\u95EE\u95EE\u81EA\u5DF1\uFF1A\u201C\u4ECA\u5929\u4EC0\u4E48\u65F6\u5019\uFF0C\u6211\u611F\u89C9\u6700\u5B89\u7A33\u3001\u6700\u50CF\u81EA\u5DF1\uFF1F\u201D\u5199\u4E0B\u90A3\u4E2A\u65F6\u523B\uFF0C\u4EE5\u53CA\u662F\u4EC0\u4E48\u5728\u5E2E\u4F60\uFF1A\u5728\u54EA\u91CC\u3001\u548C\u8C01\u5728\u4E00\u8D77\u3001\u5728\u505A\u4EC0\u4E48\uFF0C\u4E5F\u8BB8\u662F\u505A\u996D\u3001\u6563\u6B65\uFF0C\u6216\u8005\u548C\u670B\u53CB\u804A\u5929\u3002\u5468\u672B\u4ECE\u4E2D\u6311\u4E00\u4E2A\u6709\u5E2E\u52A9\u7684\u56E0\u7D20\uFF0C\u6709\u610F\u8BC6\u5730\u628A\u5B83\u5B89\u6392\u8FDB\u65E5\u5E38\u3002"
      },
      notice: {
        en: "You may notice these moments more often, or recognise one while it is happening. Feeling a bit more like yourself on a tense day is a strong sign.",
        zh: "\u4F60\u53EF\u80FD\u4F1A\u66F4\u5E38\u6CE8\u610F\u5230\u8FD9\u6837\u7684\u65F6\u523B\uFF0C\u751A\u81F3\u5728\u5B83\u53D1\u751F\u65F6\u5C31\u8BA4\u51FA\u6765\u3002\u5728\u7D27\u5F20\u7684\u4E00\u5929\u91CC\u4F9D\u7136\u89C9\u5F97\u66F4\u50CF\u81EA\u5DF1\u4E00\u70B9\uFF0C\u5C31\u662F\u5F88\u6709\u529B\u7684\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "act-reassurance-ritual",
      stage: "action",
      audience: "couple",
      title: {
        en: "A short goodbye-and-reconnect ritual",
        zh: "\u5206\u5F00\u524D\u7684\u5C0F\u5C0F\u5B89\u5FC3\u4EEA\u5F0F"
      },
      why: {
        en: "When one of you tends to worry during time apart, a predictable goodbye and a promised time to reconnect can settle that worry. It gives you both a simple, reliable rhythm instead of repeated checking.",
        zh: "\u5F53\u4E00\u65B9\u5728\u5206\u5F00\u65F6\u5BB9\u6613\u62C5\u5FC3\uFF0C\u4E00\u4E2A\u56FA\u5B9A\u7684\u544A\u522B\u65B9\u5F0F\u548C\u7EA6\u597D\u7684\u8054\u7CFB\u65F6\u95F4\uFF0C\u80FD\u8BA9\u8FD9\u4EFD\u62C5\u5FC3\u5B89\u5B9A\u4E0B\u6765\u3002\u5B83\u7ED9\u4F60\u4EEC\u4E00\u4E2A\u7B80\u5355\u53EF\u9760\u7684\u8282\u594F\uFF0C\u800C\u4E0D\u5FC5\u53CD\u590D\u786E\u8BA4\u3002"
      },
      how: {
        en: "Together, agree on a short ritual for when you part, such as a hug and \u201CSee you tonight, I\u2019ll text you at lunch.\u201D Keep it brief and the same each time, and whoever promised the message keeps to it, even if it is just \u201CThinking of you.\u201D If you are the one who worries, use your self-soothing kit between contacts rather than sending extra messages. After a week, review it together and adjust the timing if needed.",
        zh: "\u4E24\u4EBA\u4E00\u8D77\u5546\u91CF\u4E00\u4E2A\u5206\u5F00\u65F6\u7684\u5C0F\u4EEA\u5F0F\uFF0C\u6BD4\u5982\u62E5\u62B1\u4E00\u4E0B\uFF0C\u518D\u8BF4\u4E00\u53E5\u201C\u665A\u4E0A\u89C1\uFF0C\u4E2D\u5348\u6211\u7ED9\u4F60\u53D1\u6D88\u606F\u201D\u3002\u6BCF\u6B21\u90FD\u7B80\u77ED\u3001\u4E00\u81F4\uFF0C\u7B54\u5E94\u53D1\u6D88\u606F\u7684\u4E00\u65B9\u8981\u5B88\u7EA6\uFF0C\u54EA\u6015\u53EA\u662F\u4E00\u53E5\u201C\u5728\u60F3\u4F60\u201D\u3002\u5982\u679C\u4F60\u662F\u5BB9\u6613\u62C5\u5FC3\u7684\u90A3\u4E00\u65B9\uFF0C\u5728\u4E24\u6B21\u8054\u7CFB\u4E4B\u95F4\u7528\u4E0A\u81EA\u5DF1\u7684\u5B89\u629A\u5DE5\u5177\u5305\uFF0C\u800C\u4E0D\u662F\u591A\u53D1\u6D88\u606F\u3002\u4E00\u5468\u540E\u4E00\u8D77\u56DE\u987E\uFF0C\u9700\u8981\u7684\u8BDD\u518D\u8C03\u6574\u65F6\u95F4\u3002"
      },
      notice: {
        en: "Look for calmer goodbyes and fewer anxious messages in between. Either of you saying \u201CThat helped\u201D is a clear sign.",
        zh: "\u7559\u610F\u544A\u522B\u662F\u5426\u66F4\u5E73\u9759\uFF0C\u4E2D\u95F4\u7126\u8651\u7684\u6D88\u606F\u662F\u5426\u53D8\u5C11\u4E86\u3002\u4EFB\u4F55\u4E00\u65B9\u8BF4\u4E00\u53E5\u201C\u8FD9\u6837\u633A\u6709\u7528\u201D\uFF0C\u5C31\u662F\u6E05\u6670\u7684\u4FE1\u53F7\u3002"
      }
    },
    {
      id: "act-time-out",
      stage: "action",
      audience: "couple",
      title: {
        en: "Take a time-out, then come back",
        zh: "\u6682\u505C\u4E00\u4E0B\uFF0C\u518D\u56DE\u6765"
      },
      why: {
        en: "If you tend to go quiet or leave when things get heated, a planned time-out lets you calm down without your partner feeling abandoned. Coming back as promised is what turns stepping away into a pause.",
        zh: "\u5982\u679C\u4E89\u6267\u5347\u6E29\u65F6\u4F60\u5BB9\u6613\u6C89\u9ED8\u6216\u79BB\u5F00\uFF0C\u4E00\u6B21\u6709\u8BA1\u5212\u7684\u6682\u505C\uFF0C\u80FD\u8BA9\u4F60\u51B7\u9759\u4E0B\u6765\uFF0C\u53C8\u4E0D\u4F1A\u8BA9\u4F34\u4FA3\u89C9\u5F97\u88AB\u629B\u4E0B\u3002\u6309\u7EA6\u5B9A\u56DE\u6765\uFF0C\u624D\u8BA9\u8D70\u5F00\u53D8\u6210\u4E86\u6682\u505C\u3002"
      },
      how: {
        en: "When you notice yourself shutting down, use your pause signal and say something like \u201CI need about 20 minutes to calm down; I\u2019ll be back by 8:30.\u201D Spend those 20\u201330 minutes doing something soothing, such as walking, breathing slowly or drinking some water, rather than replaying the argument in your head. Come back at the time you said, even if only to say, \u201CI\u2019m still settling. Can we talk after dinner?\u201D",
        zh: "\u5F53\u4F60\u5BDF\u89C9\u81EA\u5DF1\u5FEB\u8981\u5C01\u95ED\u8D77\u6765\u65F6\uFF0C\u7528\u4E0A\u4F60\u4EEC\u7684\u6682\u505C\u4FE1\u53F7\uFF0C\u8BF4\u7C7B\u4F3C\u8FD9\u6837\u7684\u8BDD\uFF1A\u201C\u6211\u9700\u8981 20 \u5206\u949F\u5DE6\u53F3\u51B7\u9759\u4E00\u4E0B\uFF0C\u516B\u70B9\u534A\u4E4B\u524D\u56DE\u6765\u3002\u201D\u7528\u8FD9 20 \u5230 30 \u5206\u949F\u505A\u4E9B\u8BA9\u81EA\u5DF1\u5E73\u9759\u7684\u4E8B\uFF0C\u6BD4\u5982\u6563\u6B65\u3001\u6162\u6162\u547C\u5438\u6216\u559D\u70B9\u6C34\uFF0C\u800C\u4E0D\u662F\u5728\u8111\u5B50\u91CC\u53CD\u590D\u56DE\u653E\u4E89\u5435\u3002\u5230\u4E86\u8BF4\u597D\u7684\u65F6\u95F4\u5C31\u56DE\u6765\uFF0C\u54EA\u6015\u53EA\u662F\u8BF4\u4E00\u53E5\uFF1A\u201C\u6211\u8FD8\u5728\u5E73\u590D\uFF0C\u6211\u4EEC\u665A\u996D\u540E\u518D\u8C08\u597D\u5417\uFF1F\u201D"
      },
      notice: {
        en: "Notice whether the conversation feels calmer when you return. Your partner waiting more patiently over time shows that trust is growing.",
        zh: "\u7559\u610F\u4F60\u56DE\u6765\u4E4B\u540E\uFF0C\u5BF9\u8BDD\u662F\u5426\u6BD4\u4E4B\u524D\u5E73\u548C\u3002\u968F\u7740\u65F6\u95F4\u63A8\u79FB\uFF0C\u4F34\u4FA3\u80FD\u66F4\u8010\u5FC3\u5730\u7B49\u5F85\uFF0C\u8BF4\u660E\u4FE1\u4EFB\u5728\u589E\u957F\u3002"
      }
    },
    {
      id: "act-kind-gesture",
      stage: "action",
      audience: "couple",
      title: {
        en: "One small kind gesture a day",
        zh: "\u6BCF\u5929\u4E00\u4E2A\u5C0F\u5C0F\u7684\u5584\u610F\u4E3E\u52A8"
      },
      why: {
        en: "When silence has become a habit, words can feel hard, but a small kind act can say \u201CI\u2019m still here.\u201D Small gestures reopen the door without needing a big conversation.",
        zh: "\u5F53\u6C89\u9ED8\u6210\u4E86\u4E60\u60EF\uFF0C\u5F00\u53E3\u53EF\u80FD\u5F88\u96BE\uFF0C\u4F46\u4E00\u4E2A\u5C0F\u5C0F\u7684\u5584\u610F\u4E3E\u52A8\u5C31\u80FD\u4F20\u8FBE\u201C\u6211\u8FD8\u5728\u201D\u3002\u5C0F\u4E3E\u52A8\u80FD\u91CD\u65B0\u6253\u5F00\u4E00\u6247\u95E8\uFF0C\u800C\u4E0D\u9700\u8981\u4E00\u573A\u90D1\u91CD\u7684\u8C08\u8BDD\u3002"
      },
      how: {
        en: "Each day, do one small kind thing for your partner: make them a cup of tea, leave a short note, ask about their day, or take over a chore. Keep it simple and expect nothing in return. If you have gone quiet after an argument, a gesture plus a few words, such as \u201CI\u2019m not ready to talk yet, but I\u2019m not going anywhere,\u201D can ease the silence.",
        zh: "\u6BCF\u5929\u4E3A\u4F34\u4FA3\u505A\u4E00\u4EF6\u5C0F\u5C0F\u7684\u5584\u610F\u4E4B\u4E8B\uFF1A\u6CE1\u4E00\u676F\u8336\u3001\u7559\u4E00\u5F20\u4FBF\u6761\u3001\u95EE\u95EE\u5BF9\u65B9\u4ECA\u5929\u8FC7\u5F97\u600E\u6837\uFF0C\u6216\u8005\u4E3B\u52A8\u627F\u62C5\u4E00\u9879\u5BB6\u52A1\u3002\u4FDD\u6301\u7B80\u5355\uFF0C\u4E0D\u6C42\u56DE\u62A5\u3002\u5982\u679C\u4E89\u6267\u540E\u4F60\u4E00\u76F4\u6C89\u9ED8\uFF0C\u4E00\u4E2A\u4E3E\u52A8\u52A0\u4E0A\u51E0\u53E5\u8BDD\uFF0C\u6BD4\u5982\u201C\u6211\u8FD8\u6CA1\u51C6\u5907\u597D\u8C08\uFF0C\u4F46\u6211\u4E0D\u4F1A\u8D70\u5F00\u201D\uFF0C\u80FD\u8BA9\u6C89\u9ED8\u4E0D\u518D\u90A3\u4E48\u6C89\u91CD\u3002"
      },
      notice: {
        en: "Watch for a softer look, a thank-you or a small gesture in return. Finding it a little easier to break a silence yourself is also a sign.",
        zh: "\u7559\u610F\u5BF9\u65B9\u7684\u773C\u795E\u662F\u5426\u67D4\u548C\u4E86\u3001\u6709\u6CA1\u6709\u8BF4\u58F0\u8C22\u8C22\uFF0C\u6216\u56DE\u4EE5\u4E00\u4E2A\u5C0F\u4E3E\u52A8\u3002\u4F60\u81EA\u5DF1\u53D1\u73B0\u6253\u7834\u6C89\u9ED8\u53D8\u5F97\u5BB9\u6613\u4E86\u4E00\u4E9B\uFF0C\u4E5F\u662F\u4E00\u4E2A\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "act-soft-start",
      stage: "action",
      audience: "couple",
      title: {
        en: "Start a complaint softly",
        zh: "\u6E29\u548C\u5730\u8BF4\u51FA\u4E0D\u6EE1"
      },
      why: {
        en: "How a conversation begins often shapes how it ends. Describing one behaviour and your feeling, rather than criticising who your partner is, makes it easier for them to hear you and respond.",
        zh: "\u4E00\u573A\u5BF9\u8BDD\u600E\u4E48\u5F00\u59CB\uFF0C\u5F80\u5F80\u51B3\u5B9A\u4E86\u5B83\u600E\u4E48\u7ED3\u675F\u3002\u63CF\u8FF0\u4E00\u4E2A\u5177\u4F53\u7684\u884C\u4E3A\u548C\u4F60\u7684\u611F\u53D7\uFF0C\u800C\u4E0D\u662F\u6279\u8BC4\u5BF9\u65B9\u8FD9\u4E2A\u4EBA\uFF0C\u80FD\u8BA9\u5BF9\u65B9\u66F4\u5BB9\u6613\u542C\u8FDB\u53BB\u3001\u4F5C\u51FA\u56DE\u5E94\u3002"
      },
      how: {
        en: "Before raising a complaint, take a breath and shape it in three parts: the behaviour, your feeling, one request. For example: \u201CWhen the dishes are left overnight, I feel tired and alone with it. Could we do them together after dinner?\u201D Avoid \u201Calways\u201D and \u201Cnever\u201D, and keep to one issue at a time. If it comes out harshly, it is fine to stop and start again: \u201CLet me say that more gently.\u201D",
        zh: "\u8BF4\u51FA\u4E0D\u6EE1\u4E4B\u524D\uFF0C\u5148\u6DF1\u547C\u5438\uFF0C\u628A\u8BDD\u5206\u6210\u4E09\u90E8\u5206\uFF1A\u5177\u4F53\u884C\u4E3A\u3001\u4F60\u7684\u611F\u53D7\u3001\u4E00\u4E2A\u8BF7\u6C42\u3002\u6BD4\u5982\uFF1A\u201C\u7897\u653E\u5230\u7B2C\u4E8C\u5929\u8FD8\u6CA1\u6D17\u7684\u65F6\u5019\uFF0C\u6211\u89C9\u5F97\u5F88\u7D2F\uFF0C\u50CF\u662F\u53EA\u6709\u6211\u4E00\u4E2A\u4EBA\u5728\u64CD\u5FC3\u3002\u6211\u4EEC\u665A\u996D\u540E\u4E00\u8D77\u6D17\u597D\u5417\uFF1F\u201D\u907F\u514D\u7528\u201C\u603B\u662F\u201D\u201C\u4ECE\u6765\u4E0D\u201D\u8FD9\u6837\u7684\u5B57\u773C\uFF0C\u4E00\u6B21\u53EA\u8C08\u4E00\u4EF6\u4E8B\u3002\u5982\u679C\u8BDD\u8BF4\u91CD\u4E86\uFF0C\u53EF\u4EE5\u505C\u4E0B\u6765\u91CD\u65B0\u5F00\u59CB\uFF1A\u201C\u8BA9\u6211\u6362\u4E2A\u6E29\u548C\u4E00\u70B9\u7684\u8BF4\u6CD5\u3002\u201D"
      },
      notice: {
        en: "Notice whether your partner listens for longer or answers the request instead of defending themselves. A conversation that stays calm a few minutes longer than usual is progress.",
        zh: "\u7559\u610F\u4F34\u4FA3\u662F\u5426\u542C\u5F97\u66F4\u4E45\u4E86\uFF0C\u6216\u8005\u76F4\u63A5\u56DE\u5E94\u4F60\u7684\u8BF7\u6C42\uFF0C\u800C\u4E0D\u662F\u6025\u7740\u4E3A\u81EA\u5DF1\u8FA9\u62A4\u3002\u5BF9\u8BDD\u6BD4\u5E73\u65F6\u591A\u4FDD\u6301\u5E73\u548C\u51E0\u5206\u949F\uFF0C\u5C31\u662F\u8FDB\u6B65\u3002"
      }
    },
    {
      id: "act-own-part",
      stage: "action",
      audience: "couple",
      title: {
        en: "Own one small part, without \u201Cbut\u201D",
        zh: "\u627F\u8BA4\u81EA\u5DF1\u7684\u4E00\u5C0F\u90E8\u5206\uFF0C\u4E0D\u52A0\u201C\u4F46\u662F\u201D"
      },
      why: {
        en: "When we feel blamed, defending ourselves is natural, but it often makes the other person push harder. Accepting even a small part of the problem shows you are listening and usually lowers the tension.",
        zh: "\u611F\u5230\u88AB\u6307\u8D23\u65F6\uFF0C\u4E3A\u81EA\u5DF1\u8FA9\u62A4\u662F\u5F88\u81EA\u7136\u7684\u53CD\u5E94\uFF0C\u4F46\u8FD9\u5F80\u5F80\u8BA9\u5BF9\u65B9\u66F4\u7528\u529B\u5730\u575A\u6301\u3002\u54EA\u6015\u53EA\u627F\u8BA4\u95EE\u9898\u4E2D\u7684\u4E00\u5C0F\u90E8\u5206\uFF0C\u4E5F\u80FD\u8868\u660E\u4F60\u5728\u503E\u542C\uFF0C\u7D27\u5F20\u7684\u6C14\u6C1B\u901A\u5E38\u4E5F\u4F1A\u7F13\u548C\u4E0B\u6765\u3002"
      },
      how: {
        en: "When your partner raises a complaint, look for one part, however small, that is fair. Say it plainly and stop there: \u201CYou\u2019re right, I did forget to call back,\u201D or \u201CI can see I was short with you this morning.\u201D Leave out the \u201Cbut\u201D and your reasons for now; there will be time for your side later. If you need a moment first, say, \u201CGive me a second, I want to answer fairly.\u201D",
        zh: "\u5F53\u4F34\u4FA3\u8BF4\u51FA\u4E0D\u6EE1\u65F6\uFF0C\u627E\u51FA\u5176\u4E2D\u54EA\u6015\u4E00\u5C0F\u90E8\u5206\u5408\u7406\u7684\u5730\u65B9\u3002\u76F4\u63A5\u8BF4\u51FA\u6765\uFF0C\u7136\u540E\u5C31\u505C\u5728\u90A3\u91CC\uFF1A\u201C\u4F60\u8BF4\u5F97\u5BF9\uFF0C\u6211\u786E\u5B9E\u5FD8\u4E86\u56DE\u7535\u8BDD\u3002\u201D\u6216\u8005\uFF1A\u201C\u6211\u770B\u5F97\u51FA\u6765\uFF0C\u4ECA\u5929\u65E9\u4E0A\u6211\u5BF9\u4F60\u4E0D\u592A\u8010\u70E6\u3002\u201D\u5148\u4E0D\u52A0\u201C\u4F46\u662F\u201D\uFF0C\u4E5F\u5148\u4E0D\u89E3\u91CA\u539F\u56E0\uFF1B\u4F60\u7684\u60F3\u6CD5\u4E4B\u540E\u8FD8\u6709\u673A\u4F1A\u8BF4\u3002\u5982\u679C\u9700\u8981\u5148\u7F13\u4E00\u7F13\uFF0C\u53EF\u4EE5\u8BF4\uFF1A\u201C\u7ED9\u6211\u4E00\u70B9\u65F6\u95F4\uFF0C\u6211\u60F3\u516C\u5E73\u5730\u56DE\u5E94\u4F60\u3002\u201D"
      },
      notice: {
        en: "Notice whether your partner\u2019s tone softens after you own your part. Saying it once without adding \u201Cbut\u201D is already a success.",
        zh: "\u7559\u610F\u4F60\u627F\u8BA4\u4E86\u81EA\u5DF1\u7684\u90E8\u5206\u4E4B\u540E\uFF0C\u4F34\u4FA3\u7684\u8BED\u6C14\u662F\u5426\u7F13\u548C\u4E86\u3002\u54EA\u6015\u53EA\u6709\u4E00\u6B21\u6CA1\u6709\u52A0\u4E0A\u201C\u4F46\u662F\u201D\uFF0C\u5C31\u5DF2\u7ECF\u662F\u6210\u529F\u3002"
      }
    },
    {
      id: "act-self-kindness",
      stage: "action",
      audience: "individual",
      title: {
        en: "One minute of self-kindness a day",
        zh: "\u6BCF\u5929\u4E00\u5206\u949F\uFF0C\u5584\u5F85\u81EA\u5DF1"
      },
      why: {
        en: "Relationship strain often brings harsh self-talk, which drains energy you need. Speaking to yourself as you would to a good friend helps you feel steadier and choose more wisely.",
        zh: "\u5173\u7CFB\u7D27\u5F20\u65F6\uFF0C\u4EBA\u5E38\u5E38\u5BF9\u81EA\u5DF1\u8BF4\u5F88\u82DB\u523B\u7684\u8BDD\uFF0C\u8FD9\u4F1A\u8017\u6389\u4F60\u9700\u8981\u7684\u529B\u6C14\u3002\u50CF\u5BF9\u5F85\u597D\u670B\u53CB\u90A3\u6837\u8DDF\u81EA\u5DF1\u8BF4\u8BDD\uFF0C\u80FD\u8BA9\u4F60\u66F4\u5B89\u5B9A\uFF0C\u4E5F\u66F4\u80FD\u505A\u51FA\u660E\u667A\u7684\u9009\u62E9\u3002"
      },
      how: {
        en: "Once a day, take one minute, perhaps with a hand on your chest. Name what is hard (\u201CThis is a painful time\u201D), remind yourself you are not alone in it (\u201CMany people go through hard times in love\u201D), and say one kind thing you would say to a friend (\u201CYou\u2019re doing your best; go gently\u201D). A daily reminder on your phone can help you remember.",
        zh: "\u6BCF\u5929\u82B1\u4E00\u5206\u949F\uFF0C\u53EF\u4EE5\u628A\u4E00\u53EA\u624B\u653E\u5728\u80F8\u53E3\u3002\u8BF4\u51FA\u6B64\u523B\u7684\u96BE\u5904\uFF08\u201C\u8FD9\u662F\u4E00\u6BB5\u96BE\u71AC\u7684\u65E5\u5B50\u201D\uFF09\uFF0C\u63D0\u9192\u81EA\u5DF1\u5E76\u4E0D\u5B64\u5355\uFF08\u201C\u5F88\u591A\u4EBA\u5728\u611F\u60C5\u91CC\u90FD\u7ECF\u5386\u8FC7\u8270\u96BE\u7684\u65F6\u5019\u201D\uFF09\uFF0C\u518D\u5BF9\u81EA\u5DF1\u8BF4\u4E00\u53E5\u4F60\u4F1A\u5BF9\u670B\u53CB\u8BF4\u7684\u4F53\u8D34\u8BDD\uFF08\u201C\u4F60\u5DF2\u7ECF\u5C3D\u529B\u4E86\uFF0C\u5BF9\u81EA\u5DF1\u6E29\u67D4\u4E00\u70B9\u201D\uFF09\u3002\u5728\u624B\u673A\u4E0A\u8BBE\u4E00\u4E2A\u6BCF\u65E5\u63D0\u9192\uFF0C\u80FD\u5E2E\u4F60\u8BB0\u5F97\u53BB\u505A\u3002"
      },
      notice: {
        en: "You may catch a harsh thought sooner, or answer it more kindly. A slight easing in your chest or shoulders during that minute is a good sign.",
        zh: "\u4F60\u53EF\u80FD\u4F1A\u66F4\u65E9\u5BDF\u89C9\u5230\u82DB\u8D23\u81EA\u5DF1\u7684\u5FF5\u5934\uFF0C\u6216\u8005\u7528\u66F4\u6E29\u548C\u7684\u65B9\u5F0F\u56DE\u5E94\u5B83\u3002\u5728\u8FD9\u4E00\u5206\u949F\u91CC\uFF0C\u80F8\u53E3\u6216\u80A9\u8180\u7A0D\u5FAE\u677E\u4E0B\u6765\uFF0C\u5C31\u662F\u597D\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "act-own-step",
      stage: "action",
      audience: "individual",
      title: {
        en: "One small step for yourself each day",
        zh: "\u6BCF\u5929\u4E3A\u81EA\u5DF1\u8FC8\u51FA\u4E00\u5C0F\u6B65"
      },
      why: {
        en: "Change often starts with what you can do for yourself, whatever is happening around you. Small, chosen steps rebuild a sense that your days are partly yours.",
        zh: "\u6539\u53D8\u5E38\u5E38\u4ECE\u4F60\u80FD\u4E3A\u81EA\u5DF1\u505A\u7684\u4E8B\u5F00\u59CB\uFF0C\u65E0\u8BBA\u8EAB\u8FB9\u6B63\u5728\u53D1\u751F\u4EC0\u4E48\u3002\u4E00\u4E2A\u4E2A\u81EA\u5DF1\u9009\u62E9\u7684\u5C0F\u6B65\u9AA4\uFF0C\u4F1A\u6162\u6162\u627E\u56DE\u201C\u6211\u7684\u65E5\u5B50\u6709\u4E00\u90E8\u5206\u7531\u6211\u51B3\u5B9A\u201D\u7684\u611F\u89C9\u3002"
      },
      how: {
        en: "Each morning, pick one step small enough to finish in ten minutes: a short walk, a message to a friend, a page of a book, a meal you enjoy. Write it down. In the evening, tick it off or simply note what got in the way, without judging yourself.",
        zh: "\u6BCF\u5929\u65E9\u4E0A\u9009\u4E00\u4EF6\u5341\u5206\u949F\u5185\u5C31\u80FD\u5B8C\u6210\u7684\u5C0F\u4E8B\uFF1A\u6563\u4E00\u5C0F\u6BB5\u6B65\u3001\u7ED9\u670B\u53CB\u53D1\u4E00\u6761\u6D88\u606F\u3001\u8BFB\u4E00\u9875\u4E66\u3001\u5403\u4E00\u987F\u81EA\u5DF1\u559C\u6B22\u7684\u996D\u3002\u628A\u5B83\u5199\u4E0B\u6765\u3002\u665A\u4E0A\u5B8C\u6210\u4E86\u5C31\u6253\u4E2A\u52FE\uFF0C\u6CA1\u5B8C\u6210\u5C31\u7B80\u5355\u8BB0\u4E0B\u662F\u4EC0\u4E48\u6321\u4F4F\u4E86\u4F60\uFF0C\u4E0D\u5FC5\u8D23\u5907\u81EA\u5DF1\u3002"
      },
      notice: {
        en: "You find yourself looking forward to the day's step, or you notice a moment in the day that felt like your own.",
        zh: "\u4F60\u5F00\u59CB\u671F\u5F85\u5F53\u5929\u7684\u90A3\u4E00\u5C0F\u6B65\uFF0C\u6216\u8005\u53D1\u73B0\u4E00\u5929\u91CC\u6709\u67D0\u4E2A\u65F6\u523B\uFF0C\u771F\u6B63\u5C5E\u4E8E\u4F60\u81EA\u5DF1\u3002"
      }
    },
    {
      id: "con-checkin",
      stage: "consolidation",
      audience: "couple",
      title: {
        en: "A weekly 15-minute check-in",
        zh: "\u6BCF\u5468 15 \u5206\u949F\u7684\u4EA4\u6D41\u65F6\u95F4"
      },
      why: {
        en: "A short, regular check-in keeps small issues small and makes room to notice what is going well. Knowing there is a set time to talk also makes everyday moments less tense.",
        zh: "\u5B9A\u671F\u7684\u7B80\u77ED\u4EA4\u6D41\uFF0C\u80FD\u8BA9\u5C0F\u95EE\u9898\u505C\u7559\u5728\u5C0F\u8303\u56F4\u5185\uFF0C\u4E5F\u4E3A\u7559\u610F\u8FDB\u5C55\u7559\u51FA\u7A7A\u95F4\u3002\u77E5\u9053\u6709\u56FA\u5B9A\u7684\u65F6\u95F4\u53EF\u4EE5\u8C08\uFF0C\u65E5\u5E38\u76F8\u5904\u4E5F\u4F1A\u5C11\u4E9B\u7D27\u5F20\u3002"
      },
      how: {
        en: "Choose a regular time each week and set a timer for 15 minutes. Go through three questions in order: \u201CWhat went well between us this week?\u201D, \u201CWhat is one thing we\u2019d like to adjust?\u201D and \u201CWhat is one plan for the coming week?\u201D Each of you answers, starting with appreciation, and keep the adjustment to one small, specific thing. Finish with something pleasant, like a cup of tea or a short walk.",
        zh: "\u6BCF\u5468\u9009\u4E00\u4E2A\u56FA\u5B9A\u7684\u65F6\u95F4\uFF0C\u8BBE\u597D 15 \u5206\u949F\u7684\u8BA1\u65F6\u3002\u6309\u987A\u5E8F\u804A\u4E09\u4E2A\u95EE\u9898\uFF1A\u201C\u8FD9\u5468\u6211\u4EEC\u4E4B\u95F4\u54EA\u4E9B\u5730\u65B9\u4E0D\u9519\uFF1F\u201D\u201C\u6709\u54EA\u4E00\u4EF6\u4E8B\u60F3\u8C03\u6574\u4E00\u4E0B\uFF1F\u201D\u201C\u4E0B\u5468\u6709\u4EC0\u4E48\u8BA1\u5212\uFF1F\u201D\u4E24\u4EBA\u90FD\u8981\u56DE\u7B54\uFF0C\u5148\u4ECE\u611F\u8C22\u5F00\u59CB\uFF0C\u8981\u8C03\u6574\u7684\u4E8B\u53EA\u8C08\u4E00\u4EF6\u5C0F\u800C\u5177\u4F53\u7684\u3002\u6700\u540E\u4EE5\u4E00\u4EF6\u6109\u5FEB\u7684\u5C0F\u4E8B\u6536\u5C3E\uFF0C\u6BD4\u5982\u4E00\u8D77\u559D\u676F\u8336\u6216\u6563\u4E2A\u77ED\u6B65\u3002"
      },
      notice: {
        en: "Notice whether you start looking forward to the check-in, or whether issues come up earlier and more calmly. Keeping it going for a few weeks in a row is a success in itself.",
        zh: "\u7559\u610F\u4F60\u4EEC\u662F\u5426\u5F00\u59CB\u671F\u5F85\u8FD9\u6BB5\u65F6\u95F4\uFF0C\u6216\u8005\u95EE\u9898\u662F\u5426\u80FD\u66F4\u65E9\u3001\u66F4\u5E73\u548C\u5730\u63D0\u51FA\u6765\u3002\u8FDE\u7EED\u575A\u6301\u51E0\u5468\uFF0C\u672C\u8EAB\u5C31\u662F\u4E00\u79CD\u6210\u529F\u3002"
      }
    },
    {
      id: "con-warning-signs",
      stage: "consolidation",
      audience: "any",
      title: {
        en: "Name your early-warning signs and plan ahead",
        zh: "\u8BA4\u51FA\u65E9\u671F\u9884\u8B66\u4FE1\u53F7\uFF0C\u63D0\u524D\u505A\u597D\u51C6\u5907"
      },
      why: {
        en: "Old patterns usually send small signals before they return. Naming them and deciding in advance what to do lets you respond early, while it is still easy.",
        zh: "\u65E7\u7684\u6A21\u5F0F\u5728\u5377\u571F\u91CD\u6765\u4E4B\u524D\uFF0C\u901A\u5E38\u4F1A\u5148\u53D1\u51FA\u4E00\u4E9B\u5C0F\u4FE1\u53F7\u3002\u63D0\u524D\u8BF4\u51FA\u8FD9\u4E9B\u4FE1\u53F7\u3001\u51B3\u5B9A\u597D\u600E\u4E48\u505A\uFF0C\u5C31\u80FD\u5728\u4E8B\u60C5\u8FD8\u5BB9\u6613\u5904\u7406\u65F6\u53CA\u65E9\u5E94\u5BF9\u3002"
      },
      how: {
        en: "List three or four early-warning signs, such as shorter replies, staying late at work, sleeping badly, or that familiar knot of worry. For each sign, write what you will do, and if you are doing this together, what each of you will do: for example, \u201CWhen I notice I\u2019m snapping, I\u2019ll take a walk and then ask for a check-in.\u201D Keep the plan short, put it somewhere easy to find, and review it once a month.",
        zh: "\u5217\u51FA\u4E09\u56DB\u4E2A\u65E9\u671F\u9884\u8B66\u4FE1\u53F7\uFF0C\u6BD4\u5982\u56DE\u590D\u8D8A\u6765\u8D8A\u77ED\u3001\u5728\u516C\u53F8\u5F85\u5230\u5F88\u665A\u3001\u7761\u4E0D\u597D\uFF0C\u6216\u8005\u90A3\u79CD\u719F\u6089\u7684\u62C5\u5FE7\u53C8\u8BA9\u5FC3\u63EA\u7D27\u4E86\u3002\u9488\u5BF9\u6BCF\u4E2A\u4FE1\u53F7\uFF0C\u5199\u4E0B\u4F60\u4F1A\u600E\u4E48\u505A\uFF1B\u5982\u679C\u4E24\u4EBA\u4E00\u8D77\u505A\uFF0C\u5C31\u5199\u4E0B\u5404\u81EA\u4F1A\u600E\u4E48\u505A\uFF0C\u4F8B\u5982\uFF1A\u201C\u5F53\u6211\u53D1\u73B0\u81EA\u5DF1\u8BF4\u8BDD\u5E26\u523A\u65F6\uFF0C\u6211\u4F1A\u5148\u51FA\u53BB\u8D70\u8D70\uFF0C\u518D\u63D0\u51FA\u804A\u4E00\u804A\u3002\u201D\u8BA1\u5212\u5199\u5F97\u7B80\u77ED\u4E9B\uFF0C\u653E\u5728\u5BB9\u6613\u627E\u5230\u7684\u5730\u65B9\uFF0C\u6BCF\u6708\u56DE\u987E\u4E00\u6B21\u3002"
      },
      notice: {
        en: "Catching a sign early and following your plan, even once, shows it is working. A rough patch that passes more quickly than before is another good sign.",
        zh: "\u54EA\u6015\u53EA\u6709\u4E00\u6B21\u53CA\u65E9\u5BDF\u89C9\u5230\u4FE1\u53F7\u5E76\u6309\u8BA1\u5212\u53BB\u505A\uFF0C\u5C31\u8BF4\u660E\u5B83\u5728\u8D77\u4F5C\u7528\u3002\u4E0D\u987A\u7684\u65F6\u5019\u6BD4\u4EE5\u524D\u8FC7\u53BB\u5F97\u66F4\u5FEB\uFF0C\u4E5F\u662F\u4E00\u4E2A\u597D\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "con-celebrate",
      stage: "consolidation",
      audience: "any",
      title: {
        en: "Notice and celebrate your progress",
        zh: "\u56DE\u987E\u8FDB\u6B65\uFF0C\u5C0F\u5C0F\u5E86\u795D"
      },
      why: {
        en: "Change often happens gradually and is easy to overlook. Naming it and celebrating it helps new habits stick and reminds you what you are capable of.",
        zh: "\u6539\u53D8\u5F80\u5F80\u662F\u4E00\u70B9\u70B9\u53D1\u751F\u7684\uFF0C\u5F88\u5BB9\u6613\u88AB\u5FFD\u7565\u3002\u8BF4\u51FA\u5B83\u3001\u5E86\u795D\u5B83\uFF0C\u80FD\u5E2E\u65B0\u4E60\u60EF\u624E\u4E0B\u6839\uFF0C\u4E5F\u63D0\u9192\u4F60\u81EA\u5DF1\u80FD\u505A\u5230\u4EC0\u4E48\u3002"
      },
      how: {
        en: "Look back over the last 40 days, including any notes you kept, and write down what has changed, however small: a calmer morning, a talk that went better, a new way of looking after yourself. Add what you did that helped. Then celebrate in a small way that suits you, such as a favourite meal, a walk somewhere you love, or telling a friend. If you are doing this together, each name one thing you appreciate about the other\u2019s effort.",
        zh: "\u56DE\u987E\u8FC7\u53BB\u8FD9 40 \u5929\uFF0C\u5305\u62EC\u4F60\u7559\u4E0B\u7684\u8BB0\u5F55\uFF0C\u5199\u4E0B\u53D1\u751F\u4E86\u54EA\u4E9B\u6539\u53D8\uFF0C\u4E0D\u8BBA\u591A\u5C0F\uFF1A\u4E00\u4E2A\u66F4\u5E73\u9759\u7684\u65E9\u6668\u3001\u4E00\u6B21\u987A\u5229\u4E00\u4E9B\u7684\u8C08\u8BDD\u3001\u4E00\u79CD\u7167\u987E\u81EA\u5DF1\u7684\u65B0\u65B9\u5F0F\u3002\u518D\u5199\u4E0B\u4F60\u505A\u4E86\u4EC0\u4E48\u4FC3\u6210\u4E86\u8FD9\u4E9B\u6539\u53D8\u3002\u7136\u540E\u7528\u9002\u5408\u4F60\u7684\u65B9\u5F0F\u5C0F\u5C0F\u5E86\u795D\u4E00\u4E0B\uFF0C\u6BD4\u5982\u5403\u4E00\u987F\u559C\u6B22\u7684\u996D\u3001\u53BB\u4F60\u559C\u6B22\u7684\u5730\u65B9\u6563\u6563\u6B65\uFF0C\u6216\u8005\u544A\u8BC9\u4E00\u4F4D\u670B\u53CB\u3002\u5982\u679C\u4E24\u4EBA\u4E00\u8D77\u505A\uFF0C\u5C31\u5404\u81EA\u8BF4\u51FA\u4E00\u70B9\u4F60\u6B23\u8D4F\u5BF9\u65B9\u4ED8\u51FA\u7684\u5730\u65B9\u3002"
      },
      notice: {
        en: "You may feel a quiet pride or warmth as you read your list. Wanting to keep some of these changes going is the best sign of all.",
        zh: "\u8BFB\u7740\u8FD9\u4EFD\u6E05\u5355\uFF0C\u4F60\u53EF\u80FD\u4F1A\u611F\u5230\u4E00\u79CD\u5B89\u9759\u7684\u81EA\u8C6A\u6216\u6E29\u6696\u3002\u60F3\u628A\u5176\u4E2D\u4E00\u4E9B\u6539\u53D8\u7EE7\u7EED\u4E0B\u53BB\uFF0C\u5C31\u662F\u6700\u597D\u7684\u8FF9\u8C61\u3002"
      }
    },
    {
      id: "con-individual-support",
      stage: "consolidation",
      audience: "individual",
      title: {
        en: "Keep a regular support check-in",
        zh: "\u4FDD\u6301\u5B9A\u671F\u7684\u652F\u6301\u8054\u7CFB"
      },
      why: {
        en: "Progress lasts longer when you have someone steady to talk things through with. A regular check-in means you don\u2019t have to wait for a crisis before asking for support.",
        zh: "\u6709\u4E00\u4E2A\u53EF\u9760\u7684\u4EBA\u966A\u4F60\u4E00\u8D77\u68B3\u7406\u4E8B\u60C5\uFF0C\u8FDB\u6B65\u4F1A\u66F4\u6301\u4E45\u3002\u5B9A\u671F\u8054\u7CFB\u610F\u5473\u7740\u4F60\u4E0D\u5FC5\u7B49\u5230\u5371\u673A\u6765\u4E34\u624D\u53BB\u5BFB\u6C42\u652F\u6301\u3002"
      },
      how: {
        en: "Choose one person or service you trust, such as a counsellor, a support service or a good friend, and set a regular time to talk, for example every other Sunday. Before each check-in, jot down one thing that went well and one thing on your mind. If it is a friend, you might ask: \u201CCould we have a regular catch-up? Talking things through with you really helps me.\u201D If things ever feel too heavy to carry alone, reach out to someone trained to help.",
        zh: "\u9009\u4E00\u4F4D\u4F60\u4FE1\u4EFB\u7684\u4EBA\u6216\u4E00\u4E2A\u673A\u6784\uFF0C\u6BD4\u5982\u5FC3\u7406\u54A8\u8BE2\u5E08\u3001\u652F\u6301\u670D\u52A1\u673A\u6784\uFF0C\u6216\u4E00\u4F4D\u597D\u670B\u53CB\uFF0C\u7EA6\u4E00\u4E2A\u56FA\u5B9A\u7684\u65F6\u95F4\u804A\u804A\uFF0C\u6BD4\u5982\u6BCF\u9694\u4E00\u5468\u7684\u5468\u65E5\u3002\u6BCF\u6B21\u8054\u7CFB\u4E4B\u524D\uFF0C\u7B80\u5355\u8BB0\u4E0B\u4E00\u4EF6\u987A\u5229\u7684\u4E8B\u548C\u4E00\u4EF6\u6302\u5728\u5FC3\u4E0A\u7684\u4E8B\u3002\u5982\u679C\u627E\u7684\u662F\u670B\u53CB\uFF0C\u53EF\u4EE5\u8FD9\u6837\u95EE\uFF1A\u201C\u6211\u4EEC\u80FD\u5B9A\u671F\u805A\u4E00\u805A\u3001\u804A\u4E00\u804A\u5417\uFF1F\u548C\u4F60\u8BF4\u8BF4\u8BDD\u771F\u7684\u5BF9\u6211\u5F88\u6709\u5E2E\u52A9\u3002\u201D\u5982\u679C\u54EA\u5929\u89C9\u5F97\u4E8B\u60C5\u592A\u6C89\u91CD\u3001\u72EC\u81EA\u625B\u4E0D\u4F4F\uFF0C\u8BF7\u8054\u7CFB\u53D7\u8FC7\u4E13\u4E1A\u8BAD\u7EC3\u7684\u4EBA\u3002"
      },
      notice: {
        en: "Notice whether you feel lighter after each check-in, or arrive with clearer thoughts. Keeping the appointment even in a good week shows it has become part of how you look after yourself.",
        zh: "\u7559\u610F\u6BCF\u6B21\u8054\u7CFB\u4E4B\u540E\uFF0C\u4F60\u662F\u5426\u89C9\u5F97\u8F7B\u677E\u4E86\u4E00\u4E9B\uFF0C\u6216\u8005\u5E26\u7740\u66F4\u6E05\u6670\u7684\u60F3\u6CD5\u8D74\u7EA6\u3002\u5373\u4F7F\u5728\u987A\u5229\u7684\u4E00\u5468\u4E5F\u7167\u5E38\u8D74\u7EA6\uFF0C\u8BF4\u660E\u5B83\u5DF2\u7ECF\u6210\u4E3A\u4F60\u7167\u987E\u81EA\u5DF1\u7684\u4E00\u90E8\u5206\u3002"
      }
    }
  ]
};

// src/features/report/report-texts.json
var report_texts_default = {
  intro: {
    en: "This report turns your answers into a gentle 40-day plan for noticing your communication patterns and trying small, doable changes. Move through it at your own pace: skip, pause or repeat any part whenever you need to. It is a self-help guide, not therapy and not a diagnosis.",
    zh: "\u8FD9\u4EFD\u62A5\u544A\u6839\u636E\u4F60\u7684\u56DE\u7B54\uFF0C\u6574\u7406\u51FA\u4E00\u4EFD\u6E29\u548C\u7684 40 \u5929\u8BA1\u5212\uFF0C\u5E2E\u52A9\u4F60\u7559\u610F\u5F7C\u6B64\u7684\u6C9F\u901A\u6A21\u5F0F\uFF0C\u5E76\u5C1D\u8BD5\u4E00\u4E9B\u5C0F\u800C\u53EF\u884C\u7684\u6539\u53D8\u3002\u4F60\u53EF\u4EE5\u6309\u81EA\u5DF1\u7684\u8282\u594F\u6765\uFF1A\u4EFB\u4F55\u90E8\u5206\u90FD\u53EF\u4EE5\u8DF3\u8FC7\u3001\u6682\u505C\u6216\u91CD\u590D\u3002\u5B83\u662F\u4E00\u4EFD\u81EA\u52A9\u6307\u5357\uFF0C\u4E0D\u662F\u5FC3\u7406\u6CBB\u7597\uFF0C\u4E5F\u4E0D\u662F\u8BCA\u65AD\u3002"
  },
  scales: {
    anxiety: {
      meaning: {
        en: "This scale reflects how much worry about closeness, reassurance and being left out tends to show up in the relationship.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5728\u5173\u7CFB\u4E2D\u5BF9\u4EB2\u8FD1\u3001\u786E\u8BA4\u611F\u4EE5\u53CA\u88AB\u51B7\u843D\u7684\u62C5\u5FC3\u51FA\u73B0\u5F97\u6709\u591A\u9891\u7E41\u3002"
      },
      low: {
        en: "You usually feel fairly settled about where you stand, which can help you stay steady when things get tense.",
        zh: "\u4F60\u901A\u5E38\u5BF9\u5F7C\u6B64\u7684\u5173\u7CFB\u6BD4\u8F83\u5B89\u5FC3\uFF0C\u8FD9\u4EFD\u5B89\u5B9A\u80FD\u5E2E\u52A9\u4F60\u5728\u7D27\u5F20\u65F6\u523B\u4FDD\u6301\u5E73\u7A33\u3002"
      },
      high: {
        en: "Worry about the connection often comes up for you; it shows how much the relationship matters, and it can soften when needs are named clearly and met with care.",
        zh: "\u4F60\u5E38\u5E38\u4F1A\u4E3A\u8FD9\u6BB5\u5173\u7CFB\u611F\u5230\u62C5\u5FC3\uFF0C\u8FD9\u8BF4\u660E\u5B83\u5BF9\u4F60\u5F88\u91CD\u8981\uFF1B\u5F53\u9700\u8981\u88AB\u6E05\u695A\u5730\u8BF4\u51FA\u6765\u3001\u5E76\u5F97\u5230\u6E29\u67D4\u56DE\u5E94\u65F6\uFF0C\u8FD9\u4EFD\u62C5\u5FC3\u5F80\u5F80\u4F1A\u6162\u6162\u7F13\u548C\u3002"
      }
    },
    avoidance: {
      meaning: {
        en: "This scale reflects how much you tend to reach for space and independence when closeness or strong feelings come up.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5F53\u4EB2\u5BC6\u6216\u5F3A\u70C8\u60C5\u7EEA\u51FA\u73B0\u65F6\uFF0C\u4F60\u6709\u591A\u503E\u5411\u4E8E\u5BFB\u6C42\u7A7A\u95F4\u548C\u72EC\u7ACB\u3002"
      },
      low: {
        en: "You are generally comfortable leaning in and letting your partner lean on you, which makes it easier to stay connected.",
        zh: "\u4F60\u901A\u5E38\u80FD\u81EA\u5728\u5730\u9760\u8FD1\u5BF9\u65B9\uFF0C\u4E5F\u613F\u610F\u8BA9\u4F34\u4FA3\u4F9D\u9760\u4F60\uFF0C\u8FD9\u8BA9\u5F7C\u6B64\u66F4\u5BB9\u6613\u4FDD\u6301\u8FDE\u7ED3\u3002"
      },
      high: {
        en: "Space often feels like the safest way to handle closeness or stress; that self-reliance is a real strength, and small, predictable steps toward sharing can add warmth without feeling overwhelming.",
        zh: "\u9762\u5BF9\u4EB2\u5BC6\u6216\u538B\u529B\u65F6\uFF0C\u4FDD\u6301\u8DDD\u79BB\u5F80\u5F80\u8BA9\u4F60\u89C9\u5F97\u6700\u5B89\u5168\uFF1B\u8FD9\u4EFD\u72EC\u7ACB\u662F\u771F\u5B9E\u7684\u4F18\u52BF\uFF0C\u800C\u4E00\u4E9B\u5C0F\u800C\u53EF\u9884\u671F\u7684\u5206\u4EAB\uFF0C\u53EF\u4EE5\u5728\u4E0D\u8BA9\u4F60\u611F\u5230\u8D1F\u62C5\u7684\u524D\u63D0\u4E0B\u589E\u6DFB\u6E29\u5EA6\u3002"
      }
    },
    pursue: {
      meaning: {
        en: "This scale reflects how often you move toward your partner during tension, for example by raising the issue, asking for answers or wanting to resolve it right away.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5728\u7D27\u5F20\u65F6\u523B\u4F60\u6709\u591A\u5E38\u4E3B\u52A8\u9760\u8FD1\u5BF9\u65B9\uFF0C\u6BD4\u5982\u63D0\u51FA\u95EE\u9898\u3001\u8FFD\u95EE\u7B54\u6848\uFF0C\u6216\u5E0C\u671B\u9A6C\u4E0A\u628A\u4E8B\u60C5\u8BF4\u6E05\u695A\u3002"
      },
      low: {
        en: "You rarely push for an immediate conversation, which can give both of you room to calm down first.",
        zh: "\u4F60\u5F88\u5C11\u6025\u7740\u8981\u9A6C\u4E0A\u8C08\u6E05\u695A\uFF0C\u8FD9\u53EF\u4EE5\u7ED9\u4F60\u4EEC\u53CC\u65B9\u5148\u5E73\u9759\u4E0B\u6765\u7684\u7A7A\u95F4\u3002"
      },
      high: {
        en: "You often reach toward your partner when something feels off; that energy shows you care about the bond, and it tends to land best when it comes as a gentle invitation rather than an urgent demand.",
        zh: "\u5F53\u611F\u89C9\u4E0D\u5BF9\u52B2\u65F6\uFF0C\u4F60\u5E38\u5E38\u4F1A\u4E3B\u52A8\u9760\u8FD1\u5BF9\u65B9\uFF1B\u8FD9\u4EFD\u6295\u5165\u8BF4\u660E\u4F60\u5728\u4E4E\u8FD9\u6BB5\u5173\u7CFB\uFF0C\u800C\u5F53\u5B83\u4EE5\u6E29\u548C\u7684\u9080\u8BF7\u3001\u800C\u975E\u6025\u5207\u7684\u8981\u6C42\u51FA\u73B0\u65F6\uFF0C\u5F80\u5F80\u66F4\u5BB9\u6613\u88AB\u63A5\u4F4F\u3002"
      }
    },
    withdraw: {
      meaning: {
        en: "This scale reflects how often you step back during tension, for example by going quiet, changing the subject or leaving the conversation.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5728\u7D27\u5F20\u65F6\u523B\u4F60\u6709\u591A\u5E38\u5F80\u540E\u9000\uFF0C\u6BD4\u5982\u6C89\u9ED8\u3001\u8F6C\u79FB\u8BDD\u9898\u6216\u79BB\u5F00\u5BF9\u8BDD\u3002"
      },
      low: {
        en: "You usually stay present when conversations get hard, which helps your partner feel you are still there.",
        zh: "\u5728\u56F0\u96BE\u7684\u5BF9\u8BDD\u4E2D\uFF0C\u4F60\u901A\u5E38\u80FD\u7559\u5728\u5F53\u4E0B\uFF0C\u8FD9\u8BA9\u4F34\u4FA3\u611F\u89C9\u4F60\u4ECD\u7136\u5728\u573A\u3002"
      },
      high: {
        en: "Stepping back is often how you keep things from escalating; it helps a lot when the pause comes with a clear promise to return, such as saying when you will pick the conversation up again.",
        zh: "\u5F80\u540E\u9000\u5E38\u5E38\u662F\u4F60\u907F\u514D\u51B2\u7A81\u5347\u7EA7\u7684\u65B9\u5F0F\uFF1B\u5982\u679C\u6682\u505C\u65F6\u80FD\u6E05\u695A\u5730\u7EA6\u597D\u4F55\u65F6\u56DE\u6765\u7EE7\u7EED\u8C08\uFF0C\u4F1A\u8BA9\u53CC\u65B9\u90FD\u5B89\u5FC3\u8BB8\u591A\u3002"
      }
    },
    criticism: {
      meaning: {
        en: "This scale reflects how often complaints come out as statements about who the other person is, rather than about a specific situation and what you need.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u62B1\u6028\u6709\u591A\u5E38\u53D8\u6210\u5BF9\u201C\u5BF9\u65B9\u662F\u4EC0\u4E48\u6837\u7684\u4EBA\u201D\u7684\u8BC4\u4EF7\uFF0C\u800C\u4E0D\u662F\u9488\u5BF9\u5177\u4F53\u60C5\u5883\u548C\u81EA\u5DF1\u7684\u9700\u8981\u3002"
      },
      low: {
        en: "You tend to raise concerns about specific moments, which makes them easier for your partner to hear.",
        zh: "\u4F60\u503E\u5411\u4E8E\u5C31\u5177\u4F53\u7684\u4E8B\u60C5\u8868\u8FBE\u4E0D\u6EE1\uFF0C\u8FD9\u8BA9\u4F34\u4FA3\u66F4\u5BB9\u6613\u542C\u8FDB\u53BB\u3002"
      },
      high: {
        en: 'Frustration sometimes comes out as broad statements about your partner; underneath there is usually an unmet need, and starting with "I feel\u2026 about\u2026 and I need\u2026" often opens more doors.',
        zh: "\u4E0D\u6EE1\u6709\u65F6\u4F1A\u53D8\u6210\u5BF9\u4F34\u4FA3\u7684\u7B3C\u7EDF\u8BC4\u4EF7\uFF1B\u5176\u80CC\u540E\u901A\u5E38\u85CF\u7740\u4E00\u4E2A\u672A\u88AB\u6EE1\u8DB3\u7684\u9700\u8981\uFF0C\u8BD5\u7740\u4ECE\u201C\u6211\u5BF9\u2026\u2026\u611F\u5230\u2026\u2026\uFF0C\u6211\u9700\u8981\u2026\u2026\u201D\u5F00\u59CB\u8BF4\uFF0C\u5E38\u5E38\u80FD\u6253\u5F00\u66F4\u591A\u6C9F\u901A\u7684\u53EF\u80FD\u3002"
      }
    },
    defensiveness: {
      meaning: {
        en: "This scale reflects how often, when you hear a complaint, you move to protect yourself by explaining, counter-complaining or denying your part.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5F53\u542C\u5230\u62B1\u6028\u65F6\uFF0C\u4F60\u6709\u591A\u5E38\u901A\u8FC7\u89E3\u91CA\u3001\u53CD\u8FC7\u6765\u62B1\u6028\u6216\u5426\u8BA4\u81EA\u5DF1\u7684\u90E8\u5206\u6765\u4FDD\u62A4\u81EA\u5DF1\u3002"
      },
      low: {
        en: "You are usually able to hear a concern without feeling you must defend yourself, which keeps conversations open.",
        zh: "\u4F60\u901A\u5E38\u80FD\u542C\u5B8C\u5BF9\u65B9\u7684\u62C5\u5FE7\uFF0C\u800C\u4E0D\u6025\u4E8E\u4E3A\u81EA\u5DF1\u8FA9\u62A4\uFF0C\u8FD9\u8BA9\u5BF9\u8BDD\u5F97\u4EE5\u7EE7\u7EED\u3002"
      },
      high: {
        en: "Feeling criticised often brings up a strong urge to protect yourself, which is a very human reaction; naming even a small part you can own tends to lower the temperature quickly.",
        zh: "\u611F\u5230\u88AB\u6279\u8BC4\u65F6\uFF0C\u60F3\u4FDD\u62A4\u81EA\u5DF1\u7684\u51B2\u52A8\u5F80\u5F80\u5F88\u5F3A\u70C8\uFF0C\u8FD9\u662F\u975E\u5E38\u81EA\u7136\u7684\u53CD\u5E94\uFF1B\u54EA\u6015\u53EA\u627F\u8BA4\u5176\u4E2D\u4E00\u5C0F\u90E8\u5206\u81EA\u5DF1\u7684\u8D23\u4EFB\uFF0C\u4E5F\u5F80\u5F80\u80FD\u8BA9\u6C14\u6C1B\u5F88\u5FEB\u7F13\u548C\u4E0B\u6765\u3002"
      }
    },
    repair: {
      meaning: {
        en: "This scale reflects how well the two of you can soften or reset a hard moment, during or after an argument, with a gesture, a joke, an apology or a touch.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5728\u4E89\u6267\u4E2D\u6216\u4E89\u6267\u540E\uFF0C\u4F60\u4EEC\u80FD\u5426\u901A\u8FC7\u4E00\u4E2A\u52A8\u4F5C\u3001\u4E00\u53E5\u73A9\u7B11\u3001\u4E00\u58F0\u9053\u6B49\u6216\u4E00\u6B21\u8F7B\u89E6\uFF0C\u8BA9\u7D27\u5F20\u7684\u65F6\u523B\u7F13\u548C\u4E0B\u6765\u6216\u91CD\u65B0\u5F00\u59CB\u3002"
      },
      low: {
        en: "Repair attempts may be hard to make or hard to notice right now; this is a skill that grows with practice, and small attempts count.",
        zh: "\u76EE\u524D\uFF0C\u4FEE\u590D\u7684\u5C1D\u8BD5\u53EF\u80FD\u4E0D\u5BB9\u6613\u53D1\u51FA\uFF0C\u4E5F\u4E0D\u5BB9\u6613\u88AB\u5BDF\u89C9\uFF1B\u8FD9\u662F\u4E00\u79CD\u53EF\u4EE5\u901A\u8FC7\u7EC3\u4E60\u6162\u6162\u57F9\u517B\u7684\u80FD\u529B\uFF0C\u518D\u5C0F\u7684\u5C1D\u8BD5\u90FD\u7B97\u6570\u3002"
      },
      high: {
        en: "You and your partner often find your way back to each other after tension, which is one of the most valuable strengths a couple can have.",
        zh: "\u7D27\u5F20\u8FC7\u540E\uFF0C\u4F60\u548C\u4F34\u4FA3\u5E38\u5E38\u80FD\u91CD\u65B0\u56DE\u5230\u5F7C\u6B64\u8EAB\u8FB9\uFF0C\u8FD9\u662F\u4E00\u5BF9\u4F34\u4FA3\u6240\u80FD\u62E5\u6709\u7684\u6700\u73CD\u8D35\u7684\u4F18\u52BF\u4E4B\u4E00\u3002"
      }
    },
    responsiveness: {
      meaning: {
        en: "This scale reflects how often you notice and respond to each other's small bids for attention, comfort or connection in everyday life.",
        zh: "\u8FD9\u4E00\u9879\u53CD\u6620\u7684\u662F\uFF0C\u5728\u65E5\u5E38\u751F\u6D3B\u4E2D\uFF0C\u4F60\u4EEC\u6709\u591A\u5E38\u5BDF\u89C9\u5E76\u56DE\u5E94\u5F7C\u6B64\u90A3\u4E9B\u5BFB\u6C42\u5173\u6CE8\u3001\u5B89\u6170\u6216\u8FDE\u7ED3\u7684\u5C0F\u5C0F\u4FE1\u53F7\u3002"
      },
      low: {
        en: "Everyday bids may be slipping past right now, often because of stress or busyness; noticing just one a day is a good place to start.",
        zh: "\u6700\u8FD1\uFF0C\u65E5\u5E38\u7684\u5C0F\u4FE1\u53F7\u53EF\u80FD\u5E38\u5E38\u88AB\u9519\u8FC7\uFF0C\u8FD9\u5F80\u5F80\u662F\u56E0\u4E3A\u538B\u529B\u6216\u5FD9\u788C\uFF1B\u6BCF\u5929\u7559\u610F\u5E76\u56DE\u5E94\u5176\u4E2D\u4E00\u4E2A\uFF0C\u5C31\u662F\u5F88\u597D\u7684\u5F00\u59CB\u3002"
      },
      high: {
        en: "You tend to notice and answer each other's small bids, which builds a steady sense of being seen and valued.",
        zh: "\u4F60\u4EEC\u901A\u5E38\u80FD\u5BDF\u89C9\u5E76\u56DE\u5E94\u5F7C\u6B64\u7684\u5C0F\u4FE1\u53F7\uFF0C\u8FD9\u4F1A\u6162\u6162\u79EF\u7D2F\u8D77\u4E00\u79CD\u88AB\u770B\u89C1\u3001\u88AB\u73CD\u89C6\u7684\u5B89\u7A33\u611F\u3002"
      }
    }
  },
  cycles: {
    secure: {
      en: "Your answers suggest a cycle in which the two of you can usually reach for each other and find your way back after tension. Hard moments still happen, but they tend to pass without leaving lasting distance. The aim here is to protect and deepen what is already working.",
      zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u4EEC\u4E4B\u95F4\u7684\u5FAA\u73AF\u5927\u591A\u662F\uFF1A\u80FD\u591F\u5411\u5F7C\u6B64\u9760\u8FD1\uFF0C\u5E76\u5728\u7D27\u5F20\u8FC7\u540E\u91CD\u65B0\u627E\u56DE\u5BF9\u65B9\u3002\u56F0\u96BE\u7684\u65F6\u523B\u4ECD\u4F1A\u51FA\u73B0\uFF0C\u4F46\u901A\u5E38\u4E0D\u4F1A\u7559\u4E0B\u957F\u4E45\u7684\u8DDD\u79BB\u3002\u8FD9\u91CC\u7684\u76EE\u6807\u662F\u5B88\u62A4\u5E76\u52A0\u6DF1\u90A3\u4E9B\u5DF2\u7ECF\u5728\u8D77\u4F5C\u7528\u7684\u90E8\u5206\u3002"
    },
    anxious: {
      en: "Your answers suggest a cycle in which worry about the connection rises, reaching out becomes more urgent, and the response may not feel like enough to settle it. The more the worry grows, the harder it can be for either of you to feel calm. Seeing this as a loop you are both caught in, rather than anyone's fault, makes it easier to step out of together.",
      zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u4EEC\u53EF\u80FD\u9677\u5165\u8FD9\u6837\u7684\u5FAA\u73AF\uFF1A\u5BF9\u5173\u7CFB\u7684\u62C5\u5FC3\u5347\u8D77\uFF0C\u9760\u8FD1\u7684\u65B9\u5F0F\u53D8\u5F97\u66F4\u6025\u5207\uFF0C\u800C\u5F97\u5230\u7684\u56DE\u5E94\u4F3C\u4E4E\u4E0D\u8DB3\u4EE5\u8BA9\u4EBA\u5B89\u5FC3\u3002\u62C5\u5FC3\u8D8A\u591A\uFF0C\u53CC\u65B9\u5C31\u8D8A\u96BE\u5E73\u9759\u4E0B\u6765\u3002\u628A\u5B83\u770B\u4F5C\u4F60\u4EEC\u5171\u540C\u88AB\u5377\u5165\u7684\u5FAA\u73AF\uFF0C\u800C\u4E0D\u662F\u8C01\u7684\u9519\uFF0C\u4F1A\u66F4\u5BB9\u6613\u4E00\u8D77\u8D70\u51FA\u6765\u3002"
    },
    avoidant: {
      en: "Your answers suggest a cycle in which tension or strong feelings lead to more distance, and the quiet can leave important things unsaid. Over time, each of you may end up carrying things alone. This loop usually starts as a way to keep the peace, and small, safe moments of sharing can gently loosen it.",
      zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u4EEC\u53EF\u80FD\u9677\u5165\u8FD9\u6837\u7684\u5FAA\u73AF\uFF1A\u4E00\u65E6\u51FA\u73B0\u7D27\u5F20\u6216\u5F3A\u70C8\u60C5\u7EEA\uFF0C\u5F7C\u6B64\u7684\u8DDD\u79BB\u5C31\u4F1A\u62C9\u5927\uFF0C\u800C\u6C89\u9ED8\u53EF\u80FD\u8BA9\u91CD\u8981\u7684\u8BDD\u4E00\u76F4\u6CA1\u6709\u8BF4\u51FA\u53E3\u3002\u4E45\u800C\u4E45\u4E4B\uFF0C\u4F60\u4EEC\u53EF\u80FD\u5404\u81EA\u9ED8\u9ED8\u627F\u62C5\u3002\u8FD9\u4E2A\u5FAA\u73AF\u901A\u5E38\u6E90\u4E8E\u60F3\u8981\u7EF4\u6301\u548C\u5E73\uFF0C\u800C\u4E00\u4E9B\u5C0F\u800C\u5B89\u5168\u7684\u5206\u4EAB\u65F6\u523B\uFF0C\u53EF\u4EE5\u6162\u6162\u8BA9\u5B83\u677E\u52A8\u3002"
    },
    fearful: {
      en: "Your answers suggest a cycle in which wanting closeness and needing distance pull in different directions, so moments of reaching out and pulling back can follow each other quickly. This can feel confusing and tiring for both of you. Slowing things down and naming what is happening can make the loop more predictable and easier to soften.",
      zh: "\u4F60\u7684\u56DE\u7B54\u663E\u793A\uFF0C\u4F60\u4EEC\u53EF\u80FD\u9677\u5165\u8FD9\u6837\u7684\u5FAA\u73AF\uFF1A\u6E34\u671B\u4EB2\u8FD1\u548C\u9700\u8981\u8DDD\u79BB\u540C\u65F6\u62C9\u626F\u7740\u4F60\u4EEC\uFF0C\u9760\u8FD1\u4E0E\u9000\u5F00\u53EF\u80FD\u63A5\u8FDE\u53D1\u751F\u3002\u8FD9\u4F1A\u8BA9\u53CC\u65B9\u90FD\u611F\u5230\u56F0\u60D1\u548C\u75B2\u60EB\u3002\u653E\u6162\u8282\u594F\u3001\u8BF4\u51FA\u6B63\u5728\u53D1\u751F\u7684\u4E8B\u60C5\uFF0C\u53EF\u4EE5\u8BA9\u8FD9\u4E2A\u5FAA\u73AF\u53D8\u5F97\u66F4\u53EF\u9884\u671F\uFF0C\u4E5F\u66F4\u5BB9\u6613\u7F13\u548C\u3002"
    }
  },
  stages: {
    start: {
      title: {
        en: "Collaborative start",
        zh: "\u5408\u4F5C\u5F00\u59CB"
      },
      purpose: {
        en: "Get clear on what you hope these 40 days will bring and agree on a pace that feels manageable.",
        zh: "\u60F3\u6E05\u695A\u4F60\u5E0C\u671B\u8FD9 40 \u5929\u5E26\u6765\u4EC0\u4E48\uFF0C\u5E76\u5B9A\u4E0B\u4E00\u4E2A\u8BA9\u4F60\u611F\u5230\u8F7B\u677E\u53EF\u884C\u7684\u8282\u594F\u3002"
      }
    },
    resources: {
      title: {
        en: "Resources",
        zh: "\u53D1\u73B0\u8D44\u6E90"
      },
      purpose: {
        en: "Notice the strengths, habits and people that already help your relationship, so you can lean on them.",
        zh: "\u7559\u610F\u90A3\u4E9B\u5DF2\u7ECF\u5728\u5E2E\u52A9\u4F60\u4EEC\u5173\u7CFB\u7684\u4F18\u52BF\u3001\u4E60\u60EF\u548C\u8EAB\u8FB9\u7684\u4EBA\uFF0C\u8BA9\u81EA\u5DF1\u53EF\u4EE5\u4F9D\u9760\u5B83\u4EEC\u3002"
      }
    },
    vision: {
      title: {
        en: "Vision",
        zh: "\u63CF\u7ED8\u613F\u666F"
      },
      purpose: {
        en: "Picture in concrete detail what a slightly better day together would look like.",
        zh: "\u5177\u4F53\u5730\u60F3\u8C61\u4E00\u4E0B\uFF0C\u7A0D\u5FAE\u597D\u4E00\u70B9\u7684\u4E00\u5929\u5728\u4E00\u8D77\u4F1A\u662F\u4EC0\u4E48\u6837\u5B50\u3002"
      }
    },
    exceptions: {
      title: {
        en: "Exceptions",
        zh: "\u5BFB\u627E\u4F8B\u5916"
      },
      purpose: {
        en: "Look for the times the usual cycle did not take over, and discover what was different then.",
        zh: "\u627E\u627E\u90A3\u4E9B\u60EF\u5E38\u5FAA\u73AF\u6CA1\u6709\u5360\u4E0A\u98CE\u7684\u65F6\u523B\uFF0C\u770B\u770B\u5F53\u65F6\u6709\u4EC0\u4E48\u4E0D\u540C\u3002"
      }
    },
    action: {
      title: {
        en: "Small actions",
        zh: "\u5C0F\u6B65\u884C\u52A8"
      },
      purpose: {
        en: "Try one small, specific step at a time and notice what changes, however little.",
        zh: "\u6BCF\u6B21\u53EA\u5C1D\u8BD5\u4E00\u4E2A\u5177\u4F53\u7684\u5C0F\u6B65\u9AA4\uFF0C\u5E76\u7559\u610F\u5E26\u6765\u7684\u53D8\u5316\uFF0C\u54EA\u6015\u5F88\u5FAE\u5C0F\u3002"
      }
    },
    consolidation: {
      title: {
        en: "Consolidation",
        zh: "\u5DE9\u56FA\u7EF4\u6301"
      },
      purpose: {
        en: "Keep what has helped, plan for harder weeks, and make the good changes part of everyday life.",
        zh: "\u4FDD\u7559\u6709\u5E2E\u52A9\u7684\u505A\u6CD5\uFF0C\u4E3A\u66F4\u8270\u96BE\u7684\u65F6\u5019\u505A\u597D\u51C6\u5907\uFF0C\u8BA9\u597D\u7684\u6539\u53D8\u878D\u5165\u65E5\u5E38\u751F\u6D3B\u3002"
      }
    }
  },
  scaling: {
    en: "You placed your relationship at {today} on a scale from 1 to 10. Whatever the number, something is already keeping it from being lower, and that is worth noticing. What would {next} look like in an ordinary week: what would you see, hear or do differently?",
    zh: "\u5728 1 \u5230 10 \u7684\u91CF\u8868\u4E0A\uFF0C\u4F60\u628A\u4F60\u4EEC\u7684\u5173\u7CFB\u653E\u5728\u4E86 {today}\u3002\u65E0\u8BBA\u8FD9\u4E2A\u6570\u5B57\u662F\u591A\u5C11\uFF0C\u603B\u6709\u4E00\u4E9B\u4E1C\u897F\u8BA9\u5B83\u6CA1\u6709\u66F4\u4F4E\uFF0C\u8FD9\u503C\u5F97\u7559\u610F\u3002\u5982\u679C\u5230\u4E86 {next}\uFF0C\u5728\u5E73\u5E38\u7684\u4E00\u5468\u91CC\u4F1A\u662F\u4EC0\u4E48\u6837\u5B50\uFF1A\u4F60\u4F1A\u770B\u5230\u3001\u542C\u5230\u6216\u505A\u51FA\u54EA\u4E9B\u4E0D\u540C\uFF1F"
  },
  scalingTop: {
    en: "You placed your relationship at 10, which is wonderful to see. To keep it there, notice what you are both doing that helps, and keep making time for those things even when life gets busy.",
    zh: "\u4F60\u628A\u4F60\u4EEC\u7684\u5173\u7CFB\u653E\u5728\u4E86 10\uFF0C\u8FD9\u771F\u8BA9\u4EBA\u9AD8\u5174\u3002\u60F3\u8981\u4FDD\u6301\u4E0B\u53BB\uFF0C\u53EF\u4EE5\u7559\u610F\u4F60\u4EEC\u90FD\u5728\u505A\u54EA\u4E9B\u6709\u5E2E\u52A9\u7684\u4E8B\uFF0C\u5373\u4F7F\u751F\u6D3B\u5FD9\u788C\uFF0C\u4E5F\u7EE7\u7EED\u4E3A\u5B83\u4EEC\u7559\u51FA\u65F6\u95F4\u3002"
  },
  warningSigns: [
    {
      en: "Replies and everyday conversations are getting shorter.",
      zh: "\u56DE\u590D\u548C\u65E5\u5E38\u5BF9\u8BDD\u53D8\u5F97\u8D8A\u6765\u8D8A\u7B80\u77ED\u3002"
    },
    {
      en: "Small irritations are coming up more often than usual.",
      zh: "\u5C0F\u5C0F\u7684\u70E6\u8E81\u6BD4\u5E73\u65F6\u51FA\u73B0\u5F97\u66F4\u9891\u7E41\u3002"
    },
    {
      en: "You are spending less time doing things just for fun together.",
      zh: "\u4E00\u8D77\u5355\u7EAF\u4E3A\u4E86\u5F00\u5FC3\u800C\u505A\u7684\u4E8B\u60C5\u53D8\u5C11\u4E86\u3002"
    },
    {
      en: "The same disagreement keeps returning without getting resolved.",
      zh: "\u540C\u4E00\u4E2A\u5206\u6B67\u53CD\u590D\u51FA\u73B0\uFF0C\u5374\u4E00\u76F4\u6CA1\u6709\u5F97\u5230\u89E3\u51B3\u3002"
    }
  ],
  preventionPlan: [
    {
      en: "The early signs I am most likely to notice first are\u2026",
      zh: "\u6211\u6700\u53EF\u80FD\u6700\u5148\u5BDF\u89C9\u5230\u7684\u65E9\u671F\u4FE1\u53F7\u662F\u2026\u2026"
    },
    {
      en: "When I notice a sign, I will\u2026",
      zh: "\u5F53\u6211\u5BDF\u89C9\u5230\u67D0\u4E2A\u4FE1\u53F7\u65F6\uFF0C\u6211\u4F1A\u2026\u2026"
    },
    {
      en: "One thing I can say to my partner to reconnect is\u2026",
      zh: "\u4E3A\u4E86\u91CD\u65B0\u8FDE\u7ED3\uFF0C\u6211\u53EF\u4EE5\u5BF9\u4F34\u4FA3\u8BF4\u7684\u4E00\u53E5\u8BDD\u662F\u2026\u2026"
    },
    {
      en: "If things keep getting harder, the support I will reach out to is\u2026",
      zh: "\u5982\u679C\u60C5\u51B5\u6301\u7EED\u53D8\u96BE\uFF0C\u6211\u4F1A\u5BFB\u6C42\u7684\u652F\u6301\u662F\u2026\u2026"
    }
  ],
  checkin: [
    {
      en: "Minutes 1\u20133: Each of you shares one thing you appreciated about the other this week.",
      zh: "\u7B2C 1\u20133 \u5206\u949F\uFF1A\u5404\u81EA\u8BF4\u4E00\u4EF6\u8FD9\u5468\u6B23\u8D4F\u5BF9\u65B9\u7684\u4E8B\u3002"
    },
    {
      en: "Minutes 4\u20138: Each of you names one thing that felt good and one thing that felt hard, while the other simply listens.",
      zh: "\u7B2C 4\u20138 \u5206\u949F\uFF1A\u5404\u81EA\u8BF4\u4E00\u4EF6\u611F\u89C9\u4E0D\u9519\u7684\u4E8B\u548C\u4E00\u4EF6\u611F\u89C9\u56F0\u96BE\u7684\u4E8B\uFF0C\u53E6\u4E00\u65B9\u53EA\u9700\u503E\u542C\u3002"
    },
    {
      en: "Minutes 9\u201313: Choose one small, specific thing to try together in the coming week.",
      zh: "\u7B2C 9\u201313 \u5206\u949F\uFF1A\u4E00\u8D77\u9009\u5B9A\u4E0B\u5468\u8981\u5C1D\u8BD5\u7684\u4E00\u4EF6\u5177\u4F53\u7684\u5C0F\u4E8B\u3002"
    },
    {
      en: "Minutes 14\u201315: Close with a thank-you or a moment of warmth, and set the time for next week's check-in.",
      zh: "\u7B2C 14\u201315 \u5206\u949F\uFF1A\u4EE5\u4E00\u53E5\u611F\u8C22\u6216\u4E00\u4E2A\u6E29\u6696\u7684\u4E3E\u52A8\u7ED3\u675F\uFF0C\u5E76\u7EA6\u597D\u4E0B\u5468\u4EA4\u6D41\u7684\u65F6\u95F4\u3002"
    }
  ],
  openers: {
    secure: [
      {
        en: "I have been thinking about what works well for us, and I would love to hear what you think it is.",
        zh: "\u6211\u4E00\u76F4\u5728\u60F3\u6211\u4EEC\u4E4B\u95F4\u54EA\u4E9B\u5730\u65B9\u505A\u5F97\u5F88\u597D\uFF0C\u5F88\u60F3\u542C\u542C\u4F60\u7684\u770B\u6CD5\u3002"
      },
      {
        en: "Could we pick one small thing to enjoy together this week?",
        zh: "\u6211\u4EEC\u8FD9\u5468\u80FD\u4E0D\u80FD\u9009\u4E00\u4EF6\u5C0F\u4E8B\uFF0C\u4E00\u8D77\u597D\u597D\u4EAB\u53D7\uFF1F"
      },
      {
        en: "When things get tense between us, what helps you feel we are still on the same team?",
        zh: "\u5F53\u6211\u4EEC\u4E4B\u95F4\u6709\u4E9B\u7D27\u5F20\u65F6\uFF0C\u4EC0\u4E48\u4F1A\u8BA9\u4F60\u89C9\u5F97\u6211\u4EEC\u4ECD\u7136\u662F\u4E00\u961F\u7684\uFF1F"
      }
    ],
    anxious: [
      {
        en: "I have been feeling a bit unsure about us lately, and I would like to talk about it calmly when you have time.",
        zh: "\u6700\u8FD1\u6211\u5BF9\u6211\u4EEC\u4E4B\u95F4\u6709\u70B9\u4E0D\u592A\u786E\u5B9A\uFF0C\u7B49\u4F60\u6709\u7A7A\u7684\u65F6\u5019\uFF0C\u6211\u60F3\u5E73\u9759\u5730\u548C\u4F60\u804A\u4E00\u804A\u3002"
      },
      {
        en: "It would mean a lot to me if we could have a short check-in each evening, even just a few minutes.",
        zh: "\u5982\u679C\u6211\u4EEC\u6BCF\u5929\u665A\u4E0A\u80FD\u7B80\u5355\u804A\u51E0\u5206\u949F\uFF0C\u54EA\u6015\u53EA\u662F\u4E00\u4F1A\u513F\uFF0C\u5BF9\u6211\u6765\u8BF4\u90FD\u5F88\u91CD\u8981\u3002"
      },
      {
        en: "When I push to talk right away, it is because I miss feeling close to you, not because I want to blame you.",
        zh: "\u5F53\u6211\u6025\u7740\u8981\u9A6C\u4E0A\u8C08\u7684\u65F6\u5019\uFF0C\u662F\u56E0\u4E3A\u6211\u60F3\u5FF5\u548C\u4F60\u4EB2\u8FD1\u7684\u611F\u89C9\uFF0C\u800C\u4E0D\u662F\u60F3\u8D23\u602A\u4F60\u3002"
      }
    ],
    avoidant: [
      {
        en: "I sometimes need a little time before I can talk, and I want you to know I will come back to it.",
        zh: "\u6709\u65F6\u5019\u6211\u9700\u8981\u4E00\u70B9\u65F6\u95F4\u624D\u80FD\u5F00\u53E3\uFF0C\u4F46\u6211\u60F3\u8BA9\u4F60\u77E5\u9053\uFF0C\u6211\u4E00\u5B9A\u4F1A\u56DE\u6765\u63A5\u7740\u8C08\u3002"
      },
      {
        en: "Could we talk about this for twenty minutes tonight and then take a break?",
        zh: "\u6211\u4EEC\u4ECA\u665A\u80FD\u4E0D\u80FD\u5148\u804A\u4E8C\u5341\u5206\u949F\uFF0C\u7136\u540E\u4F11\u606F\u4E00\u4E0B\uFF1F"
      },
      {
        en: "I am not always good at saying how I feel, but I do want to share more with you.",
        zh: "\u6211\u4E0D\u592A\u64C5\u957F\u8868\u8FBE\u81EA\u5DF1\u7684\u611F\u53D7\uFF0C\u4F46\u6211\u771F\u7684\u60F3\u548C\u4F60\u5206\u4EAB\u66F4\u591A\u3002"
      }
    ],
    fearful: [
      {
        en: "Part of me wants to be close to you and part of me wants to pull back, and I would like us to understand that together.",
        zh: "\u6211\u5FC3\u91CC\u6709\u4E00\u90E8\u5206\u60F3\u9760\u8FD1\u4F60\uFF0C\u4E5F\u6709\u4E00\u90E8\u5206\u60F3\u5F80\u540E\u9000\uFF0C\u6211\u5E0C\u671B\u6211\u4EEC\u80FD\u4E00\u8D77\u7406\u89E3\u8FD9\u4E00\u70B9\u3002"
      },
      {
        en: "Could we slow down and take this one step at a time?",
        zh: "\u6211\u4EEC\u80FD\u4E0D\u80FD\u653E\u6162\u4E00\u70B9\uFF0C\u4E00\u6B65\u4E00\u6B65\u6765\uFF1F"
      },
      {
        en: "If I go quiet, it helps me to know you are still there, and I will try to tell you what I need.",
        zh: "\u5982\u679C\u6211\u6C89\u9ED8\u4E86\uFF0C\u77E5\u9053\u4F60\u8FD8\u5728\u4F1A\u8BA9\u6211\u5B89\u5FC3\u4E00\u4E9B\uFF0C\u6211\u4E5F\u4F1A\u8BD5\u7740\u544A\u8BC9\u4F60\u6211\u9700\u8981\u4EC0\u4E48\u3002"
      }
    ]
  },
  individualOpeners: [
    {
      en: "Things at home have been hard lately, and I would really like someone to talk to about it.",
      zh: "\u6700\u8FD1\u5BB6\u91CC\u7684\u60C5\u51B5\u4E0D\u592A\u597D\uFF0C\u6211\u771F\u7684\u5F88\u60F3\u627E\u4E2A\u4EBA\u804A\u4E00\u804A\u3002"
    },
    {
      en: "I do not always feel safe in my relationship, and I would like help thinking through my options.",
      zh: "\u5728\u8FD9\u6BB5\u5173\u7CFB\u91CC\uFF0C\u6211\u5E76\u4E0D\u603B\u662F\u611F\u5230\u5B89\u5168\uFF0C\u6211\u60F3\u8BF7\u4F60\u5E2E\u6211\u4E00\u8D77\u60F3\u60F3\u6709\u54EA\u4E9B\u9009\u62E9\u3002"
    },
    {
      en: "Could you help me make a plan for what to do if I need support quickly?",
      zh: "\u4F60\u80FD\u5E2E\u6211\u505A\u4E00\u4E2A\u8BA1\u5212\u5417\uFF1F\u5982\u679C\u6211\u9700\u8981\u5C3D\u5FEB\u5F97\u5230\u652F\u6301\uFF0C\u8BE5\u600E\u4E48\u505A\uFF1F"
    }
  ],
  individualCheckin: [
    {
      en: "Minutes 1\u20133: Sit somewhere comfortable, breathe slowly, and notice how you are feeling right now.",
      zh: "\u7B2C 1\u20133 \u5206\u949F\uFF1A\u627E\u4E2A\u8212\u9002\u7684\u5730\u65B9\u5750\u4E0B\uFF0C\u6162\u6162\u547C\u5438\uFF0C\u7559\u610F\u81EA\u5DF1\u6B64\u523B\u7684\u611F\u53D7\u3002"
    },
    {
      en: "Minutes 4\u20137: Write down one thing that helped you feel safer or stronger this week.",
      zh: "\u7B2C 4\u20137 \u5206\u949F\uFF1A\u5199\u4E0B\u8FD9\u5468\u8BA9\u4F60\u611F\u5230\u66F4\u5B89\u5168\u6216\u66F4\u6709\u529B\u91CF\u7684\u4E00\u4EF6\u4E8B\u3002"
    },
    {
      en: "Minutes 8\u201312: Check your safety plan and the trusted people or services you can contact, and update anything that has changed.",
      zh: "\u7B2C 8\u201312 \u5206\u949F\uFF1A\u68C0\u67E5\u4F60\u7684\u5B89\u5168\u8BA1\u5212\uFF0C\u4EE5\u53CA\u53EF\u4EE5\u8054\u7CFB\u7684\u4FE1\u4EFB\u7684\u4EBA\u6216\u670D\u52A1\uFF0C\u5982\u6709\u53D8\u5316\u5C31\u66F4\u65B0\u3002"
    },
    {
      en: "Minutes 13\u201315: Choose one small, kind thing to do for yourself in the coming week.",
      zh: "\u7B2C 13\u201315 \u5206\u949F\uFF1A\u9009\u4E00\u4EF6\u4E0B\u5468\u8981\u4E3A\u81EA\u5DF1\u505A\u7684\u3001\u5C0F\u800C\u6E29\u67D4\u7684\u4E8B\u3002"
    }
  ],
  safetyIntro: {
    en: "Based on your answers, this plan has been adapted: your safety comes first. The exercises here are for you alone, not for doing with your partner. Reaching out to a trusted person, a counsellor or a helpline with trained staff can be an important step, and you deserve that support.",
    zh: "\u6839\u636E\u4F60\u7684\u56DE\u7B54\uFF0C\u8FD9\u4EFD\u8BA1\u5212\u5DF2\u505A\u4E86\u8C03\u6574\uFF1A\u4F60\u7684\u5B89\u5168\u6C38\u8FDC\u653E\u5728\u7B2C\u4E00\u4F4D\u3002\u8FD9\u91CC\u7684\u7EC3\u4E60\u53EA\u4F9B\u4F60\u81EA\u5DF1\u8FDB\u884C\uFF0C\u800C\u4E0D\u662F\u4E0E\u4F34\u4FA3\u4E00\u8D77\u5B8C\u6210\u3002\u5411\u4FE1\u4EFB\u7684\u4EBA\u3001\u5FC3\u7406\u54A8\u8BE2\u5E08\u6216\u6709\u4E13\u4E1A\u4EBA\u5458\u63A5\u542C\u7684\u6C42\u52A9\u70ED\u7EBF\u5BFB\u6C42\u5E2E\u52A9\uFF0C\u53EF\u80FD\u662F\u5F88\u91CD\u8981\u7684\u4E00\u6B65\uFF0C\u4F60\u503C\u5F97\u5F97\u5230\u8FD9\u6837\u7684\u652F\u6301\u3002"
  }
};

// src/features/report/content.ts
var L2 = z8.object({ en: z8.string().min(1), zh: z8.string().min(1) });
var Scale = z8.object({ meaning: L2, low: L2, high: L2 });
var Patterns = (item) => z8.object({ secure: item, anxious: item, avoidant: item, fearful: item });
var ReportTextsSchema = z8.object({
  intro: L2,
  scales: z8.object({
    anxiety: Scale,
    avoidance: Scale,
    pursue: Scale,
    withdraw: Scale,
    criticism: Scale,
    defensiveness: Scale,
    repair: Scale,
    responsiveness: Scale
  }),
  cycles: Patterns(L2),
  stages: z8.object(
    Object.fromEntries(STAGES.map((s) => [s, z8.object({ title: L2, purpose: L2 })]))
  ),
  scaling: L2,
  scalingTop: L2,
  warningSigns: z8.array(L2).min(3),
  preventionPlan: z8.array(L2).min(3),
  checkin: z8.array(L2).min(3),
  openers: Patterns(z8.array(L2).min(2)),
  individualOpeners: z8.array(L2).min(2),
  individualCheckin: z8.array(L2).min(3),
  safetyIntro: L2
});
var ExercisesSchema = z8.object({
  exercises: z8.array(
    z8.object({
      id: z8.string().regex(/^[a-z]+(-[a-z]+)*$/),
      stage: z8.enum(STAGES),
      audience: z8.enum(["individual", "couple", "any"]),
      title: L2,
      why: L2,
      how: L2,
      notice: L2
    })
  )
});
var REPORT_TEXTS = ReportTextsSchema.parse(report_texts_default);
var EXERCISES = ExercisesSchema.parse(exercises_default).exercises;

// src/features/report/report.ts
var RESOURCE_SCALES2 = ["repair", "responsiveness"];
var DIMENSIONS = ["anxiety", "avoidance"];
var CHALLENGES = ["pursue", "withdraw", "criticism", "defensiveness"];
var fill2 = (s, params) => s.replace(/\{(\w+)\}/g, (w, k) => k in params ? String(params[k]) : w);
function buildReport(result, lang, safetyResources = SAFETY_RESOURCES[lang]) {
  const texts = REPORT_TEXTS;
  const reading = (scale) => {
    const s = texts.scales[scale];
    const score = result.scores[scale];
    return { scale, name: t(lang, `scale.${scale}`), score, meaning: s.meaning[lang], reading: (score > CUT ? s.high : s.low)[lang] };
  };
  const chosen = selectExercises(result, EXERCISES);
  const byId = new Map(EXERCISES.map((e) => [e.id, e]));
  const next = Math.min(10, result.today + 1);
  const flagged = result.safetyFlag;
  return {
    lang,
    labelSep: lang === "zh" ? "\uFF1A" : ": ",
    title: t(lang, "report.title"),
    intro: texts.intro[lang],
    safety: flagged ? {
      heading: RESULT_TEXTS.safety.heading[lang],
      body: RESULT_TEXTS.safety.body[lang],
      intro: texts.safetyIntro[lang],
      resourcesHeading: t(lang, "result.safetyResources"),
      resources: safetyResources
    } : void 0,
    pattern: { name: RESULT_TEXTS.patterns[result.pattern].name[lang], summary: RESULT_TEXTS.patterns[result.pattern].summary[lang] },
    cycle: texts.cycles[result.pattern][lang],
    resources: RESOURCE_SCALES2.map(reading),
    dimensions: DIMENSIONS.map(reading),
    challenges: CHALLENGES.map(reading),
    stages: STAGES.map((stage) => {
      const [from, to] = STAGE_DAYS[stage];
      return {
        id: stage,
        title: texts.stages[stage].title[lang],
        purpose: texts.stages[stage].purpose[lang],
        days: t(lang, stage === "consolidation" ? "report.daysOn" : "report.days", { from, to }),
        exercises: chosen[stage].flatMap((id) => {
          const e = byId.get(id);
          if (!e) return [];
          const params = { today: result.today, next };
          return [{ id, title: e.title[lang], why: fill2(e.why[lang], params), how: fill2(e.how[lang], params), notice: fill2(e.notice[lang], params) }];
        })
      };
    }),
    scaling: result.today >= 10 ? texts.scalingTop[lang] : fill2(texts.scaling[lang], { today: result.today, next }),
    warningSigns: texts.warningSigns.map((s) => s[lang]),
    preventionPlan: texts.preventionPlan.map((s) => s[lang]),
    checkin: flagged ? { heading: t(lang, "report.checkinIndividual"), steps: texts.individualCheckin.map((s) => s[lang]) } : { heading: t(lang, "report.checkin"), steps: texts.checkin.map((s) => s[lang]) },
    openers: flagged ? { heading: t(lang, "report.openersIndividual"), lines: texts.individualOpeners.map((s) => s[lang]) } : { heading: t(lang, "report.openers"), lines: texts.openers[result.pattern].map((s) => s[lang]) }
  };
}

// src/features/report/report-view.tsx
import { jsx as jsx26, jsxs as jsxs21 } from "hono/jsx/jsx-runtime";
function Readings({ ctx, items }) {
  return /* @__PURE__ */ jsx26("dl", { class: "readings", children: items.map((r) => /* @__PURE__ */ jsxs21("div", { class: "reading", children: [
    /* @__PURE__ */ jsxs21("dt", { children: [
      r.name,
      " ",
      /* @__PURE__ */ jsx26("span", { class: "meta", children: ctx.t("report.yourScore", { score: r.score.toFixed(2) }) })
    ] }),
    /* @__PURE__ */ jsxs21("dd", { children: [
      /* @__PURE__ */ jsx26("p", { children: r.meaning }),
      /* @__PURE__ */ jsx26("p", { children: r.reading })
    ] })
  ] })) });
}
function ReportView({
  ctx,
  report,
  resultId,
  articles
}) {
  const { t: t2, lang } = ctx;
  const base = `/${lang}/results/${resultId}`;
  return /* @__PURE__ */ jsx26(Layout, { ctx, seo: { title: report.title, description: report.intro, path: `${base}/report`, noindex: true, quickExit: true }, children: /* @__PURE__ */ jsxs21("article", { class: "report", children: [
    /* @__PURE__ */ jsx26("h1", { children: report.title }),
    /* @__PURE__ */ jsx26("p", { class: "lede", children: report.intro }),
    /* @__PURE__ */ jsxs21("p", { class: "report-actions no-print", children: [
      /* @__PURE__ */ jsx26("a", { href: `${base}/report.pdf`, download: true, children: t2("report.pdf") }),
      " \xB7 ",
      /* @__PURE__ */ jsx26("a", { href: `${base}/plan.ics`, download: true, children: t2("report.calendar") }),
      " \xB7 ",
      /* @__PURE__ */ jsx26("a", { href: base, children: t2("report.backToResult") })
    ] }),
    /* @__PURE__ */ jsx26("p", { class: "meta no-print", children: t2("report.calendarNote") }),
    report.safety ? /* @__PURE__ */ jsxs21("section", { class: "safety-panel", "aria-labelledby": "safety-heading", children: [
      /* @__PURE__ */ jsx26("h2", { id: "safety-heading", children: report.safety.heading }),
      /* @__PURE__ */ jsx26("p", { children: report.safety.body }),
      /* @__PURE__ */ jsx26("p", { children: report.safety.intro }),
      /* @__PURE__ */ jsx26("h3", { children: report.safety.resourcesHeading }),
      /* @__PURE__ */ jsx26(SafetyResourceList, { resources: report.safety.resources })
    ] }) : null,
    /* @__PURE__ */ jsxs21("section", { "aria-labelledby": "depth-heading", children: [
      /* @__PURE__ */ jsx26("h2", { id: "depth-heading", children: t2("report.inDepth") }),
      /* @__PURE__ */ jsx26("h3", { children: report.pattern.name }),
      /* @__PURE__ */ jsx26("p", { children: report.pattern.summary }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.resourcesFirst") }),
      /* @__PURE__ */ jsx26(Readings, { ctx, items: report.resources }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.dimensions") }),
      /* @__PURE__ */ jsx26(Readings, { ctx, items: report.dimensions }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.challenges") }),
      /* @__PURE__ */ jsx26(Readings, { ctx, items: report.challenges }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.cycle") }),
      /* @__PURE__ */ jsx26("p", { children: report.cycle })
    ] }),
    /* @__PURE__ */ jsxs21("section", { "aria-labelledby": "plan-heading", children: [
      /* @__PURE__ */ jsx26("h2", { id: "plan-heading", children: t2("report.plan") }),
      report.stages.map((stage, i) => /* @__PURE__ */ jsxs21("section", { class: "stage", "aria-labelledby": `stage-${stage.id}`, children: [
        /* @__PURE__ */ jsxs21("div", { class: "stage-head", children: [
          /* @__PURE__ */ jsxs21("h3", { id: `stage-${stage.id}`, children: [
            i + 1,
            ". ",
            stage.title,
            " ",
            /* @__PURE__ */ jsxs21("span", { class: "meta", children: [
              "\xB7 ",
              stage.days
            ] })
          ] }),
          /* @__PURE__ */ jsx26("p", { children: stage.purpose })
        ] }),
        stage.exercises.map((e) => /* @__PURE__ */ jsxs21("div", { class: "exercise", children: [
          /* @__PURE__ */ jsx26("h4", { children: e.title }),
          /* @__PURE__ */ jsxs21("p", { children: [
            /* @__PURE__ */ jsxs21("strong", { children: [
              t2("report.why"),
              report.labelSep
            ] }),
            e.why
          ] }),
          /* @__PURE__ */ jsxs21("p", { children: [
            /* @__PURE__ */ jsxs21("strong", { children: [
              t2("report.how"),
              report.labelSep
            ] }),
            e.how
          ] }),
          /* @__PURE__ */ jsxs21("p", { children: [
            /* @__PURE__ */ jsxs21("strong", { children: [
              t2("report.notice"),
              report.labelSep
            ] }),
            e.notice
          ] })
        ] }))
      ] }))
    ] }),
    /* @__PURE__ */ jsxs21("section", { "aria-labelledby": "vision-heading", children: [
      /* @__PURE__ */ jsx26("h2", { id: "vision-heading", children: t2("report.vision") }),
      /* @__PURE__ */ jsx26("p", { children: report.scaling }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.warningSigns") }),
      /* @__PURE__ */ jsx26("ul", { children: report.warningSigns.map((s) => /* @__PURE__ */ jsx26("li", { children: s })) }),
      /* @__PURE__ */ jsx26("h3", { children: t2("report.preventionPlan") }),
      /* @__PURE__ */ jsx26("ul", { children: report.preventionPlan.map((s) => /* @__PURE__ */ jsx26("li", { children: s })) }),
      /* @__PURE__ */ jsx26("h3", { children: report.checkin.heading }),
      /* @__PURE__ */ jsx26("ol", { children: report.checkin.steps.map((s) => /* @__PURE__ */ jsx26("li", { children: s })) }),
      /* @__PURE__ */ jsx26("h3", { children: report.openers.heading }),
      /* @__PURE__ */ jsx26("ul", { class: "openers", children: report.openers.lines.map((s) => /* @__PURE__ */ jsx26("li", { children: s })) })
    ] }),
    articles.length > 0 ? /* @__PURE__ */ jsxs21("section", { "aria-labelledby": "report-reading", children: [
      /* @__PURE__ */ jsx26("h2", { id: "report-reading", children: t2("report.articles") }),
      /* @__PURE__ */ jsx26("ul", { children: articles.map((a) => /* @__PURE__ */ jsx26("li", { children: /* @__PURE__ */ jsx26("a", { href: `/${lang}/articles/${a.slug}`, children: a.title }) })) })
    ] }) : null
  ] }) });
}

// src/features/report/routes.tsx
import { jsx as jsx27 } from "hono/jsx/jsx-runtime";
async function ownedResult(c) {
  const result = await findOwnedResult(c.get("deps").db, c.req.param("id") ?? "", ownerHash(c));
  if (!result) throw notFound();
  c.header("Cache-Control", "private, no-store");
  c.set("referrerPolicy", "no-referrer");
  return result;
}
function planStart(value, today = /* @__PURE__ */ new Date()) {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return date;
  }
  return /* @__PURE__ */ new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
}
function reportRoutes() {
  const app = new Hono8();
  app.get("/:lang{en|zh}/results/:id/report", async (c) => {
    const result = await ownedResult(c);
    const ctx = c.get("page");
    const articles = await listByTags(c.get("deps").db, ctx.lang, readingTags(result), 6);
    return c.html(
      renderDocument(/* @__PURE__ */ jsx27(ReportView, { ctx, report: buildReport(result, ctx.lang, ctx.safetyResources), resultId: result.id, articles }))
    );
  });
  app.get("/:lang{en|zh}/results/:id/report.pdf", async (c) => {
    const result = await ownedResult(c);
    const { t: t2, lang, baseUrl, safetyResources } = c.get("page");
    const articles = await listByTags(c.get("deps").db, lang, readingTags(result), 6);
    const pdf = await renderReportPdf(
      buildReport(result, lang, safetyResources),
      {
        why: t2("report.why"),
        how: t2("report.how"),
        notice: t2("report.notice"),
        inDepth: t2("report.inDepth"),
        resources: t2("report.resourcesFirst"),
        dimensions: t2("report.dimensions"),
        challenges: t2("report.challenges"),
        cycle: t2("report.cycle"),
        plan: t2("report.plan"),
        vision: t2("report.vision"),
        warningSigns: t2("report.warningSigns"),
        preventionPlan: t2("report.preventionPlan"),
        articles: t2("report.articles"),
        score: (n) => t2("report.yourScore", { score: n.toFixed(2) })
      },
      c.req.query("size") === "letter" ? "LETTER" : "A4",
      articles.map((a) => ({ title: a.title, url: `${baseUrl}/${lang}/articles/${a.slug}` }))
    );
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", 'attachment; filename="40-day-plan.pdf"');
    return c.body(new Uint8Array(pdf));
  });
  app.get("/:lang{en|zh}/results/:id/plan.ics", async (c) => {
    const result = await ownedResult(c);
    const { t: t2 } = c.get("page");
    const ics = planCalendar({
      start: planStart(c.req.query("start")),
      seed: result.id,
      now: /* @__PURE__ */ new Date(),
      texts: {
        stageTitle: t2("calendar.stageTitle", { n: "{n}" }),
        stageDescription: t2("calendar.stageDescription", { from: "{from}", to: "{to}" }),
        checkinTitle: t2("calendar.checkinTitle")
      }
    });
    c.header("Content-Type", "text/calendar; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="plan.ics"');
    return c.body(ics);
  });
  return app;
}

// src/features/safety/routes.tsx
import { Hono as Hono9 } from "hono";
import { jsx as jsx28, jsxs as jsxs22 } from "hono/jsx/jsx-runtime";
function SafetyView({ ctx }) {
  const { t: t2, lang } = ctx;
  return /* @__PURE__ */ jsxs22(
    Layout,
    {
      ctx,
      seo: {
        title: t2("safety.title"),
        description: t2("safety.intro"),
        path: `/${lang}/safety`,
        alternates: { en: "/en/safety", zh: "/zh/safety" },
        quickExit: true
      },
      children: [
        /* @__PURE__ */ jsx28("h1", { children: t2("safety.title") }),
        /* @__PURE__ */ jsxs22("div", { class: "prose", children: [
          /* @__PURE__ */ jsx28("p", { class: "lede", children: t2("safety.intro") }),
          /* @__PURE__ */ jsx28("p", { children: /* @__PURE__ */ jsx28("strong", { children: t2("safety.emergency") }) }),
          /* @__PURE__ */ jsx28("h2", { children: t2("safety.resourcesHeading") }),
          /* @__PURE__ */ jsx28(SafetyResourceList, { resources: ctx.safetyResources }),
          /* @__PURE__ */ jsx28("p", { children: t2("safety.notCouples") }),
          /* @__PURE__ */ jsx28("h2", { children: t2("safety.privacyHeading") }),
          /* @__PURE__ */ jsx28("p", { children: t2("safety.deviceTip") }),
          /* @__PURE__ */ jsx28("p", { children: t2("quickExit.note") })
        ] })
      ]
    }
  );
}
function safetyRoutes() {
  const app = new Hono9();
  app.get("/:lang{en|zh}/safety", (c) => c.html(renderDocument(/* @__PURE__ */ jsx28(SafetyView, { ctx: c.get("page") }))));
  return app;
}

// src/features/search/routes.tsx
import { Hono as Hono10 } from "hono";

// src/features/search/schema.ts
import { z as z9 } from "zod";

// src/features/search/query.ts
var MAX_QUERY_LENGTH = 200;
var QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」/g;
function parseQuery(input) {
  const chunks = [];
  let rest = input.replace(QUOTED, (_whole, a, b, c) => {
    chunks.push(a ?? b ?? c ?? "");
    return " ";
  });
  rest = rest.replace(/["“”「」]/g, " ");
  chunks.push(...rest.split(/\s+/));
  const groups = [];
  const seen = /* @__PURE__ */ new Set();
  for (const chunk of chunks) {
    const tokens = phraseTokens(chunk);
    if (tokens.length === 0) continue;
    const key = tokens.map((t2) => `${t2.text}${t2.prefix ? "*" : ""}`).join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ tokens, surface: segments(chunk).map((s) => s.text) });
  }
  return { groups };
}
function toFts5(query) {
  return query.groups.map((g) => g.tokens.map((t2) => `"${t2.text.replace(/"/g, '""')}"${t2.prefix ? " *" : ""}`).join(" + ")).map((phrase) => `(${phrase})`).join(" AND ");
}
function toTsquery(query) {
  return query.groups.map((g) => g.tokens.map((t2) => `'${t2.text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${t2.prefix ? ":*" : ""}`).join(" <-> ")).map((phrase) => `(${phrase})`).join(" & ");
}

// src/features/search/schema.ts
var MAX_LIMIT = 50;
var MAX_OFFSET = 1e4;
var SearchApiQuery = z9.object({
  q: z9.string().default(""),
  lang: z9.enum(["en", "zh", "all"]).default("all"),
  series: SLUG.optional(),
  limit: z9.coerce.number().int().min(1).max(MAX_LIMIT).default(10),
  offset: z9.coerce.number().int().min(0).max(MAX_OFFSET).default(0)
});
function checkQuery(raw) {
  const query = (raw ?? "").trim();
  if (!query) return { query, problem: "query_empty" };
  if ([...query].length > MAX_QUERY_LENGTH) return { query, problem: "query_too_long" };
  return { query, problem: void 0 };
}

// src/features/search/search.ts
import { sql as sql3 } from "kysely";
var EXACT_TOTAL_LIMIT = 500;
async function searchArticles(db, params) {
  const started = performance.now();
  const parsed = parseQuery(params.query);
  if (parsed.groups.length === 0) return { query: params.query, total: 0, totalExact: true, results: [], tookMs: 0 };
  const { ids, total, totalExact } = db.dialect === "sqlite" ? await matchSqlite(db, parsed, params) : await matchPostgres(db, parsed, params);
  const results = ids.length ? await loadHits(db, ids, parsed) : [];
  return { query: params.query, total, totalExact, results, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
async function rankedPage(engine, params) {
  const countLimit = Math.max(params.exactTotalLimit ?? EXACT_TOTAL_LIMIT, params.offset + params.limit);
  const counted = await engine.count("all", countLimit);
  const totalExact = counted <= countLimit;
  const total = Math.min(counted, countLimit);
  const ids = [];
  let skip = params.offset;
  for (const tier of [1, 2, 3]) {
    if (ids.length >= params.limit || skip >= total) break;
    if (skip > 0 && tier < 3) {
      const size2 = await engine.count(tier, skip);
      if (skip >= size2) {
        skip -= size2;
        continue;
      }
    }
    ids.push(...await engine.page(tier, params.limit - ids.length, skip));
    skip = 0;
  }
  return { ids, total, totalExact };
}
function sqliteEngine(db, query, params) {
  const scope = [
    ...params.lang !== "all" ? [`{lang} : "${langToken(params.lang)}"`] : [],
    ...params.series ? [`{series} : "${seriesToken(params.series)}"`] : []
  ];
  const within = (expr) => [...scope, `(${expr})`].join(" AND ");
  const all = toFts5(query);
  const inTitle = `{title} : (${all})`;
  const inHead = `{title meta} : (${all})`;
  const match = { all: within(all), 1: within(inTitle), 2: `(${within(inHead)}) NOT (${inTitle})`, 3: `(${within(all)}) NOT (${inHead})` };
  return {
    async count(tier, atMost) {
      const r = await sql3`SELECT count(*) AS n FROM
        (SELECT 1 FROM article_fts WHERE article_fts MATCH ${match[tier]} LIMIT ${atMost + 1})`.execute(db.reader);
      return Number(r.rows[0]?.n ?? 0);
    },
    async page(tier, limit, offset) {
      const r = await sql3`SELECT rowid AS key FROM article_fts WHERE article_fts MATCH ${match[tier]}
        ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`.execute(db.reader);
      return r.rows.map((row) => articleIdOfKey(row.key));
    }
  };
}
function postgresEngine(executor, query, params) {
  const q = sql3`${toTsquery(query)}::tsquery`;
  const scope = sql3.join(
    [sql3`TRUE`, ...params.lang !== "all" ? [sql3`lang = ${params.lang}`] : [], ...params.series ? [sql3`series_slug = ${params.series}`] : []],
    sql3` AND `
  );
  const where = {
    all: sql3`all_vec @@ ${q} AND ${scope}`,
    1: sql3`title_vec @@ ${q} AND ${scope}`,
    2: sql3`head_vec @@ ${q} AND NOT (title_vec @@ ${q}) AND ${scope}`,
    3: sql3`all_vec @@ ${q} AND NOT (head_vec @@ ${q}) AND ${scope}`
  };
  return {
    async count(tier, atMost) {
      const r = await sql3`SELECT count(*) AS n FROM
        (SELECT 1 FROM article_search WHERE ${where[tier]} LIMIT ${atMost + 1}) AS hits`.execute(executor);
      return Number(r.rows[0]?.n ?? 0);
    },
    async page(tier, limit, offset) {
      const r = await sql3`SELECT article_id AS id FROM article_search WHERE ${where[tier]}
        ORDER BY published_at DESC, article_id DESC LIMIT ${limit} OFFSET ${offset}`.execute(executor);
      return r.rows.map((row) => row.id);
    }
  };
}
async function matchSqlite(db, query, params) {
  return rankedPage(sqliteEngine(db, query, params), params);
}
async function matchPostgres(db, query, params) {
  return db.reader.transaction().execute(async (trx) => {
    await sql3`SET LOCAL enable_seqscan = off`.execute(trx);
    return rankedPage(postgresEngine(trx, query, params), params);
  });
}
function* snippetFields(summary, bodyMarkdown, meta) {
  yield summary;
  const paragraphs = bodyMarkdown.split(/\n\s*\n/);
  let chunk = "";
  for (const paragraph of paragraphs) {
    chunk += `${paragraph}

`;
    if (chunk.length >= BODY_CHUNK) {
      yield markdownToPlain(chunk);
      chunk = "";
    }
  }
  if (chunk) yield markdownToPlain(chunk);
  yield meta;
}
var BODY_CHUNK = 3e3;
async function loadHits(db, ids, query) {
  const rows = await db.reader.selectFrom("article as a").leftJoin("series_text as st", (j) => j.onRef("st.series_slug", "=", "a.series_slug").onRef("st.lang", "=", "a.lang")).select([
    "a.id",
    "a.slug",
    "a.lang",
    "a.title",
    "a.series_slug",
    "a.installment",
    "a.summary",
    "a.quotes",
    "a.faq",
    "a.body_md",
    "st.title as series_title"
  ]).where("a.id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const terms = query.groups.flatMap((g) => g.surface);
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const faq = JSON.parse(r.faq);
    const meta = [...JSON.parse(r.quotes), ...faq.flatMap((f) => [f.q, markdownToPlain(f.a)])].join(" ");
    return [
      {
        slug: r.slug,
        lang: r.lang,
        title: r.title,
        series: r.series_slug,
        seriesTitle: r.series_title ?? r.series_slug,
        installment: r.installment,
        url: paths.article(r.lang, r.slug),
        snippet: snippetHtml(snippetFields(r.summary, r.body_md, meta), terms, r.summary)
      }
    ];
  });
}

// src/features/search/views.tsx
import { Fragment as Fragment8, jsx as jsx29, jsxs as jsxs23 } from "hono/jsx/jsx-runtime";
var SEARCH_PAGE_SIZE = 20;
function searchUrl(lang, params) {
  const search = new URLSearchParams({ q: params.q });
  if (params.scope === "all") search.set("scope", "all");
  if (params.series) search.set("series", params.series);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  return `/${lang}/search?${search}`;
}
function resultCount({ t: t2, lang }, result) {
  const count = result.total.toLocaleString(HTML_LANG[lang]);
  if (!result.totalExact) return t2("search.countMore", { count });
  return result.total === 1 ? t2("search.countOne") : t2("search.count", { count });
}
function SearchView({ ctx, query, problem, scope, series, seriesList, page, result }) {
  const { t: t2, lang } = ctx;
  const pages = result ? pageCount(result.total, SEARCH_PAGE_SIZE) : 1;
  const popular = [...seriesList].sort((a, b) => b.articleCount - a.articleCount).slice(0, 4);
  return /* @__PURE__ */ jsxs23(
    Layout,
    {
      ctx,
      seo: {
        title: query ? t2("search.resultsFor", { query }) : t2("search.title"),
        description: t2("search.intro"),
        path: `/${lang}/search`,
        noindex: true
      },
      children: [
        /* @__PURE__ */ jsx29(Breadcrumbs, { ctx, trail: [{ label: t2("nav.home"), href: paths.home(lang) }, { label: t2("search.title") }] }),
        /* @__PURE__ */ jsx29("h1", { id: "search-heading", children: query ? t2("search.resultsFor", { query }) : t2("search.title") }),
        /* @__PURE__ */ jsxs23("form", { class: "search-form", role: "search", "aria-labelledby": "search-heading", action: `/${lang}/search`, method: "get", children: [
          /* @__PURE__ */ jsxs23("div", { class: "field", children: [
            /* @__PURE__ */ jsx29("label", { for: "search-page-q", children: t2("search.label") }),
            /* @__PURE__ */ jsx29("input", { id: "search-page-q", type: "search", name: "q", value: query, maxlength: 200, "aria-describedby": "search-intro" })
          ] }),
          /* @__PURE__ */ jsxs23("div", { class: "field", children: [
            /* @__PURE__ */ jsx29("label", { for: "search-page-series", children: t2("search.seriesLabel") }),
            /* @__PURE__ */ jsxs23("select", { id: "search-page-series", name: "series", children: [
              /* @__PURE__ */ jsx29("option", { value: "", children: t2("search.seriesAll") }),
              seriesList.map((s) => /* @__PURE__ */ jsx29("option", { value: s.slug, selected: s.slug === series, children: s.title }))
            ] })
          ] }),
          /* @__PURE__ */ jsxs23("fieldset", { class: "field", children: [
            /* @__PURE__ */ jsx29("legend", { children: t2("search.scopeLabel") }),
            /* @__PURE__ */ jsxs23("label", { children: [
              /* @__PURE__ */ jsx29("input", { type: "radio", name: "scope", value: lang, checked: scope !== "all" }),
              " ",
              t2("search.scopeThis")
            ] }),
            /* @__PURE__ */ jsxs23("label", { children: [
              /* @__PURE__ */ jsx29("input", { type: "radio", name: "scope", value: "all", checked: scope === "all" }),
              " ",
              t2("search.scopeAll")
            ] })
          ] }),
          /* @__PURE__ */ jsx29("button", { type: "submit", class: "button", children: t2("search.button") })
        ] }),
        /* @__PURE__ */ jsx29("p", { id: "search-intro", class: "meta", children: t2("search.intro") }),
        problem ? /* @__PURE__ */ jsx29("p", { class: "form-error", role: "alert", children: t2("error.search.query_too_long") }) : null,
        result ? /* @__PURE__ */ jsxs23("section", { "aria-labelledby": "search-results-heading", children: [
          /* @__PURE__ */ jsx29("h2", { id: "search-results-heading", class: "visually-hidden", children: t2("search.resultsFor", { query }) }),
          /* @__PURE__ */ jsx29("p", { role: "status", children: resultCount(ctx, result) }),
          result.results.length > 0 ? /* @__PURE__ */ jsx29("ol", { class: "search-results", children: result.results.map((hit) => /* @__PURE__ */ jsxs23("li", { lang: hit.lang !== lang ? HTML_LANG[hit.lang] : void 0, children: [
            /* @__PURE__ */ jsx29("h3", { children: /* @__PURE__ */ jsx29("a", { href: hit.url, children: hit.title }) }),
            /* @__PURE__ */ jsxs23("p", { class: "meta", children: [
              t2("article.installmentOf", { installment: hit.installment, series: hit.seriesTitle }),
              hit.lang !== lang ? ` \xB7 ${LANGUAGE_NAMES[hit.lang]}` : ""
            ] }),
            /* @__PURE__ */ jsx29("p", { class: "snippet", dangerouslySetInnerHTML: { __html: hit.snippet } })
          ] })) }) : /* @__PURE__ */ jsxs23("div", { class: "no-results", children: [
            /* @__PURE__ */ jsx29("p", { children: t2("search.none", { query }) }),
            /* @__PURE__ */ jsxs23("ul", { children: [
              scope !== "all" ? /* @__PURE__ */ jsx29("li", { children: /* @__PURE__ */ jsx29("a", { href: searchUrl(lang, { q: query, scope: "all" }), children: t2("search.tryOtherLanguage") }) }) : null,
              popular.length > 0 ? /* @__PURE__ */ jsxs23("li", { children: [
                t2("search.tryPopular"),
                " ",
                popular.map((s, i) => /* @__PURE__ */ jsxs23(Fragment8, { children: [
                  i > 0 ? " \xB7 " : "",
                  /* @__PURE__ */ jsx29("a", { href: paths.series(lang, s.slug), children: s.title })
                ] }))
              ] }) : null
            ] })
          ] }),
          /* @__PURE__ */ jsx29(
            Pager,
            {
              ctx,
              page,
              pages,
              href: (n) => searchUrl(lang, { q: query, scope, series, page: n }),
              label: t2("search.pagination"),
              more: !result.totalExact
            }
          )
        ] }) : null
      ]
    }
  );
}

// src/features/search/routes.tsx
import { jsx as jsx30 } from "hono/jsx/jsx-runtime";
function searchRoutes() {
  const app = new Hono10();
  const limited = rateLimit("search");
  app.get("/api/search", limited, async (c) => {
    const raw = c.req.query();
    const tr = translator(isLang(raw.lang) ? raw.lang : c.get("page").lang);
    const parsed = SearchApiQuery.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      return c.json({ error: { code: "invalid_parameter", message: tr("error.invalid_parameter", { details }) } }, 400);
    }
    const { query, problem } = checkQuery(parsed.data.q);
    if (problem) return c.json({ error: { code: problem, message: tr(`error.search.${problem}`) } }, 400);
    const result = await searchArticles(c.get("deps").db, { ...parsed.data, query });
    c.header("Cache-Control", "no-store");
    return c.json(result);
  });
  app.get("/:lang{en|zh}/search", limited, async (c) => {
    const ctx = c.get("page");
    const { db } = c.get("deps");
    const raw = c.req.query();
    const scope = raw.scope === "all" ? "all" : ctx.lang;
    const seriesList = await listSeries(db, ctx.lang);
    const series = seriesList.some((s) => s.slug === raw.series) ? raw.series : void 0;
    const page = parsePage(raw.page);
    const { query, problem } = checkQuery(raw.q);
    const result = query && !problem ? await searchArticles(db, { query, lang: scope, series, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE }) : void 0;
    c.header("Cache-Control", "no-store");
    const status = problem === "query_too_long" ? 400 : 200;
    return c.html(
      renderDocument(
        /* @__PURE__ */ jsx30(
          SearchView,
          {
            ctx,
            query,
            problem: problem === "query_too_long" ? problem : void 0,
            scope,
            series,
            seriesList,
            page,
            result
          }
        )
      ),
      status
    );
  });
  return app;
}

// src/features/seo/routes.ts
import { Hono as Hono11 } from "hono";

// src/features/seo/xml.ts
function xmlEscape(value) {
  return value.replace(/[<>&'"]/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[ch] ?? ch);
}

// src/features/seo/feed.ts
var FEED_SIZE = 20;
async function renderFeed(db, lang, baseUrl) {
  const rows = await db.reader.selectFrom("article").select(["slug", "title", "summary", "body_html", "published_at", "updated_at"]).where("lang", "=", lang).where("status", "=", "published").orderBy("published_at", "desc").orderBy("id", "desc").limit(FEED_SIZE).execute();
  const updated = rows.map((r) => r.updated_at).sort().at(-1) ?? "1970-01-01T00:00:00.000Z";
  const entries = rows.map((r) => {
    const url = baseUrl + paths.article(lang, r.slug);
    return [
      "<entry>",
      `<title>${xmlEscape(r.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `<id>${xmlEscape(url)}</id>`,
      `<published>${xmlEscape(r.published_at ?? r.updated_at)}</published>`,
      `<updated>${xmlEscape(r.updated_at)}</updated>`,
      `<summary>${xmlEscape(r.summary)}</summary>`,
      `<content type="html">${xmlEscape(r.body_html)}</content>`,
      "</entry>"
    ].join("");
  }).join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HTML_LANG[lang]}">`,
    `<title>${xmlEscape(t(lang, "feed.title"))}</title>`,
    `<subtitle>${xmlEscape(t(lang, "site.description"))}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(baseUrl + paths.feed(lang))}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(baseUrl + paths.home(lang))}"/>`,
    `<id>${xmlEscape(baseUrl + paths.home(lang))}</id>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xmlEscape(t(lang, "site.name"))}</name></author>`,
    entries,
    "</feed>",
    ""
  ].join("\n");
}

// src/features/seo/sitemap.ts
async function collectSitemapUrls(db) {
  const [series, articles] = await Promise.all([
    db.reader.selectFrom("series").select(["slug", "updated_at"]).orderBy("position").execute(),
    db.reader.selectFrom("article").select(["lang", "slug", "translation_of", "updated_at"]).where("status", "=", "published").orderBy("id").execute()
  ]);
  const urls = [];
  const both = (make) => ({ en: make("en"), zh: make("zh") });
  for (const lang of LOCALES) {
    urls.push({ path: paths.home(lang), alternates: both(paths.home) });
    urls.push({ path: paths.seriesIndex(lang), alternates: both(paths.seriesIndex) });
    for (const s of series) urls.push({ path: paths.series(lang, s.slug), lastmod: s.updated_at, alternates: both((l) => paths.series(l, s.slug)) });
  }
  const published = new Set(articles.map((a) => `${a.lang}/${a.slug}`));
  const pointedAt = /* @__PURE__ */ new Map();
  for (const a of articles) if (a.translation_of) pointedAt.set(`${otherLang(a.lang)}/${a.translation_of}`, a.slug);
  for (const a of articles) {
    const other = otherLang(a.lang);
    const named = a.translation_of && published.has(`${other}/${a.translation_of}`) ? a.translation_of : void 0;
    const translation = named ?? pointedAt.get(`${a.lang}/${a.slug}`);
    urls.push({
      path: paths.article(a.lang, a.slug),
      lastmod: a.updated_at,
      alternates: { [a.lang]: paths.article(a.lang, a.slug), ...translation ? { [other]: paths.article(other, translation) } : {} }
    });
  }
  return urls;
}
function renderUrlSet(urls, baseUrl) {
  const body = urls.map((u) => {
    const alternates = Object.entries(u.alternates).map(([l, p]) => `<xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${xmlEscape(baseUrl + p)}"/>`).join("");
    const lastmod = u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : "";
    return `<url><loc>${xmlEscape(baseUrl + u.path)}</loc>${lastmod}${alternates}</url>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
}
function renderSitemapIndex(fileCount, baseUrl) {
  const entries = Array.from({ length: fileCount }, (_, i) => `<sitemap><loc>${xmlEscape(`${baseUrl}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`).join(
    "\n"
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries}
</sitemapindex>
`;
}

// src/features/seo/routes.ts
var SITEMAP_MAX_URLS = 5e4;
var XML = { "Content-Type": "application/xml; charset=utf-8" };
function seoRoutes() {
  const app = new Hono11();
  app.get("/sitemap.xml", cachedPage(contentVersionOf), async (c) => {
    const { db, config, sitemapPageSize = SITEMAP_MAX_URLS } = c.get("deps");
    const urls = await collectSitemapUrls(db);
    if (urls.length <= sitemapPageSize) return c.body(renderUrlSet(urls, config.baseUrl), 200, XML);
    return c.body(renderSitemapIndex(Math.ceil(urls.length / sitemapPageSize), config.baseUrl), 200, XML);
  });
  app.get("/sitemaps/:file{[0-9]+\\.xml}", cachedPage(contentVersionOf), async (c) => {
    const { db, config, sitemapPageSize = SITEMAP_MAX_URLS } = c.get("deps");
    const n = Number.parseInt(c.req.param("file"), 10);
    const urls = await collectSitemapUrls(db);
    const slice = urls.slice((n - 1) * sitemapPageSize, n * sitemapPageSize);
    if (urls.length <= sitemapPageSize || n < 1 || slice.length === 0) throw notFound();
    return c.body(renderUrlSet(slice, config.baseUrl), 200, XML);
  });
  app.get("/robots.txt", (c) => {
    const { baseUrl } = c.get("deps").config;
    const lines = [
      "User-agent: *",
      "Disallow: /api/",
      "Disallow: /*/editor/",
      "Disallow: /*/signin",
      "Disallow: /*/results/",
      "Disallow: /*/s/",
      "Disallow: /s/",
      "",
      `Sitemap: ${baseUrl}/sitemap.xml`,
      ""
    ];
    return c.text(lines.join("\n"));
  });
  app.get("/:lang{en|zh}/feed.xml", cachedPage(contentVersionOf), async (c) => {
    const { db, config } = c.get("deps");
    return c.body(await renderFeed(db, c.get("page").lang, config.baseUrl), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });
  return app;
}

// src/features/series/routes.tsx
import { Hono as Hono12 } from "hono";
import { jsx as jsx31 } from "hono/jsx/jsx-runtime";
function seriesRoutes() {
  const app = new Hono12();
  for (const lang of ["en", "zh"]) app.get(`/${lang}/series`, (c) => c.redirect(paths.seriesIndex(lang), 301));
  app.get("/:lang{en|zh}/series/", cachedPage(contentVersionOf), async (c) => {
    const ctx = c.get("page");
    const series = await listSeries(c.get("deps").db, ctx.lang);
    return c.html(renderDocument(/* @__PURE__ */ jsx31(SeriesIndexView, { ctx, series })));
  });
  app.get(
    "/:lang{en|zh}/series/:slug",
    cachedPage(contentVersionOf, (c) => {
      const page = parsePage(c.req.query("page"));
      return page > 1 ? `page=${page}` : "";
    }),
    async (c) => {
      const ctx = c.get("page");
      const db = c.get("deps").db;
      const series = await findSeries(db, c.req.param("slug"), ctx.lang);
      if (!series) throw notFound();
      const page = parsePage(c.req.query("page"));
      const { items, total } = await listInstallments(db, series.slug, ctx.lang, page);
      const pages = Math.max(1, Math.ceil(total / SERIES_PAGE_SIZE));
      if (page > pages) throw notFound();
      return c.html(renderDocument(/* @__PURE__ */ jsx31(SeriesView, { ctx, series, items, page, pages })));
    }
  );
  return app;
}

// src/platform/health-routes.ts
import { Hono as Hono13 } from "hono";
import { sql as sql4 } from "kysely";
function healthRoutes() {
  const app = new Hono13();
  app.get("/healthz", async (c) => {
    c.header("Cache-Control", "no-store");
    try {
      await sql4`SELECT 1`.execute(c.get("deps").db.kysely);
      return c.json({ status: "ok", database: c.get("deps").db.dialect });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
  app.get("/metrics", async (c) => {
    const metrics = c.get("deps").metrics;
    if (!metrics) return c.notFound();
    c.header("Cache-Control", "no-store");
    return c.body(await metrics.registry.metrics(), 200, { "Content-Type": metrics.registry.contentType });
  });
  return app;
}

// src/platform/request-log.ts
function requestLog() {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const routes = c.req.matchedRoutes.filter((r) => r.method !== "ALL");
    const route = routes[routes.length - 1]?.path ?? "(unmatched)";
    const ms = performance.now() - started;
    const { logger, metrics } = c.get("deps");
    metrics?.httpDuration.observe({ method: c.req.method, route, status: String(c.res.status) }, ms / 1e3);
    logger.info({ method: c.req.method, route, status: c.res.status, ms: Math.round(ms * 10) / 10, requestId: c.get("requestId") }, "request");
  };
}

// src/platform/socket-front-door.ts
import { createRequire as createRequire2 } from "node:module";
function loadNative() {
  try {
    const common = createRequire2(import.meta.url)("_http_common");
    const P = common.HTTPParser;
    const keys = ["REQUEST", "kOnMessageBegin", "kOnHeaders", "kOnHeadersComplete", "kOnBody", "kOnMessageComplete", "kLenientAll", "kLenientNone"];
    if (typeof P !== "function" || !keys.every((k) => typeof P[k] === "number")) return void 0;
    if (!Array.isArray(common.methods) || typeof common.isLenient !== "function") return void 0;
    return common;
  } catch {
    return void 0;
  }
}
var native = loadNative();
var KEEP_ALIVE_GRACE_MS = 1e3;
var REQUEST_TIMEOUT = Buffer.from("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n", "latin1");
var STATUS_LINES = { 200: "HTTP/1.1 200 OK\r\n", 304: "HTTP/1.1 304 Not Modified\r\n" };
function installSocketFrontDoor(server, answer) {
  if (!native) return void 0;
  const { HTTPParser, methods } = native;
  const serverListeners = server.listeners("connection");
  server.removeAllListeners("connection");
  const held = /* @__PURE__ */ new Set();
  let handedOff = 0;
  const heads = /* @__PURE__ */ new WeakMap();
  const headOf = (status, headers) => {
    let head = heads.get(headers);
    if (!head) {
      let text = STATUS_LINES[status];
      for (let i = 0; i < headers.length; i += 2) text += `${headers[i]}: ${headers[i + 1]}\r
`;
      head = Buffer.from(text, "latin1");
      heads.set(headers, head);
    }
    return head;
  };
  let tail = { second: -1, keepAlive: -1, bytes: Buffer.alloc(0) };
  const tailBytes = () => {
    const now = Date.now();
    const second = Math.floor(now / 1e3);
    if (second !== tail.second || server.keepAliveTimeout !== tail.keepAlive) {
      const timeout = server.keepAliveTimeout ? `Keep-Alive: timeout=${Math.floor(server.keepAliveTimeout / 1e3)}\r
` : "";
      const text = `Date: ${new Date(now).toUTCString()}\r
Connection: keep-alive\r
${timeout}\r
`;
      tail = { second, keepAlive: server.keepAliveTimeout, bytes: Buffer.from(text, "latin1") };
    }
    return tail.bytes;
  };
  const handOff = (socket, data, own) => {
    held.delete(socket);
    handedOff++;
    for (const [event, listener] of Object.entries(own ?? {})) socket.removeListener(event, listener);
    socket.setTimeout(0);
    const parts = data?.length ? [data] : [];
    for (let more = socket.read(); more !== null; more = socket.read()) parts.push(more);
    for (const listener of serverListeners) listener.call(server, socket);
    if (parts.length) socket.emit("data", parts.length === 1 ? parts[0] : Buffer.concat(parts));
  };
  server.on("connection", (socket) => {
    if (server.maxRequestsPerSocket || server.timeout) return handOff(socket, void 0);
    held.add(socket);
    const parser = new HTTPParser();
    const lenient = server.insecureHTTPParser ?? native.isLenient();
    const lenientFlags = lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone;
    parser.initialize(HTTPParser.REQUEST, {}, server.maxHeaderSize ?? 0, lenientFlags);
    let begun = 0;
    let inRequest = false;
    let handOffAt = -1;
    let answered = false;
    parser[HTTPParser.kOnMessageBegin] = () => {
      begun++;
      inRequest = true;
    };
    parser[HTTPParser.kOnHeaders] = () => {
      if (handOffAt < 0) handOffAt = begun - 1;
    };
    parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, _status, _statusMessage, upgrade, keepAlive) => {
      if (handOffAt >= 0) return 0;
      const reply = major === 1 && minor === 1 && keepAlive && !upgrade && headers && url && !socket.writableNeedDrain && plainRequest(headers) ? answer(methods[method], url, headers) : void 0;
      if (!reply) {
        handOffAt = begun - 1;
        return 0;
      }
      socket.cork();
      socket.write(headOf(reply.status, reply.headers));
      socket.write(tailBytes());
      if (reply.body) socket.write(reply.body);
      socket.uncork();
      if (!answered) {
        answered = true;
        socket.setTimeout(server.keepAliveTimeout ? server.keepAliveTimeout + KEEP_ALIVE_GRACE_MS : 0);
      }
      return 0;
    };
    parser[HTTPParser.kOnBody] = () => {
    };
    parser[HTTPParser.kOnMessageComplete] = () => {
      inRequest = false;
    };
    const own = {
      data(chunk) {
        begun = 0;
        handOffAt = -1;
        const result = parser.execute(chunk);
        if (typeof result !== "number" && handOffAt < 0) handOffAt = Math.max(begun - 1, 0);
        else if (inRequest && handOffAt < 0) handOffAt = begun - 1;
        else if (begun === 0) handOffAt = 0;
        if (handOffAt < 0) return;
        handOff(socket, handOffAt === 0 ? chunk : chunk.subarray(requestStart(chunk, handOffAt, lenientFlags)), own);
      },
      timeout() {
        if (socket.writableLength > 0) return;
        if (answered) return socket.destroy();
        const error = Object.assign(new Error("Request timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
        if (!server.emit("clientError", error, socket)) socket.end(REQUEST_TIMEOUT);
      },
      // The server's sockets allow half-open: a client that is done gets its end once answers are out.
      end: () => socket.end(),
      error: () => socket.destroy()
    };
    for (const [event, listener] of Object.entries(own)) socket.on(event, listener);
    socket.on("close", () => held.delete(socket));
    socket.setTimeout(server.headersTimeout);
  });
  const closeIdle = server.closeIdleConnections.bind(server);
  const closeAll = server.closeAllConnections.bind(server);
  server.closeIdleConnections = () => {
    closeIdle();
    for (const socket of held) {
      if (socket.writableLength === 0) socket.destroy();
      else socket.end();
    }
  };
  server.closeAllConnections = () => {
    closeAll();
    for (const socket of held) socket.destroy();
  };
  return {
    get open() {
      return held.size;
    },
    get handedOff() {
      return handedOff;
    }
  };
}
function plainRequest(headers) {
  let host = false;
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i];
    const lower = name.length >= 4 && name.length <= 17 ? name.toLowerCase() : "";
    if (lower === "content-length" || lower === "transfer-encoding" || lower === "expect") return false;
    if (lower === "host" && !host) host = headers[i + 1].length > 0;
  }
  return host;
}
function requestStart(chunk, index, lenientFlags) {
  const completedIn = (length) => {
    const { HTTPParser } = native;
    const parser = new HTTPParser();
    parser.initialize(HTTPParser.REQUEST, {}, 0, lenientFlags);
    let completed = 0;
    for (const k of ["kOnMessageBegin", "kOnHeaders", "kOnHeadersComplete", "kOnBody"]) parser[HTTPParser[k]] = () => 0;
    parser[HTTPParser.kOnMessageComplete] = () => {
      completed++;
    };
    parser.execute(chunk.subarray(0, length));
    return completed;
  };
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (completedIn(middle) >= index) high = middle;
    else low = middle + 1;
  }
  return low;
}

// src/ui/error-page.tsx
import { jsx as jsx32, jsxs as jsxs24 } from "hono/jsx/jsx-runtime";
function ErrorView({ ctx, status, path, code }) {
  const { t: t2, lang } = ctx;
  const [titleKey, bodyKey] = status === 404 ? ["error.notFound.title", "error.notFound.body"] : code === "not_permitted" ? ["error.forbidden.title", "error.forbidden.body"] : status >= 500 ? ["error.server.title", "error.server.body"] : ["error.request.title", "error.request.body"];
  return /* @__PURE__ */ jsxs24(Layout, { ctx, seo: { title: t2(titleKey), description: t2(bodyKey), path, noindex: true }, children: [
    /* @__PURE__ */ jsx32("h1", { children: t2(titleKey) }),
    /* @__PURE__ */ jsx32("p", { children: t2(bodyKey) }),
    /* @__PURE__ */ jsx32("p", { children: /* @__PURE__ */ jsx32("a", { href: paths.home(lang), children: t2("error.backHome") }) })
  ] });
}

// src/ui/jsx-async-context.ts
import { jsx as jsx33 } from "hono/jsx";
var applied = false;
function renderWithoutAsyncContext() {
  if (applied) return;
  applied = true;
  const getBuiltinModule = process.getBuiltinModule;
  const found = Object.getOwnPropertyDescriptor(process, "mainModule");
  const mainModule = found?.configurable ? found : void 0;
  if (typeof getBuiltinModule === "function")
    process.getBuiltinModule = ((id) => id === "node:async_hooks" || id === "async_hooks" ? void 0 : getBuiltinModule.call(process, id));
  if (mainModule)
    Object.defineProperty(process, "mainModule", { configurable: true, enumerable: mainModule.enumerable, writable: true, value: void 0 });
  try {
    String(jsx33("i", {}));
  } finally {
    if (typeof getBuiltinModule === "function") process.getBuiltinModule = getBuiltinModule;
    if (mainModule) Object.defineProperty(process, "mainModule", mainModule);
  }
}

// src/app.tsx
import { jsx as jsx34 } from "hono/jsx/jsx-runtime";
function requestLang(path, acceptLanguage) {
  const first = path.split("/")[1];
  if (isLang(first)) return first;
  return /^\s*zh\b/i.test(acceptLanguage ?? "") ? "zh" : "en";
}
function pageCacheObserver(deps) {
  const metrics = deps.metrics;
  const hits = metrics?.batched(metrics.pageCache, { result: "hit" });
  const durations = /* @__PURE__ */ new Map();
  return (ms, status) => {
    hits?.record();
    let duration = durations.get(status);
    if (!duration && metrics) {
      duration = metrics.batched(metrics.httpDuration, { method: "GET", route: "(page cache)", status: String(status) });
      durations.set(status, duration);
    }
    duration?.record(ms / 1e3);
    if (deps.logger.isLevelEnabled("info"))
      deps.logger.info({ method: "GET", route: "(page cache)", status, ms: Math.round(ms * 10) / 10 }, "request");
  };
}
function createFetch(deps, app) {
  return pageCacheFront(deps.pageCache, () => readContentVersion(deps.db), pageCacheObserver(deps), app.fetch);
}
function createNodeServer(deps, fetch, options) {
  const observe = pageCacheObserver(deps);
  const listener = getRequestListener(fetch);
  const cache3 = deps.pageCache;
  const readVersion = () => readContentVersion(deps.db);
  const server = createServer((req, res) => {
    cache3?.refreshAhead(readVersion);
    if (!serveCachedNode(cache3, req, res, observe)) void listener(req, res);
  });
  const door = options.socketFrontDoor && cache3 ? installSocketFrontDoor(server, (method, url, rawHeaders) => {
    const started = performance.now();
    cache3.refreshAhead(readVersion);
    const answer = cachedAnswer(cache3, method, url, rawHeaders);
    if (answer) observe(performance.now() - started, answer.status);
    return answer;
  }) : void 0;
  if (door) deps.metrics?.watchSocketFrontDoor(door);
  return server;
}
function createApp(deps) {
  renderWithoutAsyncContext();
  const app = new Hono14();
  app.use(requestId());
  app.use(async (c, next) => {
    await next();
    const policy = c.get("referrerPolicy");
    if (policy) c.res.headers.set("Referrer-Policy", policy);
    const csp = c.res.headers.get("content-security-policy");
    if (csp && /\bpublic\b/.test(c.res.headers.get("cache-control") ?? "")) c.res.headers.set("Content-Security-Policy", policyWithoutNonce(csp));
    if (!c.res.headers.has("cache-control") && c.res.headers.get("content-type")?.startsWith("text/html"))
      c.res.headers.set("Cache-Control", "no-cache");
  });
  app.use(
    secureHeaders({
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginEmbedderPolicy: false,
      // Scripts run only with this response's nonce; nothing loads from another origin.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The nonce for pages rendered per request; the bootstrap's hash for cached pages.
        scriptSrc: [NONCE, deps.assets.bootstrap.cspHash, "'strict-dynamic'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"]
      },
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
      // Headers for browsers and plug-ins long gone (IE8's download prompt, Flash policies, the
      // removed XSS auditor, DNS prefetch hints): each costs every response a little and protects
      // no reader today. CSP, HSTS, nosniff, COOP/CORP, the referrer and permissions policies and
      // X-Frame-Options stay.
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      originAgentCluster: false
    })
  );
  app.use(async (c, next) => {
    c.set("deps", deps);
    const lang = requestLang(c.req.path, c.req.header("accept-language"));
    c.set("page", pageContext(lang, deps.config.baseUrl, deps.assets, c.get("secureHeadersNonce"), deps.safetyResources));
    await next();
  });
  app.use(requestLog());
  app.use(csrf());
  app.get("/assets/:file", (c) => {
    const asset2 = deps.assets.byUrl.get(c.req.path);
    if (!asset2) throw new AppError("not_found", 404);
    const [body, encoding] = pickEncoding(c.req.header("accept-encoding"), asset2);
    c.header("Content-Type", asset2.contentType);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    c.header("Vary", "Accept-Encoding");
    if (encoding) c.header("Content-Encoding", encoding);
    return c.body(new Uint8Array(body));
  });
  app.route("/", homeRoutes());
  app.route("/", seriesRoutes());
  app.route("/", articleRoutes());
  app.route("/", seoRoutes());
  app.route("/", searchRoutes());
  app.route("/", assessmentRoutes());
  app.route("/", reportRoutes());
  app.route("/", safetyRoutes());
  app.route("/", myDataRoutes());
  app.route("/", authRoutes());
  app.route("/", legacyImportRoutes());
  app.route("/", editorRoutes());
  app.route("/", healthRoutes());
  app.notFound((c) => renderError(c, 404));
  app.onError((error, c) => {
    if (error instanceof AppError) return renderError(c, error.status, error.code);
    if (error instanceof HTTPException && error.status < 500) return renderError(c, error.status, error.status === 403 ? "forbidden" : "bad_request");
    deps.logger.error({ err: { message: error.message, stack: error.stack }, path: c.req.path, requestId: c.get("requestId") }, "unhandled error");
    return renderError(c, 500, "internal");
  });
  return app;
}
function renderError(c, status, code = "not_found") {
  const statusCode = status >= 400 && status <= 599 ? status : 500;
  if (c.req.path.startsWith("/api/")) {
    const ctx = c.get("page");
    const key = statusCode === 404 ? "error.notFound.body" : statusCode >= 500 ? "error.server.body" : code === "not_permitted" ? "error.forbidden.body" : "error.request.body";
    return c.json({ error: { code, message: ctx.t(key) } }, statusCode);
  }
  c.header("Cache-Control", "no-store");
  return c.html(renderDocument(/* @__PURE__ */ jsx34(ErrorView, { ctx: c.get("page"), status: statusCode, path: c.req.path, code })), statusCode);
}

// src/db/index.ts
import { mkdirSync } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect } from "kysely";
var TransactionalSqliteAdapter = class extends SqliteAdapter {
  get supportsTransactionalDdl() {
    return true;
  }
};
var TransactionalSqliteDialect = class extends SqliteDialect {
  createAdapter() {
    return new TransactionalSqliteAdapter();
  }
};
var STATEMENT_CACHE_SIZE = 500;
function withStatementCache(sqlite) {
  const cache3 = /* @__PURE__ */ new Map();
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== "prepare") {
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (source) => {
        let statement = cache3.get(source);
        if (statement) {
          cache3.delete(source);
        } else {
          statement = target.prepare(source);
          if (cache3.size >= STATEMENT_CACHE_SIZE) cache3.delete(cache3.keys().next().value);
        }
        cache3.set(source, statement);
        return statement;
      };
    }
  });
}
function queryLog(onQuery) {
  if (!onQuery) return void 0;
  return (event) => onQuery(event.queryDurationMillis);
}
function openDatabase(options) {
  if (options.databaseUrl) {
    const pg = createRequire3(import.meta.url)("pg");
    const connect = (connectionString) => {
      const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
      pool.on("error", () => {
      });
      return new Kysely({ dialect: new PostgresDialect({ pool }), log: queryLog(options.onQuery) });
    };
    const kysely2 = connect(options.databaseUrl);
    const reader = options.readOnlyUrl ? connect(options.readOnlyUrl) : kysely2;
    return {
      kysely: kysely2,
      reader,
      dialect: "postgres",
      close: async () => {
        if (reader !== kysely2) await reader.destroy();
        await kysely2.destroy();
      }
    };
  }
  const path = options.sqlitePath ?? ":memory:";
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const kysely = new Kysely({
    dialect: new TransactionalSqliteDialect({ database: withStatementCache(sqlite) }),
    log: queryLog(options.onQuery)
  });
  return { kysely, reader: kysely, dialect: "sqlite", close: () => kysely.destroy(), sqlite };
}
function sqliteFileIn(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, "wiki.db");
}

// src/db/migrate.ts
import { Migrator } from "kysely";

// src/db/migrations/001-content.ts
function contentMigration(dialect) {
  return {
    async up(db) {
      await db.schema.createTable("series").addColumn("slug", "text", (c) => c.primaryKey()).addColumn("position", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
      await db.schema.createTable("series_text").addColumn("series_slug", "text", (c) => c.notNull().references("series.slug").onDelete("cascade")).addColumn("lang", "text", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("description", "text", (c) => c.notNull().defaultTo("")).addPrimaryKeyConstraint("series_text_pk", ["series_slug", "lang"]).execute();
      let article = db.schema.createTable("article");
      article = dialect === "postgres" ? article.addColumn("id", "serial", (c) => c.primaryKey()) : article.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
      await article.addColumn("lang", "text", (c) => c.notNull()).addColumn("slug", "text", (c) => c.notNull()).addColumn("series_slug", "text", (c) => c.notNull().references("series.slug")).addColumn("installment", "integer", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("published_at", "text").addColumn("translation_of", "text").addColumn("reading_minutes", "integer", (c) => c.notNull().defaultTo(1)).addColumn("revision", "integer", (c) => c.notNull().defaultTo(1)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).addColumn("source_hash", "text", (c) => c.notNull().defaultTo("")).addColumn("title", "text", (c) => c.notNull()).addColumn("summary", "text", (c) => c.notNull().defaultTo("")).addColumn("tags", "text", (c) => c.notNull().defaultTo("[]")).addColumn("related", "text", (c) => c.notNull().defaultTo("[]")).addColumn("quotes", "text", (c) => c.notNull().defaultTo("[]")).addColumn("faq", "text", (c) => c.notNull().defaultTo("[]")).addColumn("toc", "text", (c) => c.notNull().defaultTo("[]")).addColumn("body_html", "text", (c) => c.notNull()).addColumn("body_md", "text", (c) => c.notNull()).addUniqueConstraint("article_lang_slug_uq", ["lang", "slug"]).addUniqueConstraint("article_series_lang_installment_uq", ["series_slug", "lang", "installment"]).execute();
      await db.schema.createIndex("article_lang_status_published_idx").on("article").columns(["lang", "status", "published_at"]).execute();
      await db.schema.createIndex("article_translation_idx").on("article").columns(["lang", "translation_of"]).execute();
    }
  };
}

// src/db/migrations/002-search.ts
import { sql as sql5 } from "kysely";
function searchMigration(dialect) {
  return {
    async up(db) {
      if (dialect === "sqlite") {
        await sql5`CREATE VIRTUAL TABLE article_fts USING fts5(
          title, meta, body, lang, series,
          content = '', contentless_delete = 1, prefix = '1',
          tokenize = 'unicode61 remove_diacritics 0'
        )`.execute(db);
        await sql5`CREATE TABLE article_search_key (
          article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
          search_key INTEGER NOT NULL
        )`.execute(db);
        return;
      }
      await sql5`CREATE TABLE article_search (
        article_id integer PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        lang text NOT NULL,
        series_slug text NOT NULL,
        published_at text NOT NULL,
        title_vec tsvector NOT NULL,
        head_vec tsvector NOT NULL,
        all_vec tsvector NOT NULL
      )`.execute(db);
      await sql5`DO $$ BEGIN
        EXECUTE 'ALTER TABLE article_search ALTER COLUMN all_vec SET COMPRESSION lz4';
      EXCEPTION WHEN others THEN NULL; -- a server built without lz4 keeps pglz
      END $$`.execute(db);
      await sql5`CREATE INDEX article_search_recent_idx ON article_search (published_at DESC, article_id DESC)`.execute(db);
      for (const column of ["title_vec", "head_vec", "all_vec"]) {
        await sql5`CREATE INDEX ${sql5.raw(`article_search_${column}_idx`)} ON article_search USING GIN (${sql5.ref(column)})`.execute(db);
      }
    }
  };
}

// src/db/migrations/003-assessment.ts
var assessmentMigration = {
  async up(db) {
    await db.schema.createTable("test_result").addColumn("id", "text", (c) => c.primaryKey()).addColumn("owner_hash", "text", (c) => c.notNull()).addColumn("lang", "text", (c) => c.notNull()).addColumn("instrument_version", "text", (c) => c.notNull()).addColumn("pattern", "text", (c) => c.notNull()).addColumn("safety_flag", "integer", (c) => c.notNull()).addColumn("today", "integer", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("scores", "text", (c) => c.notNull()).addColumn("profile", "text", (c) => c.notNull()).addColumn("answers", "text", (c) => c.notNull()).execute();
    await db.schema.createIndex("test_result_owner_idx").on("test_result").columns(["owner_hash", "created_at"]).execute();
    await db.schema.createIndex("test_result_lang_idx").on("test_result").columns(["lang"]).execute();
  }
};

// src/db/migrations/004-shares.ts
import { sql as sql6 } from "kysely";
var sharesMigration = {
  async up(db) {
    await db.schema.createTable("result_share").addColumn("id", "text", (c) => c.primaryKey()).addColumn("token_hash", "text", (c) => c.notNull().unique()).addColumn("result_id", "text", (c) => c.notNull().references("test_result.id").onDelete("cascade")).addColumn("lang", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).execute();
    await sql6`CREATE INDEX result_share_result_idx ON result_share (result_id)`.execute(db);
  }
};

// src/db/migrations/005-editorial.ts
import { sql as sql7 } from "kysely";
function withSerialId(table, dialect) {
  return dialect === "postgres" ? table.addColumn("id", "serial", (c) => c.primaryKey()) : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}
function editorialMigration(dialect) {
  return {
    async up(db) {
      await db.schema.createTable("editor_user").addColumn("id", "text", (c) => c.primaryKey()).addColumn("email", "text", (c) => c.notNull().unique()).addColumn("role", "text", (c) => c.notNull()).addColumn("password_hash", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
      await db.schema.createTable("editor_session").addColumn("id_hash", "text", (c) => c.primaryKey()).addColumn("user_id", "text", (c) => c.notNull().references("editor_user.id").onDelete("cascade")).addColumn("created_at", "text", (c) => c.notNull()).addColumn("last_seen_at", "text", (c) => c.notNull()).addColumn("expires_at", "text", (c) => c.notNull()).execute();
      await sql7`CREATE INDEX editor_session_user_idx ON editor_session (user_id)`.execute(db);
      await withSerialId(db.schema.createTable("article_revision"), dialect).addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade")).addColumn("revision", "integer", (c) => c.notNull()).addColumn("action", "text", (c) => c.notNull()).addColumn("author_id", "text").addColumn("author_label", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("snapshot", "text", (c) => c.notNull()).addUniqueConstraint("article_revision_uq", ["article_id", "revision"]).execute();
      await withSerialId(db.schema.createTable("audit_event"), dialect).addColumn("created_at", "text", (c) => c.notNull()).addColumn("actor_id", "text").addColumn("actor_label", "text", (c) => c.notNull()).addColumn("action", "text", (c) => c.notNull()).addColumn("target", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull().defaultTo("{}")).execute();
      await sql7`CREATE INDEX audit_event_created_idx ON audit_event (created_at)`.execute(db);
      const rows = (await sql7`SELECT id, lang, slug, series_slug, installment, status, published_at, translation_of,
        revision, title, summary, tags, quotes, faq, body_md, updated_at FROM article`.execute(db)).rows;
      for (const row of rows) {
        const meta = {
          title: row.title,
          slug: row.slug,
          lang: row.lang,
          series: row.series_slug,
          installment: row.installment,
          ...row.status === "published" && row.published_at ? { published: row.published_at } : {},
          summary: row.summary,
          tags: JSON.parse(row.tags),
          ...row.translation_of ? { translationOf: row.translation_of } : {},
          quotes: JSON.parse(row.quotes),
          faq: JSON.parse(row.faq).map(({ q, a }) => ({ q, a }))
        };
        await sql7`INSERT INTO article_revision (article_id, revision, action, author_id, author_label, created_at, snapshot)
          VALUES (${row.id}, ${row.revision}, ${"import"}, ${null}, ${"import"}, ${row.updated_at}, ${JSON.stringify({ meta, body: row.body_md })})`.execute(
          db
        );
      }
    }
  };
}

// src/db/migrations/006-slug-redirects.ts
var slugRedirectsMigration = {
  async up(db) {
    await db.schema.createTable("article_slug_redirect").addColumn("lang", "text", (c) => c.notNull()).addColumn("old_slug", "text", (c) => c.notNull()).addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade")).addColumn("created_at", "text", (c) => c.notNull()).addPrimaryKeyConstraint("article_slug_redirect_pk", ["lang", "old_slug"]).execute();
  }
};

// src/db/migrations/007-content-version.ts
import { sql as sql8 } from "kysely";
var contentVersionMigration = {
  async up(db) {
    await db.schema.createTable("site_state").addColumn("key", "text", (c) => c.primaryKey()).addColumn("value", "integer", (c) => c.notNull()).execute();
    await sql8`INSERT INTO site_state (key, value) VALUES ('content_version', 1)`.execute(db);
  }
};

// src/db/migrations/008-legacy-source.ts
var legacySourceMigration = {
  async up(db) {
    await db.schema.createTable("legacy_source").addColumn("lang", "text", (c) => c.notNull()).addColumn("source_key", "text", (c) => c.notNull()).addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade")).addPrimaryKeyConstraint("legacy_source_pk", ["lang", "source_key"]).execute();
  }
};

// src/db/migrations/009-series-count-index.ts
var seriesCountIndexMigration = {
  async up(db) {
    await db.schema.createIndex("article_series_lang_status_idx").ifNotExists().on("article").columns(["series_slug", "lang", "status"]).execute();
  }
};

// src/db/migrations/010-search-vector-storage.ts
import { sql as sql9 } from "kysely";
function searchVectorStorageMigration(dialect) {
  return {
    async up(db) {
      if (dialect !== "postgres") return;
      await sql9`ALTER TABLE article_search ALTER COLUMN all_vec SET STORAGE EXTERNAL`.execute(db);
      await sql9`UPDATE article_search SET all_vec = all_vec || ''::tsvector`.execute(db);
    }
  };
}

// src/db/migrations/011-article-related.ts
import { sql as sql10 } from "kysely";
var articleRelatedMigration = {
  async up(db) {
    await db.schema.createTable("article_related").addColumn("article_id", "integer", (c) => c.primaryKey().references("article.id").onDelete("cascade")).addColumn("related", "text", (c) => c.notNull()).execute();
    await sql10`INSERT INTO article_related (article_id, related) SELECT id, related FROM article WHERE related <> '[]'`.execute(db);
  }
};

// src/db/migrate.ts
function siteMigrations(db) {
  return {
    "001-content": contentMigration(db.dialect),
    "002-search": searchMigration(db.dialect),
    "003-assessment": assessmentMigration,
    "004-shares": sharesMigration,
    "005-editorial": editorialMigration(db.dialect),
    "006-slug-redirects": slugRedirectsMigration,
    "007-content-version": contentVersionMigration,
    "008-legacy-source": legacySourceMigration,
    "009-series-count-index": seriesCountIndexMigration,
    "010-search-vector-storage": searchVectorStorageMigration(db.dialect),
    "011-article-related": articleRelatedMigration
  };
}
async function migrateToLatest(db, migrations = siteMigrations(db)) {
  const provider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: db.kysely, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/features/articles/import.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join as join2, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { z as z10 } from "zod";

// src/features/articles/preparer.ts
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
function workerUrl() {
  const fromSource = import.meta.url.endsWith(".ts");
  return new URL(fromSource ? "./prepare-worker-dev.mjs" : "./prepare-worker.js", import.meta.url);
}
function createPreparer(dialect, threads) {
  if (threads <= 0) {
    return {
      prepare: async (paths2) => {
        const results = [];
        for (const path of paths2) results.push(prepareFile(await readFile(path, "utf8"), dialect));
        return results;
      },
      close: async () => {
      }
    };
  }
  const url = workerUrl();
  const workers = Array.from({ length: threads }, () => new Worker(url));
  const waiting = /* @__PURE__ */ new Map();
  for (const worker of workers) {
    worker.on("message", ({ id, results }) => {
      waiting.get(id)?.resolve(results);
      waiting.delete(id);
    });
    worker.on("error", (error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    });
  }
  let nextId = 0;
  const send = (worker, paths2) => new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, paths: paths2, dialect });
  });
  return {
    async prepare(paths2) {
      const shares = workers.map((_, w) => paths2.filter((_2, i) => i % workers.length === w));
      const parts = await Promise.all(workers.map((worker, w) => send(worker, shares[w] ?? [])));
      return paths2.map((_, i) => parts[i % workers.length]?.[Math.floor(i / workers.length)]);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}

// src/features/articles/import.ts
var BATCH_SIZE = 200;
var SeriesTextSchema = z10.object({
  title: z10.string().trim().min(1, "is required").max(200),
  description: z10.string().trim().max(2e3).default("")
});
var SeriesFileSchema = z10.record(SLUG, z10.object({ en: SeriesTextSchema.optional(), zh: SeriesTextSchema.optional() }));
var THREADED_IMPORT_MIN_FILES = 400;
async function importDirectory(db, dir, options = {}) {
  const report = { files: 0, created: 0, updated: 0, unchanged: 0, problems: [] };
  await importSeriesFile(db, dir, report);
  const files = (await listMarkdownFiles(dir)).sort();
  report.files = files.length;
  const seenSlugs = /* @__PURE__ */ new Map();
  const seenInstallments = /* @__PURE__ */ new Map();
  const touchedLangs = /* @__PURE__ */ new Set();
  const threads = options.threads ?? (files.length >= THREADED_IMPORT_MIN_FILES ? Math.min(2, availableParallelism()) : 0);
  const preparer = createPreparer(db.dialect, threads);
  const batches = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) batches.push(files.slice(start, start + BATCH_SIZE));
  try {
    let next = batches.length > 0 ? preparer.prepare(batches[0] ?? []) : void 0;
    for (let b = 0; b < batches.length; b++) {
      const paths2 = batches[b] ?? [];
      const prepared = await next;
      next = b + 1 < batches.length ? preparer.prepare(batches[b + 1] ?? []) : void 0;
      const batch = [];
      prepared.forEach((result, i) => {
        const file = relative(dir, paths2[i] ?? "");
        if (!result.ok) {
          report.problems.push(...result.problems.map((p) => ({ file, ...p })));
          return;
        }
        const { article } = result;
        const slugKey = `${article.lang}/${article.slug}`;
        const installmentKey = `${article.series_slug}/${article.lang}/${article.installment}`;
        const slugOwner = seenSlugs.get(slugKey);
        const installmentOwner = seenInstallments.get(installmentKey);
        if (slugOwner) {
          report.problems.push({ file, field: "slug", message: `"${article.slug}" is already used in this import by ${slugOwner}` });
          return;
        }
        if (installmentOwner) {
          report.problems.push({
            file,
            field: "installment",
            message: `${article.installment} is already used in series "${article.series_slug}" by ${installmentOwner}`
          });
          return;
        }
        seenSlugs.set(slugKey, file);
        seenInstallments.set(installmentKey, file);
        batch.push({ file, article });
      });
      await writeBatch(db, batch, report, touchedLangs);
    }
  } finally {
    await preparer.close();
  }
  if (touchedLangs.size > 0) await db.kysely.transaction().execute((trx) => refreshRelated(trx, touchedLangs));
  if (report.created + report.updated > 0) await refreshSearchStatistics(db);
  return report;
}
async function writeBatch(db, batch, report, touchedLangs) {
  await db.kysely.transaction().execute(async (trx) => {
    const knownSeries = /* @__PURE__ */ new Set();
    for (const { file, article } of batch) {
      if (!knownSeries.has(article.series_slug)) {
        await upsertSeries(trx, article.series_slug, void 0);
        knownSeries.add(article.series_slug);
      }
      try {
        const outcome = await upsertArticle(trx, db.dialect, article);
        report[outcome]++;
        if (outcome !== "unchanged") touchedLangs.add(article.lang);
      } catch (error) {
        if (!(error instanceof InstallmentTakenError)) throw error;
        report.problems.push({ file, field: "installment", message: error.message });
      }
    }
  });
}
async function importSeriesFile(db, dir, report) {
  let text;
  try {
    text = await readFile2(join2(dir, "series.yaml"), "utf8");
  } catch {
    return;
  }
  let data;
  try {
    data = parseYaml(text);
  } catch (error) {
    report.problems.push({ file: "series.yaml", field: "series.yaml", message: `YAML: ${error.message.split("\n")[0]}` });
    return;
  }
  const parsed = SeriesFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    report.problems.push(...parsed.error.issues.map((i) => ({ file: "series.yaml", field: i.path.join(".") || "series.yaml", message: i.message })));
    return;
  }
  await db.kysely.transaction().execute(async (trx) => {
    let position = 1;
    for (const [slug, texts] of Object.entries(parsed.data)) await upsertSeries(trx, slug, texts, position++);
  });
}
async function listMarkdownFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".md")).map((e) => join2(e.parentPath, e.name));
}

// src/platform/metrics.ts
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
var BATCH = 1024;
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const recorders = [];
  const collect = () => {
    for (const r of recorders) r.flush();
  };
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Request duration by route pattern, method and status",
    labelNames: ["method", "route", "status"],
    buckets: [1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
    collect
  });
  const pageCache = new Counter({
    name: "page_cache_requests_total",
    help: "Public-page cache lookups, by result (hit or miss)",
    labelNames: ["result"],
    registers: [registry],
    collect
  });
  function batched(metric, labels) {
    const recorder = metric instanceof Counter ? countingRecorder(metric, labels) : valueRecorder(metric, labels);
    recorders.push(recorder);
    return recorder;
  }
  return {
    registry,
    httpDuration,
    dbDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Database query duration",
      buckets: [1e-4, 5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry]
    }),
    pageCache,
    batched,
    watchSocketFrontDoor(door) {
      new Gauge({
        name: "socket_front_door_connections",
        help: "Connections the socket front door holds (answering cached pages on them)",
        registers: [registry],
        collect() {
          this.set(door.open);
        }
      });
      let counted = 0;
      new Counter({
        name: "socket_front_door_handoffs_total",
        help: "Connections the socket front door handed to the HTTP server (a request it does not answer)",
        registers: [registry],
        collect() {
          this.inc(door.handedOff - counted);
          counted = door.handedOff;
        }
      });
    }
  };
}
function countingRecorder(counter, labels) {
  let held = 0;
  const flush = () => {
    if (held === 0) return;
    counter.inc(labels, held);
    held = 0;
  };
  return {
    record() {
      if (++held >= BATCH) flush();
    },
    flush
  };
}
function valueRecorder(histogram, labels) {
  const held = new Float64Array(BATCH);
  let count = 0;
  const flush = () => {
    const n = count;
    count = 0;
    for (let i = 0; i < n; i++) histogram.observe(labels, held[i]);
  };
  return {
    record(value) {
      if (!Number.isFinite(value)) throw new TypeError(`a histogram value must be a finite number, not ${value}`);
      held[count++] = value;
      if (count === BATCH) flush();
    },
    flush
  };
}

// src/ui/assets.ts
import { createHash as createHash5 } from "node:crypto";
import { existsSync, mkdirSync as mkdirSync2, readFileSync as readFileSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import { join as join3, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync as brotliCompressSync2, constants as constants2, gzipSync as gzipSync2 } from "node:zlib";
var UI_DIR = join3(PROJECT_ROOT, "src", "ui");
var esbuild = () => createRequire4(import.meta.url)("esbuild");
function bundle(entry, loader) {
  const result = esbuild().buildSync({
    entryPoints: [join3(UI_DIR, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: loader === "ts" ? "esm" : void 0,
    target: loader === "ts" ? ["es2020"] : ["chrome100", "firefox100", "safari15"],
    legalComments: "none"
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return Buffer.from(file.contents);
}
function asset(name, ext, contentType, body) {
  const hash = createHash5("sha256").update(body).digest("hex").slice(0, 10);
  return {
    url: `/assets/${name}.${hash}.${ext}`,
    contentType,
    body,
    gzip: gzipSync2(body, { level: 9 }),
    brotli: brotliCompressSync2(body, { params: { [constants2.BROTLI_PARAM_QUALITY]: 11 } })
  };
}
var cached;
function buildAssets() {
  if (cached) return cached;
  const css = asset("site", "css", "text/css; charset=utf-8", bundle("styles.css", "css"));
  const js = asset("site", "js", "text/javascript; charset=utf-8", bundle("islands/site.ts", "ts"));
  const editorJs = asset("editor", "js", "text/javascript; charset=utf-8", bundle("islands/editor.ts", "ts"));
  const code = `document.head.append(Object.assign(document.createElement("script"),{type:"module",src:${JSON.stringify(js.url)}}))`;
  const bootstrap = { code, cspHash: `'sha256-${createHash5("sha256").update(code).digest("base64")}'` };
  cached = { css, js, editorJs, bootstrap, byUrl: new Map([css, js, editorJs].map((a) => [a.url, a])) };
  return cached;
}
var BUILT_ASSETS_DIR = join3(PROJECT_ROOT, "dist", "assets");
function readAssets(dir) {
  const manifestFile = join3(dir, "manifest.json");
  if (!existsSync(manifestFile)) return void 0;
  const manifest = JSON.parse(readFileSync3(manifestFile, "utf8"));
  const entry = (e) => ({
    url: e.url,
    contentType: e.contentType,
    body: readFileSync3(join3(dir, e.file)),
    gzip: readFileSync3(join3(dir, `${e.file}.gz`)),
    brotli: readFileSync3(join3(dir, `${e.file}.br`))
  });
  const [css, js, editorJs] = [entry(manifest.css), entry(manifest.js), entry(manifest.editorJs)];
  return { css, js, editorJs, bootstrap: manifest.bootstrap, byUrl: new Map([css, js, editorJs].map((a) => [a.url, a])) };
}
function loadAssets(moduleUrl = import.meta.url, builtDir = BUILT_ASSETS_DIR) {
  if (!fileURLToPath(moduleUrl).startsWith(join3(PROJECT_ROOT, "dist") + sep)) return buildAssets();
  const built = readAssets(builtDir);
  if (!built) throw new Error(`${builtDir} has no manifest.json: run \`npm run build\` (it writes the assets beside the server it builds)`);
  return built;
}

// src/server.ts
async function openConfiguredDatabase(config, onQuery) {
  const target = config.databaseUrl ? { databaseUrl: config.databaseUrl, readOnlyUrl: config.databaseReadOnlyUrl, poolSize: config.databasePoolSize } : { sqlitePath: sqliteFileIn(config.dataDir) };
  const db = openDatabase({ ...target, onQuery });
  await migrateToLatest(db);
  return db;
}
async function ensureStarterContent(db, contentDir, logger) {
  if (await countArticles(db) > 0) return;
  const report = await importDirectory(db, contentDir);
  logger.info({ created: report.created, problems: report.problems.length }, "starter content loaded");
  for (const p of report.problems) logger.warn(p, "starter content problem");
}
async function createSite(config, logger, db) {
  const metrics = createMetrics();
  const database = db ?? await openConfiguredDatabase(config, (ms) => metrics.dbDuration.observe(ms / 1e3));
  await ensureStarterContent(database, config.contentDir, logger);
  const deps = {
    db: database,
    config,
    logger,
    assets: loadAssets(),
    rateLimits: config.rateLimits ? DEFAULT_RATE_LIMITS : "off",
    trustProxy: config.trustProxy,
    safetyResources: loadSafetyResources(config.safetyResourcesFile),
    metrics,
    pageCache: config.pageCacheBytes > 0 ? new PageCache(config.pageCacheBytes) : void 0
  };
  const app = createApp(deps);
  const fetch = createFetch(deps, app);
  return { app, fetch, server: createNodeServer(deps, fetch, { socketFrontDoor: config.socketFrontDoor }), db: database };
}

export {
  generatePassword,
  AccountError,
  addUser,
  listUsers,
  removeUser,
  setPassword,
  importLegacyPages,
  sqliteFileIn,
  importDirectory,
  openConfiguredDatabase,
  ensureStarterContent,
  createSite
};
//# sourceMappingURL=chunk-PIRUVKMM.js.map
