/**
 * The editorial commands of `wiki`: editor accounts and the legacy importer. Output is for a
 * person at a terminal; passwords are read from standard input so they never appear in shell
 * history or process lists.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Db } from "./db/index.js";
import type { Role } from "./db/schema.js";
import { generatePassword } from "./features/auth/passwords.js";
import { AccountError, addUser, listUsers, removeUser, setPassword } from "./features/auth/users.js";
import { importLegacyPages } from "./features/legacy-import/import-legacy.js";

/** Everything piped in, without the final newline; "" when nothing is piped (a terminal). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function passwordFromStdin(): Promise<{ password: string; generated: boolean }> {
  const piped = await readStdin();
  return piped ? { password: piped, generated: false } : { password: generatePassword(), generated: true };
}

export async function runUserCommand(db: Db, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, role: { type: "string" } },
    allowPositionals: false,
    strict: true,
  });
  try {
    switch (sub) {
      case "add": {
        if (!values.email) throw new AccountError("--email is required");
        const { password, generated } = await passwordFromStdin();
        const account = await addUser(db, { email: values.email, role: (values.role ?? "editor") as Role, password });
        process.stdout.write(`added ${account.email} (${account.role})\n`);
        if (generated) process.stdout.write(`password (shown once): ${password}\n`);
        return 0;
      }
      case "list": {
        for (const u of await listUsers(db)) process.stdout.write(`${u.email}\t${u.role}\t${u.createdAt}\n`);
        return 0;
      }
      case "remove": {
        if (!values.email) throw new AccountError("--email is required");
        if (!(await removeUser(db, values.email))) throw new AccountError(`no account for ${values.email}`);
        process.stdout.write(`removed ${values.email}\n`);
        return 0;
      }
      case "passwd": {
        if (!values.email) throw new AccountError("--email is required");
        const { password, generated } = await passwordFromStdin();
        if (!(await setPassword(db, values.email, password))) throw new AccountError(`no account for ${values.email}`);
        process.stdout.write(`password changed for ${values.email}; its sessions are ended\n`);
        if (generated) process.stdout.write(`password (shown once): ${password}\n`);
        return 0;
      }
      default:
        process.stderr.write(`wiki user: unknown subcommand "${sub ?? ""}" (add, list, remove, passwd)\n`);
        return 2;
    }
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    process.stderr.write(`wiki user ${sub}: ${error.message}\n`);
    return 1;
  }
}

export async function runLegacyImport(db: Db, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { draft: { type: "boolean" }, series: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    process.stderr.write("wiki import-legacy: name at least one FILE\n");
    return 2;
  }
  const files = await Promise.all(positionals.map(async (name) => ({ name, text: await readFile(name, "utf8") })));
  const reports = await importLegacyPages(db, files, { draft: values.draft, series: values.series });
  for (const r of reports) {
    const where = r.slug ? ` → ${r.lang}/${r.slug} (series ${r.series}, installment ${r.installment})` : "";
    process.stdout.write(`${r.file}: ${r.outcome}${where}\n`);
    if (r.missing.length) process.stdout.write(`  missing: ${r.missing.join(", ")}\n`);
    for (const line of r.unplaced) process.stdout.write(`  not placed: ${line.slice(0, 100)}\n`);
    for (const p of r.problems) process.stderr.write(`  ${r.file}: ${p.field}: ${p.message}\n`);
  }
  return reports.some((r) => r.outcome === "failed") ? 1 : 0;
}
