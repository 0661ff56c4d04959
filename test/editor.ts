/**
 * Editor test helpers: an account and a signed-in session cookie for route tests.
 */
import type { Role } from "../src/db/schema.js";
import { addUser } from "../src/features/auth/users.js";
import { SAME_ORIGIN, type TestSite } from "./site.js";

export const TEST_PASSWORD = "a calm and long passphrase";

/** Adds an account and signs it in through the API; returns the Cookie header to send. */
export async function signInAs(site: TestSite, email: string, role: Role = "editor"): Promise<{ cookie: string; email: string }> {
  await addUser(site.db, { email, role, password: TEST_PASSWORD });
  const res = await site.app.request("/api/session", {
    method: "POST",
    headers: { ...SAME_ORIGIN, "content-type": "application/json" },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, email };
}

/** A same-origin form POST with a session cookie. */
export function postForm(site: TestSite, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return Promise.resolve(
    site.app.request(path, {
      method: "POST",
      headers: { ...SAME_ORIGIN, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}
