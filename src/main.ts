/**
 * Starts the web server. SIGTERM/SIGINT stop accepting connections, let in-flight requests
 * finish, close the database and exit 0.
 */
import { serve } from "@hono/node-server";
import { loadConfig } from "./config.js";
import { createLogger } from "./platform/logger.js";
import { createSite } from "./server.js";

const config = loadConfig();
const logger = createLogger(config.logLevel);
const { app, db } = await createSite(config, logger);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info({ url: `http://${config.host}:${info.port}/`, database: db.dialect }, "listening");
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  server.close(async () => {
    await db.close();
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open; drop them once in-flight work is done.
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
