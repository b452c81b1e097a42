import { z } from "zod";

/**
 * One line of the JSONL Q&A log as written by the file adapter and read by the report.
 * Ids are already hashed and the question masked; nothing here names a person.
 */
export const qaLogAnswerLineSchema = z.object({
  type: z.literal("answer"),
  time: z.string(),
  channel: z.string(),
  room: z.string().nullable(),
  user: z.string(),
  question: z.string(),
  kind: z.string(),
  method: z.string(),
  categories: z.array(z.string()),
  rule: z.string(),
  language: z.string(),
  feedbackId: z.string().nullable(),
  latencyMs: z.number(),
});

export const qaLogFeedbackLineSchema = z.object({
  type: z.literal("feedback"),
  time: z.string(),
  channel: z.string(),
  feedbackId: z.string(),
  rating: z.enum(["accurate", "inaccurate"]),
  reasons: z.array(z.string()),
});

export const qaLogLineSchema = z.discriminatedUnion("type", [qaLogAnswerLineSchema, qaLogFeedbackLineSchema]);

export type QaLogAnswerLine = z.infer<typeof qaLogAnswerLineSchema>;
export type QaLogFeedbackLine = z.infer<typeof qaLogFeedbackLineSchema>;
export type QaLogLine = z.infer<typeof qaLogLineSchema>;
