import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import { containsHan } from "../shared/han-script.js";

/**
 * The corpus's chunks by heading, built once per chunk list: finding a section or asking whether it uses a
 * word must not walk (and lower-case) the whole corpus on every answer — at 25,000 chunks that walk was the
 * answer's largest cost outside retrieval.
 */
export interface SectionIndex {
  /** The first chunk under the heading. */
  chunk(heading: string): CorpusChunk | undefined;
  /**
   * Whether any chunk under the heading contains `word` (already lower-case), case-insensitively — a word without
   * Chinese characters also in the English renderings of the section's texts ("lectures" in 在线视频课程's 讲座).
   */
  mentions(heading: string, word: string): boolean;
}

const noGlosses: ReadonlyMap<string, string> = new Map();

// Keyed by the chunk list itself: a reloaded corpus is a new list and gets its own index.
const indexes = new WeakMap<readonly CorpusChunk[], SectionIndex>();

/** `glosses`: the English renderings of the document's texts (corpus/english-glosses.yaml), read with the first list. */
export function sectionIndex(chunks: readonly CorpusChunk[], glosses: ReadonlyMap<string, string> = noGlosses): SectionIndex {
  let index = indexes.get(chunks);
  if (!index) {
    index = buildSectionIndex(chunks, glosses);
    indexes.set(chunks, index);
  }
  return index;
}

function buildSectionIndex(chunks: readonly CorpusChunk[], glosses: ReadonlyMap<string, string>): SectionIndex {
  const first = new Map<string, CorpusChunk>();
  const lowered = new Map<string, string[]>();
  for (const chunk of chunks) {
    if (!first.has(chunk.heading)) first.set(chunk.heading, chunk);
    const texts = lowered.get(chunk.heading);
    if (texts) texts.push(chunk.text.toLowerCase());
    else lowered.set(chunk.heading, [chunk.text.toLowerCase()]);
  }
  // A section's English, made when an English word is first asked of it: the renderings of the texts it holds.
  const english = new Map<string, string>();
  const englishOf = (heading: string): string => {
    let rendered = english.get(heading);
    if (rendered === undefined) {
      const texts = lowered.get(heading) ?? [];
      rendered = [...glosses].filter(([text]) => texts.some((chunkText) => chunkText.includes(text.toLowerCase()))).map(([, gloss]) => gloss.toLowerCase()).join("\n");
      english.set(heading, rendered);
    }
    return rendered;
  };
  return {
    chunk: (heading) => first.get(heading),
    mentions: (heading, word) => (lowered.get(heading)?.some((text) => text.includes(word)) ?? false) || (!containsHan(word) && glosses.size > 0 && englishOf(heading).includes(word)),
  };
}
