import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, clausePunctuation, glossClosedAt, liesWithin, matchable, sourceOf } from "./clauses.js";
import { ownerToProgramCharacters } from "./program-pointers.js";
import { clauseAsks } from "./asks-something.js";

/** An opener of a program owned by someone (a programOwners word said to have a program), with how it names it. */
export interface OwnerOpener {
  readonly hit: CueHit;
  /** The owner and what stands after it before the copula ("表姐公司", "cousin's mini program"): the program's name. */
  readonly label: string;
  /** The owner word itself, by which a later message points at the program ("表姐那个呢", "my cousin's?"). */
  readonly owner: string;
}

/**
 * Every program owner (lexicon dialogue.programOwners) opening what its program is: the owner, at most one of its
 * business or program words after it (ownerOpenerMiddles: "公司", "的小程序", "'s mini program"), then a word saying
 * what that is (ownerOpenerEnds: "是", "选的是", " is under") — "我表姐公司是企业主体", "同学的小程序选的是公立医疗机构",
 * "my cousin's mini program is under Finance - Trust". Any owner the lexicon knows opens a program so, without listing
 * each owner with each ending.
 */
export function ownerOpeners(text: MatchableText, lexicon: Lexicon): OwnerOpener[] {
  const owners = lexicon.dialogue.programOwners.find(text);
  if (owners.length === 0) return [];
  // Not a word holding the owner word ("朋友圈"), nor customers served ("我们服务的客户是…"); nor an opener the lexicon
  // reads only when its clause names a category or subject as such ("客户是", programOpenersWeak: "客户是银行" says who
  // the customers are as often as what a client's program is) — programPieces reads those.
  const notParty = [...lexicon.roles.notParty.find(text), ...lexicon.dialogue.servedOwners.find(text)];
  // Nor one in a clause that asks ("Can my sister's app use live-pusher?"): a question about the program, not what it is.
  const openers = openersAfter(owners.filter((owner) => !liesWithin(owner, notParty)), text, lexicon).filter((opener) => !lexicon.dialogue.programOpenersWeak.has(opener.hit.cue) && !inAskingClause(opener.hit, text, lexicon));
  if (openers.length === 0) return openers;
  // …and the asker's own beside them ("我自己是个人认证的", "咱们这边选的是…"), once: two openers of the asker's would
  // cut one program in two.
  const overlaps = (one: CueHit, other: CueHit) => one.script === other.script && one.start < other.end && other.start < one.end;
  // "我是个人开发者": one person says who they are, not what a program is — unless a word of their own or of the program
  // follows ("我自己是…", "我的小程序是…"); "我们是…" says what the organisation and its program are.
  // Only one opening its clause, words that open one at most before it (roles.clauseOpeners: "…; we are in e-commerce",
  // "…and we have…"), in a clause that does not ask ("Can we use live-pusher?"); a space between Chinese words ends a
  // clause too ("客户是银行 咱们自己是…").
  const joins = lexicon.roles.clauseJoins.find(text);
  const opensClause = (word: CueHit) => {
    const source = sourceOf(text, word.script);
    // From the clause's start, or from a word joining a clause of its own ("…trust category and we have…").
    const clause = clauseAround(source, word, lexicon.roles.clauseBreaks, text);
    const joined = joins.filter((hit) => hit.script === word.script && hit.start >= clause.start && hit.end <= word.start).map((hit) => hit.end);
    const clauseStart = Math.max(clause.start, ...joined);
    const opening = lexicon.roles.clauseOpeners.fills(source.slice(clauseStart, word.start), word.script) || (word.script === "zh" && (text.softBreaks ?? []).includes(word.start));
    return opening && !inAskingClause(word, text, lexicon);
  };
  const found = openersAfter(lexicon.roles.askerOpeners.find(text).filter(opensClause), text, lexicon, (word) => lexicon.roles.askerSingular.has(word.cue)).filter((asker) => !openers.some((opener) => overlaps(opener.hit, asker.hit)));
  // "我自己是" is read as 我 + 自己 + 是 and as 我自己 + 是: one opener, the one that ends furthest.
  const askers = found.filter(
    (asker, index) =>
      !found.some(
        (other, at) =>
          at !== index && overlaps(other.hit, asker.hit) && (other.hit.end > asker.hit.end || (other.hit.end === asker.hit.end && (other.hit.start < asker.hit.start || (other.hit.start === asker.hit.start && at < index)))),
      ),
  );
  // One the lexicon lists itself ("ours is", "我们是") is read as listed (programPieces), with its owner's usual form.
  const listed = lexicon.dialogue.programOpeners.find(text);
  if (askers.length !== 1 || listed.some((hit) => overlaps(hit, askers[0]!.hit))) return openers;
  const owner = withoutReflexive(askers[0]!.owner, lexicon);
  return [...openers, { ...askers[0]!, owner: lexicon.ownerForms.get(owner) ?? owner }];
}

