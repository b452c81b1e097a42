import { TermMatcher, type TermMatcherOptions } from "./term-matcher.js";

/** A question's text with the phrases typed by sound written as meant, and those phrases. */
export interface HeardReading {
  readonly text: string;
  readonly heard: readonly string[];
}

/**
 * Reads the words naming what is asked (lexicon › heardPhrases) through one character typed by sound ("电商平台的主意
 * 事项" is 注意事项), with the checks category names get (term-matcher.ts): the character sounds like the one meant and
 * forms no word of the document with its neighbour. Null when the text holds none: most questions.
 */
export function heardPhraseReader(phrases: readonly string[], options: TermMatcherOptions<string>): (text: string) => HeardReading | null {
  if (phrases.length === 0) return () => null;
  const matcher = new TermMatcher(
    phrases.map((phrase) => ({ text: phrase, target: phrase })),
    options,
  );
  return (text) => {
    // Chinese phrases only: the Latin side is given nothing to read.
    const typos = matcher.match(text, "").filter((match) => match.typo);
    if (typos.length === 0) return null;
    // One character for one: each phrase read keeps the text's length, so nothing after it moves.
    let read = text;
    for (const typo of typos) read = read.slice(0, typo.start) + typo.term + read.slice(typo.end);
    return { text: read, heard: [...new Set(typos.map((typo) => typo.term))] };
  };
}
