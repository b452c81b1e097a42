import type { Method } from "../rules/rules-schema.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { QuestionUnderstander } from "../understanding/understand-question.js";

export type GuardResult = { readonly passed: true } | { readonly passed: false; readonly reason: string };

export interface GuardInput {
  readonly text: string;
  /** The rules' method; "unknown" for answers that carry no verdict (retrieval-only). */
  readonly method: Method;
  /** Categories the answer may name: the verdict's, and any the template answer itself names. */
  readonly allowedCategories: ReadonlySet<CategoryId>;
  readonly corpusText: string;
  readonly understander: QuestionUnderstander;
}

const nativeWords = /live-?pusher|live-?player|原生组件|原生标签|native/i;
const pluginWords = /插件|plug-?in/i;
const negationWords = /不能|不可以|不可|无法|不支持|不允许|不得|暂不|并非|不是|没有|别用|不要用|cannot|can't|can not|could not|not allowed|not supported|isn't|is not|doesn't|does not|don't|do not|unable|never|no longer/i;
const conditionWords = /若|如果|假如|倘若|一旦|同时具备|同时拥有|另外申请|加上|\bif\b|\bonce\b|together with|as well|also hold/i;
const onlyWords = /只能|必须|仅能|只可以|需通过|需要通过|须通过|\bonly\b|\bmust\b|have to|has to/i;
const supportedWords = /可以直播|能直播|支持直播|可直播|可以开直播|可以开通直播|可以做直播|可以进行直播|\bcan (?:go live|stream|live-stream|broadcast)\b|\b(?:is|are) (?:supported|allowed)\b|\ballowed to (?:stream|go live)\b/i;
const unsupportedWords = /不支持直播|不能直播|无法直播|不可以直播|不可直播|暂不支持|不能开直播|\bcannot (?:go live|stream|live-stream)\b|\bcan't (?:go live|stream)\b|\bnot (?:be )?(?:supported|allowed)\b|\bunsupported\b/i;
const documentTitle = /《([^》]{2,40})》/g;
const licenceName = /([\p{Script=Han}A-Za-z0-9]{2,16}(?:许可证|经营许可|执照|牌照|资格证|备案证明|备案号))/gu;
const englishLicence = /\b((?:[A-Z][A-Za-z]*\s){0,4}(?:licen[cs]e|permit|certificate))\b/g;

/**
 * Checks a model's text against the rules before anyone sees it. Rejects text that names
 * another access method as applicable, turns unsupported into supported (or back), names a
 * category outside the answer's, or cites a licence or document the corpus never mentions.
 */
export function guardModelText(input: GuardInput): GuardResult {
  const sentences = input.text.split(/(?<=[。!?;!?;\n])|(?<=\.\s)/u).map((sentence) => sentence.trim()).filter(Boolean);
  for (const sentence of sentences) {
    const reason = contradiction(sentence, input.method);
    if (reason) return { passed: false, reason: `${reason}: "${sentence}"` };
  }

  // Licence and document names ("民办学校办学许可证") are checked below, not read as categories ("学校").
  const withoutNames = input.text.replace(documentTitle, " ").replace(licenceName, " ");
  const mentions = input.understander.understand(withoutNames).mentions;
  for (const mention of mentions) {
    if (!mention.candidates.some((id) => input.allowedCategories.has(id))) {
      return { passed: false, reason: `names a category outside the answer: "${mention.term}"` };
    }
  }

  const corpus = input.corpusText;
  for (const match of input.text.matchAll(documentTitle)) {
    const title = match[1]!;
    if (!corpus.includes(title)) return { passed: false, reason: `names a document the corpus does not: 《${title}》` };
  }
  for (const match of input.text.matchAll(licenceName)) {
    const name = match[1]!;
    if (!corpusKnowsLicence(name, corpus)) return { passed: false, reason: `names a licence the corpus does not: ${name}` };
  }
  for (const match of input.text.matchAll(englishLicence)) {
    const words = match[1]!.trim().split(/\s+/);
    if (words.length > 1 && /^[A-Z]/.test(words[0]!) && words[0] !== "The" && words[0] !== "A") {
      return { passed: false, reason: `names a licence the corpus does not: ${match[1]}` };
    }
  }
  return { passed: true };
}

const licenceSuffix = /(许可证|经营许可|执照|牌照|资格证|备案证明|备案号)$/u;
const genericQualifiers = /^(相关|对应|有关|必要|所需|具体|各类|其他|其它|所有|这些|那些|需要的|要求的|的)+$/u;

/**
 * A licence name passes when the corpus holds it, or holds a tail of it ("需要提供民办学校办学许可证"
 * ends with 民办学校办学许可证), or when it is only a generic word ("相关许可证").
 */
function corpusKnowsLicence(name: string, corpus: string): boolean {
  const suffix = licenceSuffix.exec(name)?.[1] ?? "";
  const characters = [...name.slice(0, name.length - suffix.length)];
  for (let start = 0; start < characters.length - 1; start += 1) {
    const head = characters.slice(start).join("");
    if (genericQualifiers.test(head)) return true;
    if (corpus.includes(head + suffix)) return true;
  }
  return characters.length === 0 || genericQualifiers.test(characters.join(""));
}

function contradiction(sentence: string, method: Method): string | null {
  const negated = negationWords.test(sentence);
  const conditional = conditionWords.test(sentence);
  const mentionsNative = nativeWords.test(sentence);
  const mentionsPlugin = pluginWords.test(sentence);
  const positiveNative = mentionsNative && !negated && !conditional && !(mentionsPlugin && onlyWords.test(sentence));
  const onlyPlugin = mentionsPlugin && onlyWords.test(sentence) && !conditional;
  const deniesNative = mentionsNative && negated && !conditional;
  const claimsUnsupported = unsupportedWords.test(sentence) && !conditional;
  const claimsSupported = supportedWords.test(sentence) && !negated && !conditional;

  switch (method) {
    case "plugin":
      if (positiveNative) return "calls the native tags applicable where the rules say plugin";
      if (claimsUnsupported) return "calls unsupported what the rules support";
      return null;
    case "native":
      if (onlyPlugin || deniesNative) return "denies the native tags the rules allow";
      if (claimsUnsupported) return "calls unsupported what the rules support";
      return null;
    case "unsupported":
      if (claimsSupported || (mentionsNative && !negated && !conditional) || (mentionsPlugin && !negated && !conditional)) {
        return "calls supported what the rules rule out";
      }
      return null;
    case "unknown":
      if (positiveNative || onlyPlugin || claimsSupported || claimsUnsupported) return "states a method the rules did not determine";
      return null;
  }
}
