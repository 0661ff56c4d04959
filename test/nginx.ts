/**
 * Debian's nginx for tests and benchmarks: found where Debian puts it, and started in a throwaway
 * folder with `deploy/nginx-wiki.conf` (the shipped file, adapted only in its upstream, listening
 * address and cache folder) or with a static root. Everything nginx writes stays in that folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { freePort } from "./free-port.js";

/** Debian installs nginx in /usr/sbin, which a non-root PATH may lack. */
export const NGINX = process.env.NGINX_PATH ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
export const HAS_NGINX = spawnSync(NGINX, ["-v"]).status === 0;

export interface RunningNginx {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The shipped proxy config in front of `upstream` (host:port). Throws if the file changed shape. */
export function startNginxProxy(upstream: string, http = ""): Promise<RunningNginx> {
  return startNginx((dir, port) => {
    const replacements: [string, string][] = [
      ["server 127.0.0.1:3000;", `server ${upstream};`],
      ["/var/cache/nginx-wiki", join(dir, "cache")],
      ["listen 80;", `listen 127.0.0.1:${port};`],
    ];
    let conf = readFileSync(join(PROJECT_ROOT, "deploy", "nginx-wiki.conf"), "utf8");
    for (const [from, to] of replacements) {
      if (!conf.includes(from)) throw new Error(`deploy/nginx-wiki.conf no longer has "${from}", which tests adapt`);
      conf = conf.replace(from, to);
    }
    writeFileSync(join(dir, "wiki.conf"), conf);
    return `${http}\n  include ${dir}/wiki.conf;`;
  });
}

/** nginx serving the files under `root`, with extra http-level directives. */
export function startNginxStatic(root: string, http = ""): Promise<RunningNginx> {
  return startNginx(
    (_dir, port) => `${http}
  include /etc/nginx/mime.types;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri/index.html =404; }
  }`,
  );
}

async function startNginx(httpBlock: (dir: string, port: number) => string): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), "wiki-nginx-"));
  chmodSync(dir, 0o755); // nginx's workers may run as another user: they read through it…
  for (const sub of ["cache", "temp"]) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777); // …and write only here
  }
  const port = await freePort();
  const temp = join(dir, "temp");
  writeFileSync(
    join(dir, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  ${httpBlock(dir, port)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" }); // errors go to error.log
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (await accepts(port)) break;
    if (child.exitCode !== null || i > 400) {
      const log = existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "";
      await stop();
      throw new Error(`nginx did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, stop };
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
