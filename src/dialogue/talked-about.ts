import type { CategoryId } from "../rules/rules-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { DialogueTopic } from "./dialogue-topic.js";
import type { TopicKnowledge } from "./turn-facts.js";

/**
 * The categories talked about, in order: the topic's when it holds several told apart, else the last two ("私募…" then
 * "公募呢"), else the topic's and the other program's. Categories held together ("我们有电商平台和社交直播") are not told
 * apart: the first of them is no other answer.
 */
export function talkedAboutOf(topic: DialogueTopic): readonly CategoryId[] {
  const otherProgramPair =
    topic.categories.length === 1 && topic.otherProgram?.categories.length === 1 && topic.otherProgram.categories[0] !== topic.categories[0]
      ? [...topic.otherProgram.categories, ...topic.categories]
      : [];
  const apart = topic.alternatives === true || topic.apart === true;
  // "我们自己的是社交直播" then "不对,是电商平台": the category said by mistake is no second one; with a client's program
  // before, "那两个" are the two programs'.
  const pair = topic.pairByCorrection === true && otherProgramPair.length === 2 ? otherProgramPair : (topic.pair ?? otherProgramPair);
  return topic.categories.length >= 2 ? (apart ? topic.categories : []) : pair;
}

/** "第一个的适用范围是什么", "前者呢" of the categories talked about, in order: the one at that place; null when there is none. */
export function ordinalCategory(categories: readonly CategoryId[], frame: QuestionFrame): CategoryId | null {
  return categories.length >= 2 && frame.pointsAtOrdinal !== null && frame.roled.length === 0 ? (categories.at(frame.pointsAtOrdinal) ?? null) : null;
}

/**
 * Of several categories talked about, the one a follow-up points at by a word of its name only it has ("平台的" of
 * 驾校培训 and 驾校平台). Null when none, or the turn names a category of its own or says something of one.
 */
export function pointedCategory(categories: readonly CategoryId[], frame: QuestionFrame, knowledge: TopicKnowledge): CategoryId | null {
  // A category named outright, or anything said of one, is read by the rest of the tracker.
  if (frame.unlisted.length > 0 || frame.roled.some((mention) => mention.candidates.length === 1 || mention.role !== "held")) return null;
  // Two characters of a name that no other topic category's name holds ("平台" of 驾校平台 beside 驾校培训), right before
  // 的 or 呢.
  const names = categories.map((id) => knowledge.nameOf(id));
  const own = (name: string) => {
    const pairs: string[] = [];
    for (let at = 0; at + 2 <= name.length; at += 1) {
      const pair = name.slice(at, at + 2);
      if (names.every((other) => other === name || !other.includes(pair))) pairs.push(pair);
    }
    return pairs;
  };
  // Not a name that is all one such pair (直播 of 社交-直播): "做直播的话" says nothing of the category.
  const named = categories.filter((_, index) => names[index]!.length > 2 && own(names[index]!).some((pair) => frame.partsPointedAt.includes(pair)));
  if (named.length === 1) return named[0]!;
  // "We're public.", "the platform one" after both were weighed: a word of one English name that no other's has — in a
  // short message ("can I trust that answer?" says nothing of 信托), or anywhere right before "one" ("what do we need
  // for the audio/video one?").
  if (frame.language !== "en") return null;
  const englishWords = categories.map((id) => new Set(knowledge.englishNameOf(id).split(/[^a-z]+/u).filter((word) => word.length >= 4)));
  const words = frame.normalized.lower.split(/[^a-z]+/u);
  const said = new Set(frame.short ? words : words.filter((word, index) => words[index + 1] === "one"));
  const byWord = categories.filter((_, index) => [...englishWords[index]!].some((word) => said.has(word) && englishWords.every((other) => other === englishWords[index] || !other.has(word))));
  return byWord.length === 1 ? byWord[0]! : null;
}

/** "插件那个呢", "the plugin one" of several talked about: the only one that streams by that method; null otherwise. */
export function methodPointedCategory(categories: readonly CategoryId[], frame: QuestionFrame, knowledge: TopicKnowledge): CategoryId | null {
  if (frame.pointsByMethod === null) return null;
  const byMethod = categories.filter((id) => knowledge.methodOf(id) === frame.pointsByMethod);
  return byMethod.length === 1 ? byMethod[0]! : null;
}

/**
 * "医疗-公立医疗机构能直播吗" then "互联网的呢": with one category talked about, a part of the name of another of its group
 * that no other there has, before 的 or 呢 (as pointedCategory reads it among those talked about), is that category.
 */
export function siblingPointedAt(topic: DialogueTopic, frame: QuestionFrame, knowledge: TopicKnowledge): CategoryId | null {
  const [only] = topic.categories;
  if (topic.categories.length !== 1 || only === undefined || frame.partsPointedAt.length === 0) return null;
  const group = knowledge.groupOf(only);
  if (group.length < 2) return null;
  const pointed = pointedCategory(group, frame, knowledge);
  if (pointed === null || pointed === only) return null;
  // Not a word the topic's own section uses ("那只做产品介绍和咨询呢" after 私募基金, whose scope reads 展示、介绍、咨询):
  // what the program does within it — unless its note sends one who does only that to the category pointed at (证券/期货's
  // note on 咨询: 证券/期货投资咨询).
  if (knowledge.onlyDoingSendsTo(only) !== pointed && frame.partsPointedAt.some((part) => knowledge.sectionsMention(part, [only]))) return null;
  return pointed;
}
