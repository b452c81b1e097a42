import type { CueHit, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { AccessMethod } from "../rules/rules-schema.js";
import { clausePunctuation, liesWithin, onlyBetween, sourceOf } from "./clauses.js";

/**
 * "哪些要插件", "which ones need the plugin": a which-word (or "which" opening a clause), then words of taking before the method's word (lexicon
 * whichTakeGap) — not "哪个插件" (which plugin), nor "哪些主体要插件" (which subjects).
 */
export function asksWhichTakeMethod(text: MatchableText, method: AccessMethod, lexicon: Lexicon): boolean {
  const methodWords = lexicon.methods[method].find(text);
  const { whichOnes, whichOpening, whichTakeGap } = lexicon.dialogue;
  const opensClause = (hit: CueHit) => {
    const before = sourceOf(text, hit.script).slice(0, hit.start).trimEnd();
    return before === "" || clausePunctuation.test(before.at(-1)!);
  };
  return [...whichOnes.find(text), ...whichOpening.find(text).filter(opensClause)].some((which) =>
    methodWords.some((word) => {
      const gap = sourceOf(text, which.script).slice(which.end, word.start);
      return word.script === which.script && word.start > which.end && gap.trim() !== "" && whichTakeGap.fills(gap, which.script);
    }),
  );
}

/**
 * "插件的有哪些", "原生组件的有多少个": the method's word first, then a which- or count word right after a link (lexicon
 * methodListLink) — the other order of asksWhichTakeMethod's.
 */
export function asksMethodsOnes(text: MatchableText, method: AccessMethod, lexicon: Lexicon): boolean {
  const { methodListLink, whichOnes, countOfThem } = lexicon.dialogue;
  const methodWords = lexicon.methods[method].find(text).filter((hit) => hit.script === "zh");
  if (methodWords.length === 0) return false;
  const asking = [...whichOnes.find(text), ...countOfThem.find(text)].filter((hit) => hit.script === "zh");
  return methodWords.some((word) => asking.some((ask) => ask.start > word.end && onlyBetween(methodListLink, word, ask, text)));
}

/**
 * A pointer back at the topic ("这几个类目里哪个…") or at the two just talked about ("这俩哪个能走原生", lexicon
 * pairPointers), other than one setting it aside ("除了它以外…", "除了这几个…").
 */
export function pointsBackBesides(text: MatchableText, lexicon: Lexicon): boolean {
  const setAside = [...lexicon.dialogue.exceptTopic.find(text), ...lexicon.dialogue.exceptSeveral.find(text)];
  return [...lexicon.dialogue.anaphora.find(text), ...lexicon.dialogue.pairPointers.find(text)].some((hit) => !liesWithin(hit, setAside));
}
