import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { TEST_PASSWORD } from "../../../test/editor.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../../test/site.js";
import { DEFAULT_RATE_LIMITS } from "../../platform/rate-limit.js";
import { addUser, removeUser, setPassword } from "./users.js";

for (const dialect of DIALECTS) {
  describe(`editor sign-in (${dialect})`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect, { content: false });
      await addUser(site.db, { email: "Ana@Example.org", role: "editor", password: TEST_PASSWORD });
    });
    afterAll(() => site.db.destroy());

    const apiSignIn = (body: unknown, headers: Record<string, string> = {}) =>
      site.app.request("/api/session", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });

    it("signs in through the API with a fresh HttpOnly, SameSite=Lax session cookie stored only as a hash", async () => {
      const first = await apiSignIn({ email: "ana@example.org", password: TEST_PASSWORD });
      const second = await apiSignIn({ email: "ANA@example.org", password: TEST_PASSWORD });
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ editor: { email: "ana@example.org", role: "editor" } });
      const cookie = first.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^editor_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      const id = cookie.split(";")[0]?.split("=")[1] ?? "";
      expect(second.headers.get("set-cookie")?.split(";")[0]).not.toBe(`editor_session=${id}`);
      const stored = await site.db.kysely.selectFrom("editor_session").select("id_hash").execute();
      expect(stored.map((s) => s.id_hash)).not.toContain(id);
      expect(stored).toHaveLength(2);
    });

    it("sets Secure on the cookie under HTTPS", async () => {
      const res = await site.app.request("https://wiki.example/api/session", {
        method: "POST",
        headers: { origin: "https://wiki.example", "content-type": "application/json" },
        body: JSON.stringify({ email: "ana@example.org", password: TEST_PASSWORD }),
      });
      expect(res.headers.get("set-cookie")).toMatch(/Secure/);
    });

    it("answers a wrong password and an unknown email with the same 401 and message", async () => {
      const wrong = await apiSignIn({ email: "ana@example.org", password: "not the password" });
      const unknown = await apiSignIn({ email: "nobody@example.org", password: TEST_PASSWORD });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const [a, b] = [await wrong.json(), await unknown.json()];
      expect(a).toEqual(b);
      expect(a.error.code).toBe("invalid_credentials");
      expect(wrong.headers.get("set-cookie")).toBeNull();
    });

    it("refuses an oversized sign-in body with 413 before reading it all", async () => {
      const huge = await apiSignIn({ email: "ana@example.org", password: "x".repeat(100_000) });
      expect(huge.status).toBe(413);
    });

    it("rejects malformed bodies with 400 and cross-site posts with 403", async () => {
      expect((await apiSignIn({ email: 5 })).status).toBe(400);
      const broken = await site.app.request("/api/session", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        body: "{",
      });
      expect(broken.status).toBe(400);
      const crossSite = await site.app.request("/en/signin", {
        method: "POST",
        headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "ana@example.org", password: TEST_PASSWORD }).toString(),
      });
      expect(crossSite.status).toBe(403);
    });

    it("signs in from the form, in the reader's language, and goes back to the page asked for", async () => {
      const form = (lang: string, password: string, next = "/zh/editor/series") =>
        site.app.request(`/${lang}/signin`, {
          method: "POST",
          headers: { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email: "ana@example.org", password, next }).toString(),
        });
      const wrong = await form("zh", "wrong password!!");
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toContain("该邮箱和密码与任何编辑账号都不匹配");
      const right = await form("zh", TEST_PASSWORD);
      expect(right.status).toBe(303);
      expect(right.headers.get("location")).toBe("/zh/editor/series");
      const offsite = await form("en", TEST_PASSWORD, "https://evil.example/");
      expect(offsite.headers.get("location")).toBe("/en/editor/");
      const page = await site.app.request("/en/signin");
      expect(page.status).toBe(200);
      expect(page.headers.get("cache-control")).toBe("private, no-store");
      expect(await page.text()).toContain('<meta name="robots" content="noindex"/>');
    });

    it("signs out (API and form) and the old cookie stops working", async () => {
      const res = await apiSignIn({ email: "ana@example.org", password: TEST_PASSWORD });
      const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect((await site.app.request("/en/editor/", { headers: { cookie } })).status).toBe(200);
      const out = await site.app.request("/api/session", { method: "DELETE", headers: { ...SAME_ORIGIN, cookie } });
      expect(out.status).toBe(204);
      expect((await site.app.request("/en/editor/", { headers: { cookie } })).status).toBe(303);

      const again = (await apiSignIn({ email: "ana@example.org", password: TEST_PASSWORD })).headers.get("set-cookie")?.split(";")[0] ?? "";
      const formOut = await site.app.request("/en/signout", { method: "POST", headers: { ...SAME_ORIGIN, cookie: again } });
      expect(formOut.status).toBe(303);
      expect((await site.app.request("/api/editor/preview", { method: "POST", headers: { ...SAME_ORIGIN, cookie: again } })).status).toBe(401);
    });

    it("a new password and a removed account end existing sessions", async () => {
      await addUser(site.db, { email: "bo@example.org", role: "editor", password: TEST_PASSWORD });
      const signIn = async () =>
        (await apiSignIn({ email: "bo@example.org", password: TEST_PASSWORD })).headers.get("set-cookie")?.split(";")[0] ?? "";
      const cookie = await signIn();
      await setPassword(site.db, "bo@example.org", TEST_PASSWORD);
      expect((await site.app.request("/en/editor/", { headers: { cookie } })).status).toBe(303);
      const later = await signIn();
      await removeUser(site.db, "bo@example.org");
      expect((await site.app.request("/en/editor/", { headers: { cookie: later } })).status).toBe(303);
    });

    it("records sign-ins in the audit trail without the password or the attempted email", async () => {
      const events = await site.db.kysely.selectFrom("audit_event").selectAll().execute();
      expect(events.some((e) => e.action === "session.signin")).toBe(true);
      expect(events.some((e) => e.action === "session.signin_failed" && e.target === "unknown-account")).toBe(true);
      const text = JSON.stringify(events);
      expect(text).not.toContain(TEST_PASSWORD);
      expect(text).not.toContain("nobody@example.org");
      expect(site.logs.join("")).not.toContain(TEST_PASSWORD);
    });
  });
}

