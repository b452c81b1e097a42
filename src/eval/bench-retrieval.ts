import { answer, type AnswerDependencies } from "../answer/answer.js";
import type { AnswerService } from "../app/create-answer-service.js";
import type { RetrieveOptions } from "../retrieval/hybrid-retriever.js";
import { HybridRetriever, type FusionSettings } from "../retrieval/hybrid-retriever.js";
import type { EvalCase } from "./eval-case.js";

/** One labelled retrieval question: the text answer() retrieves with, its boosts, and the section it must find. */
export interface RetrievalCase {
  readonly id: string;
  readonly query: string;
  readonly boostHeadings: readonly string[];
  readonly limit: number;
  readonly heading: string;
}

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
    labelled.push({ id: evalCase.id, query: call.query, boostHeadings, limit: call.options.limit ?? 4, heading: evalCase.expect.cites });
  }
  return labelled;
}

/** recall@1, recall@3 and MRR of one ranking function over the set. */
export async function scoreRanker(cases: readonly RetrievalCase[], rank: (retrievalCase: RetrievalCase) => Promise<string[]>): Promise<RankerScore> {
  let first = 0;
  let top3 = 0;
  let reciprocal = 0;
  for (const retrievalCase of cases) {
    const position = (await rank(retrievalCase)).indexOf(retrievalCase.heading);
    if (position === 0) first += 1;
    if (position >= 0 && position < 3) top3 += 1;
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  const count = Math.max(1, cases.length);
  return { recallAt1: first / count, recallAt3: top3 / count, meanReciprocalRank: reciprocal / count };
}

/** The four rankers side by side: vector, BM25, hybrid without and with the rules' boost. */
export async function compareRankers(retriever: HybridRetriever, cases: readonly RetrievalCase[], fusion?: FusionSettings): Promise<Record<string, RankerScore>> {
  const hybrid = fusion ? retriever.withFusion(fusion) : retriever;
  const headingsOf = (positions: number[]) => positions.map((position) => retriever.chunks[position]!.heading);
  const depth = retriever.chunks.length;
  return {
    vector: await scoreRanker(cases, async (c) => headingsOf((await retriever.rankings(c.query, depth)).vector)),
    bm25: await scoreRanker(cases, async (c) => headingsOf((await retriever.rankings(c.query, depth)).keyword)),
    "hybrid, no boost": await scoreRanker(cases, async (c) => (await hybrid.retrieve(c.query, { limit: c.limit })).map((hit) => hit.chunk.heading)),
    "hybrid + boost": await scoreRanker(cases, async (c) => (await hybrid.retrieve(c.query, { limit: c.limit, boostHeadings: c.boostHeadings })).map((hit) => hit.chunk.heading)),
  };
}

export function formatRankerTable(scores: Record<string, RankerScore>, caseCount: number): string {
  const rows = Object.entries(scores).map(
    ([name, score]) => `${name.padEnd(18)} ${score.recallAt1.toFixed(3).padStart(9)} ${score.recallAt3.toFixed(3).padStart(9)} ${score.meanReciprocalRank.toFixed(3).padStart(7)}`,
  );
  return [`retrieval over ${caseCount} labelled questions (single-turn Q&A cases with a "cites" heading)`, `${"ranker".padEnd(18)} ${"recall@1".padStart(9)} ${"recall@3".padStart(9)} ${"MRR".padStart(7)}`, ...rows].join("\n");
}
