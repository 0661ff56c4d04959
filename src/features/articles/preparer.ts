/**
 * Preparing article files for the import, in worker threads or inline. Markdown rendering and
 * tokenizing are most of an import's work; in threads they run beside the database writes on
 * the main thread, which is what brings 10,000 articles in well under a minute.
 */
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { Dialect } from "../../db/index.js";
import { type PreparedFile, prepareFile } from "./prepare-file.js";
import type { PrepareRequest, PrepareResponse } from "./prepare-worker.js";

export interface Preparer {
  /** Prepares files, results in the same order as the paths. */
  prepare(paths: string[]): Promise<PreparedFile[]>;
  close(): Promise<void>;
}

/** From TypeScript sources (tsx, tests) a small loader registers tsx first; in dist/, the bundle. */
function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith(".ts");
  return new URL(fromSource ? "./prepare-worker-dev.mjs" : "./prepare-worker.js", import.meta.url);
}

/**
 * @param threads worker threads to use; 0 prepares on the calling thread.
 * @example const p = createPreparer("sqlite", 2); const results = await p.prepare(paths); await p.close();
 */
export function createPreparer(dialect: Dialect, threads: number): Preparer {
  if (threads <= 0) {
    return {
      prepare: async (paths) => {
        const results: PreparedFile[] = [];
        for (const path of paths) results.push(prepareFile(await readFile(path, "utf8"), dialect));
        return results;
      },
      close: async () => {},
    };
  }
  const url = workerUrl();
  const workers = Array.from({ length: threads }, () => new Worker(url));
  const waiting = new Map<number, { resolve: (r: PreparedFile[]) => void; reject: (e: unknown) => void }>();
  for (const worker of workers) {
    worker.on("message", ({ id, results }: PrepareResponse) => {
      waiting.get(id)?.resolve(results);
      waiting.delete(id);
    });
    worker.on("error", (error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    });
  }
  let nextId = 0;
  const send = (worker: Worker, paths: string[]) =>
    new Promise<PreparedFile[]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, paths, dialect } satisfies PrepareRequest);
    });
  return {
    async prepare(paths) {
      // Interleaved shares keep the workers equally busy; results are put back in order.
      const shares = workers.map((_, w) => paths.filter((_, i) => i % workers.length === w));
      const parts = await Promise.all(workers.map((worker, w) => send(worker, shares[w] ?? [])));
      return paths.map((_, i) => parts[i % workers.length]?.[Math.floor(i / workers.length)] as PreparedFile);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
