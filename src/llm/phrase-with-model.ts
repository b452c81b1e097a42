import type { Method } from "../rules/rules-schema.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { Language, QuestionUnderstander } from "../understanding/understand-question.js";
import type { ChatMessage, ChatModel } from "./chat-model.js";
import type { CircuitBreaker } from "./circuit-breaker.js";
import { guardModelText } from "./llm-guard.js";
import { fillPrompt, type LlmPrompts } from "./llm-prompts.js";

/** Everything the optional model needs; absent when LLM_PROVIDER=none. */
export interface LlmPhrasing {
  readonly model: ChatModel;
  readonly prompts: LlmPrompts;
  readonly timeoutMs: number;
  readonly breaker: CircuitBreaker;
  readonly corpusText: string;
  /** Told about every rejection and failure, for logs. */
  readonly onProblem?: (problem: { kind: "rejected" | "error"; reason: string }) => void;
}

export type GuardStatus = "passed" | "rejected" | "error";

export type PhraseOutcome =
  | { readonly status: "passed"; readonly text: string }
  | { readonly status: "rejected" | "error"; readonly reason: string }
  | { readonly status: "skipped" };

export interface PhraseRequest {
  readonly language: Language;
  readonly verdictSentence: string;
  readonly facts: readonly string[];
  readonly passages: ReadonlyArray<{ readonly heading: string; readonly lines: readonly string[] }>;
  readonly history: ReadonlyArray<{ readonly question: string; readonly answer: string }>;
  readonly question: string;
  readonly method: Method;
  readonly allowedCategories: ReadonlySet<CategoryId>;
  readonly understander: QuestionUnderstander;
  readonly onToken?: (token: string) => void;
}

/** Asks the model to explain a fixed verdict, within the timeout, and guards what it wrote. */
export async function phraseWithModel(phrasing: LlmPhrasing, request: PhraseRequest): Promise<PhraseOutcome> {
  if (!phrasing.breaker.canTry()) return { status: "skipped" };
  const messages: ChatMessage[] = [
    { role: "system", content: phrasing.prompts.system[request.language] },
    { role: "user", content: fillPrompt(phrasing.prompts.answer[request.language], promptValues(request)) },
  ];
  const reply = await askModel(phrasing, messages, request.onToken);
  if (!reply.ok) return { status: "error", reason: reply.reason };
  const text = reply.text.trim();
  if (text === "") {
    phrasing.onProblem?.({ kind: "rejected", reason: "empty text" });
    return { status: "rejected", reason: "empty text" };
  }
  const guard = guardModelText({
    text,
    method: request.method,
    allowedCategories: request.allowedCategories,
    corpusText: phrasing.corpusText,
    understander: request.understander,
  });
  if (!guard.passed) {
    phrasing.onProblem?.({ kind: "rejected", reason: guard.reason });
    return { status: "rejected", reason: guard.reason };
  }
  return { status: "passed", text };
}

/**
 * One call to the model within the timeout, counted by the circuit breaker; a failure is
 * reported and returned, never thrown at the asker.
 */
export async function askModel(
  phrasing: LlmPhrasing,
  messages: readonly ChatMessage[],
  onToken?: (token: string) => void,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }> {
  try {
    const text = await completeWithin(phrasing.model, messages, phrasing.timeoutMs, onToken);
    phrasing.breaker.succeeded();
    return { ok: true, text };
  } catch (error) {
    phrasing.breaker.failed();
    const reason = error instanceof Error ? error.message : String(error);
    phrasing.onProblem?.({ kind: "error", reason });
    return { ok: false, reason };
  }
}

/** Rejects at the deadline even if the provider ignores the abort signal. */
export async function completeWithin(model: ChatModel, messages: readonly ChatMessage[], timeoutMs: number, onToken?: (token: string) => void): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`the model did not answer within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([model.complete(messages, { signal: controller.signal, onToken }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function promptValues(request: PhraseRequest): Record<string, string> {
  const none = request.language === "zh" ? "(无)" : "(none)";
  return {
    verdict: request.verdictSentence,
    facts: request.facts.length > 0 ? request.facts.join("\n") : none,
    passages: request.passages.map((passage) => `「${passage.heading}」\n${passage.lines.join("\n")}`).join("\n\n") || none,
    history:
      request.history.length > 0
        ? request.history.map((turn) => (request.language === "zh" ? `用户:${turn.question}\n助手:${turn.answer}` : `User: ${turn.question}\nAssistant: ${turn.answer}`)).join("\n")
        : none,
    question: request.question,
  };
}
