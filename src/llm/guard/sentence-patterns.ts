import type { GuardLexicon } from "../../lexicon/guard-lexicon-schema.js";
import { anyOfWords } from "../../shared/any-of-words.js";
import type { GuardVocabulary } from "./guard-vocabulary.js";

/**
 * Shapes, not words: contacts, money and tables are recognised by their form, in any language.
 * Checked on the readable text (NFKC, simplified). The few words a shape needs (messenger names,
 * money units, Chinese digits, domain endings, check marks) come from the lexicon's `guard:` section,
 * compiled by compileWordShapes.
 */
const email = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;
// Digits with spaces, hyphens, dots or brackets between them read as one number ("138 0013 8000").
const digitJoiners = /(?<=\d)[\s\-–—.()]+(?=\d)/g;
const phones = [/(?<!\d)1[3-9]\d{9}(?!\d)/, /(?<!\d)(?:400|800)\d{7}(?!\d)/, /(?<!\d)0\d{2,3}\d{7,8}(?!\d)/, /\+\d{7,}/, /\d{9,}/];
const tableRule = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The shapes made of the lexicon's words, compiled once per vocabulary. */
export interface WordShapes {
  /** "http://", "www." or a dotted name with one of the lexicon's domain endings ("example.com"). */
  readonly webAddress: RegExp;
  /** A messenger's name, an optional id word and a colon ("微信号: abc", "QQ: 12345"). */
  readonly messengerId: RegExp;
  /** A phone number written in Chinese numerals ("一三八零零一三八零零零"): seven or more digits in a row. */
  readonly spelledPhoneNumber: RegExp;
  /** An amount with a money unit after it ("30元") or a currency sign before it ("¥30"). */
  readonly moneyAmount: RegExp;
  /** One of the lexicon's check marks ("✅"): a table or a grid of ticks. */
  readonly tableMark: RegExp;
}

/** Latin words match in any case ("WeChat", "USD"), as they did when the lists were written here. */
export function compileWordShapes(guard: GuardLexicon): WordShapes {
  return {
    webAddress: new RegExp(`https?://|www\\.|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${anyOfWords(guard.domainEndings)}\\b`, "i"),
    messengerId: new RegExp(`${anyOfWords(guard.messengers)}\\s*${anyOfWords(guard.messengerIdWords)}?\\s*[::]\\s*\\S`, "i"),
    spelledPhoneNumber: new RegExp(`${anyOfWords(Object.keys({ ...guard.chineseNumerals.digits, ...guard.chineseNumerals.spelledDigits }))}{7,}`, "u"),
    moneyAmount: new RegExp(`\\d+(?:\\.\\d+)?\\s*${anyOfWords(guard.moneyUnits)}|${anyOfWords(guard.currencySymbols)}\\s*\\d`, "i"),
    tableMark: new RegExp(anyOfWords(guard.tableMarks), "u"),
  };
}

export function contactShape(readable: string, vocabulary: GuardVocabulary): string | null {
  const { shapes } = vocabulary;
  if (email.test(readable)) return "an email address";
  if (shapes.webAddress.test(readable)) return "a web address";
  if (shapes.messengerId.test(readable)) return "a messenger id";
  const joined = readable.replace(digitJoiners, "");
  if (phones.some((pattern) => pattern.test(joined)) || shapes.spelledPhoneNumber.test(readable)) return "a phone number";
  return null;
}

/** Greek or Cyrillic letters: look-alikes that hide a word ("lіve-pusher" with a Cyrillic і). */
export function mixedScriptShape(readable: string): boolean {
  return /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(readable);
}

export function moneyShape(readable: string, vocabulary: GuardVocabulary): boolean {
  return vocabulary.shapes.moneyAmount.test(readable);
}

export function tableShape(readable: string, vocabulary: GuardVocabulary): boolean {
  return (readable.match(/\|/g)?.length ?? 0) >= 2 || vocabulary.shapes.tableMark.test(readable) || tableRule.test(readable);
}

/**
 * Long runs of one character, or a long text of very few characters: padding, not an explanation. "Few" is under a
 * fifth of the text up to 50 characters, and under 10 beyond: an alphabet has only so many letters, and a long English
 * sentence ("…for deposits, subscription payments and the like, …") uses about 25 of them whatever its length.
 */
export function fillerShape(readable: string): boolean {
  const characters = [...readable.replace(/\s/g, "")];
  if (/(.)\1{7,}/u.test(readable.replace(/[.。…·\-—_=*]/g, ""))) return true;
  return characters.length >= 40 && new Set(characters).size / Math.min(characters.length, 50) < 0.2;
}
