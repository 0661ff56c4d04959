import { sql } from "kysely";
import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "./index.js";

describe("SQLite statement reuse", () => {
  it("prepares each distinct query once, and a cached statement survives a schema change", async () => {
    const db = openDatabase({ sqlitePath: ":memory:" });
    const sqlite = db.sqlite;
    if (!sqlite) throw new Error("sqlite expected");
    await sql`CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)`.execute(db.kysely);
    const prepare = vi.spyOn(sqlite, "prepare");
    for (let i = 0; i < 3; i++) await sql`INSERT INTO note (body) VALUES (${`n${i}`})`.execute(db.kysely);
    const select = () => sql<{ id: number; body: string }>`SELECT * FROM note ORDER BY id`.execute(db.kysely);
    expect((await select()).rows).toHaveLength(3);
    expect((await select()).rows).toHaveLength(3);
    expect(prepare).toHaveBeenCalledTimes(2); // one INSERT text, one SELECT text
    await sql`ALTER TABLE note ADD COLUMN lang TEXT DEFAULT 'en'`.execute(db.kysely);
    expect((await select()).rows[0]).toEqual({ id: 1, body: "n0", lang: "en" });
    await db.close();
  });
});
