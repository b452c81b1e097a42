import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { toAnswerJson } from "../channels/answer-json.js";
import { answerWithConversationSchema, categoryListSchema, conversationIdSchema } from "./answer-json-schema.js";
import { answerInConversation, type AnswerSessionDependencies } from "./answer-session.js";

export const mcpServerName = "live-category-bot";
export const mcpServerVersion = "0.1.0";

/**
 * The MCP face of the service: `answer_question` returns the JSON contract (structured, plus the
 * answer text for models that read only text) and `list_categories` every category with its
 * method. One server per transport: stdio keeps one; stateless HTTP builds one per request.
 */
export function createMcpServer(dependencies: AnswerSessionDependencies): McpServer {
  const server = new McpServer({ name: mcpServerName, version: mcpServerVersion });

  server.registerTool(
    "answer_question",
    {
      title: "Answer a live-streaming category question",
      description:
        "Answers a question about which WeChat mini program service category (服务类目) may live-stream and how " +
        "(native <live-pusher>/<live-player> or the 小程序·云直播插件 plugin), from Tencent Cloud's 类目申请资质要求. " +
        "The access method comes from a rules engine; quote the answer and its citations as given. " +
        "Pass the returned conversationId with a follow-up question to keep the context.",
      inputSchema: {
        question: z.string().min(1).max(10_000).describe("The user's question, in Chinese or English."),
        conversationId: conversationIdSchema.optional().describe("From an earlier answer, to ask a follow-up; omit to start a new conversation."),
      },
      // The whole schema, not its shape: passthrough keeps fields added to the contract later valid for clients.
      outputSchema: answerWithConversationSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ question, conversationId }) => {
      const id = conversationId ?? randomUUID();
      const answered = await answerInConversation(dependencies, { question, conversationId: id, channel: "mcp" });
      if (!answered.ok) return { isError: true, content: [{ type: "text", text: answered.error.message }] };
      return { content: [{ type: "text", text: answered.value.answer }], structuredContent: { ...toAnswerJson(answered.value), conversationId: id } };
    },
  );

  server.registerTool(
    "list_categories",
    {
      title: "List every category with its access method",
      description: "Every service category the document lists, with its access method: native (<live-pusher>/<live-player>) or plugin (小程序·云直播插件).",
      outputSchema: categoryListSchema.shape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const categories = dependencies.answers.live.service.rules.categories.map(({ id, primary, secondary, english, method }) => ({ id, primary, secondary, english, method }));
      const text = categories.map((category) => `${category.primary}-${category.secondary}: ${category.method}`).join("\n");
      return { content: [{ type: "text", text }], structuredContent: { categories } };
    },
  );
  return server;
}
