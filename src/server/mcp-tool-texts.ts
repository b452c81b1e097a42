import { join } from "node:path";
import { z } from "zod";
import { readValidatedYaml } from "../config/read-validated-yaml.js";
import type { Result } from "../shared/result.js";

const text = z.string().min(1);

export const mcpToolTextsSchema = z
  .object({
    answerQuestion: z.object({ title: text, description: text, question: text, conversationId: text }).strict(),
    listCategories: z.object({ title: text, description: text }).strict(),
  })
  .strict();
export type McpToolTexts = z.infer<typeof mcpToolTextsSchema>;

/** The MCP tools' titles and descriptions (prompts/mcp-tools.yaml); read once by whoever builds the server. */
export function loadMcpToolTexts(promptsDirectory: string): Result<McpToolTexts> {
  return readValidatedYaml(join(promptsDirectory, "mcp-tools.yaml"), mcpToolTextsSchema, "every key of prompts/mcp-tools.yaml needs a text");
}
