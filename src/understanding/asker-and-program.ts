import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { mapList } from "../shared/map-list.js";
import { spanInScript } from "./cross-script.js";
import { clauseAround, glossesWordAt, liesWithin, matchable, onlyBetween, sourceOf } from "./clauses.js";
import { clientsProgram } from "./client-program.js";
import type { MentionSpan } from "./mention-roles.js";
import type { NamedMentions } from "./named-mentions.js";
import { ownersOfPrograms, programPointedBack, pointsAtProgram, speaksOfOthersProgram } from "./program-pointers.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";
import type { CategoryId } from "../rules/rules-schema.js";
import { endsOwnerPhrase } from "./owner-phrase.js";
import { readSubject } from "./read-subject.js";
import { asksOfProgramOwner } from "./asks-of-owner.js";
import { programIsHits } from "./subject-ownership.js";
import { thirdPartyPointerHits } from "./third-party-pointers.js";
import { anotherProgramOpened } from "./another-program-opener.js";

/**
 * Who the asker says it is, and whose program the question is about: the asker's own, a client's, a friend's — the
 * frame's fields of it (question-frame.ts says what each holds), and the words said of the asker.
 */
export type AskerAndProgram = Pick<
  QuestionFrame,
  "subject" | "subjectSupposed" | "pendingSubjects" | "questionedSubjects" | "deniedSubjects" | "assertsIdentity" | "statesProgramSubject" | "othersSubject" | "ownersSubject" | "askersOwnSubject" | "anotherProgram" | "ownProgram" | "backToProgram"
> & {
  /** The words of what the asker says it is or is not: they say whose the program is, not what is asked. */
  readonly saidOfAsker: readonly string[];
  /** The subject is a program owner's, said of it and asked about ("我们是银行,合作方(政府机关)能用什么"): what the asker holds is its own. */
  readonly ownersDecide: boolean;
};

/**
 * Reads the asker's subject and whose program is meant. `asksOthers`: the facts read are another party's (see
 * asked-facts.ts).
 */
