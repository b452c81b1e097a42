import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, glossClosedAt, liesWithin, matchable, sourceOf } from "./clauses.js";
import type { QuestionFrame } from "./question-frame.js";
import type { NamedMentions } from "./named-mentions.js";
import type { Subject } from "../rules/rules-engine.js";

/**
 * How many characters an owner may stand from its program: "我朋友的个人小程序", "客户做教育的那个小程序", "our client
 * runs a driving school mini program" — and, when the program is said to be its own (自己的小程序), a few more: "一家
 * 公立卫生学校自己的小程序".
 */
export const ownerToProgramCharacters = { zh: 8, en: 40 } as const;
const ownerToOwnProgramCharacters = { zh: 12, en: 40 } as const;

/**
 * Whether the question speaks of someone else's program: a pointer at it ("客户的小程序", "朋友那边…") or an owner word
 * with its program a few words on in its clause.
 */
export function speaksOfOthersProgram(text: MatchableText, lexicon: Lexicon, owners: readonly CueHit[] = ownersOfPrograms(text, lexicon)): boolean {
  return pointsAtProgram(lexicon.dialogue.othersProgram, text, lexicon) || owners.length > 0 || speaksOfSecondProgram(text, lexicon);
}

/**
 * Whether a second program stands a few words on from a word saying so, in its clause ("还有个电商平台的小程序"); not
 * "还有一个问题我们的小程序…", "the other day our mini program…".
 */
function speaksOfSecondProgram(text: MatchableText, lexicon: Lexicon): boolean {
  return lexicon.dialogue.secondProgram.find(text).some((second) => programOf(second, text, lexicon) !== null);
}

/**
 * The clause of a word whose program stands a few characters on in it ("朋友的个人小程序", "还有个电商平台的小程序"), or
 * null — also when the asker stands between, which starts another phrase ("客户通过我们的小程序下单" is the asker's own).
 */
function programOf(word: CueHit, text: MatchableText, lexicon: Lexicon): { readonly start: number; readonly end: number } | null {
  const source = sourceOf(text, word.script);
  const clause = clauseAround(source, word, lexicon.roles.clauseBreaks, text);
  // "客户(个人主体)的小程序": a gloss right after the word does not count toward the distance.
  const glossEnd = glossClosedAt(source, word.end);
  const from = glossEnd < 0 ? word.end : glossEnd + 1;
  const rest = source.slice(word.end, Math.min(clause.end, from + ownerToProgramCharacters[word.script]));
  const near = lexicon.dialogue.ownedProgram.find(matchable(rest, word.script))[0];
  const program = near ?? ownProgramFurther(word, source, clause.end, lexicon);
  if (program === undefined || lexicon.roles.askerAfter.find(matchable(rest.slice(0, program.start), word.script)).length > 0) return null;
  return clause;
}

/** A program said to be the word's own ("…自己的小程序", "…自己注册的小程序") a little further on than a plain one may stand. */
function ownProgramFurther(word: CueHit, source: string, clauseEnd: number, lexicon: Lexicon): CueHit | undefined {
  const rest = source.slice(word.end, Math.min(clauseEnd, word.end + ownerToOwnProgramCharacters[word.script]));
  const own = lexicon.roles.reflexive.find(matchable(rest, word.script));
  return lexicon.dialogue.ownedProgram
    .find(matchable(rest, word.script))
    .find((program) => own.some((reflexive) => lexicon.roles.possessive.fills(rest.slice(reflexive.end, program.start), word.script, [lexicon.roles.reflexiveMaking])));
}

/**
 * Which program a question naming none goes back to: the asker's own ("那我们呢", "我们的没问题吧", or a pointer at
 * its own program), the other one ("客户那边还是原生没错吧"), or the earlier one, whichever it was ("回到第一个").
 */
export function programPointedBack(text: MatchableText, lexicon: Lexicon, pointsAtOwn: boolean): QuestionFrame["backToProgram"] {
  const { backToEarlier, backToOther, backToOwn } = lexicon.dialogue;
  if (pointsAtProgram(backToEarlier, text, lexicon)) return "earlier";
  if (pointsAtProgram(backToOther, text, lexicon) || ownersPossessive(text, lexicon) || ownerPointedAt(text, lexicon)) return "other";
  return pointsAtProgram(backToOwn, text, lexicon) || pointsAtOwn || askerOwnsProgram(text, lexicon) ? "own" : null;
}

/**
 * "the customer's review time", "my cousin's": an English owner word (lexicon programOwners) with 's points at that owner's
 * program, as backToOther's "the client's" does.
 */
