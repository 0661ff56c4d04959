/**
 * The socket front door: cached public pages answered on the connection itself, below Node's HTTP
 * server. Node's `http` builds a request object, a response object and their streams for every
 * request, which costs as much CPU as everything else a cached page needs; a reading site spends
 * most of its requests there (see docs/PERFORMANCE.md, "Serving").
 *
 * Requests are parsed by llhttp, the parser Node's HTTP server itself runs (its binding, reached
 * through the `_http_common` module), with the server's own limits, so the door and the server
 * cannot disagree about where a request starts or ends. The door answers only what it can answer
 * exactly as the server would: a complete HTTP/1.1 keep-alive GET without a body, an upgrade or an
 * `Expect`, with a Host, for a page the cache holds (`answer`). At the first request it does not
 * answer (anything else, a request split across reads, a parse error, a client not reading its
 * responses) it hands the connection to Node's HTTP server for the rest of the connection's life,
 * with the bytes from that request's first byte on, through the server's own `connection`
 * listener: from there on it is an ordinary Node connection (timeouts, errors, limits).
 *
 * Without the binding (another runtime), the door is not installed and the server answers all.
 * Touches: the server's `connection` listeners and its close*Connections methods; sockets only.
 */
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { Socket } from "node:net";

/** What the door writes: the same status, header list and body the server's writeHead/end would get. */
export interface DoorAnswer {
  status: 200 | 304;
  headers: string[];
  body: Buffer | undefined;
}

/**
 * The answer for a request as llhttp gives it (method name, raw URL, raw header list); undefined
 * for the server to answer; or a promise when the answer depends on something being read first
 * (the content version): the door then asks again once it settles (rejected: the server answers).
 */
export type DoorAnswerer = (method: string, url: string, rawHeaders: string[]) => DoorAnswer | Promise<unknown> | undefined;

export interface SocketFrontDoor {
  /** Connections the door holds now (between requests, or writing an answer). */
  readonly open: number;
  /** Connections handed to the HTTP server so far. */
  readonly handedOff: number;
}

interface NativeParser {
  initialize(type: number, resource: object, maxHeaderSize: number, lenient: number): void;
  execute(data: Buffer): number | Error;
  /** Frees the native parser: without it, neither it nor what its callbacks hold is ever collected. */
  close(): void;
  [callback: number]: unknown;
}
interface Native {
  HTTPParser: (new () => NativeParser) & Record<string, number>;
  methods: string[];
  isLenient(): boolean;
}

/** Node's llhttp binding, or undefined where this runtime does not have it in the expected shape. */
function loadNative(): Native | undefined {
  try {
    const common = createRequire(import.meta.url)("_http_common") as Partial<Native>;
    const P = common.HTTPParser;
    const keys = ["REQUEST", "kOnMessageBegin", "kOnHeaders", "kOnHeadersComplete", "kOnBody", "kOnMessageComplete", "kLenientAll", "kLenientNone"];
    if (typeof P !== "function" || !keys.every((k) => typeof P[k] === "number")) return undefined;
    if (!Array.isArray(common.methods) || typeof common.isLenient !== "function") return undefined;
    return common as Native;
  } catch {
    return undefined;
  }
}

const native = loadNative();

/** Whether this runtime can run the door (Node's llhttp binding is reachable). */
export const socketFrontDoorAvailable = native !== undefined;

/** Node's HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER: its keep-alive wait beyond the advertised timeout. */
const KEEP_ALIVE_GRACE_MS = 1000;
/** The longest the door waits for what an answer needs before leaving the request to the server. */
const WAIT_LIMIT_MS = 1000;
const REQUEST_TIMEOUT = Buffer.from("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n", "latin1");

const STATUS_LINES: Record<number, string> = { 200: "HTTP/1.1 200 OK\r\n", 304: "HTTP/1.1 304 Not Modified\r\n" };

/**
 * Installs the door on `server` (before it listens): its `connection` listeners run only for the
 * connections handed off. Returns undefined, leaving the server as it was, without the binding.
 */
