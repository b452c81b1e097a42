import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { loadMcpToolTexts } from "./mcp-tool-texts.js";

describe("loadMcpToolTexts", () => {
  it("reads every tool text of the shipped prompts", () => {
    const texts = loadMcpToolTexts(join(projectRoot, "prompts"));
    expect(texts.ok && texts.value.answerQuestion.description).toContain("conversationId");
  });

  it("refuses a file missing a text, naming the file, the key and the fix", () => {
    const directory = mkdtempSync(join(tmpdir(), "mcp-tools-"));
    writeFileSync(join(directory, "mcp-tools.yaml"), "answerQuestion:\n  title: t\n  description: d\n  question: q\nlistCategories:\n  title: t\n  description: d\n");
    const texts = loadMcpToolTexts(directory);
    expect(texts.ok).toBe(false);
    if (texts.ok) return;
    expect(texts.error).toMatch(/mcp-tools\.yaml: answerQuestion\.conversationId: /);
    expect(texts.error).toContain("fix: every key of prompts/mcp-tools.yaml needs a text");
  });
});
