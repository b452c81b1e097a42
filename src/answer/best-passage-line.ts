import type { CorpusChunk } from "../corpus/chunk-corpus.js";

export interface PassageLine {
  readonly heading: string;
  readonly line: string;
  /** How many of the question's words the line holds; a place asked where in counts above all of them. */
  readonly overlap: number;
}

/**
 * The line that shares most of the question's words, in the passages best first (the first of equals wins): the top
 * passage need not hold it ("类目选错了会怎样" ranks a category first; the general notes speak of 符合). Asked where, the
 * places asked about count first ("在哪里添加私募基金类目": the line of 服务类目's place, not 私募基金's). Null when no
 * line holds any.
 */
export function bestPassageLine(chunks: readonly CorpusChunk[], topicWords: readonly string[], placeWords: readonly string[] = []): PassageLine | null {
  const words = topicWords.filter((word) => word.length >= 2);
  let best: PassageLine | null = null;
  for (const chunk of chunks) {
    for (const line of chunk.lines) {
      const lower = line.toLowerCase();
      const placesIn = placeWords.filter((word) => lower.includes(word)).length;
      const overlap = placesIn * (words.length + 1) + words.filter((word) => lower.includes(word)).length;
      if (overlap > (best?.overlap ?? 0)) best = { heading: chunk.heading, line, overlap };
    }
  }
  return best;
}
