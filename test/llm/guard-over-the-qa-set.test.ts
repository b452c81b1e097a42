import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { loadEvalCases } from "../../src/eval/eval-case.js";
import type { ChatMessage, ChatModel } from "../../src/llm/chat-model.js";
import { createTestAnswerService } from "../support/answer-service.js";

/**
 * A model at the port that says what `reply` makes of the prompt, streamed in pieces of four characters. The guard
 * is what this file checks, over every question; the providers' own tests run the same whole set through LangChain
 * and a local server speaking OpenAI's protocol, where the transport, not the guard, is what is tested.
 */
function scriptedModel(): ChatModel & { reply: (messages: readonly ChatMessage[]) => string } {
  return {
    id: "fake:paraphrasing",
    reply: () => "",
    async complete(messages, options) {
      const text = this.reply(messages);
      if (options.onToken) for (const piece of text.match(/[\s\S]{1,4}/gu) ?? []) options.onToken(piece);
      return text;
    },
  };
}

/** The verdict and facts the prompt gives, as a model would paraphrase them: other words, other spellings of the tags. */
function paraphrase(prompt: string): string {
  const section = (zh: string, en: string) =>
    (new RegExp(`【${zh}[^】]*】\\n([\\s\\S]*?)\\n\\n`).exec(prompt) ?? new RegExp(`\\[${en}[^\\]]*\\]\\n([\\s\\S]*?)\\n\\n`).exec(prompt))?.[1] ?? "";
  const text = [section("结论", "Verdict"), section("事实", "Facts")].filter((part) => part !== "" && part !== "(无)" && part !== "(none)").join("\n");
  return `按照文档,${text}`
    .replace(/[「」]/g, "")
    .replace(/可以使用/g, "能用")
    .replace(/需通过/g, "要通过")
    .replace(/接入直播/g, "来直播")
    .replace(/微信原生组件标签 <live-pusher>\/<live-player>/g, "微信自带的 live_pusher 组件")
    .replace(/小程序·云直播插件/g, "云直播插件")
    .replace(/不能直接使用/g, "不可以直接用")
    .replace(/may stream with/g, "can stream using")
    .replace(/native <live-pusher>\/<live-player> tags/g, "built-in LivePusher components");
}

/** A sentence that contradicts the rules' method: the other method, or a method where there is none. */
function contradiction(method: string): string {
  if (method === "plugin") return "也可以直接用 live-pusher。";
  if (method === "native") return "也可以用云直播插件。";
  return "可以直接用 live-pusher 直播。";
}

describe("the guard over every question of the Q&A set", () => {
  it("keeps a paraphrase of the verdict and facts whole, and drops exactly the contradiction added to it", async () => {
    const model = scriptedModel();
    const service = await createTestAnswerService({ llm: { model, timeoutMs: 5_000, failureThreshold: 3, cooldownMs: 60_000 } });
    const cases = await loadEvalCases(join(projectRoot, "test/eval/qa-cases.jsonl"));
    if (!cases.ok) throw new Error(cases.error);
    const questions = cases.value.flatMap((entry) => ("turns" in entry ? (entry.turns as Array<{ question: string }>).map((turn) => turn.question) : [(entry as { question: string }).question]));

    const wrong: string[] = [];
    let phrased = 0;
    for (const question of questions) {
      model.reply = (messages) => paraphrase(messages.at(-1)!.content);
      const faithful = await service.answer(question);
      if (faithful.llm.guard === null) continue;
      phrased += 1;
      if (faithful.llm.guard !== "passed") wrong.push(`kept ${faithful.llm.guard}: ${question}`);
      model.reply = (messages) => `${paraphrase(messages.at(-1)!.content)}\n${contradiction(faithful.method)}`;
      const contradicted = await service.answer(question);
      if (contradicted.llm.guard !== "partial") wrong.push(`contradiction ${contradicted.llm.guard}: ${question}`);
    }
    expect(phrased).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  }, 120_000);
});
