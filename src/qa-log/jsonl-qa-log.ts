import { appendFile, chmod, mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { hashId } from "./hash-id.js";
import { maskPersonalData } from "./mask-personal-data.js";
import type { QaLog, QaLogAnswerEntry, QaLogFeedbackEntry } from "./qa-log.js";
import type { QaLogLine } from "./qa-log-line.js";

export interface JsonlQaLogOptions {
  readonly file: string;
  /** The live file is rotated before it would grow past this. */
  readonly maximumBytes: number;
  /** Rotated files kept (`file.1` newest … `file.N` oldest); older ones are deleted. */
  readonly keptFiles: number;
  readonly salt: string;
  /** Told when a line cannot be written; logging never fails an answer. */
  readonly onError?: (message: string) => void;
}

/**
 * The Q&A log as a JSONL file readable only by its owner (mode 600), rotated by size. Ids are
 * hashed with the salt and questions masked here, so no channel can forget to.
 */
export class JsonlQaLog implements QaLog {
  private pending: Promise<void> = Promise.resolve();
  private size: number | undefined;

  constructor(private readonly options: JsonlQaLogOptions) {}

  recordAnswer(entry: QaLogAnswerEntry): void {
    const { salt } = this.options;
    this.append({
      type: "answer",
      time: entry.time,
      channel: entry.channel,
      room: entry.roomId === null ? null : hashId(salt, entry.roomId),
      user: hashId(salt, entry.userId),
      question: maskPersonalData(entry.question),
      kind: entry.kind,
      method: entry.method,
      categories: [...entry.categories],
      rule: entry.rule,
      language: entry.language,
      feedbackId: entry.feedbackId,
      latencyMs: Math.round(entry.latencyMs),
    });
  }

  recordFeedback(entry: QaLogFeedbackEntry): void {
    this.append({ type: "feedback", time: entry.time, channel: entry.channel, feedbackId: entry.feedbackId, rating: entry.rating, reasons: [...entry.reasons] });
  }

  async close(): Promise<void> {
    await this.pending;
  }

  private append(line: QaLogLine): void {
    const text = `${JSON.stringify(line)}\n`;
    // Chained so lines never interleave and rotation never races a write.
    this.pending = this.pending
      .then(() => this.write(text))
      .catch((error: unknown) => this.options.onError?.(`${this.options.file}: cannot write the Q&A log (${(error as Error).message}); fix: check that the folder is writable`));
  }

  private async write(text: string): Promise<void> {
    const { file, maximumBytes } = this.options;
    const bytes = Buffer.byteLength(text);
    if (this.size === undefined) {
      await mkdir(dirname(file), { recursive: true });
      this.size = await stat(file).then((info) => info.size, () => 0);
      // A file created by an older version may be world-readable; questions are not for everyone.
      if (this.size > 0) await chmod(file, 0o600);
    }
    if (this.size > 0 && this.size + bytes > maximumBytes) {
      await this.rotate();
      this.size = 0;
    }
    await appendFile(file, text, { mode: 0o600 });
    this.size += bytes;
  }

  private async rotate(): Promise<void> {
    const { file, keptFiles } = this.options;
    await rm(`${file}.${keptFiles}`, { force: true });
    for (let index = keptFiles - 1; index >= 1; index -= 1) {
      await rename(`${file}.${index}`, `${file}.${index + 1}`).catch(ignoreMissing);
    }
    await rename(file, `${file}.1`);
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== "ENOENT") throw error;
}
