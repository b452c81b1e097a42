import { emptyConversation, type Answer, type ConversationState } from "../answer/answer.js";
import { answerNoise, type SectionText } from "./answer-noise.js";
import { turnsOf, type EvalCase, type EvalExpectation } from "./eval-case.js";

export type AskInConversation = (question: string, conversation: ConversationState) => Promise<Answer>;

export interface TurnResult {
  readonly question: string;
  readonly methodCorrect: boolean;
  readonly categoriesCorrect: boolean | null;
  readonly citationHit: boolean | null;
  readonly failures: readonly string[];
  /** Lines the answer should not have (see answer-noise.ts); they fail the turn too. */
  readonly noise: readonly string[];
  readonly answer: Answer;
}

export interface CaseResult {
  readonly id: string;
  readonly area: string;
  readonly passed: boolean;
  readonly turns: readonly TurnResult[];
}

export interface EvalReport {
  readonly cases: readonly CaseResult[];
  readonly passed: number;
  readonly failed: number;
  readonly methodAccuracy: number;
  readonly categoryAccuracy: number;
  readonly citationHitRate: number;
  readonly byArea: ReadonlyArray<{ area: string; passed: number; total: number }>;
  readonly turnCount: number;
  /** Answers with at least one noisy line, of all answers. */
  readonly noiseRate: number;
  /** How the model's texts fared with the guard (all zero without a model). */
  readonly guard: { readonly passed: number; readonly rejected: number; readonly error: number; readonly skipped: number };
}

/** Checks one answer against what the case expects; every mismatch is named. */
export function checkTurn(answer: Answer, expect: EvalExpectation): Omit<TurnResult, "question" | "answer" | "noise"> {
  const failures: string[] = [];
  const methodCorrect = answer.method === expect.method;
  if (!methodCorrect) failures.push(`method: expected ${expect.method}, got ${answer.method}`);
  let categoriesCorrect: boolean | null = null;
  if (expect.categories) {
    const got = [...new Set(answer.categories.map((category) => category.secondary))].sort();
    const wanted = [...new Set(expect.categories)].sort();
    categoriesCorrect = got.length === wanted.length && got.every((name, index) => name === wanted[index]);
    if (!categoriesCorrect) failures.push(`categories: expected [${wanted.join(", ")}], got [${got.join(", ")}]`);
  }
  if (expect.subject !== undefined && answer.subject !== expect.subject) failures.push(`subject: expected ${expect.subject}, got ${answer.subject}`);
  if (expect.kind && answer.kind !== expect.kind) failures.push(`kind: expected ${expect.kind}, got ${answer.kind}`);
  if (expect.language && answer.language !== expect.language) failures.push(`language: expected ${expect.language}, got ${answer.language}`);
  for (const phrase of expect.contains) if (!answer.answer.includes(phrase)) failures.push(`answer lacks "${phrase}"`);
  for (const phrase of expect.excludes) if (answer.answer.includes(phrase)) failures.push(`answer contains "${phrase}"`);
  let citationHit: boolean | null = null;
  if (expect.cites) {
    citationHit = answer.citations.some((citation) => citation.heading === expect.cites);
    if (!citationHit) failures.push(`citations lack section "${expect.cites}" (got ${answer.citations.map((citation) => citation.heading).join(", ") || "none"})`);
  }
  if (expect.clarify !== undefined && (answer.clarify.length > 0) !== expect.clarify) {
    failures.push(expect.clarify ? "expected a clarifying question" : "did not expect a clarifying question");
  }
  if (answer.kind !== "help" && answer.citations.length === 0) failures.push("answer cites nothing");
  return { methodCorrect, categoriesCorrect, citationHit, failures };
}

export async function runEval(cases: readonly EvalCase[], ask: AskInConversation, sectionText: SectionText = () => undefined): Promise<EvalReport> {
  const results: CaseResult[] = [];
  for (const evalCase of cases) {
    let conversation = emptyConversation;
    const turns: TurnResult[] = [];
    for (const turn of turnsOf(evalCase)) {
      const answer = await ask(turn.question, conversation);
      conversation = answer.conversation;
      const noise = answerNoise(answer, sectionText);
      const checked = checkTurn(answer, turn.expect);
      turns.push({ question: turn.question, answer, ...checked, failures: [...checked.failures, ...noise.map((problem) => `noise: ${problem}`)], noise });
    }
    results.push({ id: evalCase.id, area: evalCase.area, passed: turns.every((turn) => turn.failures.length === 0), turns });
  }
  const allTurns = results.flatMap((result) => result.turns);
  const rate = (values: Array<boolean | null>) => {
    const counted = values.filter((value): value is boolean => value !== null);
    return counted.length === 0 ? 1 : counted.filter(Boolean).length / counted.length;
  };
  const areas = [...new Set(results.map((result) => result.area))].sort();
  return {
    cases: results,
    passed: results.filter((result) => result.passed).length,
    failed: results.filter((result) => !result.passed).length,
    methodAccuracy: rate(allTurns.map((turn) => turn.methodCorrect)),
    categoryAccuracy: rate(allTurns.map((turn) => turn.categoriesCorrect)),
    citationHitRate: rate(allTurns.map((turn) => turn.citationHit)),
    byArea: areas.map((area) => {
      const inArea = results.filter((result) => result.area === area);
      return { area, passed: inArea.filter((result) => result.passed).length, total: inArea.length };
    }),
    turnCount: allTurns.length,
    noiseRate: allTurns.length === 0 ? 0 : allTurns.filter((turn) => turn.noise.length > 0).length / allTurns.length,
    guard: {
      passed: allTurns.filter((turn) => turn.answer.llm.guard === "passed").length,
      rejected: allTurns.filter((turn) => turn.answer.llm.guard === "rejected").length,
      error: allTurns.filter((turn) => turn.answer.llm.guard === "error").length,
      skipped: allTurns.filter((turn) => turn.answer.llm.model !== null && turn.answer.llm.guard === null).length,
    },
  };
}

export function formatReport(report: EvalReport, casesFile: string): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines: string[] = [];
  for (const result of report.cases.filter((candidate) => !candidate.passed)) {
    lines.push(`FAIL ${result.id} [${result.area}]`);
    for (const turn of result.turns.filter((candidate) => candidate.failures.length > 0)) {
      lines.push(`  Q: ${turn.question}`);
      for (const failure of turn.failures) lines.push(`    - ${failure}`);
    }
  }
  lines.push(
    `Evaluation of ${casesFile}: ${report.cases.length} cases, ${report.turnCount} turns`,
    `  method accuracy     ${percent(report.methodAccuracy)}`,
    `  category accuracy   ${percent(report.categoryAccuracy)}`,
    `  citation hit rate   ${percent(report.citationHitRate)}`,
    `  noise rate          ${percent(report.noiseRate)} (answers with a false "not in the document" line, a repeated sentence or a hidden asked quote)`,
    ...(report.cases[0]?.turns[0]?.answer.llm.model
      ? [`  model ${report.cases[0].turns[0].answer.llm.model}: guard passed ${report.guard.passed}, rejected ${report.guard.rejected}, errors ${report.guard.error}, not asked ${report.guard.skipped} (template answers used instead)`]
      : []),
    "  by area:",
    ...report.byArea.map((entry) => `    ${entry.area.padEnd(22)} ${entry.passed}/${entry.total}`),
    `${report.passed} passed, ${report.failed} failed`,
  );
  return lines.join("\n");
}
