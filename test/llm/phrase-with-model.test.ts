import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../../src/config/settings.js";
import type { ChatModel } from "../../src/llm/chat-model.js";
import { CircuitBreaker } from "../../src/llm/circuit-breaker.js";
import { loadLlmPrompts } from "../../src/llm/llm-prompts.js";
import { phraseWithModel, type LlmPhrasing, type PhraseRequest } from "../../src/llm/phrase-with-model.js";
import { guard, requestFor } from "./guard-scenarios.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const loaded = await loadLlmPrompts(settings.value.promptsDirectory);
if (!loaded.ok) throw new Error(loaded.error);
const prompts = loaded.value;

/** A model at the port: streams its reply in pieces, or hands it over whole when `streams` is false. */
function modelSaying(reply: string, streams = true): ChatModel {
  return {
    id: "fake:model",
    async complete(_messages, options) {
      if (streams) for (let index = 0; index < reply.length; index += 3) options.onToken?.(reply.slice(index, index + 3));
      return reply;
    },
  };
}

function phrasing(model: ChatModel, problems: string[] = []): LlmPhrasing {
  return {
    model,
    prompts,
    timeoutMs: 2_000,
    breaker: new CircuitBreaker({ now: () => 0 }, 3, 60_000),
    guard,
    onProblem: (problem) => problems.push(problem.reason),
  };
}

const bankRequest = (onToken?: (token: string) => void): PhraseRequest => ({
  language: "zh",
  verdictSentence: "「金融业-银行」类目可以使用微信原生组件标签 <live-pusher>/<live-player> 接入直播。",
  facts: [],
  passages: [],
  history: [],
  question: "银行能直播吗",
  method: "native",
  allowedCategories: requestFor("bank").allowedCategories,
  onToken,
});

describe("phrasing with a model", () => {
  it("streams only the sentences that passed and says which were dropped", async () => {
    const pieces: string[] = [];
    const problems: string[] = [];
    const outcome = await phraseWithModel(phrasing(modelSaying("银行类目可以用原生组件接入。也可以用插件,加我微信 abc123 细聊。银行类目面向金融产品推广直播。"), problems), bankRequest((piece) => pieces.push(piece)));
    expect(outcome).toMatchObject({ status: "partial", text: "银行类目可以用原生组件接入。银行类目面向金融产品推广直播。" });
    expect(pieces.join("")).toBe("银行类目可以用原生组件接入。银行类目面向金融产品推广直播。");
    expect(pieces.join("")).not.toContain("微信");
    expect(problems).toEqual([expect.stringContaining("invites contact outside the answer")]);
  });

  it("guards a reply that arrives whole, from a provider that does not stream", async () => {
    const pieces: string[] = [];
    const outcome = await phraseWithModel(phrasing(modelSaying("银行只能通过插件接入。", false)), bankRequest((piece) => pieces.push(piece)));
    expect(outcome).toMatchObject({ status: "rejected", reason: "calls the plugin needed where the rules say native tags" });
    expect(pieces).toEqual([]);
  });

  it("passes a reply whose every sentence is backed", async () => {
    const outcome = await phraseWithModel(phrasing(modelSaying("银行类目面向金融产品推广等直播场景。")), bankRequest());
    expect(outcome).toMatchObject({ status: "passed", text: "银行类目面向金融产品推广等直播场景。" });
  });

  it("writes earlier turns and empty values into the prompt with the wording of the question's language", async () => {
    const seen: string[] = [];
    const recording: ChatModel = { id: "fake:recording", complete: async (messages) => (seen.push(messages.at(-1)?.content ?? ""), "银行类目面向金融产品推广等直播场景。") };
    await phraseWithModel(phrasing(recording), { ...bankRequest(), history: [{ question: "证券呢", answer: "也可以。" }] });
    await phraseWithModel(phrasing(recording), { ...bankRequest(), language: "en", history: [{ question: "And securities?", answer: "Also native." }] });
    expect(seen[0]).toContain(`${prompts.history.zh.userLine.replace("{text}", "证券呢")}\n${prompts.history.zh.assistantLine.replace("{text}", "也可以。")}`);
    expect(seen[0]).toContain(prompts.history.zh.none);
    expect(seen[1]).toContain(prompts.history.en.userLine.replace("{text}", "And securities?"));
    expect(seen[1]).toContain(prompts.history.en.none);
  });

  it("reports a model failure as an error, not as a guard result", async () => {
    const failing: ChatModel = { id: "fake:broken", complete: async () => Promise.reject(new Error("connection refused")) };
    expect(await phraseWithModel(phrasing(failing), bankRequest())).toEqual({ status: "error", reason: "connection refused" });
  });
});
