import { sentenceAround } from "./background-sentences.js";
import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, matchable, onlyBetween, questionMark, saidBeforeIn, sourceOf } from "./clauses.js";
import { englishAfter, lowerSpanOf } from "./cross-script.js";
import type { MentionSpan } from "./mention-roles.js";
import { namesProgramAt } from "./subject-ownership.js";
import { containsHan } from "../shared/han-script.js";

/* How a subject word is said: the words around one that tell whose it is, or that it is no program's subject. */

/**
 * "个人的不能播我是知道的,那公司主体做电商平台的呢": a subject word in a clause saying the asker already knows its rule, with
 * more asked after that clause, is a rule set aside, not the program's subject — unless the clause says the subject
 * is the asker's own ("我知道我们个人主体不能播,…").
 */
export function saidAsKnownRule(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const { knownAlready, knownOfOwn, clauseBreaks } = lexicon.roles;
  if (!knownAlready.test(text)) return false;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, clauseBreaks, text);
  if (!/[\p{L}\p{N}]/u.test(source.slice(clause.end))) return false;
  const words = matchable(source.slice(clause.start, clause.end), span.script);
  // "个人认证的小程序肯定不能直播吗,有没有例外": asked whether it is so, the rule is not known; the subject is asked about.
  const clauseText = source.slice(clause.start, clause.end + 1);
  const asked = questionMark.test(clauseText) || lexicon.dialogue.yesNoParticles.test(matchable(clauseText, span.script));
  return !asked && knownAlready.test(words) && !knownOfOwn.test(words);
}

/**
 * "我们做二手交易平台,个人都能上来卖闲置": after a category held, a bare subject word doing what users of the program do
 * (selling, opening a shop, joining) is its users, not whose the program is.
 */
export function usesHeldProgram(span: MentionSpan, text: MatchableText, lexicon: Lexicon, heldBefore: (span: MentionSpan) => boolean): boolean {
  if (!heldBefore(span)) return false;
  const { usesProgramAfter, usesProgramGap, clauseBreaks } = lexicon.roles;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, clauseBreaks, text);
  const after = matchable(source.slice(span.end, clause.end), span.script);
  return usesProgramAfter.find(after).some((hit) => {
    const gap = sourceOf(after, span.script).slice(0, hit.start);
    return gap.trim() === "" || usesProgramGap.fills(gap, span.script);
  });
}

/** Whether the word's clause holds Chinese: an English word there is read in the compact form, with the Chinese around it. */
export function saidAmidChinese(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return containsHan(source.slice(clause.start, clause.end));
}

/**
 * The subject word right before `span` that owns it ("公安局下属的派出所", "区政府主办的政务服务中心"), if any; `sameSubject`
 * tells one of the same subject, which may own it with nothing between ("市公安局交警支队") — not another subject's word
 * ("税务局个人所得税服务": 个人 is the service's, not a unit of the bureau).
 */
export function ownerOf(span: MentionSpan, subjectSpans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon, sameSubject: (other: MentionSpan) => boolean): MentionSpan | undefined {
  const source = sourceOf(text, span.script);
  return subjectSpans.find((other) => {
    if (other === span || other.script !== span.script || other.end > span.start || span.start - other.end > 6) return false;
    const gap = source.slice(other.end, span.start).replace(/^[\s-]+/u, "");
    // "市公安局交警支队": one body's name right against another's is a unit of it.
    if (gap === "") return sameSubject(other);
    const owns = lexicon.roles.ownerAfter.find(matchable(gap, span.script))[0];
    return owns !== undefined && owns.start === 0 && lexicon.roles.possessive.fills(gap.slice(owns.end), span.script);
  });
}

/** Whether the asker says in the word's clause, before it, that it is what the word names ("我们是…", "小程序是…"). */
export function saysItIs(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  return saidBeforeIn(span, [lexicon.roles.identity, lexicon.roles.programIs], text, lexicon);
}

