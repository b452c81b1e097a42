import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryMention, Subject } from "../rules/rules-engine.js";
import type { CategoryId } from "../rules/rules-schema.js";
import { clausePunctuation, glossClosedAt, liesInsideLonger, matchable, sourceOf } from "./clauses.js";
import { askedApartHits } from "./asked-apart.js";
import { placeFromEnd } from "./ordinal-pointer.js";
import { ownerOpeners } from "./owner-openers.js";

/** One of several mini programs a message describes ("客户的是教育平台,我们自己的是多方通信"). */
export interface ProgramSegment {
  /** How the asker named it, without the copula ("客户的", "另一个", "ours"), shown in the answer; empty when the names
   * given do not tell the programs apart ("一个是…,一个是…"), which are then shown by their place. */
  readonly label: string;
  /** The owner word a later message may point at it by ("客户", "我们自己"); empty for a place ("一个", "a"). */
  readonly owner: string;
  /** Described as the asker's own (its owner a word of the asker's: "我们", "咱们", "ours"). Absent in older states. */
  readonly askersOwn?: boolean;
  readonly categories: readonly CategoryId[];
  readonly subject: Subject | null;
  /** Names the document does not list ("C 是个人征信查询"): the program is answered as such. Absent in older states. */
  readonly unlisted?: readonly string[];
  /**
   * With no category of its own, a word naming several ("一个是驾校": 驾校平台 or 驾校培训): the program is answered with
   * those options rather than left out. Absent otherwise.
   */
  readonly options?: { readonly term: string; readonly candidates: readonly CategoryId[] };
}

/** The options of a program described by a word of several categories and nothing else ("一个是驾校"), as a mention. */
export function optionsOf(program: ProgramSegment): CategoryMention[] {
  return program.categories.length === 0 && program.options ? [{ term: program.options.term, candidates: program.options.candidates, scenario: false }] : [];
}

/** Whether a program holds a category, or was described by a word of several that include it. */
export function holdsCategory(program: ProgramSegment, id: string): boolean {
  return program.categories.includes(id) || (program.options?.candidates.includes(id) ?? false);
}

/** A piece of the message that says what one of several programs is: how it was named, and its text. */
export interface ProgramPiece {
  readonly label: string;
  readonly owner: string;
  readonly text: string;
}

/**
 * The pieces of a message that each say what one program is: from each opener (lexicon dialogue.programOpeners,
 * programPlaceOpeners and programLetterOpeners) to the next. Empty unless the message has two or more in one script:
 * one opener alone is no list of programs.
 */
