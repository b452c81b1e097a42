import type { Lexicon } from "../lexicon/load-lexicon.js";
import { containsHan } from "../shared/han-script.js";

/** What topic words are read against: the corpus's segmentation and words, and the bot's own vocabulary. */
export interface TopicWordReader {
  /** Precise-mode words of a text. */
  segment(text: string): string[];
  /** Whether a word only says what is asked ("资质", "多久"). */
  isAspectWord(word: string): boolean;
  /** Whether the document holds the word. */
  corpusKnows(word: string): boolean;
  /** Whether the word is part of the bot's vocabulary (a category, subject or aspect word). */
  knowsWord(word: string): boolean;
  /** Whether the document holds the text as written. */
  documentSays(text: string): boolean;
}

// An English topic word (the topic words hold those of four letters or more), checked against the document's English;
// digits may stand inside one ("p2p", "o2o").
const latinWordPattern = /^[a-z][a-z0-9]*$/u;
// A phrase between quotation marks ("暂不支持", 「需补充」): the asker's own words for the document's.
const quotedPhrase = /["“”「『‘'']([^"“”「」『』‘’'']{2,20})["“”」』’'']/gu;

/**
 * The words of what a question is about, besides what it asks and the words of who the asker is (`subjectTerms`);
 * `unknownWords`: those neither the document nor the vocabulary knows, which may put the question outside the document.
 */
export function readTopicWords(text: string, subjectTerms: readonly string[], reader: TopicWordReader, lexicon: Lexicon): { topicWords: string[]; unknownWords: string[] } {
  const { genericWords, synonyms, functionCharacters } = lexicon;
  const words = [...new Set(reader.segment(text).map((word) => synonyms.get(word) ?? word))].filter(
    (word) =>
      word.length >= 2 &&
      !genericWords.has(word) &&
      !/^\d+$/.test(word) &&
      (!/^[a-z-]+$/.test(word) || word.length > 3) &&
      !subjectTerms.some((term) => term.includes(word)),
  );
  // A Chinese phrase quoted as the document writes it (「其中哪个有"暂不支持"的限制」) is one topic word, whatever its
  // pieces: its segments alone ("暂不", "支持") say nothing.
  // Not a word the bot reads otherwise (a category, method or aspect word: "原生组件", "资质", "适用范围"), nor a generic one.
  const quoted = [...text.matchAll(quotedPhrase)]
    .map((match) => match[1]!.trim())
    .filter((phrase) => containsHan(phrase) && !genericWords.has(phrase) && !reader.isAspectWord(phrase) && !reader.knowsWord(phrase) && reader.documentSays(phrase));
  const topicWords = [...new Set([...quoted, ...words.filter((word) => !reader.isAspectWord(word))])];
  const unknownWords = topicWords.filter(
    (word) => (containsHan(word) ? !functionCharacters.has(word[0]!) : latinWordPattern.test(word)) && !reader.corpusKnows(word) && !reader.knowsWord(word),
  );
  return { topicWords, unknownWords };
}
