import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

const wordPattern = /[\p{Script=Han}]+|[a-z0-9]+(?:-[a-z0-9]+)*/gu;

/** Jieba segmentation with the domain's own words; lower-cased, punctuation dropped. */
export class Tokenizer {
  private readonly jieba: Jieba;

  /** `domainWords`: words jieba's default dictionary splits apart but this domain treats as one (lexicon › tokenizerWords, category names). */
  constructor(domainWords: readonly string[] = []) {
    this.jieba = Jieba.withDict(dict);
    const words = [...new Set(domainWords)].filter((word) => /^\S+$/u.test(word));
    // A high frequency makes jieba keep each domain word whole.
    this.jieba.loadDict(Buffer.from(words.map((word) => `${word} 200000 n`).join("\n"), "utf8"));
  }

  /** Search-mode words: "云直播插件" yields 云直播插件, 直播, 插件, so partial words still match. */
  words(text: string): string[] {
    const tokens: string[] = [];
    for (const piece of this.jieba.cutForSearch(text.normalize("NFKC").toLowerCase(), true)) {
      for (const word of piece.match(wordPattern) ?? []) tokens.push(word);
    }
    return tokens;
  }

  /** Precise-mode words, for reading a question ("小程序" stays whole, no "小程"/"程序"). */
  segments(text: string): string[] {
    const tokens: string[] = [];
    for (const piece of this.jieba.cut(text.normalize("NFKC").toLowerCase(), true)) {
      for (const word of piece.match(wordPattern) ?? []) tokens.push(word);
    }
    return tokens;
  }
}
