/**
 * The socket front door against Node's own HTTP server: for any bytes a client sends, a server
 * with the door must answer exactly as the same server without it (Date aside), whether the door
 * answers or hands the connection over. Raw sockets on loopback; no database.
 */

import { spawnSync } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type DoorAnswer, type DoorAnswerer, installSocketFrontDoor, type SocketFrontDoor, socketFrontDoorAvailable } from "./socket-front-door.js";

const PAGE = Buffer.from("<!doctype html><title>cached</title>".repeat(50));
const HEADERS = [
  "content-type",
  "text/html; charset=UTF-8",
  "etag",
  '"v1"',
  "cache-control",
  "public, max-age=0",
  "content-length",
  String(PAGE.length),
];
const NOT_MODIFIED = ["content-type", "text/html; charset=UTF-8", "etag", '"v1"', "cache-control", "public, max-age=0"];

const BIG_PAGE = Buffer.alloc(256 * 1024, "a");
const BIG_HEADERS = ["content-type", "text/plain", "content-length", String(BIG_PAGE.length)];
const HUGE_PAGE = Buffer.alloc(32 * 1024 * 1024, "b");
const HUGE_HEADERS = ["content-type", "text/plain", "content-length", String(HUGE_PAGE.length)];

/** A page cache in miniature: GET /cached…, 304 for a matching If-None-Match. */
const answer: DoorAnswerer = (method, url, rawHeaders) => {
  if (method !== "GET" || !url.startsWith("/cached")) return undefined;
  if (url.startsWith("/cached/big")) return { status: 200, headers: BIG_HEADERS, body: BIG_PAGE };
  if (url.startsWith("/cached/huge")) return { status: 200, headers: HUGE_HEADERS, body: HUGE_PAGE };
  const etagAt = rawHeaders.findIndex((h, i) => i % 2 === 0 && h.toLowerCase() === "if-none-match");
  if (etagAt >= 0 && rawHeaders[etagAt + 1] === '"v1"') return { status: 304, headers: NOT_MODIFIED, body: undefined };
  return { status: 200, headers: HEADERS, body: PAGE };
};

/** The server's own handling: the same answers through writeHead/end, anything else echoed. */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const cached = answer(req.method ?? "", req.url ?? "", req.rawHeaders) as DoorAnswer | undefined;
  if (cached) {
    res.writeHead(cached.status, cached.headers);
    res.end(cached.body);
    return;
  }
  let received = 0;
  req.on("data", (chunk: Buffer) => (received += chunk.length));
  req.on("end", () => {
    res.writeHead(404, ["content-type", "text/plain"]);
    res.end(`${req.method} ${req.url} body=${received}`);
  });
}

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** The server (handler above), with the door answering through `withDoor` (true: `answer`), listening. */
async function listen(
  withDoor: boolean | DoorAnswerer,
  configure?: (s: Server) => void,
  options: ServerOptions = {},
): Promise<{ server: Server; port: number; door?: SocketFrontDoor; requests: () => number }> {
  let requests = 0;
  const server = createServer(options, (req, res) => {
    requests++;
    handler(req, res);
  });
  configure?.(server);
  const door = withDoor ? installSocketFrontDoor(server, withDoor === true ? answer : withDoor) : undefined;
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, door, requests: () => requests };
}

/** Sends `parts` (a pause between them), then ends its side, and returns every byte received until the server closes. */
function exchange(port: number, parts: (string | Buffer)[], pauseMs = 20): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(received).toString("latin1")));
    void (async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, pauseMs));
        socket.write(part);
      }
      socket.end();
    })();
  });
}

const withoutDate = (text: string) => text.replace(/\r\nDate: [^\r]*/g, "\r\nDate: -");
const responses = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];

const ERROR_REPLY = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n";

const GET = (path: string, extra = "") => `GET ${path} HTTP/1.1\r\nHost: example.org\r\n${extra}\r\n`;