/** Whether the word is followed by a program it owns ("卫健委的小程序", "文旅局小程序"). */
export function namesProgram(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return namesProgramAt(source.slice(span.end), span.script, lexicon);
}

/** At most this many characters name the person between a bare subject word and the word of making. */
const personCharacters = 3;
/** …and between that word and the program ("开的网课小程序"). */
const programDescriberCharacters = 4;
/** The longest word of making ("运营的") or for the program ("小程序"). */
const longestWord = 3;
const hanOnly = /^\p{Script=Han}*$/u;
const marksAndSpaces = /[\p{P}\s]+/gu;

/**
 * "个人老师开的网课小程序", "老师个人开的小程序", "房产中介个人做的小程序": the word says whose the program is that one
 * person opened by themselves — a few Han characters naming the person at most, a word of making (lexicon
 * personMadeProgram; a term may end in it, "个人开的"), then the program a few characters on, or a 的 standing for it.
 */
export function programMadeByPerson(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  if (span.script !== "zh") return false;
  const source = text.compact;
  // Not one made for people ("专门给个人开的小程序", "给个人用户做的小程序"): they are served, not whose it is.
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  if (lexicon.roles.serviceFor.endsText(matchable(source.slice(clause.start, span.start), "zh"))) return false;
  const termMakes = lexicon.roles.personMadeProgram.endsText(matchable(source.slice(span.start, span.end), "zh"));
  const after = source.slice(span.end, span.end + personCharacters + programDescriberCharacters + 2 * longestWord);
  const making = termMakes ? { start: 0, end: 0 } : lexicon.roles.personMadeProgram.find(matchable(after, "zh")).find((hit) => hit.start <= personCharacters && onlyHan(after.slice(0, hit.start)));
  if (making === undefined) return false;
  const person = matchable(after.slice(0, making.start), "zh");
  if (lexicon.roles.personAfter.startsText(person) || lexicon.roles.servedPeople.startsText(person)) return false;
  return programFollows(after.slice(making.end), lexicon);
}

/**
 * Whether what follows a word of making is the program made: a program word a few characters on ("开的网课小程序"), or
 * the 的 standing for it ("个人老师开的呢", "老师个人做的能直播吗") — not a shop or a talk ("平台开的店").
 */
function programFollows(rest: string, lexicon: Lexicon): boolean {
  const restText = matchable(rest, "zh");
  if (rest.replace(marksAndSpaces, "") === "" || lexicon.roles.possessedProgram.startsText(restText) || lexicon.roles.possessiveStandsForProgram.startsText(restText)) return true;
  return lexicon.roles.programWords.find(restText).some((word) => word.start <= programDescriberCharacters && onlyHan(rest.slice(0, word.start)));
}

const onlyHan = (text: string) => hanOnly.test(text);

/**
 * "那要是学校开的呢", "那公司弄的呢", "那机构呢": the program asked about is an organisation's — one opened by it (an
 * organisation word, lexicon organizationMakers, right before a word of making), or the organisation alone as a follow-up.
 */
export function madeByOrganization(text: MatchableText, lexicon: Lexicon): boolean {
  const { compact } = text;
  const makers = lexicon.roles.organizationMakers.find(text).filter((hit) => hit.script === "zh");
  if (makers.length === 0) return false;
  const making = lexicon.roles.personMadeProgram.find(text);
  if (makers.some((maker) => making.some((hit) => hit.script === "zh" && hit.start === maker.end && programFollows(compact.slice(hit.end, hit.end + programDescriberCharacters + longestWord), lexicon)))) return true;
  // The organisation alone, between a follow-up's opening and ending words at most.
  const opening = lexicon.dialogue.followUp.find(text).filter((hit) => hit.script === "zh" && hit.start === 0).reduce((end, hit) => Math.max(end, hit.end), 0);
  const rest = compact.slice(opening).replace(marksAndSpaces, "");
  return makers.some((maker) => rest.startsWith(compact.slice(maker.start, maker.end)) && lexicon.dialogue.followUpEndings.isWhole(matchable(rest.slice(maker.end - maker.start), "zh")));
}

