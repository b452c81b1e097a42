import { readFile } from "node:fs/promises";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";

const expectationSchema = z
  .object({
    method: z.enum(["native", "plugin", "unsupported", "unknown"]),
    /** Second-level names as the corpus writes them; compared as a set. */
    categories: z.array(z.string()).optional(),
    subject: z.enum(["personal", "government", "enterprise"]).nullable().optional(),
    kind: z.enum(["verdict", "list", "general", "out-of-corpus", "no-category", "help", "about"]).optional(),
    /** Phrases the answer text must contain. */
    contains: z.array(z.string().min(1)).default([]),
    /** Phrases it must not contain (e.g. an injected claim). */
    excludes: z.array(z.string().min(1)).default([]),
    /** A section heading the citations must include, e.g. "电商平台 > 电商平台". */
    cites: z.string().min(1).optional(),
    /** Whether the answer must ask the user to clarify. */
    clarify: z.boolean().optional(),
    language: z.enum(["zh", "en"]).optional(),
  })
  .strict();

const turnSchema = z.object({ question: z.string(), expect: expectationSchema }).strict();

export const evalCaseSchema = z.union([
  z.object({ id: z.string().min(1), area: z.string().min(1), question: z.string(), expect: expectationSchema }).strict(),
  z.object({ id: z.string().min(1), area: z.string().min(1), turns: z.array(turnSchema).min(2) }).strict(),
]);

export type EvalExpectation = z.infer<typeof expectationSchema>;
export type EvalCase = z.infer<typeof evalCaseSchema>;
export type EvalTurn = z.infer<typeof turnSchema>;

export const turnsOf = (evalCase: EvalCase): EvalTurn[] =>
  "turns" in evalCase ? evalCase.turns : [{ question: evalCase.question, expect: evalCase.expect }];

/** Reads a JSONL file of cases; a broken line is reported as `file:line: path: problem`. */
export async function loadEvalCases(file: string): Promise<Result<EvalCase[]>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "" || line.trimStart().startsWith("//")) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      return fail(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = evalCaseSchema.safeParse(data);
    if (!parsed.success) return fail(formatValidationError(`${file}:${index + 1}`, parsed.error));
    if (ids.has(parsed.data.id)) return fail(`${file}:${index + 1}: id: duplicate id "${parsed.data.id}"`);
    ids.add(parsed.data.id);
    cases.push(parsed.data);
  }
  if (cases.length === 0) return fail(`${file}: no cases`);
  return ok(cases);
}
