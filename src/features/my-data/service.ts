/**
 * Everything we hold about an anonymous owner: export it (GDPR Art. 15 and 20) or delete it
 * (Art. 17). Deleting removes their results, which removes their share links (foreign key).
 */
import type { Db } from "../../db/index.js";

export interface MyData {
  exportedAt: string;
  results: {
    id: string;
    lang: string;
    createdAt: string;
    instrumentVersion: string;
    answers: Record<string, number>;
    today: number;
    scores: Record<string, number>;
    pattern: string;
    profile: unknown;
    safetyFlag: boolean;
    shares: { id: string; lang: string; createdAt: string }[];
  }[];
}

export async function exportMyData(db: Db, ownerHash: string | undefined): Promise<MyData> {
  const results = ownerHash
    ? await db.kysely.selectFrom("test_result").selectAll().where("owner_hash", "=", ownerHash).orderBy("created_at").execute()
    : [];
  const shares = results.length
    ? await db.kysely
        .selectFrom("result_share")
        .select(["id", "lang", "created_at", "result_id"])
        .where(
          "result_id",
          "in",
          results.map((r) => r.id),
        )
        .orderBy("created_at")
        .execute()
    : [];
  return {
    exportedAt: new Date().toISOString(),
    results: results.map((r) => ({
      id: r.id,
      lang: r.lang,
      createdAt: r.created_at,
      instrumentVersion: r.instrument_version,
      answers: JSON.parse(r.answers) as Record<string, number>,
      today: r.today,
      scores: JSON.parse(r.scores) as Record<string, number>,
      pattern: r.pattern,
      profile: JSON.parse(r.profile),
      safetyFlag: r.safety_flag === 1,
      shares: shares.filter((s) => s.result_id === r.id).map((s) => ({ id: s.id, lang: s.lang, createdAt: s.created_at })),
    })),
  };
}

/** Deletes the owner's results and share links; returns the revoked links' token hashes. */
export async function deleteMyData(db: Db, ownerHash: string): Promise<string[]> {
  return db.kysely.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom("test_result").select("id").where("owner_hash", "=", ownerHash).execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    const hashes = (await trx.selectFrom("result_share").select("token_hash").where("result_id", "in", ids).execute()).map((s) => s.token_hash);
    await trx.deleteFrom("result_share").where("result_id", "in", ids).execute();
    await trx.deleteFrom("test_result").where("id", "in", ids).execute();
    return hashes;
  });
}
