import type { Answer } from "../answer/answer.js";

/**
 * The Q&A log port: every channel records what was asked and how it was answered, and the
 * feedback users give; the operator report reads the same lines. Adapters decide where the
 * lines go (a rotating JSONL file, nothing). Ids are raw here: the adapter hashes them, so
 * no channel has to remember to.
 */
export type QaLogChannel = "wechaty" | "wecom" | "http" | "openai" | "mcp" | "cli";

export interface QaLogAnswerEntry {
  readonly time: string;
  readonly channel: QaLogChannel;
  /** The group or chat id; null in one-to-one chats and API calls. */
  readonly roomId: string | null;
  /** The asker's platform id, or the API's conversation id. */
  readonly userId: string;
  readonly question: string;
  readonly kind: string;
  readonly method: string;
  /** "primary-secondary" names. */
  readonly categories: readonly string[];
  readonly rule: string;
  readonly language: string;
  /** Set when the channel lets users rate this answer (WeCom's feedback id). */
  readonly feedbackId: string | null;
  readonly latencyMs: number;
}

export interface QaLogFeedbackEntry {
  readonly time: string;
  readonly channel: QaLogChannel;
  readonly feedbackId: string;
  readonly rating: "accurate" | "inaccurate";
  readonly reasons: readonly string[];
}

export interface QaLog {
  recordAnswer(entry: QaLogAnswerEntry): void;
  recordFeedback(entry: QaLogFeedbackEntry): void;
  /** Waits for pending writes. */
  close(): Promise<void>;
}

/** For channels run without a log. */
export const noQaLog: QaLog = { recordAnswer: () => {}, recordFeedback: () => {}, close: async () => {} };

/** The answer's part of a log entry: what every channel records the same way. */
export function answerLogFields(
  answer: Pick<Answer, "question" | "kind" | "method" | "categories" | "rule" | "language">,
): Pick<QaLogAnswerEntry, "question" | "kind" | "method" | "categories" | "rule" | "language"> {
  return {
    question: answer.question,
    kind: answer.kind,
    method: answer.method,
    categories: answer.categories.map((category) => `${category.primary}-${category.secondary}`),
    rule: answer.rule,
    language: answer.language,
  };
}
