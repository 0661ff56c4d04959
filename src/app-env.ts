/**
 * The Hono environment shared by every feature: dependencies and the per-request page context.
 */
import type { Config } from "./config.js";
import type { Db } from "./db/index.js";
import type { Lang } from "./db/schema.js";
import type { SafetyResource } from "./features/assessment/safety-resources.js";
import type { SignedInEditor } from "./features/auth/sessions.js";
import type { Logger } from "./platform/logger.js";
import type { Metrics } from "./platform/metrics.js";
import type { PageCache } from "./platform/page-cache.js";
import type { RateLimits } from "./platform/rate-limit.js";
import type { Assets } from "./ui/assets.js";
import type { PageContext } from "./ui/page.js";

export interface AppDeps {
  db: Db;
  config: Pick<Config, "baseUrl">;
  logger: Logger;
  assets: Assets;
  /** Help shown when answers suggest fear or abuse; the built-in defaults when absent. */
  safetyResources?: Record<Lang, SafetyResource[]>;
  /** Prometheus metrics; /metrics answers 404 without them. */
  metrics?: Metrics;
  /** Rate limits, or "off" (RATE_LIMITS=off); absent means off. */
  rateLimits?: RateLimits;
  /** Take the client address from X-Forwarded-For (behind a trusted load balancer). */
  trustProxy?: boolean;
  /** Rendered public pages in memory (see platform/page-cache); absent means no caching. */
  pageCache?: PageCache;
  /** URLs per sitemap file; 50,000 is the sitemaps.org limit (lowered in tests). */
  sitemapPageSize?: number;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    page: PageContext;
    language: string;
    requestId: string;
    /** Set by secureHeaders: the CSP nonce of this response. */
    secureHeadersNonce?: string;
    /** A stricter Referrer-Policy for this response (share and result pages), applied last. */
    referrerPolicy?: "no-referrer";
    /** The signed-in editor, on editor and session paths only (see features/auth/guard). */
    editor?: SignedInEditor;
  };
};
