import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { join } from "node:path";
import { projectRoot } from "../config/settings.js";
import { runChat } from "./cli-chat.js";
import { loadCliMessages } from "./cli-messages.js";

const loaded = loadCliMessages(join(projectRoot, "prompts"));
if (!loaded.ok) throw new Error(loaded.error);
const messages = loaded.value;

let service: AnswerService;
beforeAll(async () => {
  service = await createTestAnswerService();
});

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => (text += chunk));
  input.end(lines.map((line) => `${line}\n`).join(""));
  await runChat({ input, output, terminal: false }, (question, conversation) => service.answer(question, conversation), messages, { title: "类目申请资质要求", updated: "2026-02-11" });
  return text;
}

describe("runChat", () => {
  it("keeps context between turns until /reset", async () => {
    const text = await chat(["银行能直播吗", "那需要什么资质?", "/reset", "那需要什么资质?"]);
    const replies = text.split("机器人> ").slice(1);
    expect(replies[1]).toContain("「金融业-银行」资质要求:2选1");
    expect(text).toContain("已清空对话上下文");
    expect(replies[2]).toContain("请告诉我小程序的服务类目");
  });

  it("shows the last answer's retrieved chunks with scores", async () => {
    const text = await chat(["保险中介要几选一的资质?", "/sources"]);
    expect(text).toMatch(/1\. 「金融业 > 保险」 fused=\d\.\d{4} vector-distance=\d\.\d{4} bm25=/);
  });

  it("toggles JSON output", async () => {
    const text = await chat(["/json", "个人主体能直播吗"]);
    expect(text).toContain('"method": "unsupported"');
  });

  it("explains unknown commands and says goodbye at the end of input", async () => {
    const text = await chat(["/nope"]);
    expect(text).toContain("未知命令 /nope");
    expect(text.trimEnd().endsWith("再见 / Bye.")).toBe(true);
  });

  it("stops at /quit", async () => {
    const text = await chat(["/quit", "银行能直播吗"]);
    expect(text).not.toContain("机器人>");
  });
});
