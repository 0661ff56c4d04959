/**
 * Worker thread of the import: reads and prepares the files it is sent (prepare-file.ts) and
 * posts the results back in the same order. No database access.
 */
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { Dialect } from "../../db/index.js";
import { type PreparedFile, prepareFile } from "./prepare-file.js";

export interface PrepareRequest {
  id: number;
  paths: string[];
  dialect: Dialect;
}

export interface PrepareResponse {
  id: number;
  results: PreparedFile[];
}

parentPort?.on("message", async ({ id, paths, dialect }: PrepareRequest) => {
  const results: PreparedFile[] = [];
  for (const path of paths) results.push(prepareFile(await readFile(path, "utf8"), dialect));
  parentPort?.postMessage({ id, results } satisfies PrepareResponse);
});
