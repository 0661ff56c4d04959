import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, type TestSite } from "../../test/site.js";

describe("security headers", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite");
  });
  afterAll(() => site.db.destroy());

  it("sends a nonce-based Content-Security-Policy whose nonce the page's script carries, new on every response", async () => {
    const first = await site.app.request("/en/test");
    const csp = first.headers.get("content-security-policy") ?? "";
    for (const part of ["script-src 'nonce-", "'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(csp).toContain(part);
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1] ?? "";
    expect(nonce.length).toBeGreaterThan(10);
    const html = await first.text();
    expect(html).toMatch(new RegExp(`<script type="module" src="/assets/site\\.[0-9a-f]+\\.js" nonce="${nonce.replace(/[+/=]/g, "\\$&")}">`));
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const second = await site.app.request("/en/test");
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("cached public pages carry no nonce, in the page or the policy (a CDN keeps both): their one inline script is allowed by its hash", async () => {
    const { createHash } = await import("node:crypto");
    for (let i = 0; i < 2; i++) {
      const res = await site.app.request("/zh/articles/the-pursue-withdraw-cycle");
      const csp = res.headers.get("content-security-policy") ?? "";
      const html = await res.text();
      expect(html).not.toContain("nonce=");
      const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      const hash = createHash("sha256")
        .update(scripts[0]?.[1] ?? "")
        .digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
      expect(res.headers.get("cache-control")).toContain("public");
      expect(csp).not.toContain("nonce");
      expect(csp).toContain("'strict-dynamic'");
    }
  });

  it("pages rendered per reader are never kept by a shared cache with their nonce: each says how it may be cached", async () => {
    for (const path of ["/en/safety", "/zh/safety", "/en/test/about", "/en/privacy", "/zh/test", "/en/no-such-page"]) {
      const res = await site.app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      const cacheControl = res.headers.get("cache-control") ?? "";
      expect(cacheControl, path).not.toBe("");
      if (csp.includes("'nonce-")) expect(cacheControl, path).not.toMatch(/\bpublic\b/);
    }
  });

  it("sends nosniff, a referrer policy, COOP and a permissions policy", async () => {
    const res = await site.app.request("/zh/");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
  });
});
