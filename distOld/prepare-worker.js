import {
  prepareFile
} from "./chunk-XP5XC5PF.js";

// src/features/articles/prepare-worker.ts
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
parentPort?.on("message", ({ id, paths, dialect }) => {
  const results = [];
  for (const path of paths) results.push(prepareFile(readFileSync(path, "utf8"), dialect));
  parentPort?.postMessage({ id, results });
});
//# sourceMappingURL=prepare-worker.js.map
