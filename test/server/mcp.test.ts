import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport, getDefaultEnvironment } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { answerWithConversationSchema, categoryListSchema } from "../../src/server/answer-json-schema.js";
import { loadMcpToolTexts } from "../../src/server/mcp-tool-texts.js";
import { startTestServer, type TestServer } from "./test-server.js";

type ToolResult = { structuredContent?: Record<string, unknown>; content: Array<{ type: string; text?: string }>; isError?: boolean };

/** The same checks over either transport: list the tools, call both, validate against the schemas. */
function describeMcpOver(name: string, connect: () => Promise<{ transport: Transport; stop: () => Promise<void> }>) {
  describe(`the MCP server over ${name}`, { timeout: 60_000 }, () => {
    let client: Client;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      const connection = await connect();
      stop = connection.stop;
      client = new Client({ name: "test-client", version: "1.0.0" });
      await client.connect(connection.transport);
    }, 60_000);
    afterAll(async () => {
      await client.close();
      await stop();
    });

    it("lists answer_question and list_categories with input and output schemas", async () => {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(["answer_question", "list_categories"]);
      const answerTool = tools.find((tool) => tool.name === "answer_question")!;
      expect(answerTool.inputSchema.required).toEqual(["question"]);
      expect(Object.keys(answerTool.inputSchema.properties ?? {}).sort()).toEqual(["conversationId", "question"]);
      expect(answerTool.outputSchema?.properties).toHaveProperty("method");
      // The JSON contract may gain fields; a client validating against this schema must still accept them.
      expect(answerTool.outputSchema?.additionalProperties).not.toBe(false);
      expect(tools.find((tool) => tool.name === "list_categories")!.outputSchema?.properties).toHaveProperty("categories");
    });

    it("describes the tools in the words of prompts/mcp-tools.yaml", async () => {
      const texts = loadMcpToolTexts(join(projectRoot, "prompts"));
      if (!texts.ok) throw new Error(texts.error);
      const { tools } = await client.listTools();
      const answerTool = tools.find((tool) => tool.name === "answer_question")!;
      expect(answerTool.description).toBe(texts.value.answerQuestion.description);
      expect(answerTool.inputSchema.properties?.["question"]).toMatchObject({ description: texts.value.answerQuestion.question });
      expect(tools.find((tool) => tool.name === "list_categories")!.title).toBe(texts.value.listCategories.title);
    });

    it("answers a question with the JSON contract, and a follow-up in the same conversation", async () => {
      const result = (await client.callTool({ name: "answer_question", arguments: { question: "电商平台类目能用 live-pusher 吗" } })) as ToolResult;
      const parsed = answerWithConversationSchema.parse(result.structuredContent);
      expect(parsed.method).toBe("plugin");
      expect(result.content[0]?.text).toContain("小程序·云直播插件");

      const bank = answerWithConversationSchema.parse(((await client.callTool({ name: "answer_question", arguments: { question: "银行能直播吗" } })) as ToolResult).structuredContent);
      const followUp = (await client.callTool({ name: "answer_question", arguments: { question: "那需要什么资质?", conversationId: bank.conversationId } })) as ToolResult;
      expect(answerWithConversationSchema.parse(followUp.structuredContent).categories.map((category) => category.secondary)).toEqual(["银行"]);
    });

    it("lists every category with its method", async () => {
      const result = (await client.callTool({ name: "list_categories", arguments: {} })) as ToolResult;
      const { categories } = categoryListSchema.parse(result.structuredContent);
      expect(categories.length).toBe(25);
      expect(categories).toContainEqual(expect.objectContaining({ primary: "电商平台", secondary: "电商平台", method: "plugin" }));
      expect(categories.every((category) => category.method === "native" || category.method === "plugin")).toBe(true);
    });

    it("refuses arguments of the wrong type as a tool error, not a crash", async () => {
      const result = (await client.callTool({ name: "answer_question", arguments: { question: 42 } })) as ToolResult;
      expect(result.isError).toBe(true);
      expect(result.content[0]?.text).toMatch(/question/);
    });
  });
}

let httpServer: TestServer;
describeMcpOver("Streamable HTTP at /mcp", async () => {
  httpServer = await startTestServer();
  return { transport: new StreamableHTTPClientTransport(new URL(`${httpServer.url}/mcp`)), stop: () => httpServer.close() };
});

describeMcpOver("stdio (npm run mcp)", async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    // The bundled bin `npm run mcp` runs, over the run's index (built once by the global setup).
    args: [inject("commandEntry"), "mcp"],
    cwd: projectRoot,
    env: { ...getDefaultEnvironment(), CACHE_DIR: inject("testCacheDirectory"), LOG_LEVEL: "warn", HOT_RELOAD: "false" },
    stderr: "pipe",
  });
  return { transport, stop: async () => {} };
});
