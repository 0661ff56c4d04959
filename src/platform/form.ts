/**
 * Reading a submitted form. A body that cannot be parsed (broken multipart, wrong encoding) is
 * the client's mistake: a 400, never an exception that becomes a 500.
 */
import type { Context } from "hono";
import { AppError } from "./errors.js";

export async function readForm(c: Context): Promise<Record<string, string>> {
  let parsed: Record<string, unknown>;
  try {
    parsed = await c.req.parseBody();
  } catch (error) {
    throw new AppError("bad_request", 400, "unreadable form body", { cause: error });
  }
  // Uploaded files are not part of any form here; keep text fields only.
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
}
