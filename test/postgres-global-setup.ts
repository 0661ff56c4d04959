/**
 * Gives the test run a PostgreSQL server: TEST_DATABASE_URL if set, otherwise a throwaway
 * cluster from the local PostgreSQL binaries (see postgres-cluster.ts), removed afterwards.
 * Without PostgreSQL the run says so loudly and only the PostgreSQL half is skipped — except
 * under CI=true, where nothing may be skipped.
 */
import type { TestProject } from "vitest/node";
import { findPgBin, startCluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin connection URL of the test PostgreSQL server, or "" when there is none. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const bin = findPgBin();
  if (!bin) {
    if (process.env.CI) throw new Error("PostgreSQL binaries (initdb, pg_ctl) not found, and CI=true forbids skipping the PostgreSQL tests.");
    const bar = "!".repeat(78);
    console.warn(`\n${bar}\n!! PostgreSQL not found: SKIPPING every PostgreSQL test. Install postgresql or set TEST_DATABASE_URL.\n${bar}\n`);
    project.provide("pgUrl", "");
    return;
  }
  const cluster = await startCluster(bin);
  project.provide("pgUrl", cluster.url);
  return () => cluster.stop();
}
