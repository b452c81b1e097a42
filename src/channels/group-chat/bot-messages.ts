import { join } from "node:path";
import { z } from "zod";
import type { Result } from "../../shared/result.js";
import { readValidatedYaml } from "../../config/read-validated-yaml.js";

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const keys = ["help", "rateLimitedUser", "rateLimitedRoom", "apology", "textOnly", "noSources", "sourcesHeader", "reset", "continuation", "status", "stopping"] as const;

export const botMessagesSchema = z.object(Object.fromEntries(keys.map((key) => [key, bilingual])) as Record<(typeof keys)[number], typeof bilingual>).strict();
export type BotMessages = z.infer<typeof botMessagesSchema>;

/** Synchronous: read once while the bot is being built, before any message arrives. */
export function loadBotMessages(promptsDirectory: string): Result<BotMessages> {
  const file = join(promptsDirectory, "bot-messages.yaml");
  return readValidatedYaml(file, botMessagesSchema, "every key needs a zh and an en text");
}
