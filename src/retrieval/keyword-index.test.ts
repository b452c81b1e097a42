import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { chunkCorpus } from "../corpus/chunk-corpus.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { loadEvalCases, turnsOf } from "../eval/eval-case.js";
import { defaultCasesFile } from "../eval/eval-defaults.js";
import { lengthNormalisation, termSaturation } from "./bm25-max-score.js";
import { KeywordIndex, type KeywordHit } from "./keyword-index.js";
import { Tokenizer } from "./tokenizer.js";
import { TopHits } from "./top-hits.js";

const tokenizer = new Tokenizer();
let texts: string[];
let questions: string[];

beforeAll(async () => {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const document = parseCorpusDocument(readFileSync(settings.value.corpusFile, "utf8"), "corpus");
  if (!document.ok) throw new Error(document.error);
  texts = chunkCorpus(document.value).map((chunk) => chunk.text);
  const cases = await loadEvalCases(join(projectRoot, defaultCasesFile));
  if (!cases.ok) throw new Error(cases.error);
  questions = [...new Set(cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)))];
});

/** A document as the plain scorer reads it: its length in words and how often each word occurs. */
interface CountedDocument {
  readonly length: number;
  readonly frequencies: ReadonlyMap<string, number>;
}

function counted(words: readonly string[]): CountedDocument {
  const frequencies = new Map<string, number>();
  for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  return { length: words.length, frequencies };
}

/** BM25 the plain way: every document scored for every query word, all touched documents sorted. */
function exhaustive(documents: readonly CountedDocument[], query: string): KeywordHit[] {
  const average = documents.reduce((sum, document) => sum + document.length, 0) / documents.length;
  const scores = new Map<number, number>();
  for (const word of new Set(tokenizer.words(query))) {
    const containing = documents.filter((document) => document.frequencies.has(word)).length;
    if (containing === 0) continue;
    const inverse = Math.log(1 + (documents.length - containing + 0.5) / (containing + 0.5));
    documents.forEach((document, position) => {
      const frequency = document.frequencies.get(word) ?? 0;
      if (frequency === 0) return;
      const norm = termSaturation * (1 - lengthNormalisation + (lengthNormalisation * document.length) / average);
      scores.set(position, (scores.get(position) ?? 0) + (inverse * frequency * (termSaturation + 1)) / (frequency + norm));
    });
  }
  return [...scores].map(([position, score]) => ({ position, score })).sort((a, b) => b.score - a.score || a.position - b.position);
}

/**
 * Every question at several limits: an index built over the corpus returns exactly the plain ranking's first hits.
 * Both read the corpus's words from one segmentation (segmenting is the tokenizer's business, tested on its own),
 * so a corpus of thousands of texts is segmented once.
 */
function expectSameAsExhaustive(corpus: readonly string[]): void {
  const words = corpus.map((text) => tokenizer.words(text));
  const index = KeywordIndex.build(tokenizer, corpus, (_, position) => words[position]!);
  const documents = words.map(counted);
  const differences: string[] = [];
  for (const question of questions) {
    const ranking = exhaustive(documents, question);
    for (const limit of [1, 4, 26]) {
      const [found, expected] = [JSON.stringify(index.search(question, limit)), JSON.stringify(ranking.slice(0, limit))];
      if (found !== expected) differences.push(`${question} (top ${limit}): ${found} ≠ ${expected}`);
    }
  }
  expect(differences).toEqual([]);
}

describe("KeywordIndex.search", () => {
  it("returns exactly the hits and scores of exhaustive BM25 for every Q&A question on the corpus", () => {
    expectSameAsExhaustive(texts);
  });

  it("returns exactly the exhaustive hits on a corpus of many near-identical copies, ties in corpus order", () => {
    // 40 copies of every section under renamed headings, as `bench --scale` makes them: long postings, many ties.
    const copies = Array.from({ length: 40 }, (_, copy) => texts.map((text) => text.replace(/^[^\n]*/u, (heading) => `${heading}副本${copy + 2}`))).flat();
    const corpus = [...texts, ...copies];
    expectSameAsExhaustive(corpus);
  });

  it("finds nothing for words the corpus does not use, and nothing for no hits asked", () => {
    const index = KeywordIndex.build(tokenizer, texts);
    expect(index.search("天气预报", 4)).toEqual([]);
    expect(index.search("电商平台", 0)).toEqual([]);
  });
});

describe("TopHits", () => {
  it("keeps the best hits, higher scores first and earlier positions on equal scores, whatever the order offered", () => {
    const offered = [
      [5, 1],
      [2, 3],
      [9, 3],
      [1, 0.5],
      [3, 3],
      [7, 2],
    ] as const;
    const top = new TopHits(3);
    for (const [position, score] of [...offered].reverse()) top.offer(position, score);
    expect(top.sorted()).toEqual([
      { position: 2, score: 3 },
      { position: 3, score: 3 },
      { position: 9, score: 3 },
    ]);
  });

  it("keeps nothing of a search after a reset, with a smaller or a larger limit", () => {
    const top = new TopHits(2);
    top.offer(1, 5);
    top.offer(2, 4);
    top.reset(1);
    top.offer(3, 1);
    expect(top.sorted()).toEqual([{ position: 3, score: 1 }]);
    top.reset(4);
    for (const [position, score] of [[7, 2], [8, 9], [9, 2], [6, 0.5], [5, 3]] as const) top.offer(position, score);
    expect(top.sorted()).toEqual([
      { position: 8, score: 9 },
      { position: 5, score: 3 },
      { position: 7, score: 2 },
      { position: 9, score: 2 },
    ]);
  });
});
