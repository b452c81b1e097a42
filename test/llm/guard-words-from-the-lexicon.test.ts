import { describe, expect, it } from "vitest";
import type { SentenceOutcome } from "../../src/llm/llm-guard.js";
import { lexiconDataWith } from "../support/lexicon-with.js";
import { guard, guardWithLexiconData, requestFor } from "./guard-scenarios.js";

/**
 * The guard's shape patterns (messenger ids, money, Chinese numerals, web addresses, check marks, measure words)
 * and the verbs it reads past between method words take their words from corpus/lexicon.yaml: a word added there
 * changes what the guard drops, with no change to the code.
 */
function outcome(guardToUse: typeof guard, sentence: string): SentenceOutcome {
  return guardToUse.check(sentence, requestFor("social")).sentences[0]!;
}

describe("the guard's shape words come from the lexicon", () => {
  it("drops an id on a messenger the lexicon adds", () => {
    expect(outcome(guard, "Skype:livebot")).toEqual({ text: "Skype:livebot", kept: true });
    const withSkype = guardWithLexiconData(lexiconDataWith((data) => data.guard.messengers.push("skype")));
    expect(outcome(withSkype, "Skype:livebot")).toEqual({ text: "Skype:livebot", kept: false, reason: "gives a messenger id" });
  });

  it("reads an amount in a money unit or currency sign the lexicon adds as a price", () => {
    const withWon = guardWithLexiconData(
      lexiconDataWith((data) => {
        data.guard.moneyUnits.push("港币");
        data.guard.currencySymbols.push("₩");
      }),
    );
    for (const sentence of ["押金是500港币。", "押金是₩500。"]) {
      expect(outcome(guard, sentence)).toMatchObject({ kept: false, reason: "gives a number the answer does not: 500" });
      expect(outcome(withWon, sentence)).toMatchObject({ kept: false, reason: "speaks of fees or prices" });
    }
  });

  it("reads a phone number spelled with a digit the lexicon adds (洞 for zero, as radio operators read it)", () => {
    const spelled = "幺三八洞洞幺三八洞洞洞";
    expect(outcome(guard, spelled)).toMatchObject({ kept: true });
    const withDong = guardWithLexiconData(lexiconDataWith((data) => (data.guard.chineseNumerals.spelledDigits["洞"] = 0)));
    expect(outcome(withDong, spelled)).toMatchObject({ kept: false, reason: "gives a phone number" });
  });

  it("reads a time in a numeral the lexicon adds, and checks it against the document", () => {
    // The document gives seven days for this review; nine is not in it.
    expect(outcome(guard, "首次提审大约玖天。")).toMatchObject({ kept: true });
    const withFinancialNine = guardWithLexiconData(lexiconDataWith((data) => (data.guard.chineseNumerals.countingDigits["玖"] = 9)));
    expect(outcome(withFinancialNine, "首次提审大约玖天。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 9天" });
    expect(outcome(withFinancialNine, "首次提审大约七天。")).toMatchObject({ kept: true });
  });

  it("drops a dotted name that ends in a domain ending the lexicon adds", () => {
    expect(outcome(guard, "详情见 livebot.ai。")).toMatchObject({ kept: true });
    const withAi = guardWithLexiconData(lexiconDataWith((data) => data.guard.domainEndings.push("ai")));
    expect(outcome(withAi, "详情见 livebot.ai。")).toMatchObject({ kept: false, reason: "gives a web address" });
    expect(outcome(withAi, "详情见 LiveBot.AI。")).toMatchObject({ kept: false, reason: "gives a web address" });
  });

  it("reads a check mark the lexicon adds as a grid of ticks", () => {
    expect(outcome(guard, "☐ 首次提审约需7天。")).toMatchObject({ kept: true });
    const withBallotBox = guardWithLexiconData(lexiconDataWith((data) => data.guard.tableMarks.push("☐")));
    expect(outcome(withBallotBox, "☐ 首次提审约需7天。")).toMatchObject({ kept: false, reason: "a table or a check-mark grid" });
  });

  it("reads a count past a measure word only while the lexicon lists that word", () => {
    // The document gives seven days for this review, not nine working days.
    const withoutMeasureWords = guardWithLexiconData(lexiconDataWith((data) => (data.guard.measureWords = [])));
    expect(outcome(guard, "首次提审大约九个工作日。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 9工作日" });
    expect(outcome(withoutMeasureWords, "首次提审大约九个工作日。")).toMatchObject({ kept: true });
    // Digits read the same list: without 个 the 9 no longer carries its unit.
    expect(outcome(guard, "首次提审大约9个工作日。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 9工作日" });
    expect(outcome(withoutMeasureWords, "首次提审大约9个工作日。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 9" });
  });

  it("keeps two method words one list past a verb the lexicon lists, so one negation covers both", () => {
    const sentence = "个人主体不能用插件或者使用原生组件。";
    const personal = requestFor("personal");
    expect(guard.check(sentence, personal).sentences[0]).toMatchObject({ kept: true });
    const withoutVerbs = guardWithLexiconData(lexiconDataWith((data) => (data.guard.methodVerbs = [])));
    expect(withoutVerbs.check(sentence, personal).sentences[0]).toMatchObject({ kept: false, reason: "offers an access method where the rules rule live streaming out" });
  });

  it("reads tens through the lexicon's tens character", () => {
    const withFinancialTens = guardWithLexiconData(lexiconDataWith((data) => (data.guard.chineseNumerals.tens = "拾")));
    expect(outcome(guard, "首次提审大约拾天。")).toMatchObject({ kept: true });
    expect(outcome(withFinancialTens, "首次提审大约拾天。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 10天" });
    // The shipped tens character, no longer in that lexicon, reads nothing there.
    expect(outcome(guard, "首次提审大约十天。")).toMatchObject({ kept: false, reason: "gives a number the answer does not: 10天" });
    expect(outcome(withFinancialTens, "首次提审大约十天。")).toMatchObject({ kept: true });
  });
});

describe("the shipped lexicon's messengers and spelled digits", () => {
  it.each([
    ["a DingTalk id", "有问题可以加我钉钉:livebot2024"],
    ["a DingTalk id word", "钉钉号: live_helper"],
    ["a Feishu id", "飞书:livebot"],
    ["a Telegram handle", "Telegram: @livebot"],
    ["a WhatsApp number", "WhatsApp: +85212345678"],
  ])("drops %s as a messenger id", (_case, sentence) => {
    expect(outcome(guard, sentence)).toMatchObject({ kept: false, reason: "gives a messenger id" });
  });

  it("drops a phone number read digit by digit with 幺 for one", () => {
    expect(outcome(guard, "手机幺三八零零幺三八零零零,随时联系。")).toMatchObject({ kept: false, reason: "gives a phone number" });
    expect(outcome(guard, "幺三八〇〇幺三八〇〇〇")).toMatchObject({ kept: false, reason: "gives a phone number" });
  });

  it("reads 幺 only in numbers spelled digit by digit: 幺天 counts no days", () => {
    expect(outcome(guard, "首次提审大约幺天。")).toMatchObject({ kept: true });
  });
});
