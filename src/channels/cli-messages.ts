import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";

const text = z.string().min(1);
const keys = ["banner", "help", "prompt", "botPrefix", "reset", "jsonOn", "jsonOff", "noAnswerYet", "unknownCommand", "modelRejected", "bye", "noRetrieval"] as const;

export const cliMessagesSchema = z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<(typeof keys)[number], typeof text>).strict();
export type CliMessages = z.infer<typeof cliMessagesSchema>;

/** The terminal chat's own wording (prompts/cli-messages.yaml); read once at start-up. */
export function loadCliMessages(promptsDirectory: string): Result<CliMessages> {
  const file = join(promptsDirectory, "cli-messages.yaml");
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: (root): cannot read or parse (${(error as Error).message.split("\n")[0]}); fix: restore the file from git`);
  }
  const parsed = cliMessagesSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(formatValidationError(file, parsed.error, "every key of prompts/cli-messages.yaml needs a text"));
}