describe("sign-in limits", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite("sqlite", {
      content: false,
      rateLimits: { ...DEFAULT_RATE_LIMITS, signin: { max: 6, windowSeconds: 900 }, signinAccount: { max: 3, windowSeconds: 900 } },
      trustProxy: true,
    });
    await addUser(site.db, { email: "ana@example.org", role: "editor", password: TEST_PASSWORD });
  });
  afterAll(() => site.db.destroy());

  const attempt = (email: string, password: string, address: string, lang = "en") =>
    site.app.request(`/api/session?lang=${lang}`, {
      method: "POST",
      headers: { ...SAME_ORIGIN, "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ email, password }),
    });

  it("limits attempts per account, from any address, with 429, Retry-After and a localized message", async () => {
    for (const address of ["10.0.0.1", "10.0.0.2", "10.0.0.3"])
      expect((await attempt("ana@example.org", "wrong password", address)).status).toBe(401);
    const limited = await attempt("ana@example.org", TEST_PASSWORD, "10.0.0.4", "zh");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("limits attempts per address across accounts", async () => {
    // A client may put anything in front of X-Forwarded-For; only the last hop (our proxy's) counts.
    for (let i = 0; i < 6; i++) expect((await attempt(`x${i}@example.org`, "wrong password", `203.0.113.${i}, 10.0.0.9`)).status).toBe(401);
    expect((await attempt("y@example.org", "wrong password", "198.51.100.7, 10.0.0.9")).status).toBe(429);
  });
});
