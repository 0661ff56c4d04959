/**
 * Who may reach editor pages and APIs. `editorSession` reads the session (only on the paths
 * that need it, so reader pages never touch the session table); `requireEditor` sends readers
 * to sign in (pages) or answers 401 (API), and 403 when the role is not enough.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../app-env.js";
import type { Role } from "../../db/schema.js";
import { AppError } from "../../platform/errors.js";
import { readSession } from "./sessions.js";

export const editorSession = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  c.set("editor", await readSession(c, c.get("deps").db));
  await next();
};

/** Where sign-in may send someone back to: only our own editor pages (no open redirect). */
export function safeNext(lang: string, next: string | undefined): string {
  return next && new RegExp(`^/${lang}/editor(?:/[^\\s\\\\]*)?$`).test(next) && !next.startsWith("//") ? next : `/${lang}/editor/`;
}

export const requireEditor =
  (role: Role = "editor"): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const editor = c.get("editor");
    const { t, lang } = c.get("page");
    const api = c.req.path.startsWith("/api/");
    c.header("Cache-Control", "private, no-store");
    if (!editor) {
      if (api) return c.json({ error: { code: "unauthenticated", message: t("auth.required") } }, 401);
      const url = new URL(c.req.url);
      return c.redirect(`/${lang}/signin?next=${encodeURIComponent(safeNext(lang, url.pathname + url.search))}`, 303);
    }
    if (role === "admin" && editor.role !== "admin") {
      if (api) return c.json({ error: { code: "forbidden", message: t("auth.adminOnly") } }, 403);
      throw new AppError("not_permitted", 403);
    }
    await next();
  };
