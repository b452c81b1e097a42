/**
 * Which answers did not settle the question, shared by /metrics and the operator report so both
 * count alike. Clarifying: the answer asked the user to pick a category (an ambiguous word) or to
 * name one. Out-of-corpus: outside the document. Unknown: ended without a method for any other
 * reason. Lists, help, general (retrieval-only) and about-the-document answers do settle the question.
 */
export type UnansweredReason = "unknown" | "out-of-corpus" | "clarifying";

export function unansweredReason(answer: { readonly kind: string; readonly method: string; readonly rule: string }): UnansweredReason | null {
  if (answer.kind === "out-of-corpus") return "out-of-corpus";
  if (answer.kind === "no-category" || answer.rule === "ambiguous-category") return "clarifying";
  if (answer.method === "unknown" && !["list", "help", "general", "about"].includes(answer.kind)) return "unknown";
  return null;
}
