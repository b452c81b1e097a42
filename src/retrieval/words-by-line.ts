import type { Tokenizer } from "./tokenizer.js";

/** Words cached at most (a line's words are kept only while the total stays below this). */
const cacheLimit = 2_000_000;

/**
 * The search-mode words of every text, segmenting each distinct line once. jieba cuts text into blocks at every
 * line break before it segments, so a text's words are its lines' words in order (the tests check this on the
 * corpus); chunks repeat lines (a heading's category name, the 注意 rows), and a large corpus repeats many.
 */
export function wordsByLine(tokenizer: Tokenizer, texts: readonly string[]): string[][] {
  const cache = new Map<string, readonly string[]>();
  let cached = 0;
  return texts.map((text) => {
    const words: string[] = [];
    for (const line of text.split("\n")) {
      let lineWords = cache.get(line);
      if (!lineWords) {
        lineWords = tokenizer.words(line);
        if (cached + lineWords.length <= cacheLimit) {
          cache.set(line, lineWords);
          cached += lineWords.length;
        }
      }
      for (const word of lineWords) words.push(word);
    }
    return words;
  });
}
