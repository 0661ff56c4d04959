/**
 * The audit trail: who did what, when. Details hold ids, slugs and counts, never personal text
 * or passwords.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

export interface Actor {
  id: string | null;
  label: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: Record<string, unknown>;
}

/** @example await recordAudit(trx, { id: "u1", label: "ana@example.org" }, "article.publish", "article:12") */
export async function recordAudit(db: Executor, actor: Actor, action: string, target: string, detail: Record<string, unknown> = {}): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({ created_at: new Date().toISOString(), actor_id: actor.id, actor_label: actor.label, action, target, detail: JSON.stringify(detail) })
    .execute();
}

/** Newest first. */
export async function listAudit(
  db: Executor,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ total: number; entries: AuditEntry[] }> {
  const [count, rows] = await Promise.all([
    db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
    db.selectFrom("audit_event").selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.created_at,
      actor: r.actor_label,
      action: r.action,
      target: r.target,
      detail: JSON.parse(r.detail),
    })),
  };
}
