import { describe, expect, it } from "vitest";
import { isOneEditApart, TermMatcher } from "./term-matcher.js";

const matcher = new TermMatcher([
  { text: "证券", target: "securities" },
  { text: "证券投资咨询", target: "consulting" },
  { text: "公募基金", target: "public-fund" },
  { text: "基金", target: "public-fund" },
  { text: "基金", target: "private-fund" },
  { text: "insurance", target: "insurance" },
  { text: "online course", target: "course" },
]);
const targets = (compact: string, lower = compact) => matcher.match(compact, lower).flatMap((match) => match.targets);

describe("TermMatcher", () => {
  it("prefers the longest term and never overlaps", () => {
    expect(targets("证券投资咨询能直播吗")).toEqual(["consulting"]);
  });

  it("reads no name inside a reading dropped for overlapping another of the same name, but keeps one inside another name's", () => {
    const institutions = new TermMatcher([
      { text: "职业培训", target: "training" },
      { text: "培训学校", target: "training" },
      { text: "学校", target: "school" },
      { text: "社交直播", target: "social" },
      { text: "直播电商", target: "commerce" },
      { text: "电商", target: "commerce" },
    ]);
    const found = (compact: string) => institutions.match(compact, "").flatMap((match) => match.targets);
    expect(found("职业培训学校能直播吗")).toEqual(["training"]);
    expect(found("社交直播电商")).toEqual(["social", "commerce"]);
  });

  it("finds a long term with one wrong character before the short exact term inside it", () => {
    const matches = matcher.match("公幕基金能直播吗", "");
    expect(matches.map((match) => [match.targets[0], match.typo])).toEqual([["public-fund", true]]);
  });

  it("does not treat a changed character in a short term as a typo", () => {
    expect(targets("证卷")).toEqual([]);
  });

  it("asks how a character sounds only for a near miss that forms no word with its neighbour", () => {
    const asked: string[] = [];
    const soundingMatcher = new TermMatcher([{ text: "直播带货", target: "selling" }], {
      knownWord: (word) => word === "带车",
      soundsAlike: (typed, meant) => {
        asked.push(`${typed}/${meant}`);
        return typed === "祸";
      },
    });
    const found = (compact: string) => soundingMatcher.match(compact, "").map((match) => match.targets[0]);
    // 车 with 带 before it is a word: no typo, and the sound is never asked (nor the pinyin module loaded for it).
    expect(found("直播带车")).toEqual([]);
    expect(asked).toEqual([]);
    expect(found("直播带祸")).toEqual(["selling"]);
    expect(found("直播带鞋")).toEqual([]);
    expect(asked).toEqual(["祸/货", "鞋/货"]);
  });

  it("matches Latin terms as whole words, with plurals and one-letter typos", () => {
    expect(targets("", "insurances for online courses")).toEqual(["insurance", "course"]);
    expect(targets("", "insurence")).toEqual(["insurance"]);
    expect(targets("", "reinsurancex")).toEqual([]);
  });
});

describe("isOneEditApart", () => {
  it("reads a long word of a longer term with a letter lost, and a hyphenated term written without its hyphen, misspelt", () => {
    const latin = new TermMatcher([
      { text: "multi-party communication", target: "conference" },
      { text: "e-commerce", target: "shop" },
      { text: "driving school", target: "school" },
    ]);
    expect(latin.match("", "the multi-party comunication category").map((match) => match.targets)).toEqual([["conference"]]);
    expect(latin.match("", "our ecomerce shop").map((match) => match.targets)).toEqual([["shop"]]);
    // A short word with a letter more or less is another word.
    expect(latin.match("", "a diving school").map((match) => match.targets)).toEqual([]);
  });

  it("counts one substitution, insertion or deletion", () => {
    expect(isOneEditApart("insurence", "insurance")).toBe(true);
    expect(isOneEditApart("insurace", "insurance")).toBe(true);
    expect(isOneEditApart("insurance", "insurance")).toBe(false);
    expect(isOneEditApart("insrence", "insurance")).toBe(false);
    // Two neighbouring letters swapped is one slip; swapped apart, or swapped twice, is not.
    expect(isOneEditApart("socail", "social")).toBe(true);
    expect(isOneEditApart("scoail", "social")).toBe(false);
    expect(isOneEditApart("oscail", "social")).toBe(false);
  });
});

describe("TermMatcher typos against exact terms", () => {
  const courses = new TermMatcher([
    { text: "网课", target: "online-course" },
    { text: "上课直播", target: "online-course" },
  ]);
  it("keeps the exact term when a typo reading would add nothing", () => {
    expect(courses.match("网课直播", "").map((match) => [match.term, match.typo])).toEqual([["网课", false]]);
  });

  // A made-up sound table: 小 and 校 sound alike, 网 and 上 do not.
  const sounds = new Map([["小", "xiao"], ["校", "xiao"], ["网", "wang"], ["上", "shang"]]);
  const heard = (typed: string, meant: string) => sounds.get(typed) !== undefined && sounds.get(typed) === sounds.get(meant);
  const schools = new TermMatcher(
    [
      { text: "培训", target: "any-training" },
      { text: "驾校培训", target: "driving-school" },
      { text: "网课", target: "online-course" },
      { text: "上课直播", target: "online-course" },
    ],
    { soundsAlike: heard },
  );
  it("reads a wrong character typed by its sound as the long term, over an exact word inside it that it does not narrow", () => {
    expect(schools.match("做驾小培训的", "").map((match) => [match.term, match.typo])).toEqual([["驾校培训", true]]);
    expect(schools.match("网课直播", "").map((match) => [match.term, match.typo])).toEqual([["网课", false]]);
  });

  it("takes a sound it cannot tell as no evidence: the exact word inside stays", () => {
    const deaf = new TermMatcher(
      [
        { text: "培训", target: "any-training" },
        { text: "驾校培训", target: "driving-school" },
      ],
      { soundsAlike: () => null },
    );
    expect(deaf.match("做驾小培训的", "").map((match) => [match.term, match.typo])).toEqual([["培训", false]]);
  });
});

describe("TermMatcher over long questions", () => {
  const funds = new TermMatcher(
    [
      { text: "公募基金", target: "public-fund" },
      { text: "私募基金", target: "private-fund" },
      { text: "券商", target: "broker" },
    ],
    { confusable: new Map([["券", new Set(["卷"])]]) },
  );

  it("finds exact terms, typos and confusable variants far into a long question", () => {
    const padding = "啊".repeat(1_500);
    const matches = funds.match(`${padding}公幕基金${padding}私募基金${padding}卷商`, "");
    expect(matches.map((match) => [match.term, match.start, match.typo])).toEqual([
      ["公募基金", 1_500, true],
      ["私募基金", 3_004, false],
      ["券商", 4_508, true],
    ]);
  });

  it("between two equally long typo readings at one place, takes the term listed first", () => {
    // "X募基金" is one character off both 公募基金 and 私募基金.
    expect(funds.match("乙募基金", "").map((match) => match.term)).toEqual(["公募基金"]);
    const reversed = new TermMatcher([
      { text: "私募基金", target: "private-fund" },
      { text: "公募基金", target: "public-fund" },
    ]);
    expect(reversed.match("乙募基金", "").map((match) => match.term)).toEqual(["私募基金"]);
  });

  it("reads no typo in a question with characters outside the basic plane", () => {
    expect(funds.match("😀公幕基金", "")).toEqual([]);
  });
});
