import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { Subject } from "../rules/rules-engine.js";
import { clauseAround, glossClosedAt, matchable, sourceOf } from "./clauses.js";
import { readMentionRole, type MentionSpan } from "./mention-roles.js";
import { countsAsAsked } from "./subject-counts-as.js";
import { askerSaysItIs, changedOwnerBefore, programMadeByPerson, namesProgram, ownerOf, programNamedAfterInEnglish, runsSomethingElse, saidAmidChinese, saidAsKnownRule, saidInHearsay, saidOfNow, saysItIs, usesHeldProgram } from "./subject-wording.js";
import { isChangedFromSubject, isFormerSubject, isOwnSubject, isUnavailableSubject, programSaidOf } from "./subject-ownership.js";
import type { SubjectTarget } from "./question-vocabulary.js";
import type { TermMatch } from "./term-matcher.js";

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
  /** The word glosses a program owner in brackets right after it ("our neighbour (a government agency)", "客户(政府主体)"). */
  readonly glossesOwner: (span: MentionSpan) => boolean;
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
): {
  subject: Subject | null;
  /** The subject is only supposed ("如果我们是个人主体呢"), not said to be the program's. */
  subjectSupposed: boolean;
  /** A subject applied for and not approved yet ("政府认证还在审核中"). */
  pendingSubjects: Subject[];
  saidOfAsker: string[];
  questioned: Subject[];
  denied: Subject[];
  ownersSubject: Subject | null;
  ownersDecide: boolean;
  askersOwnSubject: Subject | null;
} {
  // Each subject read as the asker's, and whether it is said of the mini program itself ("客户的小程序是企业主体"), which
  // outranks what the asker says it is ("我是个人开发者").
  const read: Array<{ subject: Subject; span: MentionSpan; ofProgram: boolean; now: boolean; supposed: boolean }> = [];
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
  const pending: Subject[] = [];
  // What the asker says it is, set aside for a question about another's program: kept for "那我们自己呢".
  const setAside: Subject[] = [];
  const subjectSpans = subjectMatches.map(({ span }) => span);
  const compactSubjectSpans = subjectSpans.map((span) => inCompact[allSpans.indexOf(span)] ?? span);
  const glosses = subjectSpans.map((span) => glossAfter(span, allSpans, subjectSpans, text));
  const glossed = (span: MentionSpan) => glosses.some((gloss) => gloss !== null && gloss.script === span.script && span.start >= gloss.opening && span.end <= gloss.end);
  // The words read around a subject word: without those a gloss restates.
  const others = glosses.some((gloss) => gloss !== null) ? allSpans.filter((other) => !glossed(other)) : allSpans;
  for (const [index, { match, span }] of subjectMatches.entries()) {
    const target = match.targets[0];
    if (!target || target.subject === null) continue;
    // "个人(个体)小程序", "是个人的(没有营业执照)": a subject word inside a gloss of another says it again; the other is read.
    if (glossed(span)) continue;
    // "公安局下属的派出所", "公安局交警支队": a body a subject word owns stands where its owner stands.
    const owner = ownerOf(span, subjectSpans, text, lexicon, (other) => subjectMatches.find((entry) => entry.span === other)?.match.targets[0]?.subject === target.subject);
    // …and a subject word glossed is read with its gloss, as if the words after the gloss followed it.
    const gloss = glosses[index];
    const at = owner || gloss ? { script: span.script, start: owner?.start ?? span.start, end: gloss?.end ?? span.end } : span;
    // "Our neighbour (a government agency) runs a mini program; we are in e-commerce": the owner's, whatever the asker
    // holds — the owner's program's subject when the question is of it.
    if (target.undecided !== true && context.glossesOwner(span)) {
      owners.push(target.subject);
      ownerIsSaid = true;
      // Its words say whose the program is, as the asker's own do, not what is asked.
      saidOfAsker.push(match.term);
      continue;
    }
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
    const first = readSubjectWord(at, others, subjectSpans, target.explicit, text, lexicon, context);
    // A program owner's is read again as any word not the asker's is (below), and kept as the owner's only if nothing
    // else reads it: "My client's mini program is personally certified" is the program's.
    // "我们政府认证还在审核中": the subject applied for, which the program does not have yet.
    if (first === "pending") {
      if (!pending.includes(target.subject)) pending.push(target.subject);
      saidOfAsker.push(match.term);
      continue;
    }
    // "个人老师开的网课小程序能直播吗", "有个老师个人开的小程序": the program one person opened, whoever they are, is asked
    // about — not one a company made ("委托给一家公司做的小程序": made for the asker).
    let reading: Exclude<typeof first, "owner's" | "pending"> = first === "owner's" ? "other" : first === "other" && target.subject === "personal" && programMadeByPerson(at, text, lexicon) ? "the program's" : first;
    // "我们是 personal 主体", "主体是 government": an English word inside Chinese text is read by the Chinese around it —
    // not one in an English clause of its own ("My friend's mini program is registered as an individual. We have 电商平台").
    const shadow = compactSubjectSpans[index]!;
    if (reading === "other" && shadow !== span && saidAmidChinese(span, text, lexicon)) {
      const again = readSubjectWord(shadow, inCompact, compactSubjectSpans, target.explicit, text, lexicon, context);
      reading = again === "owner's" || again === "pending" ? "other" : again;
    }
    // "is a 个人 mini program allowed to livestream?": a Chinese word right before an English word for the program is
    // that program's subject, as 个人小程序 is.
    if (reading === "other" && programNamedAfterInEnglish(at, text, lexicon)) reading = "the program's";
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
      // Still words said of the asker, not what is asked ("我是个人开发者,帮一家公司做了个…": 个人 is no topic of a section).
      if (reading === "own" && askerSaysItIs(at, text, lexicon)) {
        setAside.push(target.subject);
        saidOfAsker.push(match.term);
      }
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
    if (own) read.push({ subject: target.subject, span, ofProgram: reading === "the program's", now: saidOfNow(span, text, lexicon), supposed: supposedSubject(at, allSpans, text, lexicon) });
    saidOfAsker.push(match.term);
    // "我们其实是个体工商户注册的": how the program is registered is said of it too, no topic of its own.
    if (own) saidOfAsker.push(...registrationSaidAfter(span, text, lexicon));
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
  const subjectSupposed = subject !== null && !clientsDecide && !ownersDecide && current.some((entry) => entry.subject === subject) && current.every((entry) => entry.subject !== subject || entry.supposed);
  return { subject, subjectSupposed, pendingSubjects: pending.filter((applied) => applied !== subject), saidOfAsker, questioned, denied: denied.filter((said) => said !== subject), ownersSubject, ownersDecide, askersOwnSubject };
}

/**
 * The gloss in brackets right after a subject word ("个人(自然人)", "personal (not a company)"), when it names nothing but
 * subjects: where it opens and where it ends (after its closing bracket). Null for no gloss, or one naming anything else
 * ("个人(社交直播类目)").
 */
function glossAfter(span: MentionSpan, allSpans: readonly MentionSpan[], subjectSpans: readonly MentionSpan[], text: MatchableText): { script: "zh" | "en"; opening: number; end: number } | null {
  const source = sourceOf(text, span.script);
  const opening = span.end + (source[span.end] === " " ? 1 : 0);
  if (opening >= source.length) return null;
  const closing = glossClosedAt(source, opening);
  if (closing < 0) return null;
  const namesOther = allSpans.some((other) => other.script === span.script && other.start > opening && other.end <= closing && !subjectSpans.includes(other));
  return namesOther ? null : { script: span.script, opening, end: closing + 1 };
}

/** The registration word right after a subject word ("个体工商户注册的", "registered"), as written; none when another follows. */
function registrationSaidAfter(span: MentionSpan, text: MatchableText, lexicon: Lexicon): string[] {
  const rest = sourceOf(text, span.script).slice(span.end);
  const lead = rest.length - rest.trimStart().length;
  const hit = lexicon.roles.registeredAfter.find(matchable(rest.trimStart(), span.script)).find((found) => found.start === 0);
  return hit === undefined ? [] : [rest.slice(lead, lead + hit.end)];
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
): "the program's" | "own" | "not-own" | "questioned" | "owner's" | "pending" | "other" {
  if (saidAsKnownRule(span, text, lexicon)) return "other";
  if (saidInHearsay(span, text, lexicon)) return "questioned";
  if (!explicit && usesHeldProgram(span, text, lexicon, context.heldBefore)) return "other";
  let { role, cue } = readMentionRole(span, others, text, lexicon, true);
  // "个人主体改成企业主体了", "注册公司改成企业主体呢": a subject changed into is what the program is now (or is supposed to
  // be), not a claim that one subject is another: read without the subject words it was changed from.
  if (role === "claimed" && cue !== null && lexicon.roles.changedInto.has(cue)) {
    ({ role, cue } = readMentionRole(span, others.filter((other) => !subjectSpans.includes(other)), text, lexicon, true));
  }
  // "国企算政府主体吗", "文档说国企属于政府主体": whether something counts as the subject is asked or claimed, not said.
  if (role === "questioned" || role === "claimed") return "questioned";
  if (role === "negated" || isFormerSubject(span, text, lexicon) || isChangedFromSubject(span, subjectSpans, text, lexicon) || isUnavailableSubject(span, text, lexicon)) return "not-own";
  // "政府机关的小程序要先申请哪个类目": the applying is of something else the clause goes on to name, not of the subject.
  if (role === "pending" && appliesForWhatFollows(span, text, lexicon)) ({ role, cue } = { role: "held", cue: null });
  const program = programSaidOf(span, text, lexicon, context.askerHoldsAfter(span), explicit);
  if (program === "another") return "other";
  if (role !== "pending" && program === "this") return "the program's";
  // "如果是个人主体呢" asks about the subject; a negated, excluded or someone else's one does not count — a program
  // owner's ("合作方换成企业主体呢") is kept apart, for a conversation already on that owner's program.
  if (role === "other-party" && cue !== null && lexicon.dialogue.programOwners.has(cue)) return "owner's";
  // …also supposed ("要是甲方改成企业主体呢"): an owner changed into the subject, nothing else between.
  if (role === "hypothetical" && changedOwnerBefore(span, text, lexicon)) return "owner's";
  // "政府认证还在审核中": applied for, not the program's yet — unless said of someone else ("客户的…").
  if (role === "pending" && cue !== null && !lexicon.roles.otherParty.has(cue) && !lexicon.dialogue.programOwners.has(cue)) return "pending";
  if (role !== "held" && role !== "hypothetical") return "other";
  if (countsAsAsked(span, text, lexicon)) return "questioned";
  return isOwnSubject(span, explicit, text, lexicon, context.categoryHeldBefore(span), context.categoryAfterInClause(span)) ? "own" : "other";
}

/**
 * Whether the words of applying or review in the subject word's clause all stand after it, none right after it: what is
 * applied for is what the clause goes on to name ("政府机关的小程序要先申请哪个类目"), not the subject.
 */
function appliesForWhatFollows(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const inClause = lexicon.roles.pending.find(text).filter((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end);
  return inClause.length > 0 && inClause.every((hit) => hit.start >= span.end) && !pendingRightAfter(span, text, lexicon);
}

/** Whether a word of applying or review stands after the subject word, only status openers or words of registering between. */
function pendingRightAfter(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.roles.pending
    .find(text)
    .some((hit) => hit.script === span.script && hit.start >= span.end && lexicon.roles.statusOpeners.fills(source.slice(span.end, hit.start), span.script, [lexicon.roles.registeredAfter, lexicon.roles.copula]));
}

/**
 * Whether a subject word is only supposed: read so ("要是个人主体呢"), or what the asker supposes it is ("如果我们是个人主体
 * 呢", "what if we were registered as an individual?" — a supposing word, then only words saying what the asker is).
 */
function supposedSubject(span: MentionSpan, others: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  if (readMentionRole(span, others, text, lexicon, true).role === "hypothetical") return true;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return lexicon.roles.hypothetical
    .find(text)
    .some((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= span.start && lexicon.roles.ownership.fills(source.slice(hit.end, span.start), span.script, [lexicon.roles.joiners, lexicon.roles.registeredAfter]));
}

/** Of the subjects read, the one whose rule decides: a personal program cannot stream whatever else; government next. */
function strongestSubject(subjects: ReadonlySet<Subject>): Subject | null {
  return subjects.has("personal") ? "personal" : subjects.has("government") ? "government" : subjects.has("enterprise") ? "enterprise" : null;
}
