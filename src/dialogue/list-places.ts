import type { CategoryMention } from "../rules/rules-engine.js";
import type { CategoryId } from "../rules/rules-schema.js";
import type { DialogueTopic } from "./dialogue-topic.js";
import type { TopicKnowledge } from "./turn-facts.js";

/**
 * What a place ("第二个", "the last one") counts among: the list the topic holds, the document's list as the last answer
 * showed it ("用插件的类目有哪些" then "第一个呢"), a group's options shown, the two talked about, or, with none of those,
 * the categories talked about in turn.
 */
export function placesOf(topic: DialogueTopic, talkedAbout: readonly CategoryId[]): readonly CategoryId[] {
  if (topic.categories.length > 2) return topic.categories;
  const shown = topic.listedBy?.order ?? [];
  if (shown.length > 1) return shown;
  const offered = topic.offered ?? [];
  if (offered.length > 2) return offered;
  // "前面说的第一个类目" after 消费金融, 企业征信 and then a name the document does not list: with no two told apart any
  // more, the categories talked about on this program, in the order first talked about.
  const recent = topic.recent ?? [];
  // Not while categories held together are the topic ("我们同时有电商平台和社交直播" then "第一个的资质呢": both answered).
  if (talkedAbout.length === 0 && topic.categories.length === 0 && recent.length >= 2) return recent;
  // "银行…" then "那信托呢" then "保险呢" then "第一个资质几选几": with more than two asked in turn on this program, the place
  // counts all of them in order, not the last two alone.
  return recent.length > 2 && talkedAbout.length === 2 && talkedAbout.every((id) => recent.includes(id)) ? recent : talkedAbout;
}

/** The group's name when `ids` are all of one first-level group's categories (汽车's one included), else null. */
export function wholeGroupOf(ids: readonly CategoryId[], knowledge: TopicKnowledge): string | null {
  const [first] = ids;
  if (first === undefined) return null;
  const group = knowledge.groupOf(first);
  return group.length === ids.length && group.every((id) => ids.includes(id)) ? (knowledge.primaryOf(first) ?? null) : null;
}

/** The categories the last answer offered to choose from, as the one broad word they were read from (their group's name). */
export function offeredGroup(offered: readonly CategoryId[], knowledge: TopicKnowledge): CategoryMention {
  const primaries = [...new Set(offered.map(knowledge.primaryOf))];
  return { term: primaries.length === 1 ? (primaries[0] ?? "") : "", candidates: [...offered], scenario: false };
}

/**
 * Of a group's options listed by a method ("教育类哪个能用原生标签"), the one that takes it, when only one does; or the one
 * category a list showed ("哪些类目审核要7天", "原生的那些里哪些是5选1"): "那它资质几选一" after it points there.
 */
export function soleCategoryShown(topic: DialogueTopic, knowledge: TopicKnowledge): CategoryId | null {
  const listed = topic.listedBy?.order ?? [];
  if (listed.length === 1) return listed[0]!;
  if (topic.offeredBy === undefined) return null;
  const taking = (topic.offered ?? []).filter((id) => knowledge.methodOf(id) === topic.offeredBy);
  return taking.length === 1 ? taking[0]! : null;
}
