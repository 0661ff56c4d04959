/**
 * Rate limits for the actions people (or scripts) could repeat: test submissions, share links,
 * search. Fixed windows per client address, in memory (one process; several processes each
 * count their own, which only loosens the limit). 429 with Retry-After and a message in the
 * reader's language. RATE_LIMITS=off turns them off (benchmarks).
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { isLang, translator } from "../i18n/index.js";

export interface Limit {
  /** Requests allowed per window. */
  max: number;
  windowSeconds: number;
}

export type RateLimitName = "submit" | "share" | "search" | "signin" | "signinAccount";
export type RateLimits = Record<RateLimitName, Limit> | "off";

/**
 * Generous for people, tight for scripts: nobody takes the test twenty times in ten minutes,
 * and two searches a second is fast typing with live results.
 */
export const DEFAULT_RATE_LIMITS: Record<RateLimitName, Limit> = {
  submit: { max: 20, windowSeconds: 600 },
  share: { max: 30, windowSeconds: 600 },
  search: { max: 120, windowSeconds: 60 },
  // Sign-in: an editor who mistypes a few times is fine; guessing passwords is not. Per address
  // (one machine trying many accounts) and per account (many machines trying one account).
  signin: { max: 20, windowSeconds: 900 },
  signinAccount: { max: 8, windowSeconds: 900 },
};

/** Bounded memory: beyond this many tracked clients the oldest windows are dropped. */
const MAX_KEYS = 100_000;

/**
 * The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For hop —
 * the one our proxy appended. Earlier hops are whatever the client chose to send.
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "local"; // in-process requests (tests) have no socket
  }
}

/**
 * Counting attempts per key in fixed windows, in memory.
 * @example const w = new FixedWindows(); w.hit("1.2.3.4", { max: 1, windowSeconds: 60 }) // 0 (allowed)
 */
export class FixedWindows {
  readonly #windows = new Map<string, { start: number; count: number }>();

  /** Counts one attempt; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string, limit: Limit, now = Date.now()): number {
    let window = this.#windows.get(key);
    if (!window || now - window.start >= limit.windowSeconds * 1000) {
      window = { start: now, count: 0 };
      this.#windows.delete(key);
      if (this.#windows.size >= MAX_KEYS) this.#windows.delete(this.#windows.keys().next().value as string);
      this.#windows.set(key, window);
    }
    window.count++;
    if (window.count <= limit.max) return 0;
    return Math.max(1, Math.ceil((window.start + limit.windowSeconds * 1000 - now) / 1000));
  }

  /** Forgets a key (a successful sign-in clears its account's failures). */
  clear(key: string): void {
    this.#windows.delete(key);
  }
}

/** The 429 answer, in the reader's language: JSON under /api/, a small page elsewhere. */
export function tooManyRequests(c: Context<AppEnv>, retryAfter: number): Response {
  c.header("Retry-After", String(retryAfter));
  const page = c.get("page");
  // The API speaks the language asked for, like its other errors.
  const lang = isLang(c.req.query("lang")) ? (c.req.query("lang") as "en" | "zh") : page.lang;
  const t = translator(lang);
  const message = t("error.rate_limited", { seconds: retryAfter });
  if (c.req.path.startsWith("/api/")) return c.json({ error: { code: "rate_limited", message } }, 429);
  return c.html(
    `<!doctype html><html lang="${lang === "zh" ? "zh-Hans" : "en"}"><head><meta charset="utf-8"><title>${t("error.rate_limited_title")}</title></head><body><h1>${t("error.rate_limited_title")}</h1><p>${message}</p></body></html>`,
    429,
  );
}

export function rateLimit(name: RateLimitName): MiddlewareHandler<AppEnv> {
  const windows = new FixedWindows();
  return async (c, next) => {
    const { rateLimits, trustProxy } = c.get("deps");
    if (!rateLimits || rateLimits === "off") return next();
    const retryAfter = windows.hit(clientAddress(c, trustProxy ?? false), rateLimits[name]);
    if (retryAfter === 0) return next();
    return tooManyRequests(c, retryAfter);
  };
}
