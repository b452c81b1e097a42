import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import { toAnswerJson } from "../channels/answer-json.js";
import { apiError } from "./api-error.js";
import { answerInConversation, type AnswerSessionDependencies } from "./answer-session.js";
import { conversationIdSchema } from "./answer-json-schema.js";
import { readJsonBody } from "./read-json-body.js";

const answerRequestSchema = z
  .object({
    question: z.string({ required_error: "required (the question text)", invalid_type_error: "must be a string" }),
    conversationId: conversationIdSchema.optional(),
  })
  .strict();

const feedbackRequestSchema = z
  .object({
    feedbackId: z.string({ required_error: "required (from the answer)" }).min(1).max(200),
    rating: z.enum(["accurate", "inaccurate"]),
    reasons: z.array(z.string().max(200)).max(10).default([]),
  })
  .strict();

/**
 * `POST /v1/answer`: the JSON contract plus the conversation id to send with the next question and
 * a feedback id; `POST /v1/feedback` rates that answer (👍/👎) for the operator report.
 */
export function answerRoutes(dependencies: AnswerSessionDependencies): Hono {
  const app = new Hono();
  app.post("/v1/feedback", async (c) => {
    const body = await readJsonBody(c, feedbackRequestSchema);
    if (!body.ok) return apiError(c, 400, body.error.message, { param: body.error.param });
    dependencies.qaLog.recordFeedback({ time: new Date(dependencies.clock.now()).toISOString(), channel: "http", ...body.value });
    return c.json({ recorded: true });
  });
  return app.post("/v1/answer", async (c) => {
    const body = await readJsonBody(c, answerRequestSchema);
    if (!body.ok) return apiError(c, 400, body.error.message, { param: body.error.param });
    // Without an id a new conversation starts, so a client can follow up with the id it gets back.
    const conversationId = body.value.conversationId ?? randomUUID();
    const feedbackId = randomUUID();
    const answered = await answerInConversation(dependencies, { question: body.value.question, conversationId, channel: "http", feedbackId });
    if (!answered.ok) return apiError(c, answered.error.status, answered.error.message, { code: "service_unavailable" });
    return c.json({ ...toAnswerJson(answered.value), conversationId, feedbackId });
  });
}
