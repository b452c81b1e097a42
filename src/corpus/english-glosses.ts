import { join } from "node:path";
import { z } from "zod";
import { validateWithSchema, type CompactDataFileOptions } from "../config/compact-data-file.js";

const text = z.string().trim().min(1);

export const englishGlossesSchema = z
  .object({
    glosses: z.array(z.object({ zh: z.string().min(1), en: text }).strict()),
  })
  .strict()
  .superRefine((data, context) => {
    const seen = new Set<string>();
    data.glosses.forEach((gloss, index) => {
      if (seen.has(gloss.zh)) context.addIssue({ code: z.ZodIssueCode.custom, path: ["glosses", index, "zh"], message: `"${gloss.zh}" has an English rendering already; keep one` });
      seen.add(gloss.zh);
    });
  })
  .transform((data): ReadonlyMap<string, string> => new Map(data.glosses.map((gloss) => [gloss.zh, gloss.en])));

/** The English renderings of the document's texts, read through a compact copy like the rules (compact-data-file.ts). */
export function compactGlossesOptions(cacheDirectory: string, glossesFile: string): CompactDataFileOptions<ReadonlyMap<string, string>> {
  return {
    cacheDirectory: join(cacheDirectory, "compact"),
    validate: validateWithSchema(glossesFile, englishGlossesSchema, "each entry is { zh: the document's text exactly, en: its English }; README.md › Updating the corpus and rules"),
    unreadable: (reason) =>
      reason.startsWith("not valid YAML")
        ? `${glossesFile}: (root): ${reason}`
        : `${glossesFile}: cannot read the English renderings (${reason}); fix: restore corpus/english-glosses.yaml from git or set GLOSSES_FILE`,
  };
}
