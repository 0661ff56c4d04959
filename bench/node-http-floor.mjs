/**
 * The runtime's floor for the serving benchmark (not part of the site): Node's own HTTP module
 * answering every request with one prepared response (the same headers and bytes as this server's
 * cached article page), and nothing else. Whatever this server does per request beyond this is
 * ours; the rest is Node's HTTP stack and the kernel.
 *
 *   PORT=… node bench/node-http-floor.mjs RESPONSE.json   ({ headers: [[name, value]…], body })
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const { headers, body } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bytes = Buffer.from(body, "utf8");
const flat = [...headers.flat(), "content-length", String(bytes.length)];
createServer((_req, res) => {
  res.writeHead(200, flat);
  res.end(bytes);
}).listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => process.exit(0));
