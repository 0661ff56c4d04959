/**
 * Storing and reading test results. Reads always go through the owner's hash: someone else's
 * result is simply not found.
 */

import type { Selectable } from "kysely";
import type { Db } from "../../db/index.js";
import type { Lang, TestResultTable } from "../../db/schema.js";
import type { ScaleId } from "./instrument.js";
import type { ConflictScale, Pattern, ResourceScale } from "./scoring.js";
import type { ValidSubmission } from "./submission.js";

export interface StoredResult {
  id: string;
  lang: Lang;
  instrumentVersion: string;
  pattern: Pattern;
  scores: Record<ScaleId, number>;
  habits: ConflictScale[];
  strongestResource: ResourceScale;
  safetyFlag: boolean;
  today: number;
  createdAt: string;
}

/** Stores a scored submission and returns the result exactly as it was stored. */
export async function insertResult(
  db: Db,
  props: { id: string; ownerHash: string; instrumentVersion: string; submission: ValidSubmission },
): Promise<StoredResult> {
  const { submission } = props;
  const row = {
    id: props.id,
    lang: submission.lang,
    instrument_version: props.instrumentVersion,
    pattern: submission.score.pattern,
    safety_flag: submission.score.safetyFlag ? 1 : 0,
    today: submission.today,
    created_at: new Date().toISOString(),
    scores: JSON.stringify(submission.score.scores),
    profile: JSON.stringify({ habits: submission.score.habits, strongestResource: submission.score.strongestResource }),
  };
  await db.kysely
    .insertInto("test_result")
    .values({ ...row, owner_hash: props.ownerHash, answers: JSON.stringify(submission.answers) })
    .execute();
  return toResult(row);
}

const COLUMNS = ["id", "lang", "instrument_version", "pattern", "safety_flag", "today", "created_at", "scores", "profile"] as const;
type Row = Pick<Selectable<TestResultTable>, (typeof COLUMNS)[number]>;

function toResult(row: Row): StoredResult {
  const profile = JSON.parse(row.profile) as { habits: ConflictScale[]; strongestResource: ResourceScale };
  return {
    id: row.id,
    lang: row.lang,
    instrumentVersion: row.instrument_version,
    pattern: row.pattern as Pattern,
    scores: JSON.parse(row.scores) as Record<ScaleId, number>,
    habits: profile.habits,
    strongestResource: profile.strongestResource,
    safetyFlag: row.safety_flag === 1,
    today: row.today,
    createdAt: row.created_at,
  };
}

/** The owner's result with this id, or undefined (also for anyone else's). */
export async function findOwnedResult(db: Db, id: string, ownerHash: string | undefined): Promise<StoredResult | undefined> {
  if (!ownerHash) return undefined;
  const row = await db.kysely.selectFrom("test_result").select(COLUMNS).where("id", "=", id).where("owner_hash", "=", ownerHash).executeTakeFirst();
  return row ? toResult(row) : undefined;
}

/** The owner's results, newest first. */
export async function listOwnedResults(db: Db, ownerHash: string, limit = 20): Promise<StoredResult[]> {
  const rows = await db.kysely
    .selectFrom("test_result")
    .select(COLUMNS)
    .where("owner_hash", "=", ownerHash)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toResult);
}
