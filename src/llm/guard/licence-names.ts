import type { GuardVocabulary } from "./guard-vocabulary.js";
import { escapeRegExp } from "../../shared/escape-reg-exp.js";

/**
 * Finds a licence or certificate the corpus does not name. Chinese names end in a licence
 * suffix ("…许可证", "…执照"); English ones are a licence noun with a naming word before it
 * ("ICP licence", "business license"). Generic mentions ("相关许可证", "the required licences")
 * name nothing and pass. Returns the first unknown name, or null.
 */
export function checkLicences(readable: string, vocabulary: GuardVocabulary, corpusReadable: string): string | null {
  const suffixes = vocabulary.licenceSuffixes.map(escapeRegExp).join("|");
  // Lazy: the nearest suffix ends the name, so "办理营业执照等相关许可证" is read as two names.
  for (const match of readable.matchAll(new RegExp(`([\\p{Script=Han}A-Za-z0-9]{0,16}?)(${suffixes})`, "gu"))) {
    if (!corpusKnowsLicence([...match[1]!], match[2]!, vocabulary, corpusReadable)) return match[0];
  }
  const words = [...readable.toLowerCase().matchAll(/[a-z]+|[^\sa-z]/g)].map((match) => match[0]);
  for (const [index, word] of words.entries()) {
    if (!vocabulary.licenceNouns.has(word)) continue;
    for (let back = index - 1; back >= Math.max(0, index - 4); back -= 1) {
      const before = words[back]!;
      if (!/^[a-z]+$/.test(before)) break;
      // A verb ends the noun phrase ("does not permit", "need a licence"); a qualifier belongs to it ("the required").
      if (vocabulary.licenceVerbs.has(before)) break;
      if (vocabulary.licenceQualifiers.has(before)) continue;
      return `${before} ${word}`;
    }
  }
  return null;
}

/**
 * A name passes when the corpus holds it or a tail of it ("需要提供民办学校办学许可证" ends with
 * 民办学校办学许可证), or when the words before the suffix are only verbs and qualifiers with at
 * least one qualifier ("需要提供相关许可证"). A bare suffix at a clause start names nothing.
 */
function corpusKnowsLicence(characters: readonly string[], suffix: string, vocabulary: GuardVocabulary, corpusReadable: string): boolean {
  if (characters.length === 0) return true;
  for (let start = 0; start < characters.length; start += 1) {
    const head = characters.slice(start).join("");
    if (head.length >= 2 && corpusReadable.includes(head + suffix)) return true;
    if (genericHead(head, vocabulary)) return true;
  }
  return false;
}

/** "需要提供相关": split into known verbs and qualifiers, with at least one qualifier. */
function genericHead(head: string, vocabulary: GuardVocabulary): boolean {
  const reach = (rest: string, qualified: boolean): boolean => {
    if (rest === "") return qualified;
    for (const word of vocabulary.licenceQualifiers) if (rest.startsWith(word) && reach(rest.slice(word.length), true)) return true;
    for (const word of vocabulary.licenceVerbs) if (rest.startsWith(word) && reach(rest.slice(word.length), qualified)) return true;
    return false;
  };
  return reach(head, false);
}
