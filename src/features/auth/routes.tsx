/**
 * Signing in and out:
 *   GET  /{lang}/signin     the sign-in form (noindex)
 *   POST /{lang}/signin     sign in from the form → 303 to the editor (or back with one message)
 *   POST /{lang}/signout    sign out → 303 to the sign-in page
 *   POST /api/session       {"email","password"} → 200 + session cookie; 401 for any wrong pair
 *   DELETE /api/session     → 204
 * Attempts are limited per address and per account; a wrong email and a wrong password get the
 * same message and take the same time.
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AppEnv } from "../../app-env.js";
import { AppError } from "../../platform/errors.js";
import { readForm } from "../../platform/form.js";
import { clientAddress, FixedWindows, tooManyRequests } from "../../platform/rate-limit.js";
import { renderDocument } from "../../ui/layout.js";
import { recordAudit } from "./audit.js";
import { editorSession, safeNext } from "./guard.js";
import { PASSWORD_MAX, verifyAgainstNothing, verifyPassword } from "./passwords.js";
import { endSession, startSession } from "./sessions.js";
import { normaliseEmail } from "./users.js";
import { SignInView } from "./views.js";

const Credentials = z.object({
  email: z.string().max(254),
  password: z.string().max(PASSWORD_MAX * 4),
});

type Outcome = { ok: true; userId: string; email: string; role: string } | { ok: false; retryAfter?: number };

export function authRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const byAddress = new FixedWindows();
  const byAccount = new FixedWindows();

  async function attempt(c: Context<AppEnv>, email: string, password: string): Promise<Outcome> {
    const { db, rateLimits, trustProxy } = c.get("deps");
    const account = normaliseEmail(email);
    if (rateLimits && rateLimits !== "off") {
      const retryAfter = Math.max(
        byAddress.hit(clientAddress(c, trustProxy ?? false), rateLimits.signin),
        byAccount.hit(account, rateLimits.signinAccount),
      );
      if (retryAfter > 0) return { ok: false, retryAfter };
    }
    const user = await db.kysely
      .selectFrom("editor_user")
      .select(["id", "email", "role", "password_hash"])
      .where("email", "=", account)
      .executeTakeFirst();
    const valid = user ? await verifyPassword(user.password_hash, password) : await verifyAgainstNothing(password);
    if (!user || !valid) {
      // The address is recorded for the operator; the attempted email and password never are.
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
    return c.html(renderDocument(<SignInView ctx={ctx} next={next} signedOut={c.req.query("signedout") === "1"} />));
  });

  // An email and a password are a few hundred bytes; nothing bigger is read.
  const limit = bodyLimit({
    maxSize: 16 * 1024,
    onError: () => {
      throw new AppError("payload_too_large", 413);
    },
  });

  app.post("/:lang{en|zh}/signin", limit, async (c) => {
    const ctx = c.get("page");
    c.header("Cache-Control", "private, no-store");
    const form = await readForm(c);
    const next = safeNext(ctx.lang, form.next);
    const parsed = Credentials.safeParse({ email: form.email ?? "", password: form.password ?? "" });
    const outcome: Outcome = parsed.success ? await attempt(c, parsed.data.email, parsed.data.password) : { ok: false };
    if (outcome.ok) return c.redirect(next, 303);
    if (outcome.retryAfter) return tooManyRequests(c, outcome.retryAfter);
    return c.html(renderDocument(<SignInView ctx={ctx} next={next} email={form.email} failed />), 401);
  });

  app.post("/:lang{en|zh}/signout", async (c) => {
    await endSession(c, c.get("deps").db, c.get("editor"));
    return c.redirect(`/${c.req.param("lang")}/signin?signedout=1`, 303);
  });

  app.post("/api/session", limit, async (c) => {
    const { t } = c.get("page");
    c.header("Cache-Control", "private, no-store");
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: "bad_request", message: t("error.request.body") } }, 400);
    }
    const parsed = Credentials.safeParse(body);
    if (!parsed.success) return c.json({ error: { code: "bad_request", message: t("auth.fieldsRequired") } }, 400);
    const outcome = await attempt(c, parsed.data.email, parsed.data.password);
    if (outcome.ok) return c.json({ editor: { email: outcome.email, role: outcome.role } }, 200);
    if (outcome.retryAfter) return tooManyRequests(c, outcome.retryAfter);
    return c.json({ error: { code: "invalid_credentials", message: t("auth.invalid") } }, 401);
  });

  app.delete("/api/session", async (c) => {
    await endSession(c, c.get("deps").db, c.get("editor"));
    return c.body(null, 204);
  });

  return app;
}
