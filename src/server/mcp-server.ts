import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { toAnswerJson } from "../channels/answer-json.js";
import { answerWithConversationSchema, categoryListSchema, conversationIdSchema } from "./answer-json-schema.js";
import { answerInConversation, type AnswerSessionDependencies } from "./answer-session.js";
import type { McpToolTexts } from "./mcp-tool-texts.js";

export const mcpServerName = "live-category-bot";
export const mcpServerVersion = "0.1.0";

/**
 * The MCP face of the service: `answer_question` returns the JSON contract (structured, plus the
 * answer text for models that read only text) and `list_categories` every category with its
 * method, described in the words of prompts/mcp-tools.yaml. One server per transport: stdio keeps one; stateless
 * HTTP builds one per request.
 */
export function createMcpServer(dependencies: AnswerSessionDependencies, texts: McpToolTexts): McpServer {
  const server = new McpServer({ name: mcpServerName, version: mcpServerVersion });

  server.registerTool(
    "answer_question",
    {
      title: texts.answerQuestion.title,
      description: texts.answerQuestion.description,
      inputSchema: {
        question: z.string().min(1).max(10_000).describe(texts.answerQuestion.question),
        conversationId: conversationIdSchema.optional().describe(texts.answerQuestion.conversationId),
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
      title: texts.listCategories.title,
      description: texts.listCategories.description,
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
