import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatValidationError } from "../../config/format-validation-error.js";
import { fail, ok, type Result } from "../../shared/result.js";

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const keys = ["help", "rateLimitedUser", "rateLimitedRoom", "apology", "textOnly", "noSources", "sourcesHeader", "reset", "continuation", "status", "stopping"] as const;

export const botMessagesSchema = z.object(Object.fromEntries(keys.map((key) => [key, bilingual])) as Record<(typeof keys)[number], typeof bilingual>).strict();
export type BotMessages = z.infer<typeof botMessagesSchema>;

/** Synchronous: read once while the bot is being built, before any message arrives. */
export function loadBotMessages(promptsDirectory: string): Result<BotMessages> {
  const file = join(promptsDirectory, "bot-messages.yaml");
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: (root): cannot read or parse (${(error as Error).message.split("\n")[0]}); fix: restore the file from git`);
  }
  const parsed = botMessagesSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(formatValidationError(file, parsed.error, "every key needs a zh and an en text"));
}
