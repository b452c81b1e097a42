import type { QaLogAnswerLine, QaLogLine } from "../qa-log/qa-log-line.js";
import { clusterQuestions, type QuestionGroup } from "./cluster-questions.js";
import { unansweredReason, type UnansweredReason } from "./unanswered-reason.js";

export interface Count {
  readonly name: string;
  readonly count: number;
}

export interface OperatorReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly answers: number;
  readonly askers: number;
  /** Questions the bot could not settle, grouped by similar wording. */
  readonly unknown: readonly QuestionGroup[];
  readonly outOfCorpus: readonly QuestionGroup[];
  readonly clarifying: readonly QuestionGroup[];
  readonly feedback: { readonly accurate: number; readonly inaccurate: number; readonly reasons: readonly Count[]; readonly inaccurateQuestions: readonly QuestionGroup[] };
  readonly byMethod: readonly Count[];
  readonly byKind: readonly Count[];
  readonly byChannel: readonly Count[];
  readonly byCategory: ReadonlyArray<Count & { readonly methods: string }>;
  /** Hashed group ids with their answer and asker counts. */
  readonly busiestGroups: ReadonlyArray<{ readonly room: string; readonly answers: number; readonly askers: number }>;
}

/** A pure function from log lines to the report; rendering is separate. */
export function buildReport(lines: readonly QaLogLine[], options: { top: number }): OperatorReport {
  const answers = lines.filter((line): line is QaLogAnswerLine => line.type === "answer");
  const feedback = lines.filter((line) => line.type === "feedback");
  const questionsFor = (reason: UnansweredReason) => answers.filter((line) => unansweredReason(line) === reason).map((line) => line.question);
  const top = <T>(items: readonly T[]) => items.slice(0, options.top);

  const answersByFeedbackId = new Map(answers.filter((line) => line.feedbackId !== null).map((line) => [line.feedbackId!, line]));
  const inaccurate = feedback.filter((line) => line.rating === "inaccurate");

  const categoryMethods = new Map<string, Set<string>>();
  for (const line of answers) {
    for (const category of line.categories) {
      const methods = categoryMethods.get(category) ?? new Set<string>();
      methods.add(line.method);
      categoryMethods.set(category, methods);
    }
  }

  const rooms = new Map<string, { answers: number; askers: Set<string> }>();
  for (const line of answers) {
    if (line.room === null) continue;
    const room = rooms.get(line.room) ?? { answers: 0, askers: new Set<string>() };
    room.answers += 1;
    room.askers.add(line.user);
    rooms.set(line.room, room);
  }

  const times = lines.map((line) => line.time).sort();
  return {
    from: times[0] ?? null,
    to: times.at(-1) ?? null,
    answers: answers.length,
    askers: new Set(answers.map((line) => line.user)).size,
    unknown: top(clusterQuestions(questionsFor("unknown"))),
    outOfCorpus: top(clusterQuestions(questionsFor("out-of-corpus"))),
    clarifying: top(clusterQuestions(questionsFor("clarifying"))),
    feedback: {
      accurate: feedback.length - inaccurate.length,
      inaccurate: inaccurate.length,
      reasons: countBy(inaccurate.flatMap((line) => line.reasons)),
      inaccurateQuestions: top(clusterQuestions(inaccurate.flatMap((line) => answersByFeedbackId.get(line.feedbackId)?.question ?? []))),
    },
    byMethod: countBy(answers.map((line) => line.method)),
    byKind: countBy(answers.map((line) => line.kind)),
    byChannel: countBy(answers.map((line) => line.channel)),
    byCategory: top(countBy(answers.flatMap((line) => line.categories)).map((entry) => ({ ...entry, methods: [...(categoryMethods.get(entry.name) ?? [])].sort().join(", ") }))),
    busiestGroups: top(
      [...rooms.entries()].map(([room, value]) => ({ room, answers: value.answers, askers: value.askers.size })).sort((a, b) => b.answers - a.answers || a.room.localeCompare(b.room)),
    ),
  };
}

export function countBy(values: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
