import { describe, expect, it } from "vitest";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { Tokenizer } from "./tokenizer.js";

const corpus = ["具备电商平台类目,可直接通过 小程序·云直播插件 进行接入", "具备金融-银行类目,可使用微信原生组件标签", "适用于电商类直播带货"];
const embeddings = new LocalHashEmbeddings(new Tokenizer(), corpus);
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe("LocalHashEmbeddings", () => {
  it("returns unit vectors of the declared size, the same every time", async () => {
    const [first] = await embeddings.embedDocuments(["电商平台直播带货"]);
    const again = await embeddings.embedQuery("电商平台直播带货");
    expect(first).toHaveLength(embeddings.dimensions);
    expect(cosine(first!, first!)).toBeCloseTo(1, 6);
    expect(again).toEqual(first);
  });

  it("places related Chinese text closer than unrelated text", async () => {
    const query = await embeddings.embedQuery("电商直播带货");
    const [ecommerce, bank] = await embeddings.embedDocuments([corpus[2]!, corpus[1]!]);
    expect(cosine(query, ecommerce!)).toBeGreaterThan(cosine(query, bank!));
  });

  it("embeds a text as the corpus pass embeds it, to the last bit, whatever was embedded before", async () => {
    const tokenizer = new Tokenizer();
    const fitted = new LocalHashEmbeddings(tokenizer);
    const byPass: number[][] = [];
    fitted.fitAndEmbed(corpus, (position) => tokenizer.words(corpus[position]!), (vector, position) => (byPass[position] = Array.from(vector)));
    await fitted.embedQuery("银行 保险 证券 直播 插件 原生组件 live-pusher");
    for (const [position, text] of corpus.entries()) expect(await fitted.embedQuery(text)).toEqual(byPass[position]);
  });

  it("embeds empty text without failing", async () => {
    const vector = await embeddings.embedQuery("");
    expect(vector.every((value) => value === 0)).toBe(true);
  });
});
