import { describe, expect, it } from "vitest";
import { LatinTermMatcher } from "./latin-term-matcher.js";

describe("LatinTermMatcher", () => {
  const english = new LatinTermMatcher(
    new Map([
      ["e-commerce", ["ecommerce"]],
      ["ecommerce platform", ["platform"]],
      ["bank", ["bank"]],
      ["k12", ["k12"]],
      ["<live-pusher>", ["tag"]],
      ["insurance", ["insurance"]],
    ]),
  );
  const read = (lower: string) => english.match(lower).filter((match) => !match.typo).map((match) => [match.term, match.start]);

  it("finds a term where its first word starts, after digits or punctuation, with optional spaces and hyphens", () => {
    expect(read("2banks, e commerce and ecommerce-platform")).toEqual([["bank", 1], ["e-commerce", 8], ["ecommerce platform", 23]]);
    expect(read("k12 and <live-pusher>")).toEqual([["k12", 0], ["<live-pusher>", 8]]);
  });

  it("reads the -ies plural of a term ending in a consonant and y, as what the caller says it stands for", () => {
    const agencies = new LatinTermMatcher(new Map([["government agency", ["body"]], ["day", ["day"]]]), () => false, (target) => `${target} (many)`);
    expect(agencies.match("two government agencies").map((match) => match.targets)).toEqual([["body (many)"]]);
    // A vowel before the y takes a plain s.
    expect(agencies.match("three days, no daies").map((match) => match.term)).toEqual(["day"]);
  });

  it("reads a slash inside a term as its space or hyphen", () => {
    expect(read("our e/commerce stream")).toEqual([["e-commerce", 4]]);
  });

  it("finds no term inside a longer word", () => {
    expect(read("embankment and rebank")).toEqual([]);
  });

  it("reads no typo in a word the document has, or has without its plural -s", () => {
    const known = new Set(["name", "trade"]);
    const games = new LatinTermMatcher(new Map([["games", ["games"]], ["trades", ["trades"]]]), (word) => known.has(word));
    expect(games.match("make up some names").map((match) => match.term)).toEqual([]);
    expect(games.match("the trade desk").map((match) => match.term)).toEqual([]);
    // A word the document lacks is still read as the term it misspells.
    expect(games.match("we make gmaes").map((match) => [match.term, match.typo])).toEqual([["games", true]]);
  });

  it("reads a word of five letters or more one edit away from a term as that term, where no term matched", () => {
    expect(english.match("insurence for banks").map((match) => [match.term, match.typo])).toEqual([["bank", false], ["insurance", true]]);
  });

  it("reads a word one edit away from several terms as the one listed first, whatever their lengths", () => {
    const typoOf = (terms: string[], lower: string) =>
      new LatinTermMatcher(new Map(terms.map((term) => [term, [term]]))).match(lower).filter((match) => match.typo).map((match) => match.term);
    expect(typoOf(["brokers", "broker", "brokerage"], "a brokerx")).toEqual(["brokers"]);
    expect(typoOf(["broker", "brokers"], "a brokerx")).toEqual(["broker"]);
    expect(typoOf(["lender", "broker", "brokers"], "a brokerx")).toEqual(["broker"]);
    expect(typoOf(["lender", "banker"], "a brokes")).toEqual([]);
    // One letter short of a term, and one letter past another listed after it.
    expect(typoOf(["insurance"], "insurnce")).toEqual(["insurance"]);
    expect(typoOf(["brokers", "broke"], "a broker")).toEqual(["brokers"]);
  });

  it("reads a typo in one word of a longer term as that term, over the whole span, and the shorter term inside it gives way", () => {
    const matcher = new LatinTermMatcher(new Map([["video", ["video"]], ["video courses", ["courses"]], ["pet live", ["pet"]]]));
    const read = (lower: string) => matcher.match(lower).map((match) => [match.term, match.start, match.end, match.typo]);
    expect(read("video cuorses online")).toEqual([["video courses", 0, 13, true]]);
    expect(read("vidoe courses")).toEqual([["video courses", 0, 13, true]]);
    // The other words must stand as written: no term is read from one near word alone.
    expect(read("video coarse sand")).toEqual([["video", 0, 5, false]]);
    // A letter more or less is another word: "vide courses" is not read, nor "diving" as driving.
    expect(read("vide courses")).toEqual([]);
  });
});
