import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyAgainstNothing, verifyPassword } from "./passwords.js";

const parameters = (phc: string) => phc.split("$").slice(1, 4).join("$");

describe("passwords", () => {
  it("hash with argon2id and verify only the right password", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stable")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  // An unknown email is checked against the dummy hash: it must cost what a real check costs.
  it("check unknown accounts against a hash of the same cost as real ones", async () => {
    expect(parameters(DUMMY_HASH)).toBe(parameters(await hashPassword("a real password here")));
    expect(await verifyAgainstNothing("correct horse battery staple")).toBe(false);
  });
});
