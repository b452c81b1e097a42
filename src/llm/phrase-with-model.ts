import type { Method } from "../rules/rules-schema.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { Language } from "../understanding/understand-question.js";
import type { ChatMessage, ChatModel } from "./chat-model.js";
import type { CircuitBreaker } from "./circuit-breaker.js";
import type { GuardReport, GuardStatus as ModelGuardStatus, ModelTextGuard } from "./llm-guard.js";
import { fillPlaceholders } from "../shared/fill-placeholders.js";
import type { LlmHistoryWording, LlmPrompts } from "./llm-prompts.js";

/** Everything the optional model needs; absent when LLM_PROVIDER=none. */
export interface LlmPhrasing {
  readonly model: ChatModel;
  readonly prompts: LlmPrompts;
  readonly timeoutMs: number;
  readonly breaker: CircuitBreaker;
  /** The allow-list guard every model sentence passes before anyone sees it. */
  readonly guard: ModelTextGuard;
  /** Told about every dropped sentence and failure, for logs. */
  readonly onProblem?: (problem: { kind: "rejected" | "error"; reason: string }) => void;
}

/** "passed": every sentence kept; "partial": some dropped; "rejected": none kept; "error": no text. */
export type GuardStatus = ModelGuardStatus | "error";

export type PhraseOutcome =
  /** `text` holds only the sentences that passed, exactly as they were streamed. */
  | { readonly status: "passed" | "partial"; readonly text: string; readonly report: GuardReport }
  | { readonly status: "rejected"; readonly reason: string; readonly report: GuardReport }
  | { readonly status: "error"; readonly reason: string }
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
  /** Receives the model's text one kept sentence at a time, only after the guard passed it. */
  readonly onToken?: (token: string) => void;
}

/**
 * Asks the model to explain a fixed verdict, within the timeout. The text goes through the
 * guard as it streams: a sentence reaches `onToken` only after it passed, so a dropped one
 * (a contradiction, a phone number, a URL) is never shown, not even for a moment.
 */
export async function phraseWithModel(phrasing: LlmPhrasing, request: PhraseRequest): Promise<PhraseOutcome> {
  if (!phrasing.breaker.canTry()) return { status: "skipped" };
  const messages: ChatMessage[] = [
    { role: "system", content: phrasing.prompts.system[request.language] },
    { role: "user", content: fillPlaceholders(phrasing.prompts.answer[request.language], promptValues(request, phrasing.prompts.history[request.language])) },
  ];
  const guardRequest = {
    method: request.method,
    allowedCategories: request.allowedCategories,
    backing: phrasing.guard.backingLines(request),
  };
  const stream = phrasing.guard.stream(guardRequest, (piece) => request.onToken?.(piece));
  let streamed = false;
  // Once the cap is reached the rest is never read: stop the model instead of waiting for a 1 MB reply.
  const enough = new AbortController();
  const reply = await askModel(
    phrasing,
    messages,
    (token) => {
      streamed = true;
      stream.push(token);
      if (stream.full) enough.abort();
    },
    enough.signal,
  );
  if (!reply.ok) return { status: "error", reason: reply.reason };
  // A provider that does not stream hands over the whole text at the end; it is read the same way.
  if (!streamed) stream.push(reply.text);
  const report = stream.end();
  const dropped = report.sentences.filter((sentence) => !sentence.kept);
  if (dropped.length > 0 || report.sentences.length === 0) {
    const reason = report.sentences.length === 0 ? "empty text" : dropped.map((sentence) => `${sentence.reason}: "${preview(sentence.text)}"`).join("; ");
    phrasing.onProblem?.({ kind: "rejected", reason });
  }
  if (report.status === "rejected") {
    const reason = report.sentences.length === 0 ? "empty text" : dropped.map((sentence) => sentence.reason).join("; ");
    return { status: "rejected", reason, report };
  }
  return { status: report.status, text: report.text, report };
}

function preview(text: string): string {
  const characters = [...text];
  return characters.length > 80 ? `${characters.slice(0, 80).join("")}…` : text;
}

/**
 * One call to the model within the timeout, counted by the circuit breaker; a failure is
 * reported and returned, never thrown at the asker.
 */
export async function askModel(
  phrasing: LlmPhrasing,
  messages: readonly ChatMessage[],
  onToken?: (token: string) => void,
  enough?: AbortSignal,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }> {
  try {
    const text = await completeWithin(phrasing.model, messages, phrasing.timeoutMs, onToken, enough);
    phrasing.breaker.succeeded();
    return { ok: true, text };
  } catch (error) {
    phrasing.breaker.failed();
    const reason = error instanceof Error ? error.message : String(error);
    phrasing.onProblem?.({ kind: "error", reason });
    return { ok: false, reason };
  }
}

/**
 * Rejects at the deadline even if the provider ignores the abort signal. When `enough` fires
 * (the caller has all the text it will read), the request is aborted and "" is returned: the
 * caller already holds the streamed text.
 */
export async function completeWithin(
  model: ChatModel,
  messages: readonly ChatMessage[],
  timeoutMs: number,
  onToken?: (token: string) => void,
  enough?: AbortSignal,
): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let stop: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`the model did not answer within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const stopped = new Promise<string>((resolve) => {
    stop = () => {
      controller.abort(new Error("enough text read"));
      resolve("");
    };
    if (enough?.aborted) stop();
    else enough?.addEventListener("abort", stop, { once: true });
  });
  try {
    return await Promise.race([model.complete(messages, { signal: controller.signal, onToken }), deadline, stopped]);
  } finally {
    clearTimeout(timer);
    if (stop) enough?.removeEventListener("abort", stop);
  }
}

function promptValues(request: PhraseRequest, wording: LlmHistoryWording): Record<string, string> {
  const { none } = wording;
  const line = (template: string, text: string) => fillPlaceholders(template, { text });
  return {
    verdict: request.verdictSentence,
    facts: request.facts.length > 0 ? request.facts.join("\n") : none,
    passages: request.passages.map((passage) => `「${passage.heading}」\n${passage.lines.join("\n")}`).join("\n\n") || none,
    history:
      request.history.length > 0
        ? request.history.map((turn) => `${line(wording.userLine, turn.question)}\n${line(wording.assistantLine, turn.answer)}`).join("\n")
        : none,
    question: request.question,
  };
}