describe.runIf(socketFrontDoorAvailable)("socket front door", () => {
  it("answers a cached page with exactly the bytes Node's server writes for it", async () => {
    const door = await listen(true);
    const plain = await listen(false);
    const request = [GET("/cached/a", "Accept-Encoding: br\r\n")];
    const [fromDoor, fromServer] = await Promise.all([exchange(door.port, request), exchange(plain.port, request)]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(fromDoor).toMatch(/^HTTP\/1\.1 200 OK\r\ncontent-type: text\/html; charset=UTF-8\r\n/);
    expect(fromDoor).toMatch(/\r\nDate: \w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n/);
    expect(door.requests()).toBe(0); // the door answered; the server never saw a request
    expect(door.door?.handedOff).toBe(0);
  });

  it("answers 304 without a body when the client holds the page", async () => {
    const door = await listen(true);
    const text = await exchange(door.port, [GET("/cached/a", 'If-None-Match: "v1"\r\n')]);
    expect(text).toMatch(/^HTTP\/1\.1 304 Not Modified\r\n/);
    expect(text).not.toContain("content-length");
    expect(text.endsWith("\r\n\r\n")).toBe(true);
  });

  it("answers pipelined requests in order, handing over at the first it cannot answer", async () => {
    const door = await listen(true);
    const plain = await listen(false);
    const post = "POST /form HTTP/1.1\r\nHost: example.org\r\nContent-Length: 11\r\n\r\nhello=world";
    const request = [GET("/cached/1") + GET("/cached/2") + post + GET("/cached/3") + GET("/other")];
    const [fromDoor, fromServer] = await Promise.all([exchange(door.port, request), exchange(plain.port, request)]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(responses(fromDoor)).toEqual(["HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 404", "HTTP/1.1 200", "HTTP/1.1 404"]);
    expect(fromDoor).toContain("POST /form body=11");
    expect(door.requests()).toBe(3); // the POST and everything after it
    expect(door.door?.handedOff).toBe(1);
  });

  it("keeps answering on a kept-alive connection across reads", async () => {
    const door = await listen(true);
    const text = await exchange(door.port, [GET("/cached/1"), GET("/cached/2"), GET("/cached/3")]);
    expect(responses(text)).toEqual(["HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 200"]);
    expect(door.requests()).toBe(0);
  });

  it("hands over a request split across reads, and the server completes it", async () => {
    const door = await listen(true);
    const text = await exchange(door.port, ["GET /cached/a HTT", "P/1.1\r\nHost: exa", "mple.org\r\n\r\n"]);
    expect(responses(text)).toEqual(["HTTP/1.1 200"]);
    expect(text.endsWith(PAGE.toString("latin1"))).toBe(true);
    expect(door.requests()).toBe(1);
    expect(door.door?.handedOff).toBe(1);
  });

  const unusual: [string, string][] = [
    ["HTTP/1.0", "GET /cached/a HTTP/1.0\r\nHost: example.org\r\n\r\n"],
    ["Connection: close", GET("/cached/a", "Connection: close\r\n")],
    ["no Host", "GET /cached/a HTTP/1.1\r\n\r\n"],
    ["an empty Host", "GET /cached/a HTTP/1.1\r\nHost:\r\n\r\n"],
    ["a body by length", GET("/cached/a", "Content-Length: 3\r\n").replace(/\r\n$/, "\r\nabc")],
    ["a chunked body", `${GET("/cached/a", "Transfer-Encoding: chunked\r\n")}3\r\nabc\r\n0\r\n\r\n`],
    ["Expect", GET("/cached/a", "Expect: 100-continue\r\n")],
    ["an upgrade", GET("/cached/a", "Connection: Upgrade\r\nUpgrade: websocket\r\n")],
    ["HEAD", "HEAD /cached/a HTTP/1.1\r\nHost: example.org\r\n\r\n"],
    ["a bad header", GET("/cached/a", "Bad Header: x\r\n")],
    ["both lengths", GET("/cached/a", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")],
    ["a bad method", "G@T /cached/a HTTP/1.1\r\nHost: example.org\r\n\r\n"],
    ["many headers", GET("/cached/a", Array.from({ length: 40 }, (_, i) => `X-H${i}: ${i}\r\n`).join(""))],
    ["an absolute URL", "GET http://example.org/cached/a HTTP/1.1\r\nHost: example.org\r\n\r\n"],
  ];
  it.each(unusual)("leaves a request with %s to the server, which answers as it would alone", async (_name, request) => {
    const door = await listen(true);
    const plain = await listen(false);
    const [fromDoor, fromServer] = await Promise.all([
      exchange(door.port, [request + GET("/cached/b")]),
      exchange(plain.port, [request + GET("/cached/b")]),
    ]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(door.door?.handedOff).toBe(1);
  });

  it("answers every byte sequence as the server alone would (mutated requests, pipelined)", async () => {
    const door = await listen(true);
    const plain = await listen(false);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      GET("/cached/a"),
      GET("/cached/b", "Accept-Encoding: gzip\r\n"),
      GET("/cached/c", 'If-None-Match: "v1"\r\n'),
      GET("/nope"),
      "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nok",
      "\r\n",
    ];
    const mutate = (text: string) => {
      const chars = [...text];
      const at = Math.floor(random() * chars.length);
      const kind = random();
      if (kind < 0.3) chars.splice(at, 1);
      else if (kind < 0.6) chars.splice(at, 0, String.fromCharCode(Math.floor(random() * 128)));
      else if (kind < 0.8) chars[at] = [" ", "\r", "\n", ":", "\t", "\0"][Math.floor(random() * 6)] as string;
      else chars.splice(at, 0, chars[Math.floor(random() * chars.length)] as string);
      return chars.join("");
    };
    const [CANONICAL_200, CANONICAL_304] = (
      await Promise.all([exchange(plain.port, [GET("/cached/a")]), exchange(plain.port, [GET("/cached/a", 'If-None-Match: "v1"\r\n')])])
    ).map(withoutDate);
    let errorCases = 0;
    for (let round = 0; round < 150; round++) {
      const count = 1 + Math.floor(random() * 4);
      let input = "";
      for (let i = 0; i < count; i++) input += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.7) input = mutate(input);
      // A third of the inputs arrive in two reads, split anywhere.
      const at = Math.floor(random() * input.length);
      const parts = round % 3 === 0 && at > 0 ? [input.slice(0, at), input.slice(at)] : [input];
      const [fromDoor = "", fromServer = ""] = (await Promise.all([exchange(door.port, parts, 5), exchange(plain.port, parts, 5)])).map(withoutDate);
      const why = JSON.stringify(input);
      if (`${fromDoor}${fromServer}`.includes(ERROR_REPLY)) errorCases++;
      if (fromDoor === fromServer) continue;
      // They may differ only after a request the server cannot parse, pipelined after others: how
      // many of those the server answers alone depends on timing inside it (answers still in
      // flight are dropped for the error reply). With the door: each of them whole, then the reply.
      expect(fromDoor.endsWith(ERROR_REPLY), why).toBe(true);
      const before = fromDoor
        .slice(0, -ERROR_REPLY.length)
        .split(/(?=HTTP\/1\.1 )/)
        .filter(Boolean);
      for (const answer of before) expect(answer === CANONICAL_200 || answer === CANONICAL_304 || answer.startsWith("HTTP/1.1 404"), why).toBe(true);
    }
    expect(errorCases).toBeGreaterThan(10); // the mutations do reach the parser's errors
  });

  it("hands a client that does not read its answers to the server, and every answer still arrives in order", async () => {
    const door = await listen(true);
    const count = 100; // 25 MiB of answers: more than the kernel's socket buffers hold
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(door.port, "127.0.0.1");
      socket.pause(); // not reading: answers pile up on the server's side
      socket.write(Array.from({ length: count }, (_, i) => GET(`/cached/big/${i}`)).join(""));
      socket.end();
      setTimeout(() => {
        const received: Buffer[] = [];
        socket.on("data", (chunk) => received.push(chunk));
        socket.on("close", () => resolve(Buffer.concat(received).toString("latin1")));
        socket.resume();
      }, 200);
      socket.on("error", reject);
    });
    expect(responses(text)).toHaveLength(count);
    expect(door.door?.handedOff).toBe(1);
    expect(door.requests()).toBeGreaterThan(0);
  });

  /** How long after its answer a kept-alive connection is closed, and what else arrived. */
  const idleClose = (port: number, request: string) =>
    new Promise<{ afterMs: number; text: string }>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let answeredAt = 0;
      let text = "";
      socket.on("data", (chunk) => {
        answeredAt ||= performance.now();
        text += chunk.toString("latin1");
      });
      socket.on("close", () => resolve({ afterMs: performance.now() - answeredAt, text }));
      socket.write(request);
    });

  it("closes a connection idle past the server's keep-alive timeout, when the server would", async () => {
    const shortKeepAlive = (s: Server) => {
      s.keepAliveTimeout = 300;
    };
    const door = await listen(true, shortKeepAlive);
    const plain = await listen(false, shortKeepAlive);
    const [fromDoor, fromServer] = await Promise.all([idleClose(door.port, GET("/cached/a")), idleClose(plain.port, GET("/cached/a"))]);
    // Node waits a second beyond the timeout it advertises (timeout=0 here: 300 ms rounds down).
    for (const closed of [fromDoor, fromServer]) {
      expect(closed.afterMs).toBeGreaterThan(1200);
      expect(closed.afterMs).toBeLessThan(3000);
    }
    expect(withoutDate(fromDoor.text)).toBe(withoutDate(fromServer.text));
  });

  it("answers 408 to a connection that sends no request within the server's header time, as the server does", async () => {
    const door = await listen(true, (s) => {
      s.headersTimeout = 300;
    });
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(door.port, "127.0.0.1");
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
    });
    expect(closed).toBe("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
  });

  it("does not let a trickle of line breaks hold a connection: the server's header timeout applies", async () => {
    const options = { headersTimeout: 300, requestTimeout: 1000, connectionsCheckingInterval: 50 };
    const door = await listen(true, undefined, options);
    const started = performance.now();
    const text = await new Promise<string>((resolve) => {
      const socket = connect(door.port, "127.0.0.1");
      let received = "";
      const trickle = setInterval(() => socket.writable && socket.write("\r\n"), 100);
      socket.on("data", (chunk) => (received += chunk.toString("latin1")));
      socket.on("close", () => {
        clearInterval(trickle);
        resolve(received);
      });
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text).toContain("408 Request Timeout");
    expect(door.door?.handedOff).toBe(1);
  });

  it("writes a large answer out to a slow reader in full, however long past the keep-alive timeout", async () => {
    const door = await listen(true, (s) => {
      s.keepAliveTimeout = 200;
    });
    const received = await new Promise<number>((resolve, reject) => {
      const socket = connect(door.port, "127.0.0.1");
      let bytes = 0;
      socket.pause();
      socket.write(GET("/cached/a") + GET("/cached/huge"));
      setTimeout(() => {
        socket.on("data", (chunk) => {
          bytes += chunk.length;
        });
        socket.resume();
      }, 1500);
      socket.on("close", () => resolve(bytes));
      socket.on("error", reject);
    });
    expect(received).toBeGreaterThan(HUGE_PAGE.length + PAGE.length);
    expect(door.door?.handedOff).toBe(0);
  });

  it("lets close() finish at once while clients hold idle kept-alive connections", async () => {
    const door = await listen(true);
    const server = servers.at(-1) as Server;
    const socket = connect(door.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("data", resolve).write(GET("/cached/a")));
    expect(door.door?.open).toBe(1);
    const started = performance.now();
    await new Promise((resolve) => server.close(resolve));
    expect(performance.now() - started).toBeLessThan(1000);
    socket.destroy();
  });

  /** A door whose answers wait once for a read (as after a quiet second), then come at once. */
  async function waitingDoor(outcome: "resolve" | "reject") {
    let reads = 0;
    let ready = false;
    const listening = await listen((method, url, rawHeaders) => {
      if (ready || !url.startsWith("/cached")) return answer(method, url, rawHeaders);
      reads++;
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          ready = outcome === "resolve";
          if (ready) resolve(1);
          else reject(new Error("database down"));
        }, 50),
      );
    });
    return { ...listening, reads: () => reads };
  }

  it("waits for what an answer needs, then answers every request in order, without handing over", async () => {
    const waiting = await waitingDoor("resolve");
    const plain = await listen(false);
    // The first request waits; two more are pipelined behind it, the last completed by bytes
    // that arrive during the wait.
    const third = GET("/cached/3");
    const parts = [GET("/cached/1") + GET("/cached/2", 'If-None-Match: "v1"\r\n') + third.slice(0, 12), third.slice(12)];
    const [fromDoor, fromServer] = await Promise.all([exchange(waiting.port, parts, 10), exchange(plain.port, parts, 10)]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(responses(fromDoor)).toEqual(["HTTP/1.1 200", "HTTP/1.1 304", "HTTP/1.1 200"]);
    expect(waiting.door?.handedOff).toBe(0);
    expect(waiting.reads()).toBe(1);
  });

  it("leaves the connection to the server when what an answer needs cannot be read", async () => {
    const waiting = await waitingDoor("reject");
    const text = await exchange(waiting.port, [GET("/cached/1") + GET("/other")]);
    expect(responses(text)).toEqual(["HTTP/1.1 200", "HTTP/1.1 404"]); // the server's own answers
    expect(waiting.door?.handedOff).toBe(1);
  });

  /** A door whose answerer always asks to wait, with the given promise. */
  const alwaysWaiting = (promise: () => Promise<unknown>) => listen(() => promise());

  it("waits once per request: still not answerable after it, the request is the server's", async () => {
    const waiting = await alwaysWaiting(() => Promise.resolve());
    const text = await exchange(waiting.port, [GET("/cached/1")]);
    expect(responses(text)).toEqual(["HTTP/1.1 200"]); // the server's own handling
    expect(waiting.door?.handedOff).toBe(1);
  });

  it("waits at most a second, then leaves the request to the server", async () => {
    const waiting = await alwaysWaiting(() => new Promise(() => {}));
    const started = performance.now();
    const text = await exchange(waiting.port, [GET("/cached/1")]);
    expect(performance.now() - started).toBeGreaterThan(900);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(responses(text)).toEqual(["HTTP/1.1 200"]);
    expect(waiting.door?.handedOff).toBe(1);
  });

  it("answers a request waiting when the server is closed, then ends the connection", async () => {
    const waiting = await waitingDoor("resolve");
    const server = waiting.server;
    const text = new Promise<string>((resolve) => {
      const socket = connect(waiting.port, "127.0.0.1");
      let received = "";
      socket.on("data", (chunk) => (received += chunk.toString("latin1")));
      socket.on("close", () => resolve(received));
      socket.write(GET("/cached/1"));
    });
    await new Promise((r) => setTimeout(r, 20)); // the request is waiting now
    const closed = new Promise((resolve) => server.close(resolve));
    expect(responses(await text)).toEqual(["HTTP/1.1 200"]);
    await closed;
    expect(waiting.door?.handedOff).toBe(0);
  });

  it("leaves a request to the server when finding its answer fails, and keeps running", async () => {
    const { port, door } = await listen((_method, url) => {
      if (url === "/cached/broken") throw new Error("a bug in the cache");
      return undefined;
    });
    const text = await exchange(port, [GET("/cached/broken")]);
    expect(text).toMatch(/^HTTP\/1\.1 200 OK/); // the server's own handling of the same request
    expect(door?.handedOff).toBe(1);
  });

  it("keeps the server's own header-size limit when it hands over after a large request it answered", async () => {
    const large = { maxHeaderSize: 64 * 1024 };
    const door = await listen(true, undefined, large);
    const plain = await listen(false, undefined, large);
    const request = [`${GET("/cached/a", `X-Large: ${"x".repeat(20_000)}\r\n`)}POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nok`];
    const [fromDoor, fromServer] = await Promise.all([exchange(door.port, request), exchange(plain.port, request)]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(responses(fromDoor)).toEqual(["HTTP/1.1 200", "HTTP/1.1 404"]);
    expect(door.door?.handedOff).toBe(1);
  });

  it("frees every connection it held once closed, answered or handed over", () => {
    // In a child process, to collect garbage on demand (see the fixture).
    const fixture = fileURLToPath(new URL("./socket-front-door.gc-fixture.ts", import.meta.url));
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fixture, "300"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { opened, freed } = JSON.parse(run.stdout) as { opened: number; freed: number };
    expect(opened).toBe(600);
    expect(freed).toBeGreaterThanOrEqual(opened * 0.95); // a few may still be referenced by the last reads
  });

  it("leaves every connection to the server when it limits requests per connection", async () => {
    const door = await listen(true, (s) => {
      s.maxRequestsPerSocket = 2;
    });
    const plain = await listen(false, (s) => {
      s.maxRequestsPerSocket = 2;
    });
    const request = [GET("/cached/1") + GET("/cached/2") + GET("/cached/3")];
    const [fromDoor, fromServer] = await Promise.all([exchange(door.port, request), exchange(plain.port, request)]);
    expect(withoutDate(fromDoor)).toBe(withoutDate(fromServer));
    expect(door.requests()).toBe(2);
  });
});
