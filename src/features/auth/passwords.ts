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

/**
 * False for a wrong password and for a malformed stored hash alike. A library that cannot load
 * throws (a server error), so a broken install never passes for a wrong password.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const { verify } = await argon2();
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * The hash of a random password nobody knows, with ARGON2_OPTIONS' parameters: checking against
 * it costs what a real check costs.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$ddCzR6/5KGUKe6p6rnCq4w$FanNdYW7hBPhSI9ZH+HpI4/DrtR5E2qNcbd9tY4Qmuc";

/**
 * Spends the same time as a real check when the email is unknown (the same library call on a
 * hash of the same cost), so the response time does not tell an attacker which accounts exist.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
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
