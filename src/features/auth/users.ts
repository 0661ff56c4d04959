/**
 * Editor accounts: add, list, remove, change password. Emails are stored lower-cased so that
 * sign-in does not depend on how someone capitalises theirs.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../db/index.js";
import type { Role } from "../../db/schema.js";
import { hashPassword, passwordProblem } from "./passwords.js";

export const EmailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const ROLES: readonly Role[] = ["editor", "admin"];

export interface EditorAccount {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
}

export class AccountError extends Error {}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem === "too_short") throw new AccountError("the password must be at least 12 characters");
  if (problem === "too_long") throw new AccountError("the password must be at most 256 characters");
}

/** @example await addUser(db, { email: "ana@example.org", role: "editor", password: "…" }) */
export async function addUser(db: Db, props: { email: string; role: Role; password: string }): Promise<EditorAccount> {
  const email = EmailSchema.safeParse(props.email);
  if (!email.success) throw new AccountError(`"${props.email}" is not an email address`);
  if (!ROLES.includes(props.role)) throw new AccountError(`role must be one of ${ROLES.join(", ")}`);
  checkPassword(props.password);
  const existing = await db.kysely.selectFrom("editor_user").select("id").where("email", "=", email.data).executeTakeFirst();
  if (existing) throw new AccountError(`${email.data} already has an account`);
  const now = new Date().toISOString();
  const account = { id: randomBytes(12).toString("base64url"), email: email.data, role: props.role, createdAt: now };
  await db.kysely
    .insertInto("editor_user")
    .values({
      id: account.id,
      email: account.email,
      role: account.role,
      password_hash: await hashPassword(props.password),
      created_at: now,
      updated_at: now,
    })
    .execute();
  return account;
}

export async function listUsers(db: Db): Promise<EditorAccount[]> {
  const rows = await db.kysely.selectFrom("editor_user").select(["id", "email", "role", "created_at"]).orderBy("email").execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at }));
}

/** Removes the account and its sessions; their revisions keep their email. False when unknown. */
export async function removeUser(db: Db, email: string): Promise<boolean> {
  const result = await db.kysely.deleteFrom("editor_user").where("email", "=", normaliseEmail(email)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Sets a new password and signs the account out everywhere. False when unknown. */
export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  checkPassword(password);
  const hashed = await hashPassword(password);
  return db.kysely.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("editor_user").select("id").where("email", "=", normaliseEmail(email)).executeTakeFirst();
    if (!user) return false;
    await trx.updateTable("editor_user").set({ password_hash: hashed, updated_at: new Date().toISOString() }).where("id", "=", user.id).execute();
    await trx.deleteFrom("editor_session").where("user_id", "=", user.id).execute();
    return true;
  });
}
