import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { clauseAsks } from "./asks-something.js";
import { normalizeQuestion } from "./normalize-question.js";

const { lexicon } = loadCoreData();

/** Each clause of a message (between commas) and whether it asks, in the message's own script. */
const clausesAsking = (message: string, script: "zh" | "en") => {
  const { compact, lower } = normalizeQuestion(message);
  const source = script === "zh" ? compact : lower;
  const clauses: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let at = 0; at <= source.length; at += 1) {
    if (at < source.length && !/[,,;;。.!!??]/u.test(source[at]!)) continue;
    if (at > start) clauses.push({ start, end: at });
    start = at + 1;
  }
  return clauses.map((clause) => clauseAsks(source, clause, script, lexicon));
};

describe("whether one clause asks", () => {
  it("asks in Chinese by a question word, a question mark after it, or a question or follow-up ending", () => {
    expect(clausesAsking("客户是教育平台,他们能用原生吗", "zh")).toEqual([false, true]);
    expect(clausesAsking("我们是银行,那信托呢", "zh")).toEqual([false, true]);
    expect(clausesAsking("朋友的是信托?我们的是银行", "zh")).toEqual([true, false]);
  });

  it("asks in English only where its sentence ends with a question mark, question words opening statements too", () => {
    expect(clausesAsking("we are a bank, can my cousin's app use live-pusher, and ours?", "en")).toEqual([true, true, true]);
    expect(clausesAsking("can do, we are a bank. our friend runs a trust", "en")).toEqual([false, false, false]);
  });
});
