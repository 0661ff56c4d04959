/**
 * Editor passwords: argon2id hashes (PHC strings) and generated passwords. Pure apart from the
 * hashing itself.
 */
import { randomBytes } from "node:crypto";

/** The hashing library loads on the first sign-in or password change (~11 MB a process). */
const argon2 = () => import("@node-rs/argon2");

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): tens of milliseconds per sign-in here,
 * expensive enough that a stolen table cannot be guessed at scale.
 */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id (a const enum the library's types cannot export under verbatimModuleSyntax).
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Long enough that a passphrase fits, short enough that hashing cannot be used to tie up the CPU. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the email is unknown, so the response time does not
 * tell an attacker which accounts exist.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** @example generatePassword().length // 24 (144 random bits, URL-safe) */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/** A reason code when the password cannot be used, else null. */
export function passwordProblem(password: string): "too_short" | "too_long" | null {
  if ([...password].length < PASSWORD_MIN) return "too_short";
  if ([...password].length > PASSWORD_MAX) return "too_long";
  return null;
}
