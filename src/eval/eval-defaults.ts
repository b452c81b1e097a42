/** The Q&A set `npm run eval` and `npm run bench` use unless told otherwise. */
export const defaultCasesFile = "test/eval/qa-cases.jsonl";

/** The Q&A files `npm run eval` runs by default: single questions, group conversations, adversarial wording. */
export const evalCasesFiles = [
  "test/eval/qa-cases.jsonl",
  "test/eval/conversations.jsonl",
  "test/eval/adversarial.jsonl",
  "test/eval/holdout-conversations.jsonl",
  "test/eval/holdout-adversarial.jsonl",
] as const;
