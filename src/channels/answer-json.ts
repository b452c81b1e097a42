import type { Answer } from "../answer/answer.js";

/** The `ask --json` contract (README.md › JSON contract); fields may be added, never renamed. */
export function toAnswerJson(answer: Answer): Record<string, unknown> {
  return {
    question: answer.question,
    method: answer.method,
    subject: answer.subject,
    categories: answer.categories.map(({ primary, secondary, method }) => ({ primary, secondary, method })),
    answer: answer.answer,
    citations: answer.citations.map(({ source, heading, quote }) => ({ source, heading, quote })),
    clarify: [...answer.clarify],
    kind: answer.kind,
    language: answer.language,
    rule: answer.rule,
    rulesApplied: [...answer.rulesApplied],
    truncated: answer.truncated,
    llm: { used: answer.llm.used, model: answer.llm.model, guard: answer.llm.guard },
    // The answer in parts, for clients that render the verdict, the details and the remarks apart.
    parts: { verdict: answer.parts.verdict, details: [...answer.parts.details], model: answer.parts.model, remarks: [...answer.parts.remarks] },
  };
}
