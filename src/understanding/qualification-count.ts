import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { escapeRegExp as escape } from "../shared/escape-reg-exp.js";
import { containsHan } from "../shared/han-script.js";
import { clauseAround, sourceOf } from "./clauses.js";
import { compactForMatching } from "./normalize-question.js";

/**
 * A qualification count a question asks about: so many items offered, so many to choose; all items required; or none
 * given (the row empty or "/").
 */
export type AskedQualificationCount = (
  | { readonly kind: "choice"; readonly choose: number; readonly of: number }
  | { readonly kind: "all" }
  // `slashOnly`: the row written "/" asked of ("写的是斜杠的是哪个"), not the empty ones. `notNeeded`: asked as needing
  // no qualifications ("不需要资质的"), which an empty row does not say.
  | { readonly kind: "none"; readonly slashOnly?: boolean; readonly notNeeded?: boolean }
) & {
  /** As the question writes it ("三选一", "one of three", "同时提供"). */
  readonly written: string;
};

/**
 * "哪些类目是3选1", "三选一", "哪些需要同时提供", "which need one of three": the count, read with the lexicon's numerals
 * (qualificationCount). Chinese writes the number offered first, English the number chosen. "资质要求空白的": none given.
 * Null when no count is written ("几选一" asks for a count, it gives none).
 */
export function askedQualificationCount(text: MatchableText, lexicon: Lexicon): AskedQualificationCount | null {
  const { numerals, allRequired } = lexicon.qualificationCount;
  const { chinese, english, englishOfferedFirst } = patternsOf(lexicon);
  const inChinese = chinese.exec(text.compact);
  if (inChinese) return { kind: "choice", of: numerals.get(inChinese[1]!)!, choose: numerals.get(inChinese[2]!)!, written: inChinese[0] };
  const inEnglish = english.exec(text.lower);
  if (inEnglish) return { kind: "choice", choose: numerals.get(inEnglish[1]!)!, of: numerals.get(inEnglish[2]!)!, written: inEnglish[0] };
  const offeredFirst = englishOfferedFirst?.exec(text.lower);
  if (offeredFirst) return { kind: "choice", of: numerals.get(offeredFirst[1]!)!, choose: numerals.get(offeredFirst[2]!)!, written: offeredFirst[0] };
  const all = allRequired.find(text)[0];
  if (all) return { kind: "all", written: all.cue };
  // "资质要求是空白的有哪些": the row the document leaves empty.
  const { noneGiven, noneGivenOfRow } = lexicon.qualificationCount;
  const ofQualifications = () => lexicon.aspects.get("qualification")?.test(text) === true;
  const blank = noneGiven.find(text)[0] ?? (ofQualifications() ? noneGivenOfRow.find(text)[0] : undefined);
  const notNeeded = blank === undefined ? lexicon.qualificationCount.noneNeeded.find(text)[0] : undefined;
  const none = blank ?? notNeeded;
  // "斜杠啥意思", "what does the slash mean": the row written "/", named by its mark alone.
  if (!none) {
    const slash = lexicon.qualificationCount.slashGiven.find(text)[0];
    return slash ? { kind: "none", written: slash.cue, slashOnly: true } : null;
  }
  if (lexicon.qualificationCount.slashGiven.test(text)) return { kind: "none", written: none.cue, slashOnly: true };
  return notNeeded ? { kind: "none", written: none.cue, notNeeded: true } : { kind: "none", written: none.cue };
}

/**
 * "三个都要吗", "两项都得交吗", "do we need all three": whether every one of so many is needed — what dialogue ›
 * countRuleAsked's words ask, said with the number (qualificationCount › optionsAsked). The number, or null.
 */
export function everyOneAsked(text: MatchableText, lexicon: Lexicon): number | null {
  const { everyOneChinese, everyOneEnglish } = patternsOf(lexicon);
  const found = everyOneChinese.exec(text.compact) ?? everyOneEnglish.exec(text.lower);
  return found ? (lexicon.qualificationCount.numerals.get(found[1]!) ?? null) : null;
}

/** "保险要几个", "私募需要几样啊": a bare how-many closing the message, not "要几个主播" (qualificationCount › optionsAsked). */
export function asksBareCount(text: MatchableText, lexicon: Lexicon): boolean {
  return patternsOf(lexicon).bareCount.test(text.compact);
}

/** "有哪五个", "具体哪三个", "which three?": which ones so many options are (qualificationCount › optionsAsked). */
export function asksWhichOfSeveral(text: MatchableText, lexicon: Lexicon): boolean {
  const { whichOfSeveralChinese, whichOfSeveralEnglish } = patternsOf(lexicon);
  return whichOfSeveralChinese.test(text.compact) || whichOfSeveralEnglish.test(text.lower);
}

interface CountPatterns {
  readonly chinese: RegExp;
  readonly english: RegExp;
  readonly englishOfferedFirst: RegExp | null;
  readonly everyOneChinese: RegExp;
  readonly everyOneEnglish: RegExp;
  readonly whichOfSeveralChinese: RegExp;
  readonly whichOfSeveralEnglish: RegExp;
  readonly bareCount: RegExp;
}

const patterns = new WeakMap<Lexicon, CountPatterns>();

