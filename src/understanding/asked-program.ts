import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { containsHan } from "../shared/han-script.js";
import { clausePunctuation, matchable, sourceOf } from "./clauses.js";
import { clauseAsks } from "./asks-something.js";
import type { ProgramSegment } from "./program-segments.js";
import { thirdPartyPointerHits } from "./third-party-pointers.js";

/**
 * Of several programs a message describes, the one its asking clauses are about: the only one whose owner
 * it names ("…;我自己是个人认证的小程序,也想弄保险直播,我能弄吗", "…,客户能不能直接用原生标签直播", "…Can we stream?"), or,
 * pointed at as a third party ("他们能用原生吗"), the only program not the asker's. Null when no clause asks, or they
 * name none or several ("各自怎么接", "朋友能用原生吗,我们呢"): each program is answered.
 */
export function askedProgram(programs: readonly ProgramSegment[], text: MatchableText, lexicon: Lexicon): number | null {
  const asker = (program: ProgramSegment) => lexicon.roles.askerOpeners.isWhole(matchable(program.owner, containsHan(program.owner) ? "zh" : "en"));
  const asked = new Set<number>();
  for (const script of ["zh", "en"] as const) {
    const source = sourceOf(text, script).trimEnd();
    if (source.length === 0) continue;
    // Every clause that asks — "朋友能用原生吗,我们呢" asks of both — not one that describes ("客户的是教育平台,我们自己的
    // 是多方通信": each is answered).
    let askedBefore = false;
    for (const clause of clausesOf(source)) {
      const words = source.slice(clause.start, clause.end);
      const said = matchable(words, script);
      // "…表哥的能用原生吗,还有我们的": a clause adding to the one that asked (dialogue.additiveQuestion) asks too.
      const adds = script === "zh" && askedBefore && lexicon.dialogue.additiveQuestion.startsText(said);
      if (!clauseAsks(source, clause, script, lexicon) && !adds) continue;
      askedBefore = true;
      // Another party's owner word said in the clause ("客户", "我哥"), as a word of its own in English.
      const owners = programs.flatMap((program, index) => (program.owner === "" || asker(program) || containsHan(program.owner) !== (script === "zh") ? [] : spansOf(words, program.owner, script).map((at) => ({ index, at, end: at + program.owner.length }))));
      owners.forEach(({ index }) => asked.add(index));
      // The asker's own, by any word of the asker's not inside such an owner word ("我" of "我哥"), nor owning the owner
      // word right after it ("my friend's", "我表哥"): that is the owner's.
      const owning = (hit: { readonly end: number }) => owners.some((owner) => owner.at >= hit.end && owner.at - hit.end <= possessorGap && lexicon.roles.possessive.fills(words.slice(hit.end, owner.at), script));
      const askerWords = lexicon.roles.askerOpeners.find(said).filter((hit) => !owners.some((owner) => owner.at <= hit.start && owner.end >= hit.end) && !owning(hit));
      if (askerWords.length > 0) programs.forEach((program, index) => asker(program) && asked.add(index));
      // "他们能用原生吗": the one program that is not the asker's.
      const pointers = thirdPartyPointerHits(said, lexicon);
      const others = programs.flatMap((program, index) => (asker(program) ? [] : [index]));
      if (pointers.length > 0 && owners.length === 0 && others.length === 1) asked.add(others[0]!);
    }
  }
  return asked.size === 1 ? [...asked][0]! : null;
}

/** The clauses of a text, between clause punctuation. */
function clausesOf(source: string): Array<{ readonly start: number; readonly end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let at = 0; at <= source.length; at += 1) {
    if (at < source.length && !clausePunctuation.test(source[at]!)) continue;
    if (at > start) clauses.push({ start, end: at });
    start = at + 1;
  }
  return clauses;
}

/** Where `word` stands in `text`: anywhere in Chinese, as a whole word (a plural or 's after it) in English. */
function spansOf(text: string, word: string, script: "zh" | "en"): number[] {
  const spans: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const starts = at === 0 || !wordCharacter.test(text[at - 1]!);
    const ends = !wordCharacter.test(text[at + word.length] ?? " ") || pluralOrPossessive.test(text.slice(at + word.length));
    if (script === "zh" || (starts && ends)) spans.push(at);
  }
  return spans;
}

const wordCharacter = /[a-z0-9]/u;
// At most a space or a possessive (roles.possessive: 的) between an asker word and the owner it owns.
const possessorGap = 1;
const pluralOrPossessive = /^(?:s|'s|’s)(?![a-z0-9])/u;
