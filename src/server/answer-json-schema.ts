import { z } from "zod";

/**
 * The JSON contract (README.md › JSON contract, produced by `toAnswerJson`) as a zod schema,
 * plus the conversation id the service adds. Used as the MCP tool's output schema and by the
 * tests; `passthrough` because fields may be added to the contract, never renamed.
 */
const method = z.enum(["native", "plugin", "unsupported", "unknown"]);

export const answerJsonSchema = z
  .object({
    question: z.string(),
    method,
    subject: z.string().nullable(),
    categories: z.array(z.object({ primary: z.string(), secondary: z.string(), method }).passthrough()),
    answer: z.string(),
    citations: z.array(z.object({ source: z.string(), heading: z.string(), quote: z.string() }).passthrough()),
    clarify: z.array(z.string()),
    kind: z.string(),
    language: z.string(),
    rule: z.string(),
    rulesApplied: z.array(z.string()),
    truncated: z.boolean(),
    llm: z.object({ used: z.boolean(), model: z.string().nullable(), guard: z.string().nullable() }).passthrough(),
  })
  .passthrough();

export const answerWithConversationSchema = answerJsonSchema.extend({
  conversationId: z.string().describe("Pass it back with the next question to keep the context."),
});

/** Conversation ids come from callers (often a platform's user id): bounded and without control characters. */
export const conversationIdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[^\u0000-\u001f\u007f]+$/, "must not contain control characters");

export const categoryListSchema = z.object({
  categories: z.array(z.object({ id: z.string(), primary: z.string(), secondary: z.string(), english: z.string(), method })),
});
