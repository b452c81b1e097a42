import type { CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { clauseAround, liesInsideLonger, matchable, onlyBetween, questionMark, saidBeforeIn, sourceOf, trailingMarks } from "./clauses.js";
import { isChangedFromSubject, isFormerSubject, isOwnSubject, isUnavailableSubject, namesProgramAt, programSaidOf } from "./subject-ownership.js";
import type { SubjectTarget } from "./question-vocabulary.js";
import type { TermMatch } from "./term-matcher.js";
import { containsHan } from "../shared/han-script.js";
import { englishAfter, lowerSpanOf } from "./cross-script.js";

/** What the question says of the categories around a subject word, which decides whose subject it is. */
export interface SubjectContext {
  /** A category the asker says it holds stands before the word: a bare 个人 after it is a customer. */
  readonly categoryHeldBefore: (span: MentionSpan) => boolean;
  /** A category the question holds stands before the word, whether or not the asker says it is it. */
  readonly heldBefore: (span: MentionSpan) => boolean;
  /** After the word, the question turns to another program with categories of its own ("…,帮朋友问下,他们是…"). */
  readonly anotherProgramAfter: (span: MentionSpan) => boolean;
  /** A category is named after the word in its clause ("海关可以查电商平台…", "医保局能报销电商平台卖的药吗"). */
  readonly categoryAfterInClause: (span: MentionSpan) => boolean;
  /**
   * The word names the client the asker builds the program for ("我们给街道办做小程序"), or an owner whose program is said
   * to be it ("客户是税务局"): it is that program's subject.
   */
  readonly namesClient: (span: MentionSpan) => boolean;
  /** The word names the client the asker builds the program for ("我们给街道办做小程序"). */
  readonly buildsFor: (span: MentionSpan) => boolean;
  /** A program owner is said to be the word, a copula between ("客户是个人认证的", "合作方是企业主体的电商平台"). */
  readonly ownerIs: (span: MentionSpan) => boolean;
  /**
   * The question is about a program the asker does not own: one it builds for a client ("帮一家民营驾校做了个小程序"), or
   * another's it asks of in the asking clause ("…合作的培训机构小程序…,他们那边用什么接入"). What the asker says it is
   * is then no subject of that program.
   */
  readonly asksOfOthersProgram: () => boolean;
  /** After the word's clause, the asker says in a clause of its own that it holds a category ("…,我们有电商平台类目"). */
  readonly askerHoldsAfter: (span: MentionSpan) => boolean;
  /** The clause that asks names the client or other owner, not the asker ("…,客户能不能直播"): its subject counts. */
  readonly asksOfOwner: () => boolean;
}

/**
 * The asker's own subject, and the subject words said of the asker (what it is, is not or no longer is), which
 * say whose the program is rather than what the question is about.
 */
export function readSubject(
  subjectMatches: ReadonlyArray<{ readonly match: TermMatch<SubjectTarget>; readonly span: MentionSpan }>,
  allSpans: readonly MentionSpan[],
  inCompact: readonly MentionSpan[],
  text: MatchableText,
  lexicon: Lexicon,
  context: SubjectContext,
): { subject: Subject | null; saidOfAsker: string[]; questioned: Subject[]; denied: Subject[]; ownersSubject: Subject | null; ownersDecide: boolean; askersOwnSubject: Subject | null } {
  // Each subject read as the asker's, and whether it is said of the mini program itself ("客户的小程序是企业主体"), which
  // outranks what the asker says it is ("我是个人开发者").
  const read: Array<{ subject: Subject; span: MentionSpan; ofProgram: boolean; now: boolean }> = [];
  const clients: Subject[] = [];
  // The clients the asker builds the program for: the program is theirs, whatever the asker says it is itself.
  let buildsForClient = false;
  // Said of a program owner ("合作方换成企业主体呢"): theirs, not the asker's.
  const owners: Subject[] = [];
  // …said with a copula ("客户是企业主体的电商平台"): what their program is.
  let ownerIsSaid = false;
  const saidOfAsker: string[] = [];
  // "国企算政府主体吗": whether it counts as the subject is asked, not said.
  const questioned: Subject[] = [];
  const denied: Subject[] = [];
  // What the asker says it is, set aside for a question about another's program: kept for "那我们自己呢".
  const setAside: Subject[] = [];
  const subjectSpans = subjectMatches.map(({ span }) => span);
  const compactSubjectSpans = subjectSpans.map((span) => inCompact[allSpans.indexOf(span)] ?? span);
  for (const [index, { match, span }] of subjectMatches.entries()) {
    const target = match.targets[0];
    if (!target || target.subject === null) continue;
    // "公安局下属的派出所", "公安局交警支队": a body a subject word owns stands where its owner stands.
    const owner = ownerOf(span, subjectSpans, text, lexicon, (other) => subjectMatches.find((entry) => entry.span === other)?.match.targets[0]?.subject === target.subject);
    const at = owner ? { script: span.script, start: owner.start, end: span.end } : span;
    // "我们给街道办做小程序": the client's subject, unless the question says another of the program (below).
    if (context.namesClient(span)) {
      // "我们给事业单位做小程序": whether that client counts as government is not said either.
      if (target.undecided === true) {
        if (!questioned.includes(target.subject)) questioned.push(target.subject);
      } else {
        clients.push(target.subject);
        buildsForClient ||= context.buildsFor(span);
      }
      continue;
    }
    // "a public school run by the education bureau": the body runs the school the asker is, not the program.
    if (!target.explicit && runsSomethingElse(at, text, lexicon)) continue;
    const first = readSubjectWord(at, allSpans, subjectSpans, target.explicit, text, lexicon, context);
    // A program owner's is read again as any word not the asker's is (below), and kept as the owner's only if nothing
    // else reads it: "My client's mini program is personally certified" is the program's.
    let reading: Exclude<typeof first, "owner's"> = first === "owner's" ? "other" : first;
    // "我们是 personal 主体", "主体是 government": an English word inside Chinese text is read by the Chinese around it —
    // not one in an English clause of its own ("My friend's mini program is registered as an individual. We have 电商平台").
    const shadow = compactSubjectSpans[index]!;
    if (reading === "other" && shadow !== span && saidAmidChinese(span, text, lexicon)) {
      const again = readSubjectWord(shadow, inCompact, compactSubjectSpans, target.explicit, text, lexicon, context);
      reading = again === "owner's" ? "other" : again;
    }
    // "is a 个人 mini program allowed to livestream?": a Chinese word right before an English word for the program is
    // that program's subject, as 个人小程序 is.
    if (reading === "other" && programNamedAfterInEnglish(span, text, lexicon)) reading = "the program's";
    // "我们是事业单位": an organisation the document does not place; whether it counts as the subject is what is asked.
    if (reading === "questioned" || (target.undecided === true && (reading === "own" || reading === "the program's"))) {
      if (!questioned.includes(target.subject)) questioned.push(target.subject);
      continue;
    }
    if (reading === "other") {
      // Only a subject named as such ("合作方企业主体"), not a bare word ("客户大多是个人": the customers served).
      if (first === "owner's" && target.explicit) {
        owners.push(target.subject);
        ownerIsSaid ||= context.ownerIs(span);
      }
      continue;
    }
    // "不是政府本身", "not the government itself": what the asker says it is not.
    if (reading === "not-own" && !denied.includes(target.subject)) denied.push(target.subject);
    const own = reading === "own" || reading === "the program's";
    // "我们是政府主体,帮朋友问下,他们的小程序是电商平台": the question is about the other program.
    // What the asker says it is there is kept for "那我们自己呢" (reg143: 「我们是政府单位,客户的小程序类目电商平台」).
    if (own && context.anotherProgramAfter(span)) {
      if (reading === "own" && askerSaysItIs(at, text, lexicon)) setAside.push(target.subject);
      continue;
    }
    // Only what the asker says it is ("我们是区人社局"): a bare "个人认证的" after another's program is that program's, and
    // so is one the program is said to be ("our client's mini program is certified to an individual").
    if (reading === "own" && askerSaysItIs(at, text, lexicon) && context.asksOfOthersProgram()) {
      setAside.push(target.subject);
      saidOfAsker.push(match.term);
      continue;
    }
    // "海关可以查电商平台直播卖的货吗": a government body by its everyday name opening a clause about a category acts on
    // it; the asker did not say it is that body.
    if (reading === "own" && target.subject === "government" && !target.explicit && context.categoryAfterInClause(span) && !saysItIs(at, text, lexicon) && !namesProgram(span, text, lexicon)) continue;
    if (own) read.push({ subject: target.subject, span, ofProgram: reading === "the program's", now: saidOfNow(span, text, lexicon) });
    saidOfAsker.push(match.term);
  }
  // "以前挂在政府主体下,后来划给了国企,现在是企业主体": what the program is now outranks what was said of it before.
  const lastNow = read.filter((entry) => entry.now).at(-1);
  const current = lastNow ? read.filter((entry) => entry === lastNow || entry.span.script !== lastNow.span.script || entry.span.start > lastNow.span.start) : read;
  const found = new Set(current.map((entry) => entry.subject));
  const ofProgram = new Set(current.filter((entry) => entry.ofProgram).map((entry) => entry.subject));
  // A personally certified mini program cannot stream whatever else is said; government comes next.
  // With two programs in the question ("…,但我另外有个个人主体的小程序"), which one is asked about is not known: all count.
  const twoPrograms = lexicon.dialogue.anotherProgram.test(text) || lexicon.roles.programNames.find(text).length > 1;
  // "客户的小程序是个人主体的,我们自己的是企业主体": the question asks about the asker's own.
  const decisive = ofProgram.size > 0 && !twoPrograms && !lexicon.roles.ownProgramPointers.test(text) ? ofProgram : found;
  // "我们是企业,客户是个人认证的小程序,客户能直播吗": asked of the client, the client's subject. So is a program built for
  // a client ("我是个人开发者,给街道办做了个小程序"), unless the subject is said of the program itself.
  const clientsDecide = clients.length > 0 && (decisive.size === 0 || context.asksOfOwner() || (buildsForClient && ofProgram.size === 0));
  // "我们是政府主体,客户是企业主体的电商平台,客户能用原生组件吗": asked of an owner whose program's subject is said, theirs.
  const ownersDecide = !clientsDecide && ownerIsSaid && context.asksOfOwner();
  const subject = strongestSubject(clientsDecide ? new Set(clients) : ownersDecide ? new Set(owners) : decisive);
  const ownersSubject = strongestSubject(new Set(owners));
  const askersOwnSubject = clientsDecide || ownersDecide ? strongestSubject(new Set([...found, ...setAside])) : strongestSubject(new Set(setAside));
  return { subject, saidOfAsker, questioned, denied: denied.filter((said) => said !== subject), ownersSubject, ownersDecide, askersOwnSubject };
}

/**
 * One subject word at `span` ("others" in the same coordinates): the subject said of the mini program itself, the
 * asker's own, one it says it is not or no longer is ("不是个人,是公司", "原来是个人认证", "个人小程序升级为企业"), or
 * anything else.
 */
function readSubjectWord(
  span: MentionSpan,
  others: readonly MentionSpan[],
  subjectSpans: readonly MentionSpan[],
  explicit: boolean,
  text: MatchableText,
  lexicon: Lexicon,
  context: SubjectContext,
): "the program's" | "own" | "not-own" | "questioned" | "owner's" | "other" {
  if (saidAsKnownRule(span, text, lexicon)) return "other";
  if (!explicit && usesHeldProgram(span, text, lexicon, context)) return "other";
  let { role, cue } = readMentionRole(span, others, text, lexicon, true);
  // "个人主体改成企业主体了", "注册公司改成企业主体呢": a subject changed into is what the program is now (or is supposed to
  // be), not a claim that one subject is another: read without the subject words it was changed from.
  if (role === "claimed" && cue !== null && lexicon.roles.changedInto.has(cue)) {
    ({ role, cue } = readMentionRole(span, others.filter((other) => !subjectSpans.includes(other)), text, lexicon, true));
  }
  // "国企算政府主体吗", "文档说国企属于政府主体": whether something counts as the subject is asked or claimed, not said.
  if (role === "questioned" || role === "claimed") return "questioned";
  if (role === "negated" || isFormerSubject(span, text, lexicon) || isChangedFromSubject(span, subjectSpans, text, lexicon) || isUnavailableSubject(span, text, lexicon)) return "not-own";
  const program = programSaidOf(span, text, lexicon, context.askerHoldsAfter(span), explicit);
  if (program === "another") return "other";
  if (role !== "pending" && program === "this") return "the program's";
  // "如果是个人主体呢" asks about the subject; a negated, excluded or someone else's one does not count — a program
  // owner's ("合作方换成企业主体呢") is kept apart, for a conversation already on that owner's program.
  if (role === "other-party" && cue !== null && lexicon.dialogue.programOwners.has(cue)) return "owner's";
  // …also supposed ("要是甲方改成企业主体呢"): an owner changed into the subject, nothing else between.
  if (role === "hypothetical" && changedOwnerBefore(span, text, lexicon)) return "owner's";
  if (role !== "held" && role !== "hypothetical") return "other";
  if (countsAsAsked(span, text, lexicon)) return "questioned";
  return isOwnSubject(span, explicit, text, lexicon, context.categoryHeldBefore(span), context.categoryAfterInClause(span)) ? "own" : "other";
}

/**
 * "个人的不能播我是知道的,那公司主体做电商平台的呢": a subject word in a clause saying the asker already knows its rule, with
 * more asked after that clause, is a rule set aside, not the program's subject — unless the clause says the subject
 * is the asker's own ("我知道我们个人主体不能播,…").
 */
function saidAsKnownRule(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
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
function usesHeldProgram(span: MentionSpan, text: MatchableText, lexicon: Lexicon, context: SubjectContext): boolean {
  if (!context.heldBefore(span)) return false;
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
function saidAmidChinese(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return containsHan(source.slice(clause.start, clause.end));
}

/**
 * The subject word right before `span` that owns it ("公安局下属的派出所", "区政府主办的政务服务中心"), if any; `sameSubject`
 * tells one of the same subject, which may own it with nothing between ("市公安局交警支队") — not another subject's word
 * ("税务局个人所得税服务": 个人 is the service's, not a unit of the bureau).
 */
function ownerOf(span: MentionSpan, subjectSpans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon, sameSubject: (other: MentionSpan) => boolean): MentionSpan | undefined {
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
function saysItIs(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  return saidBeforeIn(span, [lexicon.roles.identity, lexicon.roles.programIs], text, lexicon);
}

/** Whether the word is followed by a program it owns ("卫健委的小程序", "文旅局小程序"). */
function namesProgram(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return namesProgramAt(source.slice(span.end), span.script, lexicon);
}

/** Whether a time word for now opens the word's statement: "现在是企业主体", "现在企业认证", "now we are a company". */
function saidOfNow(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
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
 * Whether the question asks if the program counts as the subject the word names: a counts-as word right before it (an
 * article or clause opener at most between), not inside a longer word (打算, 就算), in a clause that asks.
 */
function countsAsAsked(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const { subjectCountsAs, subjectIsBefore, subjectAskedBefore, subjectAskedAfter, subjectAskedWithMark, clauseOpeners } = lexicon.roles;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  // What closes the clause after the word: nothing, or particles that ask or seek confirmation ("…吗", "…吧").
  const after = source.slice(span.end, clause.end).replace(trailingMarks, "");
  const closedByParticle =
    after !== "" && (subjectAskedAfter.fills(after, span.script) || (subjectAskedWithMark.fills(after, span.script) && questionMark.test(source.slice(span.end, clause.end + 1))));
  const standsRightBefore = (cues: CueSet) => cues.find(matchable(before, span.script)).some((cue) => clauseOpeners.fills(before.slice(cue.end), span.script));
  // "公立医院是政府主体吗", "我们属于政府主体吧", "我们是不是政府主体": whether the program is the subject is all the clause asks.
  if ((closedByParticle || (after === "" && standsRightBefore(subjectAskedBefore))) && (standsRightBefore(subjectIsBefore) || standsRightBefore(subjectAskedBefore))) return true;
  if (span.script === "en" && askedByInversion(before, source.slice(span.end), lexicon)) return true;
  // Read with the question's scan first: most questions have no counts-as word at all.
  if (!subjectCountsAs.test(text)) return false;
  const cues = subjectCountsAs.find(matchable(before, span.script));
  if (cues.length === 0) return false;
  // "按政府主体认证的小程序": how the program is registered, said.
  if (lexicon.roles.registeredAfter.startsText(matchable(source.slice(span.end).trimStart(), span.script))) return false;
  const longer = lexicon.roles.subjectCountsAsNot.find(matchable(before, span.script));
  const counts = cues.some((cue) => !liesInsideLonger(cue, longer) && clauseOpeners.fills(before.slice(cue.end), span.script));
  if (!counts) return false;
  // The clause, or the message right after it, asks ("…吗", "…吧?", "…?", "能不能当成政府主体…"), or the word is closed by
  // a guess to confirm ("应该算政府主体吧").
  const rest = source.slice(clause.start, Math.min(source.length, clause.end + 1));
  return closedByParticle || questionMark.test(rest) || lexicon.dialogue.asking.test(matchable(rest, span.script)) || lexicon.dialogue.questionEndings.endsText(matchable(rest.replace(trailingMarks, ""), span.script));
}

const closedByQuestionMark = /^\s*[?？]/u;

// At most this many words between an inverted question's opening and the article before the subject word.
const invertedSubjectWords = 4;

/**
 * "Is a public hospital a government body?", "Are we a government subject?": the clause opens with a copula, a few words
 * name what is asked about, an article stands right before the subject word, and a question mark follows.
 */
function askedByInversion(clauseBefore: string, after: string, lexicon: Lexicon): boolean {
  const { subjectAskedOpeners, subjectArticleBefore } = lexicon.roles;
  const before = clauseBefore.trimStart();
  // The word closes the question ("…a government body?"): not "is there any way for an individual-certified mini program
  // to livestream?", which asks something else of it.
  if (!closedByQuestionMark.test(after)) return false;
  const opening = subjectAskedOpeners.find(matchable(before, "en")).find((hit) => hit.start === 0);
  const article = subjectArticleBefore.find(matchable(before, "en")).filter((hit) => before.slice(hit.end).trim() === "");
  if (!opening || article.length === 0) return false;
  const between = before.slice(opening.end, Math.min(...article.map((hit) => hit.start))).trim();
  return between !== "" && between.split(/\s+/u).length <= invertedSubjectWords;
}

/**
 * Whether a body is said to run something other than the mini program, right before it ("a school run by the bureau"):
 * not when the message speaks of the program at all ("This mini program, owned by the city government", "The app is
 * owned by an individual"), nor where it says how the program is registered ("Registered under the government").
 */
function runsSomethingElse(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
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
function programNamedAfterInEnglish(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  if (span.script !== "zh" || !englishAfter(span, text)) return false;
  const inLower = lowerSpanOf(span, text);
  return inLower !== null && namesProgramAt(text.lower.slice(inLower.end), "en", lexicon);
}

/** Whether a program owner stands right before the word with only a word of changing into between ("甲方改成企业主体"). */
function changedOwnerBefore(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.dialogue.programOwners.find(text).some((owner) => owner.script === span.script && owner.end <= span.start && lexicon.roles.changedInto.isWhole(matchable(source.slice(owner.end, span.start).trim(), span.script)));
}

/** Of the subjects read, the one whose rule decides: a personal program cannot stream whatever else; government next. */
function strongestSubject(subjects: ReadonlySet<Subject>): Subject | null {
  return subjects.has("personal") ? "personal" : subjects.has("government") ? "government" : subjects.has("enterprise") ? "enterprise" : null;
}

/** Whether the asker says, before the word in its clause, that it is it: an identity cue opened by an asker word ("我们是", "we're"). */
function askerSaysItIs(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const clause = clauseAround(sourceOf(text, span.script), span, lexicon.roles.clauseBreaks, text);
  return lexicon.roles.identity
    .find(text)
    .some((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= span.start && lexicon.roles.askerOpeners.startsText(matchable(hit.cue, span.script)));
}
