import type { Language } from "./question-frame.js";

const hanCharacter = /\p{Script=Han}/gu;
// Not the global one above: test() on a global pattern moves its lastIndex.
const anyHan = /\p{Script=Han}/u;

/** English when Latin words carry the question; Chinese (the default) otherwise. */
export function detectLanguage(text: string): Language {
  // A hyphenated name ("live-pusher", "e-commerce") is one word: a tag name alone does not make a question English.
  const words = text.match(/[A-Za-z]{2,}(?:[-_][A-Za-z]+)*/g) ?? [];
  const latinWords = words.length;
  // "Scope?", "Why?": one plain English word and no Chinese is an English follow-up.
  if (latinWords === 1 && !/[-_]/.test(words[0]!) && !anyHan.test(text)) return "en";
  if (latinWords < 2) return "zh";
  // Counted only when it can decide: a Chinese question of 2,000 characters would otherwise make as many strings.
  const han = text.match(hanCharacter)?.length ?? 0;
  return latinWords * 2 >= han ? "en" : "zh";
}