/** Whether a time word for now opens the word's statement: "现在是企业主体", "现在企业认证", "now we are a company". */
export function saidOfNow(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  // What may stand between: an identity or a copula ("现在是", "now we are"), then clause openers ("a", "还").
  const statement = (gap: string) => {
    const said = [...lexicon.roles.identity.find(matchable(gap, span.script)), ...lexicon.roles.copula.find(matchable(gap, span.script))].filter((hit) => hit.start === 0);
    const rest = said.length > 0 ? gap.slice(Math.max(...said.map((hit) => hit.end))) : gap;
    return lexicon.roles.clauseOpeners.fills(rest, span.script);
  };
  return lexicon.roles.nowWords.find(matchable(before, span.script)).some((hit) => statement(before.slice(hit.end).trim()));
}

/**
 * Whether a body is said to run something other than the mini program, right before it ("a school run by the bureau"):
 * not when the message speaks of the program at all ("This mini program, owned by the city government", "The app is
 * owned by an individual"), nor where it says how the program is registered ("Registered under the government").
 */
export function runsSomethingElse(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  if (lexicon.roles.programWords.test(text)) return false;
  return lexicon.roles.runByOther.find(text).some((hit) => {
    if (!onlyBetween(lexicon.roles.joiners, hit, span, text)) return false;
    const source = sourceOf(text, hit.script);
    // "our platform is run by the city government": what the asker runs its program on.
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    if (lexicon.roles.askerOpeners.test(matchable(source.slice(clause.start, hit.start), hit.script))) return false;
    return !lexicon.roles.registeredAfter.endsText(matchable(source.slice(0, hit.start).trimEnd(), hit.script));
  });
}

/** Whether a Chinese subject word inside English text stands right before an English word for the program (lexicon programWords). */
export function programNamedAfterInEnglish(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  if (span.script !== "zh" || !englishAfter(span, text)) return false;
  const inLower = lowerSpanOf(span, text);
  return inLower !== null && namesProgramAt(text.lower.slice(inLower.end), "en", lexicon);
}

/** Whether a program owner stands right before the word with only a word of changing into between ("甲方改成企业主体"). */
export function changedOwnerBefore(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.dialogue.programOwners.find(text).some((owner) => owner.script === span.script && owner.end <= span.start && lexicon.roles.changedInto.isWhole(matchable(source.slice(owner.end, span.start).trim(), span.script)));
}

/** Whether the asker says, before the word in its clause, that it is it: an identity cue opened by an asker word ("我们是", "we're"). */
export function askerSaysItIs(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const clause = clauseAround(sourceOf(text, span.script), span, lexicon.roles.clauseBreaks, text);
  return lexicon.roles.identity
    .find(text)
    .some((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= span.start && lexicon.roles.askerOpeners.startsText(matchable(hit.cue, span.script)));
}

/**
 * "有同事说学校直接用原生就行,因为算政府单位,这话对吗": a subject something is said to count as, in what someone else
 * claims — after a word of hearsay (lexicon roles.hearsayBefore) in its sentence, a relation word (算, 属于: roles.
 * hearsayRelation) right before it — is what the asker asks about, not what its program is. Not hearsay of a rule
 * ("群里有人说个人的也能用社交直播类目"), which disputes the answer about the program.
 */
export function saidInHearsay(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const { hearsayBefore, hearsayRelation, joiners } = lexicon.roles;
  if (!hearsayBefore.test(text)) return false;
  const source = sourceOf(text, span.script);
  const sentence = sentenceAround(source, { script: span.script, start: span.start, end: span.end, cue: "" });
  const before = matchable(source.slice(sentence.start, span.start), span.script);
  if (hearsayBefore.find(before).length === 0) return false;
  const rest = span.script === "zh" ? before.compact : before.lower;
  return hearsayRelation.find(before).some((relation) => relation.script === span.script && joiners.fills(rest.slice(relation.end), span.script));
}
