import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import { containsHan } from "../shared/han-script.js";
import { matchable, sourceOf } from "./clauses.js";
import { sentenceAround } from "./background-sentences.js";
import type { MentionSpan } from "./mention-roles.js";

/** A category the asker says it is not, by a part of its name ("不是平台"). */
export interface DeniedNamePart {
  readonly id: CategoryId;
  /** The words as said, negation and all. */
  readonly word: string;
  readonly part: string;
  /**
   * Nothing follows in the message but punctuation, function characters (lexicon `functionCharacters`: 啊, 的) and generic
   * English words: a bare denial ("说错了,我们不是平台"), with nothing said of what the asker is instead.
   */
  readonly endsMessage: boolean;
}

/** Per category, the words its names are made of: two-character pieces of its Chinese name, words of its English one. */
export interface NameParts {
  readonly han: ReadonlyArray<{ readonly id: CategoryId; readonly parts: readonly string[] }>;
  readonly latin: ReadonlyArray<{ readonly id: CategoryId; readonly parts: readonly string[] }>;
}

// The Chinese text read after a negation for a part of a name ("不是平台": 平台 of 驾校平台).
const negatedReach = 8;
const clauseMark = /[\p{P}\p{S}\s]/u;
const latinWord = /[a-z]+/gu;

/**
 * The parts of every category's names that can tell it from others: not a word of streaming itself (直播, live), which
 * every category's asker says, nor an English word the lexicon calls generic.
 */
export function namePartsOf(rules: Rules, lexicon: Lexicon): NameParts {
  const { liveStreaming } = lexicon.dialogue;
  const han = rules.categories.map((category) => {
    const parts = new Set<string>();
    for (let at = 0; at + 2 <= category.secondary.length; at += 1) {
      const part = category.secondary.slice(at, at + 2);
      if ([...part].every((character) => containsHan(character)) && !liveStreaming.test(matchable(part, "zh"))) parts.add(part);
    }
    return { id: category.id, parts: [...parts] };
  });
  const latin = rules.categories.map((category) => ({
    id: category.id,
    parts: (category.english.split("–").at(-1) ?? "")
      .toLowerCase()
      .split(/[^a-z]+/u)
      .filter((word) => word.length >= 4 && !lexicon.genericWords.has(word) && !liveStreaming.test(matchable(word, "en"))),
  }));
  return { han, latin };
}

/**
 * "我们是驾校,就自己一家,不是平台", "说错了,我们不是平台", "we're a driving school, not a platform": a negation of what the
 * asker is (lexicon `identityNegation`, an asker word before it in its sentence) right before a part of a category's name
 * (lexicon `negatedPartFillers` at most between), said whole, says the asker is not that category. Not a negation of
 * doing or having ("不用视频", "我们不做营销", "没有平台的资质"), nor before a name said whole (its mention's role says that).
 */
export function deniedByNamePart(text: MatchableText, names: readonly MentionSpan[], parts: NameParts, lexicon: Lexicon): DeniedNamePart[] {
  const denied: DeniedNamePart[] = [];
  const { negatedPartFillers, negatedPartEnds, identityNegation } = lexicon.dialogue;
  const negations = identityNegation.find(text);
  if (negations.length === 0) return denied;
  const askers = lexicon.roles.askerOpeners.find(text);
  const rhetorical = lexicon.dialogue.rhetoricalDenial.find(text);
  for (const hit of negations) {
    // Said of the asker: an asker word earlier in its sentence ("我们是驾校,就自己一家,不是平台", "our driving school is
    // not a platform") — not "不是课程,是讲座" of a topic, nor "what if it's not fund products?".
    const sentence = sentenceAround(sourceOf(text, hit.script), hit);
    const inSentence = (word: { script: "zh" | "en"; start: number; end: number }) => word.script === hit.script && word.start >= sentence.start && word.end <= hit.start;
    if (!askers.some(inSentence)) continue;
    // Nor a denial put back as a challenge ("谁说我们不是平台"): the asker claims the opposite.
    // (It may run into the negation: 怎么就 and 就不是 share 就.)
    if (rhetorical.some((word) => word.script === hit.script && word.start >= sentence.start && word.start < hit.start)) continue;
    // A name said whole right after it (fillers and spaces aside): its mention's role says what is denied.
    const nameAt = (start: number) => names.some((name) => name.script === hit.script && name.start === start);
    if (hit.script === "zh") {
      let rest = text.compact.slice(hit.end, hit.end + negatedReach);
      const mark = rest.search(clauseMark);
      if (mark !== -1) rest = rest.slice(0, mark);
      const filler = negatedPartFillers.find(matchable(rest, "zh")).find((word) => word.start === 0);
      const skipped = filler ? filler.end : 0;
      if (nameAt(hit.end) || nameAt(hit.end + skipped)) continue;
      rest = rest.slice(skipped);
      for (const { id, parts: own } of parts.han) {
        // The part said whole: the clause ends after it or only lexicon `negatedPartEnds` follow ("不是平台", "不是平台型的") —
        // not the start of another word ("不是教育机构" says nothing of 教育平台), nor a description of something else
        // ("不是平台的商家").
        const part = own.find((candidate) => rest.startsWith(candidate) && negatedPartEnds.fills(rest.slice(candidate.length), "zh"));
        // The words as said, negation and all ("不是平台"): what the asker says it is not.
        if (!part) continue;
        const end = hit.end + skipped + part.length;
        denied.push({ id, word: text.compact.slice(hit.start, end), part, endsMessage: saysNothingAfter(text.compact.slice(end), lexicon) });
      }
    } else {
      const after = text.lower.slice(hit.end);
      let first: { word: string; at: number } | undefined;
      for (const word of after.matchAll(latinWord)) {
        if (negatedPartFillers.isWhole(matchable(word[0], "en"))) continue;
        first = { word: word[0], at: hit.end + word.index! };
        break;
      }
      if (!first || nameAt(first.at) || nameAt(hit.end + after.length - after.trimStart().length)) continue;
      const firstAt = first.at;
      const said = text.lower.slice(hit.start, firstAt + first.word.length);
      const endsMessage = saysNothingAfter(text.lower.slice(firstAt + first.word.length), lexicon);
      for (const { id, parts: own } of parts.latin) {
        if (own.includes(first.word)) denied.push({ id, word: said, part: first.word, endsMessage });
      }
    }
  }
  // "我们也不是平台": 也不是 and 不是 both deny it; the longer words say it once.
  return denied.filter((entry) => !denied.some((other) => other.id === entry.id && other.word.length > entry.word.length && other.word.includes(entry.word)));
}

/** Whether `rest` holds no word of its own: only punctuation, spaces, function characters and generic English words. */
function saysNothingAfter(rest: string, lexicon: Lexicon): boolean {
  for (const character of rest) {
    if (containsHan(character) && !lexicon.functionCharacters.has(character)) return false;
  }
  return [...rest.matchAll(latinWord)].every((word) => lexicon.genericWords.has(word[0]));
}
