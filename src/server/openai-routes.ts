import { randomUUID } from "node:crypto";
import { Hono, type Context } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Answer } from "../answer/answer.js";
import { toAnswerJson } from "../channels/answer-json.js";
import { apiError } from "./api-error.js";
import { answerInConversation, type AnswerSessionDependencies } from "./answer-session.js";
import { conversationIdSchema } from "./answer-json-schema.js";
import { readJsonBody } from "./read-json-body.js";

/** The model name listed by `GET /v1/models`; any name a client sends is accepted and echoed. */
export const serviceModelName = "live-category-bot";
export const conversationHeader = "x-conversation-id";

const contentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
const messageSchema = z
  .object({
    role: z.enum(["system", "developer", "user", "assistant", "tool", "function"]),
    content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  })
  .passthrough();

// Sampling and other OpenAI parameters are accepted and ignored: answers come from the rules.
const chatRequestSchema = z
  .object({
    model: z.string({ required_error: "required (any name; it is echoed back)" }).min(1),
    messages: z.array(messageSchema).min(1, "must hold at least one message"),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullable().optional(),
    user: conversationIdSchema.optional(),
  })
  .passthrough();

type ChatRequest = z.infer<typeof chatRequestSchema>;

/**
 * `POST /v1/chat/completions` and `GET /v1/models`, enough of OpenAI's API for chat front ends.
 * Only the last user message is read: system prompts and earlier turns are never instructions,
 * so they cannot change a verdict. Context comes from the conversation store, keyed by the
 * `X-Conversation-Id` header or else the `user` field; with neither, each question stands alone.
 */
export function openAiRoutes(dependencies: AnswerSessionDependencies): Hono {
  const app = new Hono();
  app.get("/v1/models", (c) => c.json({ object: "list", data: [{ id: serviceModelName, object: "model", created: 0, owned_by: "live-category-bot" }] }));
  app.post("/v1/chat/completions", async (c) => {
    const body = await readJsonBody(c, chatRequestSchema);
    if (!body.ok) return apiError(c, 400, body.error.message, { param: body.error.param });
    const question = lastUserText(body.value);
    if (question === undefined) return apiError(c, 400, "body.messages: needs a message with role \"user\" (the question)", { param: "messages" });
    const header = c.req.header(conversationHeader);
    const headerId = header === undefined ? undefined : conversationIdSchema.safeParse(header);
    if (headerId && !headerId.success) return apiError(c, 400, `header X-Conversation-Id: ${headerId.error.issues[0]?.message ?? "invalid"}`);
    const conversationId = headerId?.success ? headerId.data : body.value.user;

    const answered = await answerInConversation(dependencies, { question, conversationId, channel: "openai" });
    if (!answered.ok) return apiError(c, answered.error.status, answered.error.message, { code: "service_unavailable" });
    const completion = { id: `chatcmpl-${randomUUID()}`, created: Math.floor(dependencies.clock.now() / 1000), model: body.value.model };
    const usage = usageOf(question, answered.value);
    if (body.value.stream) return streamCompletion(c, completion, answered.value, body.value.stream_options?.include_usage ? usage : undefined);
    return c.json({
      ...completion,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: answered.value.answer, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage,
      // The structured answer, for callers that want the method and citations without parsing text.
      answer_json: toAnswerJson(answered.value),
    });
  });
  return app;
}

/** The verdict sentence is the first chunk, then the rest line by line, then `[DONE]`. */
function streamCompletion(c: Context, completion: { id: string; created: number; model: string }, answer: Answer, usage: ReturnType<typeof usageOf> | undefined): Response {
  return streamSSE(c, async (stream) => {
    const chunk = (delta: Record<string, string>, finishReason: "stop" | null, extra: Record<string, unknown> = {}) =>
      stream.writeSSE({ data: JSON.stringify({ ...completion, object: "chat.completion.chunk", choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], ...extra }) });
    const [first, ...rest] = answerPieces(answer);
    await chunk({ role: "assistant", content: first ?? "" }, null);
    for (const piece of rest) await chunk({ content: piece }, null);
    await chunk({}, "stop");
    if (usage) await stream.writeSSE({ data: JSON.stringify({ ...completion, object: "chat.completion.chunk", choices: [], usage }) });
    await stream.writeSSE({ data: "[DONE]" });
  });
}

/** The answer cut so that its verdict sentence travels alone and first. */
export function answerPieces(answer: Answer): string[] {
  const text = answer.answer;
  const verdict = answer.verdictSentence;
  const [head, remainder] = verdict !== "" && text.startsWith(verdict) ? [verdict, text.slice(verdict.length)] : splitFirstLine(text);
  // Each later piece is a line with the line break before it, so no chunk is a bare "\n".
  return [head, ...(remainder.match(/\n*[^\n]+|\n+$/g) ?? [])];
}

function splitFirstLine(text: string): [string, string] {
  const end = text.indexOf("\n");
  return end === -1 ? [text, ""] : [text.slice(0, end), text.slice(end)];
}

function lastUserText(request: ChatRequest): string | undefined {
  const message = [...request.messages].reverse().find((candidate) => candidate.role === "user");
  if (!message) return undefined;
  const { content } = message;
  if (typeof content === "string") return content;
  if (!content) return "";
  return content.flatMap((part) => (part.type === "text" && typeof part.text === "string" ? [part.text] : [])).join("\n");
}

/** Counted in characters, not tokens: there is no tokenizer here, and no model is billed. */
function usageOf(question: string, answer: Answer) {
  const prompt = [...question].length;
  const completion = [...answer.answer].length;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
