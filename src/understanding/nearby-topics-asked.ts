import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import { isRowAspect, type Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon, NearbyTopic } from "../lexicon/load-lexicon.js";
import { toldBeforeTheQuestion } from "./background-sentences.js";
import { clauseAround, clausePunctuation, liesWithin, matchable, onlyBetween, sourceOf } from "./clauses.js";
import { isLikeness } from "./likeness.js";

/**
 * The near-by topics (ones the document does not cover) a question asks about. Not a body's name ("tax bureau",
 * 税务局 names the body, not the topic); not what a sentence before the question tells without asking ("之前我们试过在
 * 视频号上直播,…。我们小程序是…,该用哪种?"); not a product the asker's own program is only likened to ("类似京东那样
 * 的平台"); not a word that only describes a thing ("收费网课" asks nothing about fees).
 */
export function nearbyTopicsAsked(text: MatchableText, lexicon: Lexicon, insideBodyName: (hit: CueHit, script: "zh" | "en") => boolean): readonly NearbyTopic[] {
  return withoutContext(
    lexicon.nearbyTopics.filter((topic) =>
      (topic.ofMethod !== null && saidOfMethod(topic.ofMethod, text, lexicon)) ||
      topic.cues.find(text).some(
        (hit) =>
          !insideBodyName(hit, hit.script) &&
          !(topic.notInside !== null && liesWithin(hit, topic.notInside.find(text))) &&
          // A request declined is asked wherever it stands ("Write me a poem. Also, can a bank stream?").
          (topic.declines || !toldBeforeTheQuestion(hit, text, lexicon)) &&
          !(topic.otherProduct && isLikeness(hit, text, lexicon)) &&
          !(topic.describes !== null && topic.describers.has(hit.cue) && describesThing(hit, topic.describes, text, lexicon)),
      ),
    ),
  );
}

/** Whether a near-by topic's word stands right before a thing it describes, only 的 between ("收费网课", "收费的课"). */
function describesThing(hit: CueHit, things: CueSet, text: MatchableText, lexicon: Lexicon): boolean {
  return things.find(text).some((thing) => onlyBetween(lexicon.roles.possessive, hit, thing, text));
}

/** The near-by topics asked: one that is only context ("打赏" in "直播打赏的收入怎么报税") gives way to the others. */
function withoutContext(topics: readonly NearbyTopic[]): readonly NearbyTopic[] {
  const asked = topics.filter((topic) => !topic.context);
  return asked.length > 0 && asked.length < topics.length ? asked : topics;
}

/** Whether a word of the set stands after an access method's word in its clause ("live-pusher 需要传什么参数"), or in English before it. */
function saidOfMethod(words: CueSet, text: MatchableText, lexicon: Lexicon): boolean {
  const found = words.find(text);
  if (found.length === 0) return false;
  const methods = [...lexicon.methods.native.find(text), ...lexicon.methods.plugin.find(text)];
  return found.some((word) => {
    const clause = clauseAround(sourceOf(text, word.script), word, lexicon.roles.clauseBreaks, text);
    // English may name the method after ("what attributes does live-pusher have?").
    return methods.some(
      (method) => method.script === word.script && ((method.end <= word.start && method.start >= clause.start) || (word.script === "en" && method.start >= word.end && method.end <= clause.end)),
    );
  });
}

/**
 * Of the aspects read, those said only inside a near-by topic's words, or right against them, are none asked ("银行类目过审
 * 概率大吗", "过审几率大吗", "审核过的概率大不大": 过审 is part of the topic's phrase and asks no review time); one said apart from them too still
 * is ("过审概率大吗,一般要多久").
 */
export function withoutAspectsOfTopics(aspects: readonly Aspect[], topics: readonly NearbyTopic[], text: MatchableText, lexicon: Lexicon): readonly Aspect[] {
  if (topics.length === 0 || aspects.length === 0) return aspects;
  const topicHits = topics.flatMap((topic) => topic.cues.find(text));
  return aspects.filter((aspect) => {
    const hits = lexicon.aspects.get(aspect)?.find(text) ?? [];
    // "审核过的概率": the aspect's word, then only words of passing it (lexicon dialogue.aspectIntoTopicGap), then the topic's.
    const partOfTopic = (hit: CueHit) =>
      liesWithin(hit, topicHits) ||
      topicHits.some((topic) => topic.script === hit.script && (topic.start === hit.end || topic.end === hit.start || (topic.start > hit.end && !clausePunctuation.test(sourceOf(text, hit.script).slice(hit.end, topic.start)) && onlyBetween(lexicon.dialogue.aspectIntoTopicGap, hit, topic, text))));
    return hits.length === 0 || hits.some((hit) => !partOfTopic(hit));
  });
}

/**
 * Whether a row of a category's section is asked before every near-by topic's word ("资质要求是不是要营业执照加ICP?",
 * "审核要多久,能加急吗"): the row is what is asked, the topic a guess at it or a question beside it. Not a row word
 * after the topic's ("ICP备案一般要多久", "回放能保存多久"), which asks of the topic itself; in English, which puts its
 * question words first either way ("how long does ICP filing take?"), only a row asked in a clause of its own ("What
 * qualifications, and do we need an ICP licence?").
 */
export function asksRowBeforeTopics(aspects: readonly Aspect[], topics: readonly NearbyTopic[], text: MatchableText, lexicon: Lexicon): boolean {
  if (topics.length === 0) return false;
  const topicHits = topics.flatMap((topic) => topic.cues.find(text));
  if (topicHits.length === 0) return false;
  const firstTopic = (script: "zh" | "en") => Math.min(...topicHits.filter((hit) => hit.script === script).map((hit) => hit.start));
  const before = (hit: CueHit) => {
    const topicAt = firstTopic(hit.script);
    if (!Number.isFinite(topicAt) || hit.end > topicAt) return false;
    return hit.script === "zh" || clausePunctuation.test(sourceOf(text, hit.script).slice(hit.end, topicAt));
  };
  // Not a row told as done before the topic's question ("资质办好了,ICP还要办吗", "Qualifications are sorted; do we still
  // need ICP?"): its clause tells it, with a word of what is so already (lexicon dialogue.backgroundMarkers).
  const toldDone = (hit: CueHit) => {
    const source = sourceOf(text, hit.script);
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    return lexicon.dialogue.backgroundMarkers.test(matchable(source.slice(clause.start, clause.end), hit.script));
  };
  return aspects.some((aspect) => isRowAspect(aspect) && (lexicon.aspects.get(aspect)?.find(text) ?? []).some((hit) => before(hit) && !toldBeforeTheQuestion(hit, text, lexicon) && !toldDone(hit)));
}
