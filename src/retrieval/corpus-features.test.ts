import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { chunkCorpus } from "../corpus/chunk-corpus.js";
import { parseCorpusDocument } from "../corpus/corpus-document.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { Tokenizer } from "./tokenizer.js";
import { wordsByLine } from "./words-by-line.js";

let texts: string[];
const tokenizer = new Tokenizer();

beforeAll(() => {
  const settings = readCoreSettings({});
  if (!settings.ok) throw new Error(settings.error);
  const document = parseCorpusDocument(readFileSync(settings.value.corpusFile, "utf8"), "corpus");
  if (!document.ok) throw new Error(document.error);
  // The corpus, a chunk repeated under another heading, and text with characters outside the BMP and full-width forms.
  const chunks = chunkCorpus(document.value).map((chunk) => chunk.text);
  texts = [...chunks, `电商平台副本2\n${chunks[1]!.split("\n").slice(1).join("\n")}`, "𠀀𠀁直播\n𠀂 ＡＢＣ 带货\n\n㈠电商"];
});

describe("wordsByLine", () => {
  it("gives every text the words the tokenizer gives the whole text", () => {
    expect(wordsByLine(tokenizer, texts)).toEqual(texts.map((text) => tokenizer.words(text)));
  });
});

describe("LocalHashEmbeddings.fitAndEmbed", () => {
  it("gives the vectors and saved statistics that fit then embed give, text by text", () => {
    const words = texts.map((text) => tokenizer.words(text));
    const reference = new LocalHashEmbeddings(tokenizer);
    reference.fit(texts, (position) => words[position]!);
    const expected = texts.map((text, position) => reference.embed(text, words[position]));

    const fast = new LocalHashEmbeddings(tokenizer);
    const vectors: number[][] = [];
    fast.fitAndEmbed(texts, (position) => words[position]!, (vector, position) => (vectors[position] = Array.from(vector)));
    expect(vectors).toEqual(expected);
    expect(JSON.stringify(fast.persistentState())).toBe(JSON.stringify(reference.persistentState()));
    expect(fast.embed("电商平台直播带货")).toEqual(reference.embed("电商平台直播带货"));
  });

  it("asks for each text's words once, keeping the first pass's features for the second", () => {
    const asked: number[] = [];
    new LocalHashEmbeddings(tokenizer).fitAndEmbed(texts, (position) => (asked.push(position), tokenizer.words(texts[position]!)), () => undefined);
    expect(asked).toEqual(texts.map((_, position) => position));
  });
});
