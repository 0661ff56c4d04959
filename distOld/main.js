import {
  loadConfig
} from "./chunk-X2YEABQG.js";

// src/main.ts
import cluster from "node:cluster";

// src/platform/logger.ts
import { pino } from "pino";
var REDACTED_PATHS = ["req.headers.cookie", "req.headers.authorization", "*.password", "*.answers", "*.token", "*.body"];
function createLogger(level, destination) {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination);
}

// src/main.ts
var config = loadConfig();
var logger = createLogger(config.logLevel);
var SETUP_ROLE = "setup";
if (config.workers > 1 && cluster.isPrimary) {
  let stopping = false;
  let serving = false;
  const stop = (signal2) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal: signal2 }, serving ? "shutting down workers" : "stopping once the database setup has finished");
    if (serving) for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal2);
    setTimeout(() => process.exit(0), 15e3).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  const setup = cluster.fork({ WIKI_WORKER_ROLE: SETUP_ROLE });
  const [code, signal] = await new Promise((resolve) => setup.once("exit", (c, s) => resolve([c, s])));
  if (code !== 0) {
    logger.error({ code, signal }, "setting up the database failed; not starting workers");
    process.exit(1);
  }
  if (stopping) process.exit(0);
  const startedAt = /* @__PURE__ */ new Map();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  serving = true;
  for (let i = 0; i < config.workers; i++) fork();
  cluster.on("exit", (worker, code2, signal2) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    logger.error({ worker: worker.id, code: code2, signal: signal2, livedMs: lived }, "worker exited; starting another");
    setTimeout(() => stopping || fork(), lived < 1e4 ? 1e3 : 0);
  });
} else if (process.env.WIKI_WORKER_ROLE === SETUP_ROLE) {
  process.on("SIGTERM", () => {
  });
  process.on("SIGINT", () => {
  });
  const { ensureStarterContent, openConfiguredDatabase } = await import("./server-VRSL2KTE.js");
  const db = await openConfiguredDatabase(config);
  await ensureStarterContent(db, config.contentDir, logger);
  await db.close();
  process.exit(0);
} else {
  const { createSite } = await import("./server-VRSL2KTE.js");
  const { server, db } = await createSite(config, logger);
  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}/`, database: db.dialect, worker: cluster.worker?.id }, "listening");
  });
  let stopping = false;
  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close(async () => {
      await db.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 1e4).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
//# sourceMappingURL=main.js.map