/** The count patterns of a lexicon, made once: a numeral, the word between, a numeral. */
function patternsOf(lexicon: Lexicon): CountPatterns {
  let made = patterns.get(lexicon);
  if (!made) {
    const { numerals, zh, en, enOfferedFirst, optionsAsked } = lexicon.qualificationCount;
    // Any of the words, the longest tried first.
    const anyOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
    const numeral = anyOf([...numerals.keys()]);
    // Every one of several: "一个都…" says not even one ("一个都没有").
    const several = anyOf([...numerals].filter(([, value]) => value > 1).map(([word]) => word));
    // English words between may be spaced or hyphenated ("3-choose-1", "1 out of 3").
    const between = (words: readonly string[]) => words.map((word) => word.split(/\s+/u).map(escape).join("[\\s-]+")).join("|");
    made = {
      chinese: new RegExp(`(${numeral})${escape(zh)}(${numeral})`, "u"),
      english: new RegExp(`\\b(${numeral})[\\s-]+(?:${between(en)})[\\s-]+(${numeral})\\b`, "u"),
      englishOfferedFirst: enOfferedFirst.length > 0 ? new RegExp(`\\b(${numeral})[\\s-]+(?:${between(enOfferedFirst)})[\\s-]+(${numeral})\\b`, "u") : null,
      everyOneChinese: new RegExp(
        `(${several})(?:${anyOf(optionsAsked.zhMeasures)})(?:${anyOf(optionsAsked.zhOptionNouns)})?(?:${anyOf(optionsAsked.zhAll)})(?:${anyOf(optionsAsked.zhNeed)})(?:${anyOf(optionsAsked.zhAfterNeed)}|[\\p{P}\\s]|$)`,
        "u",
      ),
      everyOneEnglish: new RegExp(`\\b(?:${anyOf(optionsAsked.enAll)})\\s+(${several})\\b`, "u"),
      whichOfSeveralChinese: new RegExp(`(?:${anyOf(optionsAsked.zhWhich)})(?:${several})(?:${anyOf(optionsAsked.zhMeasures)})`, "u"),
      bareCount: new RegExp(`(?:${anyOf(optionsAsked.zhBare)})(?:${anyOf(optionsAsked.zhBareParticles)})?[\\p{P}\\s]*$`, "u"),
      whichOfSeveralEnglish: new RegExp(`\\b(?:${anyOf(optionsAsked.enWhich).replace(/ /g, "\\s+")})\\s+(?:${several})\\b`, "u"),
    };
    patterns.set(lexicon, made);
  }
  return made;
}

/**
 * The qualification count the question asks by, unless it is said of the asker's own program in a clause of its own
 * ("我们选了2选1里的第一个,哪些类目走插件": the list is not asked by it).
 */
export function qualificationCountAsked(text: MatchableText, lexicon: Lexicon): AskedQualificationCount | null {
  const count = askedQualificationCount(text, lexicon);
  const span = count === null ? null : countSpan(text, count);
  if (count === null || span === null) return count;
  const clause = clauseAround(sourceOf(text, span.script), span, lexicon.roles.clauseBreaks, text);
  const inClause = (hit: { readonly script: string; readonly start: number; readonly end: number }) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end;
  // "我同事说保险是5选1", "我们运营说…": an asker word telling what someone else says (roles.hearsayBefore right after its
  // longest reading, 我们 not 我) puts the count as a claim to check, not as what the asker has.
  const hearsay = lexicon.roles.hearsayBefore.find(text);
  const openers = lexicon.roles.askerOpeners.find(text);
  const tellsHearsay = (asker: CueHit) => {
    const longest = openers.filter((other) => other.script === asker.script && other.start === asker.start).reduce((end, other) => Math.max(end, other.end), asker.end);
    return hearsay.some((hit) => hit.script === asker.script && hit.start >= asker.start && hit.start <= longest);
  };
  const askers = openers.filter((asker) => inClause(asker) && !tellsHearsay(asker));
  // …or after it in a clause that asks for no list ("电商平台那种二选一我们搞定了,还有哪些类目走插件"): not "二选一的哪些我们能用".
  const asksListHere = [...lexicon.dialogue.whichOnes.find(text), ...lexicon.dialogue.asksWhich.find(text), ...(lexicon.aspects.get("list")?.find(text) ?? [])].some(inClause);
  const saidOfAsker = askers.some((asker) => asker.end <= span.start) || (askers.length > 0 && !asksListHere);
  return saidOfAsker ? null : count;
}

/**
 * "5选1的有哪些", "3选1的类目有几个", "二选一的呢": the count the question asks by (`count`, as read) describes what is asked
 * for — the word for categories or 的 right after it — not "3选1具体是哪些", which asks its items.
 */
export function countDescribesWhatIsAsked(text: MatchableText, count: AskedQualificationCount | null, lexicon: Lexicon): boolean {
  const span = count === null ? null : countSpan(text, count);
  if (span === null) return false;
  const rest = sourceOf(text, span.script).slice(span.end);
  if (span.script === "en") return lexicon.dialogue.categoryWords.startsText({ compact: "", lower: rest.trimStart() });
  return rest.startsWith("的") || lexicon.dialogue.categoryWords.startsText({ compact: rest, lower: "" });
}

/** Where a count written as numbers ("3选1", "one of three") stands, in the text it was read in; null for none or all. */
function countSpan(text: MatchableText, count: AskedQualificationCount): { script: "zh" | "en"; start: number; end: number } | null {
  if (count.kind !== "choice") return null;
  const script = containsHan(count.written) ? "zh" : "en";
  const written = script === "zh" ? compactForMatching(count.written) : count.written;
  const start = sourceOf(text, script).indexOf(written);
  return start === -1 ? null : { script, start, end: start + written.length };
}