function ownersPossessive(text: MatchableText, lexicon: Lexicon): boolean {
  return lexicon.dialogue.programOwners.find(text).some((owner) => owner.script === "en" && possessiveEnding.test(text.lower.slice(owner.end, owner.end + 2)));
}

const possessiveEnding = /^['’]s/u;

/**
 * "表哥那个呢", "合作方那边", "甲方的呢": a Chinese owner word (lexicon programOwners) right before a pointer at what is
 * theirs (lexicon ownerPointedAfter) points at that owner's program, as "my cousin's" does — not at the owner speaking
 * ("客户那边说…", lexicon pointerNotProgram).
 */
function ownerPointedAt(text: MatchableText, lexicon: Lexicon): boolean {
  const { programOwners, ownerPointedAfter, pointerNotProgram } = lexicon.dialogue;
  return programOwners.find(text).some((owner) => {
    if (owner.script !== "zh") return false;
    const pointer = ownerPointedAfter.find(matchable(text.compact.slice(owner.end), "zh")).find((hit) => hit.start === 0);
    return pointer !== undefined && !pointerNotProgram.startsText(matchable(text.compact.slice(owner.end + pointer.end), "zh"));
  });
}

/**
 * Whether the asker names its own program with words of its own between ("那我们平台自己的小程序呢", "我们教育局自己的小程序"):
 * an asker word, then, a few characters on in its clause, 自己 and the program.
 */
function askerOwnsProgram(text: MatchableText, lexicon: Lexicon): boolean {
  const { ownedProgram } = lexicon.dialogue;
  return lexicon.roles.askerAfter.find(text).some((asker) => {
    const source = sourceOf(text, asker.script);
    const clause = clauseAround(source, asker, lexicon.roles.clauseBreaks, text);
    const rest = source.slice(asker.end, clause.end);
    const own = lexicon.roles.reflexive.find(matchable(rest, asker.script)).find((hit) => hit.start <= ownerToProgramCharacters[asker.script]);
    return own !== undefined && ownedProgram.find(matchable(rest.slice(own.end), asker.script)).some((program) => program.start <= 1);
  });
}

/** Whether a pointer at a program ("我们的", "客户那边") points at it, not at people of it or what they said ("我们的客户…"). */
export function pointsAtProgram(pointers: CueSet, text: MatchableText, lexicon: Lexicon): boolean {
  return pointers.find(text).some((hit) => !lexicon.dialogue.pointerNotProgram.startsText(matchable(sourceOf(text, hit.script).slice(hit.end).trimStart(), hit.script)));
}

/**
 * The owner words ("朋友", "客户", "一所…") that have their program a few characters on, within their clause — and no
 * word for the asker between them ("客户通过我们的小程序下单" is the asker's own).
 */
export function ownersOfPrograms(text: MatchableText, lexicon: Lexicon): CueHit[] {
  // "WeChat client app", "朋友圈": a word holding the owner word names no owner.
  const notParty = lexicon.roles.notParty.find(text);
  const organisations = lexicon.dialogue.programOrganisations.find(text);
  return [...lexicon.dialogue.programOwners.find(text), ...organisations].filter((owner) => {
    if (liesWithin(owner, notParty)) return false;
    const clause = programOf(owner, text, lexicon);
    if (clause === null) return false;
    // "我们是一所公办学校的小程序", "我们一家人做的小程序": the organisation is the asker — unless the asker's possessive
    // stands between ("我们的一家客户"). A party ("我们客户的小程序") is someone else whatever stands before it.
    if (!organisations.includes(owner)) return true;
    const before = sourceOf(text, owner.script).slice(clause.start, owner.start);
    return !lexicon.roles.askerAfter.find(matchable(before, owner.script)).some((asker) => lexicon.roles.possessive.find(matchable(before.slice(asker.end), owner.script)).length === 0);
  });
}

/**
 * "个人那个怎么办", "政府那个呢": a subject word with a word pointing at its program right after it (dialogue.programOwnerEnds:
 * 那个, 的) points at the program of that subject among several described; null when none does.
 */
export function subjectPointedAt(text: MatchableText, named: NamedMentions, spanOf: NamedMentions["spanOf"], lexicon: Lexicon): Subject | null {
  for (const match of named.subjectMatches) {
    const subject = match.targets[0]?.subject;
    if (subject === null || subject === undefined) continue;
    const span = spanOf(match);
    const after = sourceOf(text, span.script).slice(span.end);
    if (lexicon.dialogue.programOwnerEnds.find(matchable(after, span.script)).some((hit) => hit.start === 0)) return subject;
  }
  return null;
}
