import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as JiebaModule from "@node-rs/jieba";
import { CompactDictionary } from "./compact-dictionary.js";

// A high frequency makes jieba keep each domain word whole.
const domainWordFrequency = 200_000;
const wordPattern = /[\p{Script=Han}]+|[a-z0-9]+(?:-[a-z0-9]+)*/gu;
// Stands for every dictionary word not loaded yet, so jieba's total frequency (and every word's probability)
// stays exactly what the full dictionary gives. Private-use characters: no question or corpus contains them.
const restOfDictionary = "\u{F8FF}\u{F8FE}";
const requireFromHere = createRequire(import.meta.url);
// Required, not imported: an ES import of a CommonJS package has Node read its source for export names first
// (cjs-module-lexer), which for jieba and hnswlib-node cost a cold start ~8 ms and the V8 helper thread a ~20 ms
// optimising compile of the lexer, ahead of the answer path's.
const { Jieba } = requireFromHere("@node-rs/jieba") as typeof JiebaModule;
type Jieba = JiebaModule.Jieba;

/** Names jieba's dictionary file as installed (path, size, time), to key compact copies of it. */
export function jiebaDictionaryIdentity(): string {
  const file = join(dirname(requireFromHere.resolve("@node-rs/jieba/dict.js")), "dict.txt");
  const { size, mtimeMs } = statSync(file);
  return `${file}:${size}:${mtimeMs}`;
}

/** jieba's full default dictionary text (5 MB), read only when needed. */
export function jiebaDictionaryText(): string {
  return (requireFromHere("@node-rs/jieba/dict.js") as { dict: Buffer }).dict.toString("utf8");
}

/**
 * Jieba segmentation with the domain's own words; lower-cased, punctuation dropped.
 * With a compact dictionary it loads, per text, only the dictionary words that occur in it (plus one entry
 * standing for the rest), which segments exactly as the full dictionary does — jieba only ever consults words
 * found in the text and the total frequency. Finding a text's words costs ~0.01 ms and loading them ~0.005 ms
 * while few are loaded, so a process answering thousands of questions pays far less than the whole dictionary
 * (~180 ms and ~37 MiB to load). Each load costs jieba a pass over every word loaded so far, though (0.07 ms at
 * 50,000 words, 0.25 ms at all of them): a process that has met that many words switches to the whole
 * dictionary. Bulk work (index builds) asks for it at once.
 */
const fullDictionaryAfterWords = 50_000;

/**
 * Whole-dictionary segmenters by their extra words. Segmenting never changes one, so every tokenizer of the process
 * with the same words shares it: an index rebuilt after a corpus edit (hot reload) does not read the 5 MB
 * dictionary again. Two are kept (~37 MiB each): the running words and one edit of them.
 */
const fullDictionaries = new Map<string, Jieba>();
const fullDictionariesKept = 2;

function fullDictionaryJieba(extraWords: ReadonlyMap<string, number>): Jieba {
  const lines = [...extraWords].map(([word, frequency]) => `${word} ${frequency} n`).join("\n");
  let jieba = fullDictionaries.get(lines);
  if (!jieba) {
    jieba = Jieba.withDict(Buffer.from(jiebaDictionaryText(), "utf8"));
    jieba.loadDict(Buffer.from(lines, "utf8"));
    if (fullDictionaries.size >= fullDictionariesKept) fullDictionaries.delete(fullDictionaries.keys().next().value!);
    fullDictionaries.set(lines, jieba);
  }
  return jieba;
}

/**
 * The domain words jieba is given on top of its dictionary, each with a frequency that keeps it whole. The compact
 * dictionary's file name is keyed by them, so it is known before a tokenizer is made.
 */
export function extraWordsOf(domainWords: readonly string[]): ReadonlyMap<string, number> {
  const words = [...new Set(domainWords)].filter((word) => /^\S+$/u.test(word));
  return new Map(words.map((word) => [word, domainWordFrequency]));
}

export class Tokenizer {
  readonly extraWords: ReadonlyMap<string, number>;
  private full: Jieba | null = null;
  /** `seen`: one byte per dictionary word, 1 once loaded; `loadedWords` counts them. */
  private readonly lazy: { jieba: Jieba; seen: Uint8Array; loadedWords: number; loadedFrequency: number } | null;
  /** Texts whose dictionary words are loaded already: one question is segmented several times per answer. */
  private readonly prepared = new Set<string>();

