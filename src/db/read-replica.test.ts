/**
 * DATABASE_READ_ONLY_URL: public pages read from the replica, while the editor and owner pages
 * read and write the primary. Two PostgreSQL databases stand in for primary and replica, made to
 * differ on purpose so the test can tell which one answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../test/db.js";
import { signInAs } from "../../test/editor.js";
import { createTestSite, STARTER_CONTENT, type TestSite } from "../../test/site.js";
import { loadConfig } from "../config.js";
import { importDirectory } from "../features/articles/import.js";

describe("configuration of the replica", () => {
  it("accepts a replica only beside a PostgreSQL primary", () => {
    expect(() => loadConfig({ DATABASE_READ_ONLY_URL: "postgres://replica/db" })).toThrow(/DATABASE_READ_ONLY_URL/);
    const config = loadConfig({ DATABASE_URL: "postgres://primary/db", DATABASE_READ_ONLY_URL: "postgres://replica/db", DATABASE_POOL_SIZE: "25" });
    expect(config).toMatchObject({ databaseReadOnlyUrl: "postgres://replica/db", databasePoolSize: 25 });
  });
});

describe.skipIf(!DIALECTS.includes("postgres"))("reading public pages from a replica (postgres)", () => {
  let site: TestSite;
  let replica: TestDb;
  beforeAll(async () => {
    site = await createTestSite("postgres");
    replica = await createTestDb("postgres");
    await importDirectory(replica, STARTER_CONTENT);
    await replica.kysely
      .updateTable("article")
      .set({ title: "Title as the replica has it" })
      .where("slug", "=", "the-pursue-withdraw-cycle")
      .where("lang", "=", "en")
      .execute();
    // The site's database object now reads public pages from the "replica".
    Object.assign(site.db, { reader: replica.kysely });
  });
  afterAll(async () => {
    await replica.destroy();
    await site.db.destroy();
  });

  it("serves articles and search from the replica, and the editor from the primary", async () => {
    const page = await (await site.app.request("/en/articles/the-pursue-withdraw-cycle")).text();
    expect(page).toContain("Title as the replica has it");
    const { cookie } = await signInAs(site, "replica@example.org");
    const list = await (await site.app.request("/en/editor/?q=pursue", { headers: { cookie } })).text();
    expect(list).not.toContain("Title as the replica has it");
    expect((await site.app.request("/api/search?q=pursue&lang=en")).status).toBe(200);
  });
});