export function programPieces(text: MatchableText, lexicon: Lexicon): ProgramPiece[] {
  const { programOpeners, programOpenersWeak, weakOpenerDescribes, programPlaceOpeners, programPlaceMeasures, programLetterOpeners, programOwnerEnds, programOpenerEnds } = lexicon.dialogue;
  // "客户是驾校平台类目", "客户是政府主体": a weak opener counts only when its clause names a category or a subject as such.
  // …or when the message asks of each ("客户是信托,我们是驾校培训,各自怎么接入", dialogue.eachPointers): two programs.
  const asksEach = lexicon.dialogue.eachPointers.test(text);
  const describedByWeak = programOpenersWeak.find(text).filter((hit) => {
    if (asksEach) return true;
    const rest = sourceOf(text, hit.script).slice(hit.end);
    const end = rest.search(clausePunctuation);
    return weakOpenerDescribes.test(matchable(end === -1 ? rest : rest.slice(0, end), hit.script));
  });
  // Any owner the lexicon knows, with its program word and a copula ("我表姐公司是…"): named by the owner's words.
  const ownersOpening = ownerOpeners(text, lexicon);
  const listed = programOpeners.find(text).filter((hit) => !ownersOpening.some((opener) => opener.hit.script === hit.script && opener.hit.start <= hit.start && opener.hit.end >= hit.end));
  const listedOrWeak = describedByWeak.length === 0 ? listed : [...listed, ...describedByWeak];
  const owners = [...listedOrWeak, ...ownersOpening.filter((opener) => !listedOrWeak.some((hit) => hit.script === opener.hit.script && hit.start <= opener.hit.start && hit.end >= opener.hit.end)).map((opener) => opener.hit)];
  const namedBy = new Map(ownersOpening.map((opener) => [opener.hit, opener]));
  const placeHits = programPlaceOpeners.find(text);
  const letters = programLetterOpeners.find(text);
  // Most questions have fewer than two openers of any kind: nothing more to read.
  if (owners.length + placeHits.length + letters.length < 2) return [];
  const places = placesOfPrograms(placeHits, text, lexicon);
  // "A是一家城商行": a place right at another opener's end continues it ("一家" is what A is), opening no program of its own.
  const placesOpening = places.filter((place) => ![...owners, ...letters].some((hit) => hit.script === place.script && hit.end === place.start));
  const found = [...owners, ...placesOpening, ...letters];
  // "我们自己的是" holds "自己的是": the longer opener is the one. One inside a gloss in brackets ("一个是卖保险的(我们是
  // 保险经纪公司)") says more of the program before it, opening none of its own.
  const openers = found.filter((hit) => !liesInsideLonger(hit, found) && !insideGloss(hit, sourceOf(text, hit.script)));
  for (const script of ["zh", "en"] as const) {
    const own = openers.filter((hit) => hit.script === script).sort((a, b) => a.start - b.start);
    if (own.length < 2) continue;
    const source = sourceOf(text, script);
    // The opener without what it ends with besides the name ("一个做" → 一个): its longest end.
    const labels = own.map((hit) => {
      const byOwner = namedBy.get(hit);
      if (byOwner) return byOwner.label;
      const end = programOpenerEnds.find(matchable(hit.cue, script)).filter((found) => found.end === hit.cue.length).sort((a, b) => a.start - b.start)[0];
      return hit.cue.slice(0, end?.start ?? hit.cue.length).trim();
    });
    // "一个是…,一个是…": names that do not tell the programs apart give way to their places; so do places counted by a
    // measure word ("一个个人开发者,一家保险公司": 一家 is no name).
    const distinct = new Set(labels).size === labels.length && !labels.some((label) => programPlaceMeasures.isWhole(matchable(label, script)));
    // "…,我们是电商平台,顺便问下社交直播审核要多久": what is asked apart after a program's description is none of its own.
    const apart = askedApartHits(text, lexicon).filter((found) => found.script === script);
    // "朋友那个是多方通信,我们这个能直播卖房吗": another's piece ends where a clause opens with a word of the asker's; what
    // follows there is the asker's own ("我们是公司,别的人的小程序是个人认证,我们的类目银行"), read with its piece.
    // Not inside a gloss, which says more of the piece it follows.
    const askerClauses = lexicon.roles.askerOpeners.find(text).filter((found) => found.script === script && (found.start === 0 || clausePunctuation.test(source[found.start - 1]!)) && !insideGloss(found, source));
    const askers = own.filter((hit) => lexicon.roles.askerOpeners.find(matchable(hit.cue, script)).some((found) => found.start === 0));
    const spans = own.map((hit, index) => {
      const next = own[index + 1]?.start ?? source.length;
      const end = Math.min(next, ...apart.filter((found) => found.start > hit.start && found.start < next).map((found) => found.start));
      const cut = askers.includes(hit) ? end : Math.min(end, ...askerClauses.filter((found) => found.start > hit.start && found.start < end).map((found) => found.start));
      return { text: source.slice(hit.start, cut), rest: source.slice(cut, end) };
    });
    const askersRest = askers.length === 1 ? spans.map((span) => span.rest).join("") : "";
    const textOf = (hit: CueHit, index: number) => spans[index]!.text + (askers.length === 1 && askers[0] === hit ? askersRest : "");
    return own.map((hit, index) => {
      // An empty label is named by its place when shown (compose-programs.ts).
      const label = distinct ? labels[index]! : "";
      const named = labels[index]!;
      const byOwner = namedBy.get(hit);
      if (byOwner) return { label, owner: byOwner.owner, text: textOf(hit, index) };
      const ownerEnd = owners.includes(hit) ? programOwnerEnds.find(matchable(named, script)).filter((end) => end.end === named.length).sort((a, b) => a.start - b.start)[0] : undefined;
      const owned = owners.includes(hit) ? named.slice(0, ownerEnd?.start ?? named.length).trim() : "";
      // A reflexive at its end says nothing of whose ("我们自己" → 我们, "our own" → our): "我们的能用原生吗" points at it too.
      const reflexive = lexicon.roles.reflexive.find(matchable(owned, script)).find((hit) => hit.end === owned.length && hit.start > 0);
      const whose = owned.slice(0, reflexive?.start ?? owned.length).trim();
      // In English the owner is the last word ("our client's" → client), in the form a later message says it ("ours" →
      // our, lexicon ownerForms): "the client one" and "our program" point at them too.
      const last = whose.split(/\s+/u).at(-1) ?? "";
      const owner = script === "en" ? (lexicon.ownerForms.get(last) ?? last) : whose;
      return { label, owner, text: textOf(hit, index) };
    });
  }
  return [];
}

/** How far a count may stand before its word for programs ("两个不同的小程序", "two WeChat mini programs"). */
const countReach = { zh: 6, en: 24 } as const;

