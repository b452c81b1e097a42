/** The Q&A set `npm run eval` and `npm run bench` use unless told otherwise. */
export const defaultCasesFile = "test/eval/qa-cases.jsonl";
