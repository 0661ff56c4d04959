/**
 * Page-weight guards. A reader in distress may be on a slow phone connection: an article page
 * must stay light. Ceilings (gzip): JavaScript ≤ 10 KB (it only improves pages that already
 * work), CSS ≤ 20 KB (one stylesheet, no framework); nothing render-blocking from another origin
 * (no third-party requests at all, and no extra connection before first paint).
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSite, type TestSite } from "../../test/site.js";

const JS_GZIP_LIMIT = 10 * 1024;
const CSS_GZIP_LIMIT = 20 * 1024;

describe("page weight of an article page", () => {
  let site: TestSite;
  let html = "";
  beforeAll(async () => {
    site = await createTestSite("sqlite");
    html = await (await site.app.request("/zh/articles/the-pursue-withdraw-cycle")).text();
  });
  afterAll(() => site.db.destroy());

  const gzipped = async (url: string) => {
    const res = await site.app.request(url);
    expect(res.status, url).toBe(200);
    return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  };

  it(`ships at most ${JS_GZIP_LIMIT / 1024} KB of JavaScript (gzip)`, async () => {
    const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/src:"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
    expect(external.length).toBeGreaterThan(0);
    let total = gzipSync(inline.join("")).length;
    for (const url of new Set(external)) total += await gzipped(url);
    expect(total).toBeLessThanOrEqual(JS_GZIP_LIMIT);
  });

  it(`ships at most ${CSS_GZIP_LIMIT / 1024} KB of CSS (gzip)`, async () => {
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(sheets).toHaveLength(1);
    let total = 0;
    for (const url of sheets) total += await gzipped(url);
    expect(total).toBeLessThanOrEqual(CSS_GZIP_LIMIT);
  });

  it("has no render-blocking request to another origin (and no other-origin resource at all)", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    const resources = [...head.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)]
      .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
      .map((m) => m[1] ?? "");
    expect(resources.length).toBeGreaterThan(0);
    for (const url of resources) expect(url, url).toMatch(/^\/[^/]/);
    expect(html).not.toMatch(/<(?:img|iframe|script|link)[^>]+(?:src|href)="(?:https?:)?\/\/(?!wiki\.example)/);
  });
});
