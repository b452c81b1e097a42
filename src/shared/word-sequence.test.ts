import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { projectRoot } from "../config/settings.js";
import { loadEvalCases, turnsOf } from "../eval/eval-case.js";
import { normalizeQuestion } from "../understanding/normalize-question.js";
import { latinCueSequence } from "../lexicon/cue-set.js";
import { cueSetsOf } from "../lexicon/load-lexicon.js";
import { latinTermSequence } from "../understanding/latin-term-matcher.js";
import { escapeRegExp } from "./escape-reg-exp.js";
import type { WordSequence } from "./word-sequence.js";

// The regular expressions the matchers stand for: the definitions the lexicon's cues and the vocabulary's terms
// were written against.
function cuePattern(cue: string): RegExp {
  const open = cue.endsWith("*");
  const body = (open ? cue.slice(0, -1) : cue).split(/[\s-]+/).map(escapeRegExp).join("[\\s-]{0,3}");
  return new RegExp(`${/^[a-z0-9]/.test(cue) ? "(?<![a-z0-9])" : ""}${body}${open ? "[a-z]*" : "(?![a-z0-9])"}`, "g");
}
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![a-z])${escapeRegExp(term).replace(/[ -]/g, "[ /-]{0,3}")}(?:s|es)?(?![a-z])`, "g");
}

// What matchAll gives, as exec steps it: matchAll copies the expression on every call, most of this file's time
// over two million text-and-pattern pairs. The patterns have no u flag, so an empty match steps one code unit on.
function byPattern(pattern: RegExp, text: string): number[][] {
  const spans: number[][] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
    spans.push([hit.index, hit.index + hit[0].length]);
    if (hit[0] === "") pattern.lastIndex += 1;
  }
  return spans;
}
const bySequence = (sequence: WordSequence, text: string) => sequence.all(text).map((hit) => [hit.start, hit.end]);
const sameSpans = (left: number[][], right: number[][]) => left.length === right.length && left.every(([start, end], index) => start === right[index]![0] && end === right[index]![1]);

let state = 7;
// The high bits: an LCG's low bits repeat with a short period.
const random = (below: number) => Math.floor(((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * below);
const pick = <T,>(items: readonly T[]): T => items[random(items.length)]!;
const textOf = (pieces: readonly string[], length: number) => Array.from({ length: random(length) }, () => pick(pieces)).join("");

describe("WordSequence", () => {
  it("finds what each cue's and term's regular expression finds in every Q&A question and in texts made of their words", async () => {
    const { lexicon, rules } = loadCoreData();
    const cues = [...new Set(cueSetsOf(lexicon).flatMap((set) => set.latinCues.map((entry) => entry.cue)))];
    const terms = [...new Set(rules.categories.flatMap((category) => [category.english, ...category.englishTerms].map((term) => term.toLowerCase())))];
    expect(cues.length).toBeGreaterThan(100);
    expect(terms.length).toBeGreaterThan(20);
    const cases = await loadEvalCases(join(projectRoot, "test/eval/qa-cases.jsonl"));
    if (!cases.ok) throw new Error(cases.error);
    const words = [...cues, ...terms].flatMap((entry) => entry.split(/[\s/*-]+/)).filter(Boolean);
    const glue = [" ", "-", "/", "", "s", "es", "a", "1", ",", "\u3000", "\t", "直播"];
    const texts = [
      ...cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => normalizeQuestion(turn.question).lower)),
      ...Array.from({ length: 400 }, () => Array.from({ length: 1 + random(6) }, () => `${pick(words)}${pick(glue)}`).join(pick(glue))),
    ];
    const matchers = [
      ...cues.map((cue) => ({ name: `cue ${cue}`, sequence: latinCueSequence(cue), pattern: cuePattern(cue) })),
      ...terms.map((term) => ({ name: `term ${term}`, sequence: latinTermSequence(term), pattern: termPattern(term) })),
    ];
    // Differences are collected and compared once: ~300,000 expect() calls would take longer than the matching.
    const differing: string[] = [];
    for (const text of texts) {
      for (const { name, sequence, pattern } of matchers) if (!sameSpans(bySequence(sequence, text), byPattern(pattern, text))) differing.push(`${name} in ${text}`);
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it("finds what the regular expressions find for made-up cues and terms, degenerate ones included", () => {
    const letters = ["a", "b", "s", "e", "es", "1", "-", " ", "/", "\u00a0", "\u3000", "\n", "*", "<", "x-y", "直"];
    const differing: string[] = [];
    for (let sample = 0; sample < 20_000; sample += 1) {
      const entry = textOf(letters, 5);
      const text = textOf(letters, 12);
      const cue = entry.replace(/\*(?!$)/g, "");
      if (JSON.stringify(bySequence(latinCueSequence(cue), text)) !== JSON.stringify(byPattern(cuePattern(cue), text))) differing.push(`cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}`);
      const term = entry.replace(/\*/g, "");
      if (JSON.stringify(bySequence(latinTermSequence(term), text)) !== JSON.stringify(byPattern(termPattern(term), text))) differing.push(`term ${JSON.stringify(term)} in ${JSON.stringify(text)}`);
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it("tries a separator before leaving it out, and a plural ending before none", () => {
    expect(bySequence(latinCueSequence("-"), "a-b - c")).toEqual(byPattern(cuePattern("-"), "a-b - c"));
    // "busses": after "bus", neither "s" nor "es" nor nothing is followed by a non-letter.
    expect(bySequence(latinTermSequence("bus"), "buses bus-es busses")).toEqual([[0, 5], [6, 9]]);
    expect(bySequence(latinTermSequence("audio video"), "audio/video audiovideo audio video")).toEqual([[0, 11], [12, 22], [23, 34]]);
    // A spaced dash joins two words as a bare one does; four separators are too many.
    expect(bySequence(latinTermSequence("social live"), "social - live, social-live, social -  live")).toEqual([[0, 13], [15, 26]]);
  });
});
