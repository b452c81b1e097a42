import type { Language } from "./question-frame.js";

const hanCharacter = /\p{Script=Han}/gu;

/** English when Latin words carry the question; Chinese (the default) otherwise. */
export function detectLanguage(text: string): Language {
  const han = text.match(hanCharacter)?.length ?? 0;
  // A hyphenated name ("live-pusher", "e-commerce") is one word: a tag name alone does not make a question English.
  const latinWords = text.match(/[A-Za-z]{2,}(?:[-_][A-Za-z]+)*/g)?.length ?? 0;
  return latinWords >= 2 && latinWords * 2 >= han ? "en" : "zh";
}
