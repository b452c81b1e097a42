import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAsks } from "../understanding/asks-something.js";
import { leadingMarks } from "../understanding/clauses.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { numberedItemStarts } from "../understanding/numbered-items.js";
import { questionPlacePointedAt } from "../understanding/ordinal-pointer.js";
import { containsHan } from "../shared/han-script.js";

/**
 * "电商平台用什么接入,社交直播审核多久" then "第二个问题再说详细点": the question the new message points at by its place, in
 * the asker's latest earlier message of several questions (`earlierMessages`, oldest first), and what the new message
 * says besides the pointer (to be asked of it). Null when the message points at none, or there is no question there.
 */
export function earlierQuestionPointedAt(message: string, earlierMessages: readonly string[], lexicon: Lexicon): { question: string; besides: string } | null {
  if (earlierMessages.length === 0) return null;
  const lower = message.toLowerCase();
  const pointed = questionPlacePointedAt({ lower, compact: compactForMatching(lower) }, lexicon);
  if (pointed === null) return null;
  // The latest message that asked several questions: "第一个问题呢" after "第二个问题再说详细点" still counts in the one
  // before, which the follow-up asked of.
  const questions = [...earlierMessages].reverse().map((earlier) => askedQuestionsOf(earlier, lexicon)).find((found) => found.length >= 2) ?? [];
  const question = questions[pointed.place];
  if (question === undefined) return null;
  // What is left once the pointer and the 的 after it are taken out ("第一个问题的适用范围呢" → 适用范围呢): a possessive
  // (lexicon roles.possessive) or marks right after the pointer tie it to what follows.
  const compact = compactForMatching(lower);
  const at = compact.indexOf(pointed.words);
  const rest = at < 0 ? "" : (compact.slice(0, at) + compact.slice(at + pointed.words.length)).replace(leadingMarks, "");
  const of = lexicon.roles.possessive.find({ compact: rest, lower: "" }).find((hit) => hit.start === 0);
  return { question, besides: of === undefined ? rest : rest.slice(of.end).replace(leadingMarks, "") };
}
const questionEnd = /(?<=[?？])/u;
const clauseEnd = /(?<=[,，;；。!！\n])/u;
const clauseMark = /[,，;；。!！\n]+$/u;

/**
 * The questions of one message, in order: its numbered items; else its sentences closed by a question mark; else its
 * clauses that ask (asks-something.ts), each with the clauses before it that ask nothing, which tell what it asks about.
 */
export function askedQuestionsOf(message: string, lexicon: Lexicon): string[] {
  const text = message.trim();
  const lower = text.toLowerCase();
  const starts = numberedItemStarts({ lower, compact: compactForMatching(lower) });
  if (starts.length >= 2) return starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length).trim()).filter((item) => item !== "");
  const sentences = text.split(questionEnd).map((sentence) => sentence.trim()).filter((sentence) => sentence !== "");
  if (sentences.length >= 2) return sentences;
  const questions: string[] = [];
  let told = "";
  for (const piece of text.split(clauseEnd)) {
    const clause = piece.replace(clauseMark, "").trim();
    if (clause === "") continue;
    const script = containsHan(clause) ? "zh" : "en";
    const source = script === "zh" ? compactForMatching(clause.toLowerCase()) : clause.toLowerCase();
    // Its words ask, in Chinese; an English clause asks by the question mark its sentence ends with (none here).
    if (clauseAsks(source, { start: 0, end: source.length }, script, lexicon)) {
      questions.push(told === "" ? clause : `${told},${clause}`);
      told = "";
    } else told = told === "" ? clause : `${told},${clause}`;
  }
  return questions;
}