export function installSocketFrontDoor(server: Server, answer: DoorAnswerer): SocketFrontDoor | undefined {
  if (!native) return undefined;
  const { HTTPParser, methods } = native;
  const serverListeners = server.listeners("connection") as ((socket: Socket) => void)[];
  server.removeAllListeners("connection");
  const held = new Set<Socket>();
  /** Held connections waiting (see `wait`), and those of them to end once answered (closing). */
  const waiting = new Set<Socket>();
  const endAfterWait = new WeakSet<Socket>();
  let handedOff = 0;

  /** Status line and headers of an answer, prepared once per header list (they are fixed per page). */
  const heads = new WeakMap<string[], Buffer>();
  const headOf = (status: number, headers: string[]) => {
    let head = heads.get(headers);
    if (!head) {
      let text = STATUS_LINES[status] as string;
      for (let i = 0; i < headers.length; i += 2) text += `${headers[i]}: ${headers[i + 1]}\r\n`;
      head = Buffer.from(text, "latin1");
      heads.set(headers, head);
    }
    return head;
  };
  /**
   * What Node's server adds to every keep-alive response: the date (to the second) and the
   * keep-alive. Made once a second, as Node makes its date: a timer, not a clock read per answer.
   */
  let tail: { bytes: Buffer; keepAlive: number } | undefined;
  const tailBytes = () => {
    if (tail?.keepAlive === server.keepAliveTimeout) return tail.bytes;
    const now = Date.now();
    const timeout = server.keepAliveTimeout ? `Keep-Alive: timeout=${Math.floor(server.keepAliveTimeout / 1000)}\r\n` : "";
    const text = `Date: ${new Date(now).toUTCString()}\r\nConnection: keep-alive\r\n${timeout}\r\n`;
    tail = { bytes: Buffer.from(text, "latin1"), keepAlive: server.keepAliveTimeout };
    setTimeout(
      () => {
        tail = undefined;
      },
      1000 - (now % 1000),
    ).unref();
    return tail.bytes;
  };

  /** Gives the connection to the server, with `data` (unparsed bytes from a request's start). */
  const handOff = (socket: Socket, data: Buffer | undefined, own?: Record<string, (...args: never[]) => void>, free?: () => void) => {
    held.delete(socket);
    free?.();
    handedOff++;
    for (const [event, listener] of Object.entries(own ?? {})) socket.removeListener(event, listener as () => void);
    socket.setTimeout(0);
    // Bytes read after these and still waiting in the stream go after them, in order.
    const parts = data?.length ? [data, ...readBuffered(socket)] : readBuffered(socket);
    // Paused while the door waited: flowing again from the next tick, so that a pause the server
    // makes on its first read (answers piling up) stays in place.
    if (socket.isPaused()) socket.resume();
    for (const listener of serverListeners) listener.call(server, socket);
    if (parts.length) socket.emit("data", parts.length === 1 ? parts[0] : Buffer.concat(parts));
  };

  /** The answer, or undefined when finding it fails: the server then handles the request (and the failure). */
  const answerSafely: DoorAnswerer = (method, url, rawHeaders) => {
    try {
      return answer(method, url, rawHeaders);
    } catch {
      return undefined;
    }
  };

  server.on("connection", (socket: Socket) => {
    // Limits the door would not keep: requests per connection, an idle timeout for every socket.
    if (server.maxRequestsPerSocket || server.timeout) return handOff(socket, undefined);
    held.add(socket);
    const lenient = (server as { insecureHTTPParser?: boolean }).insecureHTTPParser ?? native.isLenient();
    const lenientFlags = (lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone) as number;
    // Per read: requests begun in it, whether the last is still incomplete, and the first the
    // server must take (-1: none), or the first that waits for `waitFor` (-1: none).
    let begun = 0;
    let inRequest = false;
    let handOffAt = -1;
    let waitAt = -1;
    let waitFor: Promise<unknown> | undefined;
    let answered = false;
    let endedDuringWait = false;
    /** Set while a waited-for request is parsed again: it does not wait twice. */
    let afterWait = false;

    const maxHeaderSize = (server as { maxHeaderSize?: number }).maxHeaderSize ?? 0;
    const parser = new HTTPParser();
    const start = () => parser.initialize(HTTPParser.REQUEST as number, {}, maxHeaderSize, lenientFlags);
    start();
    // Freed once the door is done with the connection (handed over or closed), after the current
    // call stack, as Node frees its own parsers.
    let freed = false;
    const free = () => {
      if (freed) return;
      freed = true;
      setImmediate(() => parser.close());
    };
    parser[HTTPParser.kOnMessageBegin as number] = () => {
      begun++;
      inRequest = true;
    };
    // Only for a request whose head is too long for one callback: the server's.
    parser[HTTPParser.kOnHeaders as number] = () => {
      if (handOffAt < 0) handOffAt = begun - 1;
    };
    parser[HTTPParser.kOnHeadersComplete as number] = (
      major: number,
      minor: number,
      headers: string[] | undefined,
      method: number,
      url: string | undefined,
      _status: unknown,
      _statusMessage: unknown,
      upgrade: boolean,
      keepAlive: boolean,
    ) => {
      if (handOffAt >= 0 || waitAt >= 0 || socket.destroyed) return 0;
      const reply =
        major === 1 && minor === 1 && keepAlive && !upgrade && headers && url && !socket.writableNeedDrain && plainRequest(headers)
          ? answerSafely(methods[method] as string, url, headers)
          : undefined;
      if (reply instanceof Promise) {
        // Still not answerable after one wait (a read slower than a second, writes here faster
        // than reads): the server's, which waits as long as it takes.
        if (afterWait) handOffAt = begun - 1;
        else {
          waitAt = begun - 1;
          waitFor = reply;
        }
        return 0;
      }
      if (!reply) {
        handOffAt = begun - 1;
        return 0;
      }
      socket.cork();
      socket.write(headOf(reply.status, reply.headers));
      socket.write(tailBytes());
      if (reply.body) socket.write(reply.body);
      socket.uncork();
      if (!answered) {
        answered = true;
        // Node's keep-alive wait: a second longer than it advertises, so a client reusing the
        // connection at the advertised limit does not meet a closed socket.
        socket.setTimeout(server.keepAliveTimeout ? server.keepAliveTimeout + KEEP_ALIVE_GRACE_MS : 0);
      }
      return 0; // 0: the request's body, if any, is parsed as its head says (there is none here)
    };
    parser[HTTPParser.kOnBody as number] = () => {};
    parser[HTTPParser.kOnMessageComplete as number] = () => {
      inRequest = false;
    };

    const own = {
      data(chunk: Buffer) {
        begun = 0;
        handOffAt = -1;
        waitAt = -1;
        const result = parser.execute(chunk);
        if (waitAt >= 0) return wait(chunk.subarray(waitAt === 0 ? 0 : requestStart(chunk, waitAt, maxHeaderSize, lenientFlags)));
        // A parse error: the server parses the request again and answers it as it answers errors.
        if (typeof result !== "number" && handOffAt < 0) handOffAt = Math.max(begun - 1, 0);
        // A request not yet complete: the server waits for the rest (with its own header timeout).
        else if (inRequest && handOffAt < 0) handOffAt = begun - 1;
        // Only line breaks between requests: the server's to time, or a client could keep the
        // connection forever with a byte now and then.
        else if (begun === 0) handOffAt = 0;
        if (handOffAt < 0) return;
        handOff(socket, handOffAt === 0 ? chunk : chunk.subarray(requestStart(chunk, handOffAt, maxHeaderSize, lenientFlags)), own, free);
      },
      timeout() {
        // An answer still going out to a slow reader is not idleness (nor is it for Node): the
        // timer starts again when the write completes. Nor is a wait, which has its own limit.
        if (socket.writableLength > 0 || waitAt >= 0) return;
        if (answered) return socket.destroy();
        // No request within the server's header time: Node's own answer to that.
        const error = Object.assign(new Error("Request timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
        if (!server.emit("clientError", error, socket)) socket.end(REQUEST_TIMEOUT);
      },
      // The server's sockets allow half-open: a client that is done gets its end once answers are
      // out (after a wait, once the waiting requests are answered or handed over).
      end() {
        if (waitAt >= 0) endedDuringWait = true;
        else socket.end();
      },
      error: () => socket.destroy(),
    };
    /**
     * Reading stops until `waitFor` settles; then the rest of the read, from the waiting request's
     * first byte, is parsed afresh (the parser had gone past it). Rejected: the server's.
     */
    const wait = (rest: Buffer) => {
      socket.pause();
      waiting.add(socket);
      let settledAlready = false;
      const settled = (ok: boolean) => {
        if (settledAlready) return;
        settledAlready = true;
        clearTimeout(limit);
        waiting.delete(socket);
        waitAt = -1;
        if (socket.destroyed || !held.has(socket)) return;
        inRequest = false;
        start();
        // With what arrived meanwhile, so that a request completed by it is answered (read()
        // also emits each chunk as 'data': not to the door's listener, off for the moment).
        socket.removeListener("data", own.data);
        const parts = [rest, ...readBuffered(socket)];
        socket.on("data", own.data);
        const data = parts.length === 1 ? rest : Buffer.concat(parts);
        if (ok) {
          afterWait = true;
          own.data(data);
          afterWait = false;
        } else handOff(socket, data, own, free);
        if (waitAt >= 0) return; // a later request of the same read waits in turn
        const mine = held.has(socket);
        if (mine) socket.resume();
        // An end that came during the wait (the client's, or the server closing): the door ends
        // after its answers, or the server, which now has the connection, hears of the client's.
        if (mine && (endedDuringWait || endAfterWait.has(socket))) socket.end();
        // (On a later turn, as the stream's own end would come after the bytes' requests.)
        else if (!mine && endedDuringWait) setImmediate(() => socket.emit("end"));
      };
      // A read that takes too long: the server's to wait for.
      const limit = setTimeout(() => settled(false), WAIT_LIMIT_MS);
      (waitFor as Promise<unknown>).then(
        () => settled(true),
        () => settled(false),
      );
    };
    for (const [event, listener] of Object.entries(own)) socket.on(event, listener as () => void);
    socket.on("close", () => {
      held.delete(socket);
      free();
    });
    // Before the first request, the server's header timeout; after one, its keep-alive timeout.
    socket.setTimeout(server.headersTimeout);
  });

  // Closing the server (or its idle connections) closes the door's connections too: they are
  // always between requests; one still writing an answer out gets its end after it, as Node's do.
  const closeIdle = server.closeIdleConnections.bind(server);
  const closeAll = server.closeAllConnections.bind(server);
  server.closeIdleConnections = () => {
    closeIdle();
    for (const socket of held) {
      if (waiting.has(socket)) endAfterWait.add(socket);
      else if (socket.writableLength === 0) socket.destroy();
      else socket.end();
    }
  };
  server.closeAllConnections = () => {
    closeAll();
    for (const socket of held) socket.destroy();
  };

  return {
    get open() {
      return held.size;
    },
    get handedOff() {
      return handedOff;
    },
  };
}

/** What the socket has read and not yet emitted, in order (each chunk also goes out as 'data'). */
function readBuffered(socket: Socket): Buffer[] {
  const chunks: Buffer[] = [];
  for (let chunk = socket.read() as Buffer | null; chunk !== null; chunk = socket.read() as Buffer | null) chunks.push(chunk);
  return chunks;
}

/**
 * Whether a request's head leaves nothing for the server to do: a Host (Node answers 400 without
 * one), and no body (Content-Length, Transfer-Encoding) or `Expect` to handle.
 */
function plainRequest(headers: string[]): boolean {
  let host = false;
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i] as string;
    const lower = name.length >= 4 && name.length <= 17 ? name.toLowerCase() : "";
    if (lower === "content-length" || lower === "transfer-encoding" || lower === "expect") return false;
    if (lower === "host" && !host) host = (headers[i + 1] as string).length > 0;
  }
  return host;
}

/**
 * Where the `index`-th request (from 0) of a read begins: every request before it was one the door
 * answered, so each ended with its head; found by counting the requests a fresh parser completes
 * in ever shorter prefixes (a rare path: pipelined requests followed by one for the server).
 */
function requestStart(chunk: Buffer, index: number, maxHeaderSize: number, lenientFlags: number): number {
  const { HTTPParser } = native as Native;
  const parser = new HTTPParser();
  let completed = 0;
  for (const k of ["kOnMessageBegin", "kOnHeaders", "kOnHeadersComplete", "kOnBody"]) parser[HTTPParser[k] as number] = () => 0;
  parser[HTTPParser.kOnMessageComplete as number] = () => {
    completed++;
  };
  // The door's own limits, so that every request it answered counts as complete here too.
  const completedIn = (length: number) => {
    parser.initialize(HTTPParser.REQUEST as number, {}, maxHeaderSize, lenientFlags);
    completed = 0;
    parser.execute(chunk.subarray(0, length));
    return completed;
  };
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (completedIn(middle) >= index) high = middle;
    else low = middle + 1;
  }
  parser.close();
  return low;
}
