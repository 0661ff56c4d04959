/**
 * Run by socket-front-door.test.ts in a child process with --expose-gc (not a test itself):
 * opens connections to a server with the door — answered ones, and ones handed to the server —
 * closes them, collects garbage and prints how many of the sockets were freed, as JSON.
 */
import { createServer } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { installSocketFrontDoor } from "./socket-front-door.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const body = Buffer.from("hello");
const server = createServer((_req, res) => res.end("from the server"));
installSocketFrontDoor(server, (_method, url) => (url === "/cached" ? { status: 200, headers: ["content-length", "5"], body } : undefined));
let opened = 0;
let freed = 0;
const registry = new FinalizationRegistry(() => freed++);
server.prependListener("connection", (socket: Socket) => {
  opened++;
  registry.register(socket, 0);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as AddressInfo).port;
const exchange = (request: string) =>
  new Promise<void>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(request));
    socket.resume();
    socket.on("close", () => resolve());
  });
const count = Number(process.argv[2] ?? 500);
const GET = (path: string) => `GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`;
// Answered by the door; then two answered and one handed over in the same read.
for (let i = 0; i < count; i++) await exchange(GET("/cached"));
for (let i = 0; i < count; i++) await exchange(GET("/cached") + GET("/cached") + GET("/other"));
for (let i = 0; i < 5; i++) {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
}
process.stdout.write(JSON.stringify({ opened, freed }));
server.close();
