import { createHmac } from "node:crypto";

/**
 * Ids in the Q&A log are keyed hashes: the same person or group always gets the same value (so
 * the report can count the busiest), but without the salt nobody can test a guessed id.
 */
export function hashId(salt: string, id: string): string {
  return createHmac("sha256", salt).update(id).digest("hex").slice(0, 16);
}