  /** `domainWords`: words jieba's default dictionary splits apart but this domain treats as one (lexicon › tokenizerWords, category names). */
  constructor(
    domainWords: readonly string[] = [],
    private readonly dictionary: CompactDictionary | null = null,
    private readonly wholeDictionaryAfterWords = fullDictionaryAfterWords,
  ) {
    this.extraWords = extraWordsOf(domainWords);
    this.lazy = dictionary ? { jieba: Jieba.withDict(Buffer.from(`${restOfDictionary} ${dictionary.total} x`, "utf8")), seen: new Uint8Array(dictionary.size), loadedWords: 0, loadedFrequency: 0 } : null;
  }

  /** Loads the full dictionary (~180 ms, or nothing when this process loaded it for the same words): worth it before segmenting a whole corpus. */
  useFullDictionary(): void {
    this.full ??= fullDictionaryJieba(this.extraWords);
  }

  /** Whether the whole dictionary is loaded (asked for, or after many words were loaded one text at a time). */
  get usesFullDictionary(): boolean {
    return this.full !== null;
  }

  /** Search-mode words: "云直播插件" yields 云直播插件, 直播, 插件, so partial words still match. */
  words(text: string): string[] {
    const normalized = this.normalizedForm(text);
    if (this.lastWords.text !== normalized) this.lastWords = { text: normalized, words: this.collect(this.jiebaFor(normalized).cutForSearch(normalized, true)) };
    return [...this.lastWords.words];
  }

  /** Precise-mode words, for reading a question ("小程序" stays whole, no "小程"/"程序"). */
  segments(text: string): string[] {
    const normalized = this.normalizedForm(text);
    if (this.lastSegments.text !== normalized) this.lastSegments = { text: normalized, words: this.collect(this.jiebaFor(normalized).cut(normalized, true)) };
    return [...this.lastSegments.words];
  }

  // The last text cut in each mode: an answer reads its question in search mode twice (embedding, then BM25).
  // A text's words never change (the lazy dictionary segments as the whole one does), so reuse is exact.
  private lastWords: { readonly text: string | null; readonly words: readonly string[] } = { text: null, words: [] };
  private lastSegments: { readonly text: string | null; readonly words: readonly string[] } = { text: null, words: [] };

  /**
   * The text as it is segmented: NFKC, lower case. The last one is kept: an answer segments its question, then
   * embeds it (which reads its words) and searches the keyword index with it.
   */
  normalizedForm(text: string): string {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastNormalized = text.normalize("NFKC").toLowerCase();
    }
    return this.lastNormalized;
  }

  private lastText: string | null = null;
  private lastNormalized = "";

  private collect(pieces: string[]): string[] {
    const tokens: string[] = [];
    // Indexed loops: until V8 optimises this, each for…of step allocates an iterator result.
    for (let index = 0; index < pieces.length; index += 1) {
      const piece = pieces[index]!;
      // Most pieces are one word as they are; the pattern sorts out the rest (punctuation, mixed runs).
      if (isOneWord(piece)) tokens.push(piece);
      else {
        const words = piece.match(wordPattern);
        if (words !== null) for (let at = 0; at < words.length; at += 1) tokens.push(words[at]!);
      }
    }
    return tokens;
  }

  private jiebaFor(text: string): Jieba {
    if (this.full) return this.full;
    if (!this.lazy || !this.dictionary) {
      this.useFullDictionary();
      return this.full!;
    }
    if (this.prepared.has(text)) return this.lazy.jieba;
    if (this.lazy.loadedWords >= this.wholeDictionaryAfterWords) {
      this.useFullDictionary();
      return this.full!;
    }
    if (this.prepared.size >= 64) this.prepared.clear();
    this.prepared.add(text);
    const lazy = this.lazy;
    const lines: string[] = [];
    const load = (word: string, frequency: number) => {
      lazy.loadedWords += 1;
      lazy.loadedFrequency += frequency;
      lines.push(`${word} ${frequency} n`);
    };
    this.dictionary.unseenWordsIn(text, lazy.seen, load);
    if (lines.length > 0) {
      lines.push(`${restOfDictionary} ${this.dictionary.total - lazy.loadedFrequency} x`);
      lazy.jieba.loadDict(Buffer.from(lines.join("\n"), "utf8"));
    }
    return lazy.jieba;
  }
}

/**
 * Whether `wordPattern` would find the piece itself and nothing else: all of it CJK Unified Ideographs (U+4E00–U+9FFF,
 * every one of them Han), or all of it ASCII letters and digits.
 */
function isOneWord(piece: string): boolean {
  if (piece.length === 0) return false;
  const first = piece.charCodeAt(0);
  const han = first >= 0x4e00 && first <= 0x9fff;
  for (let index = 0; index < piece.length; index += 1) {
    const code = piece.charCodeAt(index);
    if (han ? code < 0x4e00 || code > 0x9fff : !((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}
