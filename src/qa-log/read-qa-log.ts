import { readFile } from "node:fs/promises";
import { qaLogLineSchema, type QaLogLine } from "./qa-log-line.js";

export interface ReadQaLogResult {
  readonly lines: readonly QaLogLine[];
  /** Lines that were not valid JSON or not a Q&A log line (a torn last line, an older format). */
  readonly skipped: number;
  readonly files: readonly string[];
}

/**
 * Reads the live log and its rotated files, oldest first, keeping lines at or after `since`.
 * A missing file is an empty log; the caller decides whether that is an error.
 */
export async function readQaLog(file: string, options: { since?: Date; keptFiles?: number } = {}): Promise<ReadQaLogResult> {
  const keptFiles = options.keptFiles ?? 100;
  const candidates = [...Array.from({ length: keptFiles }, (_, index) => `${file}.${keptFiles - index}`), file];
  const lines: QaLogLine[] = [];
  const files: string[] = [];
  let skipped = 0;
  const sinceTime = options.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const text = await readFile(candidate, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (text === undefined) continue;
    files.push(candidate);
    for (const raw of text.split("\n")) {
      if (raw.trim() === "") continue;
      const parsed = qaLogLineSchema.safeParse(safeJson(raw));
      if (!parsed.success) {
        skipped += 1;
        continue;
      }
      if (Date.parse(parsed.data.time) >= sinceTime) lines.push(parsed.data);
    }
  }
  return { lines, skipped, files };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
