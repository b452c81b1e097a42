/** The answer fields both sides of the Q&A log share (what is written and what is read back), for tests. */
export const bankVerdictFields = {
  kind: "verdict",
  method: "native",
  categories: ["金融业-银行"],
  rule: "category:finance-bank",
  language: "zh",
  feedbackId: null,
} as const;
