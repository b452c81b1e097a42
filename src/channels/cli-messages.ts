import { join } from "node:path";
import { z } from "zod";
import type { Result } from "../shared/result.js";
import { readValidatedYaml } from "../config/read-validated-yaml.js";

const text = z.string().min(1);
const keys = ["banner", "help", "prompt", "botPrefix", "reset", "jsonOn", "jsonOff", "noAnswerYet", "unknownCommand", "modelRejected", "bye", "noRetrieval"] as const;

export const cliMessagesSchema = z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<(typeof keys)[number], typeof text>).strict();
export type CliMessages = z.infer<typeof cliMessagesSchema>;

/** The terminal chat's own wording (prompts/cli-messages.yaml); read once at start-up. */
export function loadCliMessages(promptsDirectory: string): Result<CliMessages> {
  const file = join(promptsDirectory, "cli-messages.yaml");
  return readValidatedYaml(file, cliMessagesSchema, "every key of prompts/cli-messages.yaml needs a text");
}