/** "我们自己" → 我们: a later message points at the asker's program by the asker word alone ("那我们呢"). */
function withoutReflexive(owner: string, lexicon: Lexicon): string {
  const reflexive = lexicon.roles.reflexive.find(matchable(owner, "zh")).find((hit) => hit.end === owner.length && hit.start > 0);
  return reflexive ? owner.slice(0, reflexive.start) : owner;
}

/** The openers of the words given: each word, at most one middle (at least one where `needsMiddle`), then an end (longest of each). */
function openersAfter(words: readonly CueHit[], text: MatchableText, lexicon: Lexicon, needsMiddle: (word: CueHit) => boolean = () => false): OwnerOpener[] {
  const { ownerOpenerMiddles, ownerOpenerEnds } = lexicon.dialogue;
  const openers: OwnerOpener[] = [];
  for (const owner of words) {
    const source = sourceOf(text, owner.script);
    // The longest middle right after the owner, or none; then the longest end right after that (spaces before either
    // aside: English words stand apart).
    // "同行(政府主体)用的是…", "我们(企业)也是…": a gloss right after the owner word is read with the owner.
    const glossEnd = glossClosedAt(source, owner.end + (source[owner.end] === " " ? 1 : 0));
    const from = glossEnd < 0 ? owner.end : glossEnd + 1;
    // A listed middle with an end right after it first ("我哥是…": not up to a 单位 said after the copula); else a few
    // words up to the program ("同学的学校小程序是…").
    const listed = longestAt(ownerOpenerMiddles, source, from, owner.script);
    // …or after its middle ("我们单位(政府主体)也有…").
    const glossAfterMiddle = listed.end > from ? glossClosedAt(source, listed.end) : -1;
    const listedEnd = longestAt(ownerOpenerEnds, source, glossAfterMiddle < 0 ? listed.end : glossAfterMiddle + 1, owner.script);
    const program = listedEnd.end > listed.end ? null : programWithin(source, owner, lexicon);
    const middle = program !== null && program.end > listed.end ? program : listed;
    const glossed = from !== owner.end;
    const end = middle === listed ? listedEnd : longestAt(ownerOpenerEnds, source, middle.end, owner.script);
    if (end.end === middle.end || (middle.end === owner.end && !glossed && needsMiddle(owner))) continue;
    const stop = end.end;
    openers.push({
      hit: { cue: source.slice(owner.start, stop), script: owner.script, start: owner.start, end: stop },
      label: (source.slice(owner.start, owner.end) + source.slice(from, Math.max(from, middle.end))).trim(),
      owner: source.slice(owner.start, owner.end).trim(),
    });
  }
  return openers;
}

/** Where the longest of `cues` starting at `from` (spaces before it aside) ends; `from` when none does. */
export function longestAt(cues: CueSet, source: string, from: number, script: "zh" | "en"): { readonly end: number } {
  const start = from + (source.slice(from).length - source.slice(from).trimStart().length);
  const rest = source.slice(start);
  const longest = cues.find(matchable(rest, script)).filter((hit) => hit.start === 0).reduce((length, hit) => Math.max(length, hit.end), 0);
  return { end: longest === 0 ? from : start + longest };
}

/** Whether the clause a word stands in asks (asks-something.ts clauseAsks). */
function inAskingClause(word: CueHit, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, word.script);
  return clauseAsks(source, clauseAround(source, word, lexicon.roles.clauseBreaks, text), word.script, lexicon);
}

/**
 * The end of the owner's program word (dialogue.ownedProgram) a few characters on, with no punctuation nor word of the
 * asker's between ("我同学的学校小程序是…"; not "客户通过我们的小程序…"), or null.
 */
function programWithin(source: string, owner: CueHit, lexicon: Lexicon): { readonly end: number } | null {
  // As far as an owner's program may stand from it anywhere (program-pointers.ts).
  const reach = source.slice(owner.end, owner.end + ownerToProgramCharacters[owner.script]);
  const stop = reach.search(clausePunctuation);
  const span = stop === -1 ? reach : reach.slice(0, stop);
  const program = lexicon.dialogue.ownedProgram.find(matchable(span, owner.script))[0];
  if (program === undefined || lexicon.roles.askerAfter.find(matchable(span.slice(0, program.start), owner.script)).length > 0) return null;
  return { end: owner.end + program.end };
}
