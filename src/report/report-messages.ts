import { join } from "node:path";
import { z } from "zod";
import { readValidatedYaml } from "../config/read-validated-yaml.js";
import type { Result } from "../shared/result.js";

const text = z.string().min(1);
const titleKeys = ["unknown", "outOfCorpus", "clarifying", "inaccurate", "reasons", "byCategory", "byMethod", "byKind", "byChannel", "busiestGroups"] as const;

export const reportMessagesSchema = z
  .object({
    /** Placeholders: {period} {answers} {askers} {accurate} {inaccurate}. */
    summary: text,
    emptyPeriod: text,
    none: text,
    titles: z.object(Object.fromEntries(titleKeys.map((key) => [key, text])) as Record<(typeof titleKeys)[number], typeof text>).strict(),
  })
  .strict();
export type ReportMessages = z.infer<typeof reportMessagesSchema>;

/** The operator report's wording (prompts/report-messages.yaml); read once per report. */
export function loadReportMessages(promptsDirectory: string): Result<ReportMessages> {
  const file = join(promptsDirectory, "report-messages.yaml");
  return readValidatedYaml(file, reportMessagesSchema, "every key of prompts/report-messages.yaml needs a text");
}
