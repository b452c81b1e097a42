import { answer, type AnswerDependencies } from "../answer/answer.js";
import type { AnswerService } from "../app/create-answer-service.js";
import type { RetrieveOptions } from "../retrieval/hybrid-retriever.js";
import { HybridRetriever, type FusionSettings } from "../retrieval/hybrid-retriever.js";
import type { EvalCase } from "./eval-case.js";

/** One labelled retrieval question: the text answer() retrieves with, its boosts, and the sections that answer it. */
export interface RetrievalCase {
  readonly id: string;
  readonly query: string;
  readonly boostHeadings: readonly string[];
  readonly limit: number;
  /** The section the case's `cites` names (the strict label). */
  readonly heading: string;
  /**
   * Every section that answers the question: the cited one and those of the case's expected categories. A question
   * about several categories at once (「医疗类目可以直播吗」, 「银行和驾校培训分别…」) is answered by each of their
   * sections alike, and its `cites` names just one of them — two cases of the same question even name different ones.
   */
  readonly relevantHeadings: readonly string[];
}

/** Which label a ranking is scored against. */
export type RelevanceLabel = "relevant" | "cited";

export interface RankerScore {
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly meanReciprocalRank: number;
}

/**
 * The labelled set: every single-turn Q&A case with a `cites` heading. The query and the boosted headings are
 * the ones answer() itself passes to the retriever (recorded, not re-derived).
 */
export async function retrievalCases(service: AnswerService, cases: readonly EvalCase[]): Promise<RetrievalCase[]> {
  const labelled: RetrievalCase[] = [];
  const headingsOfCategory = new Map<string, string[]>();
  for (const { heading } of service.dependencies.retriever.chunks) {
    const secondary = heading.split(" > ")[1];
    if (secondary === undefined) continue;
    const headings = headingsOfCategory.get(secondary) ?? [];
    if (!headings.includes(heading)) headings.push(heading);
    headingsOfCategory.set(secondary, headings);
  }
  for (const evalCase of cases) {
    if (!("question" in evalCase) || !evalCase.expect.cites) continue;
    let recorded: { query: string; options: RetrieveOptions } | null = null;
    const retriever = service.dependencies.retriever;
    const recording: AnswerDependencies = {
      ...service.dependencies,
      retriever: {
        chunks: retriever.chunks,
        words: (text) => retriever.words(text),
        knowsWord: (word) => retriever.knowsWord(word),
        retrieve: (query, options = {}) => {
          recorded ??= { query, options };
          return retriever.retrieve(query, options);
        },
      },
    };
    await answer({ question: evalCase.question }, recording);
    const call = recorded as { query: string; options: RetrieveOptions } | null;
    if (!call) continue; // help answers retrieve nothing
    const boostHeadings = call.options.boostHeadings ?? [];
    const cited = evalCase.expect.cites;
    const relevantHeadings = [...new Set([cited, ...(evalCase.expect.categories ?? []).flatMap((name) => headingsOfCategory.get(name) ?? [])])];
    labelled.push({ id: evalCase.id, query: call.query, boostHeadings, limit: call.options.limit ?? 4, heading: cited, relevantHeadings });
  }
  return labelled;
}

/** The sections that count as a hit for a case under a label. */
function answeringHeadings(retrievalCase: RetrievalCase, label: RelevanceLabel): readonly string[] {
  return label === "cited" ? [retrievalCase.heading] : retrievalCase.relevantHeadings;
}

/**
 * recall@1, recall@3 and MRR of one ranking function over the set: a hit is the first answering section (any of
 * `relevantHeadings`, or only the cited one with `label: "cited"`) within the first 1 or 3 results.
 */
export async function scoreRanker(cases: readonly RetrievalCase[], rank: (retrievalCase: RetrievalCase) => Promise<readonly string[]>, label: RelevanceLabel = "relevant"): Promise<RankerScore> {
  let first = 0;
  let top3 = 0;
  let reciprocal = 0;
  for (const retrievalCase of cases) {
    const answering = new Set(answeringHeadings(retrievalCase, label));
    const position = (await rank(retrievalCase)).findIndex((heading) => answering.has(heading));
    if (position === 0) first += 1;
    if (position >= 0 && position < 3) top3 += 1;
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  const count = Math.max(1, cases.length);
  return { recallAt1: first / count, recallAt3: top3 / count, meanReciprocalRank: reciprocal / count };
}

const rankerNames = ["vector", "bm25", "hybrid, no boost", "hybrid + boost"] as const;
/** Each ranker's headings for each case, best first: ranked once, then scored under any label. */
export type Rankings = ReadonlyMap<RetrievalCase, Readonly<Record<(typeof rankerNames)[number], readonly string[]>>>;

/** The four rankers side by side: vector, BM25, hybrid without and with the rules' boost. */
export async function rankAll(retriever: HybridRetriever, cases: readonly RetrievalCase[], fusion?: FusionSettings): Promise<Rankings> {
  const hybrid = fusion ? retriever.withFusion(fusion) : retriever;
  const headingsOf = (positions: number[]) => positions.map((position) => retriever.chunks[position]!.heading);
  const rankings = new Map<RetrievalCase, Record<(typeof rankerNames)[number], readonly string[]>>();
  for (const c of cases) {
    const { vector, keyword } = await retriever.rankings(c.query, retriever.chunks.length);
    rankings.set(c, {
      vector: headingsOf(vector),
      bm25: headingsOf(keyword),
      "hybrid, no boost": (await hybrid.retrieve(c.query, { limit: c.limit })).map((hit) => hit.chunk.heading),
      "hybrid + boost": (await hybrid.retrieve(c.query, { limit: c.limit, boostHeadings: c.boostHeadings })).map((hit) => hit.chunk.heading),
    });
  }
  return rankings;
}

export async function compareRankers(rankings: Rankings, cases: readonly RetrievalCase[], label: RelevanceLabel): Promise<Record<string, RankerScore>> {
  const scores: Record<string, RankerScore> = {};
  for (const name of rankerNames) scores[name] = await scoreRanker(cases, async (c) => rankings.get(c)![name], label);
  return scores;
}

export function formatRankerTable(scores: Record<string, RankerScore>, title: string): string {
  const rows = Object.entries(scores).map(
    ([name, score]) => `${name.padEnd(18)} ${score.recallAt1.toFixed(3).padStart(9)} ${score.recallAt3.toFixed(3).padStart(9)} ${score.meanReciprocalRank.toFixed(3).padStart(7)}`,
  );
  return [title, `${"ranker".padEnd(18)} ${"recall@1".padStart(9)} ${"recall@3".padStart(9)} ${"MRR".padStart(7)}`, ...rows].join("\n");
}

/** The cases the shipped fusion (with the rules' boost) does not rank first, with what it ranked first instead. */
export function boostedMisses(rankings: Rankings, cases: readonly RetrievalCase[], label: RelevanceLabel): string[] {
  const misses: string[] = [];
  for (const retrievalCase of cases) {
    const first = rankings.get(retrievalCase)!["hybrid + boost"][0];
    const answering = answeringHeadings(retrievalCase, label);
    if (first === undefined || !answering.includes(first)) misses.push(`${retrievalCase.id}: first 「${first ?? "nothing"}」, labelled 「${answering.join("」「")}」`);
  }
  return misses;
}
