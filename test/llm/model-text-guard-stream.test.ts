import { describe, expect, it } from "vitest";
import { guard, requestFor } from "./guard-scenarios.js";

/** Streams a text into the guard in pieces of `size` characters; records what was emitted after each piece. */
function streamInPieces(text: string, size: number, scenario: Parameters<typeof requestFor>[0] = "bank") {
  const emitted: string[] = [];
  const stream = guard.stream(requestFor(scenario), (piece) => emitted.push(piece));
  const characters = [...text];
  for (let index = 0; index < characters.length; index += size) stream.push(characters.slice(index, index + size).join(""));
  return { emitted, report: stream.end() };
}

describe("the guard on a streamed reply", () => {
  it("never emits a dropped sentence, not even the start of it, when the reply arrives one character at a time", () => {
    const text = "银行类目可以用原生组件接入。详见 https://example.com 或致电 13800138000。银行类目面向金融产品推广直播。";
    const { emitted, report } = streamInPieces(text, 1);
    expect(emitted).toEqual(["银行类目可以用原生组件接入。", "银行类目面向金融产品推广直播。"]);
    expect(emitted.join("")).not.toMatch(/http|138|致电/);
    expect(report).toMatchObject({ status: "partial", text: emitted.join(""), capped: false });
    expect(report.sentences[1]).toMatchObject({ kept: false, reason: "gives a web address" });
  });

  it("holds a sentence back until its end has arrived", () => {
    const emitted: string[] = [];
    const stream = guard.stream(requestFor("bank"), (piece) => emitted.push(piece));
    stream.push("银行类目可以用原生");
    expect(emitted).toEqual([]);
    stream.push("组件接入。");
    expect(emitted).toEqual([]);
    stream.push("银");
    expect(emitted).toEqual(["银行类目可以用原生组件接入。"]);
    expect(stream.end().text).toBe("银行类目可以用原生组件接入。银");
  });

  it("reads no further than the cap of a 1 MB reply and reports that it was capped", () => {
    const { emitted, report } = streamInPieces(`银行类目可以用原生组件接入。${"好".repeat(1_000_000)}`, 65_536);
    expect(emitted).toEqual(["银行类目可以用原生组件接入。"]);
    expect(report.capped).toBe(true);
    expect(report.sentences.reduce((total, sentence) => total + [...sentence.text].length, 0)).toBeLessThanOrEqual(guard.limits.textCharacters);
    expect(report.sentences.at(-1)).toMatchObject({ kept: false, reason: "cut off at the 600-character cap" });
  });

  it("joins kept English sentences with the space the model left between them", () => {
    const { report } = streamInPieces("Banks may use the native tags. Call 13800138000 now. They suit product promotion streams.", 3, "bankEnglish");
    expect(report.text).toBe("Banks may use the native tags. They suit product promotion streams.");
  });

  it("keeps the line breaks between kept list items", () => {
    const { report, emitted } = streamInPieces("1. 电商平台需通过云直播插件接入。\n2. 加我微信 abc123。\n3. 同时具备社交-直播类目时,可直接使用原生组件。", 5, "ecommerce");
    expect(report.text).toBe("1. 电商平台需通过云直播插件接入。\n3. 同时具备社交-直播类目时,可直接使用原生组件。");
    expect(emitted.join("")).toBe(report.text);
  });

  it("rejects an empty reply", () => {
    expect(guard.check("   ", requestFor("bank"))).toEqual({ status: "rejected", text: "", sentences: [], capped: false });
  });
});