export function readAskerAndProgram(named: NamedMentions, consistent: readonly RoledMention[], asksOthers: boolean, text: MatchableText, lexicon: Lexicon): AskerAndProgram {
  const { matches, spanOf, subjectMatches, allSpans, inCompact } = named;
  // "我们是银行,个人能开户吗": after the asker said what it is and holds, a bare 个人 is its customer; not before it,
  // and not where the asker only names a category without saying it is it.
  const heldSpans = matches.filter((_, index) => consistent[index]!.role === "held" && consistent[index]!.candidates.length > 0).map(spanOf);
  // What the asker says it is, and what it says of its program ("小程序是…"), each read once.
  const identityHits = lexicon.roles.identity.find(text);
  const saysIdentity = identityHits.length > 0;
  const programHits = programIsHits(text, lexicon);
  const saysOfProgram = programHits.length > 0;
  // "我们小程序是个人认证的": an identity word holding the program's ("我们小程序是" holds 小程序是) says what the
  // program is, not the asker.
  const saysIdentityOfAsker = identityHits.some((hit) => !programHits.some((program) => program.script === hit.script && program.start >= hit.start && program.end <= hit.end));
  const openedPrograms = anotherProgramOpened(text, allSpans, lexicon);
  const speaksOfAnotherProgram = lexicon.dialogue.anotherProgram.test(text) || openedPrograms.length > 0;
  const assertsIdentity = saysIdentity || saysOfProgram;
  const heldBefore = (span: MentionSpan) => heldSpans.some((held) => held.script === span.script && held.end <= span.start);
  const categoryHeldBefore = (span: MentionSpan) => assertsIdentity && heldBefore(span);
  // "我们是政府主体,帮朋友问下,他们的小程序是电商平台": a category in the other program's clause, or after words pointing
  // at them; not "另外我朋友公司是政府主体。我这个小程序类目在线视频课程", which asks about the asker's own.
  const clauseOf = (at: { script: "zh" | "en"; start: number; end: number }) => clauseAround(sourceOf(text, at.script), at, lexicon.roles.clauseBreaks, text);
  const pointedAtThem = (from: number, at: MentionSpan) => thirdPartyPointerHits(text, lexicon).some((hit) => hit.script === at.script && hit.start >= from && hit.end <= at.end);
  const asksOwn = lexicon.roles.ownProgramPointers.test(text);
  // "我是县教育局的,辖区一所小学的小程序是学历教育(学校)类目": an owner with its program is another program too.
  const programOwners = ownersOfPrograms(text, lexicon);
  const anotherProgramHits = [...lexicon.dialogue.anotherProgram.find(text), ...openedPrograms, ...programOwners];
  // …or in a clause after it with no word of the asker's own between ("给公司做了个小程序,类目多方通信").
  const askerOpenerHits = lexicon.roles.askerOpeners.find(text);
  const askerWords = [...identityHits, ...askerOpenerHits];
  const askerBetween = (from: number, to: number, script: "zh" | "en") => askerWords.some((said) => said.script === script && said.start >= from && said.end <= to);
  const anotherProgramAfter = (span: MentionSpan) =>
    !asksOwn &&
    anotherProgramHits.some((hit) => {
      if (hit.script !== span.script || hit.start < span.end) return false;
      const hitClause = clauseOf(hit);
      return matches.some((match) => {
        const at = spanOf(match);
        return at.script === hit.script && at.start >= hit.end && ((at.start >= hitClause.start && at.end <= hitClause.end) || pointedAtThem(hit.end, at) || !askerBetween(hit.end, at.start, at.script));
      });
    });
  // A category or a group named later in the clause: not a name the document does not list ("我们街道办想直播社区活动":
  // 社区 names no category the body could act on).
  const categoryAfterInClause = (span: MentionSpan) => {
    const clause = clauseOf(span);
    return matches.some(
      (match) => match.targets.some((target) => target.kind !== "unlisted") && spanOf(match).script === span.script && spanOf(match).start >= span.end && spanOf(match).end <= clause.end,
    );
  };
  const askerHoldsAfter = (span: MentionSpan) => {
    const clause = clauseOf(span);
    return heldSpans.some((heldSpan) => {
      // "…an individual. We have 电商平台": a Chinese name in English text is placed among the English words around it.
      const held = spanInScript(heldSpan, span.script, text);
      if (!held || held.start < clause.end) return false;
      const heldClause = clauseOf(held);
      const opening = sourceOf(text, held.script).slice(heldClause.start, held.start).trimStart();
      // "我表哥有社交直播类目", "my cousin has…": 我/my before a program owner is that owner, not the asker.
      const opener = lexicon.roles.askerOpeners.find(matchable(opening, held.script)).find((hit) => hit.start === 0);
      return opener !== undefined && !lexicon.dialogue.programOwners.startsText(matchable(opening.slice(opener.end).trimStart(), held.script));
    });
  };
  const client = clientsProgram(text, lexicon);
  // "客户是税务局,他们能直播吗", "客户的是税务局的小程序", "our client's is a tax bureau's": the owner's program said to be
  // the body's, as "客户是银行" says it holds 银行 (others-mentions.ts) — that program's subject, when the question says
  // nothing of the asker's own (no category it holds, no pointer at its program, no 我们 after the body). Bodies, or a
  // subject named as such ("客户是个人主体"): "客户是个人" says who the customers are as often as what one client's program is.
  // What is streamed ("想搞带货直播") is no category the asker holds.
  const namedHeld = matches.some((match, index) => consistent[index]!.role === "held" && consistent[index]!.candidates.length > 0 && !consistent[index]!.scenario);
  // "我们是企业,客户是个人认证的小程序,客户能不能直播带货": the clause that asks names the owner, after anything the asker says
  // of itself — the owner's program is the one asked about, so what is said of it counts, wherever the asker's words stand.
  // Read only when a subject word is said of an owner, as few questions have one: once, then kept.
  let asksOfOwnerRead: boolean | undefined;
  const asksOfOwner = () => (asksOfOwnerRead ??= asksOfProgramOwner(text, lexicon, askerOpenerHits));
  const ownerSubjectSpans = subjectMatches.filter((match) => match.targets[0]?.subject === "government" || match.targets[0]?.explicit === true).map(spanOf);
  // "客户是个人认证的", "合作方是企业主体的电商平台": an owner said to be the subject, a copula between (not "客户个人实名后才能
  // 看直播", its customers).
  // "客户(某区政府)的小程序", "our partner (a government agency)": a gloss right after the owner says it as a copula does.
  const glosses = (owner: CueHit, span: MentionSpan) => owner.script === span.script && glossesWordAt(sourceOf(text, span.script), owner.end, span);
  const ownerIs = (span: MentionSpan) => {
    const served = lexicon.dialogue.servedOwners.find(text);
    const source = sourceOf(text, span.script);
    return lexicon.dialogue.programOwners.find(text).some(
      (owner) =>
        !liesWithin(owner, served) &&
        owner.script === span.script &&
        ((onlyBetween(lexicon.dialogue.ownerIsGap, owner, span, text) && lexicon.roles.copula.test(matchable(source.slice(owner.end, span.start), span.script))) || glosses(owner, span)),
    );
  };
  const ownerSaidToBe = (span: MentionSpan) => {
    if (!ownerSubjectSpans.includes(span) || asksOwn || namedHeld || (!asksOfOwner() && lexicon.roles.askerAfter.find(text).some((hit) => hit.script === span.script && hit.start >= span.end))) return false;
    return endsOwnerPhrase(span, text, lexicon) && ownerIs(span);
  };
  // Not people it describes ("给个人用户做的"): those the program serves — but a client noun ("给政府客户做小程序") is whom it
  // is built for.
  const buildsFor = (span: MentionSpan) => {
    if (client === null || span.script !== client.script || span.start < client.start || span.end > client.end) return false;
    const after = matchable(sourceOf(text, span.script).slice(span.end), span.script);
    return !lexicon.roles.personAfter.startsText(after) || lexicon.dialogue.clientNouns.startsText(after);
  };
  // "给自己做了个小程序": the client is the asker itself.
  const isReflexive = (at: { script: "zh" | "en"; start: number; end: number }) => lexicon.roles.reflexive.isWhole(matchable(sourceOf(text, at.script).slice(at.start, at.end).trim(), at.script));
  let asksOthersProgramRead: boolean | undefined;
  const { subject, subjectSupposed, pendingSubjects, saidOfAsker, questioned, denied, ownersSubject, ownersDecide, askersOwnSubject } = readSubject(mapList(subjectMatches, (match) => ({ match, span: spanOf(match) })), allSpans, inCompact, text, lexicon, {
    categoryHeldBefore,
    heldBefore,
    anotherProgramAfter,
    categoryAfterInClause,
    askerHoldsAfter,
    asksOfOwner,
    // "为个人用户做了个小程序": a word for people after it makes them users, not the client.
    namesClient: (span) => buildsFor(span) || ownerSaidToBe(span),
    buildsFor,
    ownerIs,
    glossesOwner: (span) => lexicon.dialogue.programOwners.find(text).some((owner) => glosses(owner, span)),
    // "客户的小程序类目电商平台,我们是政府单位": another party's categories asked about (asked-facts.ts) are their program's.
    asksOfOthersProgram: () =>
      (asksOthersProgramRead ??=
        !asksOwn && ((client !== null && !isReflexive(client)) || asksOthers || (asksOfOwner() && (speaksOfAnotherProgram || speaksOfOthersProgram(text, lexicon, programOwners))))),
  });
  // "我们这个小程序" points at the asker's own; "我们这个客户" at its client.
  const ownProgram = asksOwn && pointsAtProgram(lexicon.roles.ownProgramPointers, text, lexicon);
  return {
    subject,
    subjectSupposed,
    pendingSubjects,
    questionedSubjects: questioned.filter((questionedSubject) => questionedSubject !== subject),
    deniedSubjects: denied,
    saidOfAsker,
    assertsIdentity,
    statesProgramSubject: saysOfProgram && !saysIdentityOfAsker && !speaksOfAnotherProgram,
    // "教练是个人,有影响吗", "我们的主播都是个人", "我们也不是政府主体": subject words said of people, or of what the
    // asker is not; none of them the program's.
    othersSubject: subject === null && (saidOfAsker.length > 0 || (subjectMatches.length > 0 && (lexicon.roles.personBefore.test(text) || lexicon.roles.personAfter.test(text)))),
    ownersSubject,
    askersOwnSubject,
    // "给一家银行做的小程序": the client's program, whatever the asker said of its own.
    anotherProgram: speaksOfAnotherProgram || client !== null || asksOthers || ownersDecide || speaksOfOthersProgram(text, lexicon, programOwners) || ownerSubjectSpans.some(ownerSaidToBe),
    ownProgram,
    backToProgram: programPointedBack(text, lexicon, ownProgram),
    ownersDecide,
  };
}

/**
 * The categories the asker says it holds, each named outright in a clause with a word of the asker's ("我们单位是公募基金
 * 类目", "We hold the insurance category") — not one going on about another's program ("合作伙伴是企业主体,做电商平台").
 */
export function askersHeldCategories(mentions: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): readonly CategoryId[] {
  const askers = lexicon.roles.askerOpeners.find(text);
  const saidByAsker = (span: MentionSpan | undefined) => {
    if (span === undefined) return false;
    const clause = clauseAround(sourceOf(text, span.script), span, lexicon.roles.clauseBreaks, text);
    return askers.some((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end);
  };
  const held = mentions.filter((mention, index) => mention.role === "held" && mention.candidates.length === 1 && !mention.scenario && saidByAsker(spans[index]));
  return [...new Set(held.map((mention) => mention.candidates[0]!))];
}
