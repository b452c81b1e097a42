import type { CorpusChunk } from "../corpus/chunk-corpus.js";

/**
 * The corpus's chunks by heading, built once per chunk list: finding a section or asking whether it uses a
 * word must not walk (and lower-case) the whole corpus on every answer — at 25,000 chunks that walk was the
 * answer's largest cost outside retrieval.
 */
export interface SectionIndex {
  /** The first chunk under the heading. */
  chunk(heading: string): CorpusChunk | undefined;
  /** Whether any chunk under the heading contains `word` (already lower-case), case-insensitively. */
  mentions(heading: string, word: string): boolean;
}

// Keyed by the chunk list itself: a reloaded corpus is a new list and gets its own index.
const indexes = new WeakMap<readonly CorpusChunk[], SectionIndex>();

export function sectionIndex(chunks: readonly CorpusChunk[]): SectionIndex {
  let index = indexes.get(chunks);
  if (!index) {
    index = buildSectionIndex(chunks);
    indexes.set(chunks, index);
  }
  return index;
}

function buildSectionIndex(chunks: readonly CorpusChunk[]): SectionIndex {
  const first = new Map<string, CorpusChunk>();
  const lowered = new Map<string, string[]>();
  for (const chunk of chunks) {
    if (!first.has(chunk.heading)) first.set(chunk.heading, chunk);
    const texts = lowered.get(chunk.heading);
    if (texts) texts.push(chunk.text.toLowerCase());
    else lowered.set(chunk.heading, [chunk.text.toLowerCase()]);
  }
  return {
    chunk: (heading) => first.get(heading),
    mentions: (heading, word) => lowered.get(heading)?.some((text) => text.includes(word)) ?? false,
  };
}
