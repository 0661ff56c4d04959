/**
 * Starts the web server: one process, or with WORKERS=N a Node cluster of N processes sharing
 * the port. In a cluster the primary only supervises, so it never loads the site's code (its
 * memory stays small): a first worker migrates and loads starter content and exits, then N
 * serving workers start. SIGTERM/SIGINT stop accepting connections, let in-flight requests
 * finish, close the database and exit 0; the primary passes the signal on and exits when its
 * workers have.
 */
import cluster from "node:cluster";
import { loadConfig } from "./config.js";
import { createLogger } from "./platform/logger.js";

const config = loadConfig();
const logger = createLogger(config.logLevel);
const SETUP_ROLE = "setup";

if (config.workers > 1 && cluster.isPrimary) {
  let stopping = false;
  let serving = false;
  // Signals are handled from the start: one during the setup lets it finish, then nothing starts.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, serving ? "shutting down workers" : "stopping once the database setup has finished");
    if (serving) for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  // Once, before any serving worker opens the database: migrations and starter content.
  const setup = cluster.fork({ WIKI_WORKER_ROLE: SETUP_ROLE });
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => setup.once("exit", (c, s) => resolve([c, s])));
  if (code !== 0) {
    logger.error({ code, signal }, "setting up the database failed; not starting workers");
    process.exit(1);
  }
  if (stopping) process.exit(0);

  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  serving = true;
  for (let i = 0; i < config.workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies unexpectedly is replaced; the others keep serving meanwhile. One that
    // dies right after starting (a port in use, a bad configuration) is retried after a pause,
    // not in a tight loop.
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    logger.error({ worker: worker.id, code, signal, livedMs: lived }, "worker exited; starting another");
    setTimeout(() => stopping || fork(), lived < 10_000 ? 1_000 : 0);
  });
} else if (process.env.WIKI_WORKER_ROLE === SETUP_ROLE) {
  // A terminal's Ctrl-C reaches the whole process group: the setup finishes (migrations are one
  // transaction, starter content a few files), and the primary then starts nothing.
  process.on("SIGTERM", () => {});
  process.on("SIGINT", () => {});
  const { ensureStarterContent, openConfiguredDatabase } = await import("./server.js");
  const db = await openConfiguredDatabase(config);
  await ensureStarterContent(db, config.contentDir, logger);
  await db.close();
  process.exit(0);
} else {
  const { createSite } = await import("./server.js");
  const { server, db } = await createSite(config, logger);
  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}/`, database: db.dialect, worker: cluster.worker?.id }, "listening");
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close(async () => {
      await db.close();
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open; drop them once in-flight work is done.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