/**
 * The place openers that open programs (lexicon dialogue.programPlaceOpeners): after a count of programs ("我们有两个
 * 不同的小程序,一个是…"), or, saying what one is ("一个是", "one is"), after a word for programs with no word for
 * categories nor a count of something else between ("我们公司的小程序,一个是电商平台,另一个是…"). Not "小程序有一个电商
 * 平台类目,还想加一个社交直播" or "小程序有两块业务,一个是…", one program's categories.
 */
function placesOfPrograms(placeHits: readonly CueHit[], text: MatchableText, lexicon: Lexicon): CueHit[] {
  const { programCounts, programNouns, clientNouns, categoryWords } = lexicon.dialogue;
  // Clients each with a program ("两个客户,一个是…") — not customers served beside the asker's own program.
  const clients = lexicon.roles.ownProgramPointers.test(text) ? [] : clientNouns.find(text);
  const nouns = [...programNouns.find(text), ...clients];
  const categories = categoryWords.find(text);
  const categoryBetween = (script: "zh" | "en", from: number, to: number) => categories.some((word) => word.script === script && word.start >= from && word.end <= to);
  const counts = programCounts.find(text);
  const counted = counts.flatMap((count) =>
    nouns.filter((noun) => noun.script === count.script && noun.start >= count.end && noun.start - count.end <= countReach[count.script] && !categoryBetween(count.script, count.end, noun.start)),
  );
  // Nor a count of something else between ("小程序有两块业务,一个是…", "has two parts: one is…"): one program's parts.
  const countBetween = (script: "zh" | "en", from: number, to: number) => counts.some((count) => count.script === script && count.start >= from && count.end <= to);
  return placeHits.filter((hit) => {
    if (counted.some((noun) => noun.script === hit.script && noun.end <= hit.start)) return true;
    // "另一个小程序有社交-直播", "one mini program has…": a place that names a program itself opens one.
    if (programNouns.test(matchable(hit.cue, hit.script))) return true;
    const first = placeHits.filter((other) => other.script === hit.script).sort((a, b) => a.start - b.start)[0]!;
    const saysWhat = lexicon.roles.copula.test(matchable(hit.cue, hit.script));
    return (
      saysWhat &&
      nouns.some((noun) => noun.script === hit.script && noun.end <= first.start && !categoryBetween(hit.script, noun.end, first.start) && !countBetween(hit.script, noun.end, first.start))
    );
  });
}

/**
 * Which earlier program a message points at by its place ("第一个", "the other one"), or null — not a place of something
 * else ("另一个问题", lexicon dialogue.programPlaceNot right after it).
 */
export function programPlace(text: MatchableText, lexicon: Lexicon): number | null {
  // "倒数第一个" holds 第一个: a place counted from the end is read first (-1 for the last), "倒数第二个小程序" too; one of
  // something else ("倒数第二个月") is no program's place.
  const fromEnd = placeFromEnd(text, lexicon, lexicon.dialogue.programNouns);
  if (fromEnd !== undefined) return fromEnd;
  const { programFirst, programSecond, programThird, programPlaceNot } = lexicon.dialogue;
  const points = (cues: typeof programFirst) =>
    cues.find(text).some((hit) => !programPlaceNot.startsText(matchable(sourceOf(text, hit.script).slice(hit.end).trimStart(), hit.script)));
  if (points(programFirst)) return 0;
  if (points(programSecond)) return 1;
  if (points(programThird)) return 2;
  return null;
}

/**
 * Whether a mention's party word (lexicon dialogue.programOwners or roles.otherParty, as its role's cue) names a party other
 * than the piece's owner: "同学" in the asker's own piece, "friend*" in a client's — not "那家" in 「同学那家是…」.
 */
export function ofAnotherParty(cue: string | null, piece: { readonly owner: string; readonly label: string }, lexicon: Lexicon): boolean {
  if (cue === null || !(lexicon.dialogue.programOwners.has(cue) || lexicon.roles.otherParty.has(cue))) return false;
  // A piece named by its place alone ("一个是…", "client 1 has…" among others so named) cannot tell whose.
  if (piece.owner === "" && piece.label === "") return false;
  // Its own owner's words: the owner ("同学") or the name it was given ("同学那家").
  const stem = cue.endsWith("*") ? cue.slice(0, -1) : cue;
  return !((piece.owner !== "" && piece.owner.includes(stem)) || piece.label.toLowerCase().includes(stem));
}

/** Whether the hit stands inside a gloss in brackets right after a word (clauses' glossClosedAt; glosses hold no brackets). */
function insideGloss(hit: CueHit, source: string): boolean {
  const open = source.lastIndexOf("(", hit.start - 1);
  return open !== -1 && glossClosedAt(source, open) >= hit.end;
}
