import type { Language } from "./question-frame.js";

const hanCharacter = /\p{Script=Han}/gu;

/** English when Latin words carry the question; Chinese (the default) otherwise. */
export function detectLanguage(text: string): Language {
  const han = text.match(hanCharacter)?.length ?? 0;
  const latinWords = text.replace(/live-(pusher|player)/gi, " ").match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return latinWords >= 2 && latinWords * 2 >= han ? "en" : "zh";
}
