import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot, readCoreSettings } from "../config/settings.js";
import { loadEvalCases, turnsOf } from "../eval/eval-case.js";
import { loadCoreData } from "../../test/support/core-data.js";
import { CompactDictionary } from "./compact-dictionary.js";
import { jiebaDictionaryText, Tokenizer } from "./tokenizer.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);

/** The domain's words, a tokenizer over the whole dictionary with them, and the compact dictionary made of both, written and read back. */
let vocabulary: string[];
let full: Tokenizer;
let dictionary: CompactDictionary;
beforeAll(async () => {
  const { rules, lexicon } = loadCoreData();
  vocabulary = [...lexicon.tokenizerWords, ...rules.categories.flatMap((category) => [category.secondary, ...category.aliases, ...category.formerNames])];
  full = new Tokenizer(vocabulary);
  full.useFullDictionary();
  const file = join(mkdtempSync(join(tmpdir(), "dictionary-")), "dictionary.bin");
  await CompactDictionary.fromText(jiebaDictionaryText(), full.extraWords).write(file);
  const read = await CompactDictionary.read(file);
  if (!read) throw new Error("the compact dictionary written could not be read back");
  dictionary = read;
});

describe("Tokenizer with the compact dictionary", () => {
  it("segments every corpus line and every Q&A question exactly as the full dictionary does", async () => {
    expect(dictionary.size).toBeGreaterThan(300_000);
    const lazy = new Tokenizer(vocabulary, dictionary);

    const cases = await loadEvalCases(join(projectRoot, "test/eval/qa-cases.jsonl"));
    if (!cases.ok) throw new Error(cases.error);
    const texts = [
      ...readFileSync(settings.ok ? settings.value.corpusFile : "", "utf8").split("\n"),
      ...cases.value.flatMap((evalCase) => turnsOf(evalCase).map((turn) => turn.question)),
      "小程序直播要交多少钱",
      "今天天气怎么样,我们中出了一个叛徒",
    ];
    for (const text of texts) {
      expect(lazy.words(text), text).toEqual(full.words(text));
      expect(lazy.segments(text), text).toEqual(full.segments(text));
    }
    // Every text above went through the per-text dictionary, not the whole one.
    expect(lazy.usesFullDictionary).toBe(false);
  });

  it("finds at each position exactly the dictionary words a lookup of every substring finds, again from the ranges it keeps", () => {
    const dictionary = CompactDictionary.fromText("小 5 n\n小程 3 n\n小程序 9 n\n程序 7 n\n程序员 2 n\n序 1 n\n直播 8 n\n直播间 4 n\n𠀋𠀋 6 n\nab 2 eng", new Map([["小程序直播", 200_000]]));
    const texts = ["小程序直播间的程序员", "𠀋𠀋小程", "abc小", "", "没有词", "小程", "程序员程序直播小"];
    for (const text of [...texts, ...texts]) {
      for (let start = 0; start < text.length; start += 1) {
        const found: Array<[string, number]> = [];
        dictionary.wordsAt(text, start, (word, frequency) => found.push([word, frequency]));
        const expected: Array<[string, number]> = [];
        for (let end = start + 1; end <= text.length; end += 1) {
          const frequency = dictionary.frequency(text.slice(start, end));
          if (frequency !== undefined) expected.push([text.slice(start, end), frequency]);
        }
        expect(found, `${text} @${start}`).toEqual(expected);
      }
    }
  });

  it("hands over each dictionary word once across texts when asked for unseen words only, marking it seen", () => {
    const dictionary = CompactDictionary.fromText("小 5 n\n小程 3 n\n小程序 9 n\n程序 7 n\n程序员 2 n\n直播 8 n", new Map());
    const seen = new Uint8Array(dictionary.size);
    const unseen = (text: string) => {
      const found: string[] = [];
      dictionary.unseenWordsIn(text, seen, (word) => found.push(word));
      return found;
    };
    expect(unseen("小程序直播")).toEqual(["小", "小程", "小程序", "程序", "直播"]);
    expect(unseen("程序员的小程序")).toEqual(["程序员"]);
    expect(unseen("小程序直播")).toEqual([]);
    expect([...seen].filter((mark) => mark === 1)).toHaveLength(6);
  });

  it("cuts a text asked again the same way, handing each caller its own copy", () => {
    const tokenizer = new Tokenizer(vocabulary, dictionary);
    const first = tokenizer.words("电商平台能用云直播插件吗");
    first.push("changed by the caller");
    expect(tokenizer.words("电商平台能用云直播插件吗")).toEqual(first.slice(0, -1));
    expect(tokenizer.words("ＡＢＣ电商")).toEqual(tokenizer.words("abc电商"));
    const segments = tokenizer.segments("小程序直播");
    const kept = [...segments];
    segments.length = 0;
    expect(tokenizer.segments("小程序直播")).toEqual(kept);
    expect(kept.length).toBeGreaterThan(1);
  });

  it("switches to the whole dictionary once it has loaded that many words, segmenting the same way", async () => {
    const tokenizer = new Tokenizer(vocabulary, dictionary, 40);
    // Compared with a tokenizer that never switches: its per-text jieba is its own, whereas the whole-dictionary
    // one is shared with every tokenizer of the same words (`full` included), which would compare it with itself.
    const below = new Tokenizer(vocabulary, dictionary);
    const texts = ["电商平台能用云直播插件吗", "保险中介机构需要几选一的资质", "社交直播类目第一次提审要多久", "金融业银行可以使用原生组件标签"];
    for (const text of texts) expect(tokenizer.segments(text), text).toEqual(below.segments(text));
    expect(tokenizer.usesFullDictionary).toBe(true);
    expect(below.usesFullDictionary).toBe(false);
  });

  it("shares a whole-dictionary segmenter only between tokenizers of the same words", () => {
    // The domain's words hold 云直播插件, so tokenizers of them share `full`'s segmenter rather than load one
    // (each load reads the 5 MB dictionary); a tokenizer without extra words gets its own.
    const text = "电商平台能用云直播插件吗";
    expect(vocabulary).toContain("云直播插件");
    expect(new Tokenizer(vocabulary).segments(text)).toContain("云直播插件");
    expect(new Tokenizer([]).segments(text)).not.toContain("云直播插件");
    expect(new Tokenizer(vocabulary).segments(text)).toContain("云直播插件");
  });

  it("keeps of each piece jieba cuts only its Chinese runs and its letter-and-digit words, hyphenated ones whole", () => {
    // Pieces of one kind are taken as they are; mixed ones, punctuation and other scripts go through the pattern.
    expect(full.segments("Live-Pusher组件,能用吗?")).toEqual(["live-pusher", "组件", "能用", "吗"]);
    expect(full.segments("ｌｉｖｅ　３ 个 α 直播々")).toEqual(["live", "3", "个", "直播", "々"]);
    expect(full.words("小程序·云直播插件 v2")).toEqual(expect.arrayContaining(["小程序", "云直播插件", "直播", "插件", "v2"]));
    expect(full.words("小程序·云直播插件 v2").every((word) => /^(?:\p{Script=Han}+|[a-z0-9]+(?:-[a-z0-9]+)*)$/u.test(word))).toBe(true);
  });

  it("refuses bytes it did not write", () => {
    expect(CompactDictionary.fromBuffer(Buffer.from("not a dictionary at all"))).toBeNull();
    expect(CompactDictionary.fromBuffer(Buffer.alloc(0))).toBeNull();
  });
});
