import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { CategoryMention } from "../rules/rules-engine.js";

/**
 * "医疗和教育下面哪些能用插件": a list by method asked of several groups' words, and nothing else named, is one list of all their
 * categories — not the first group's verdict with the others dropped, as several groups held would be read.
 * The list is named by the groups' words joined as the rules engine joins alternatives.
 */
export function listedGroups(mentions: readonly CategoryMention[], aspects: readonly Aspect[]): readonly CategoryMention[] {
  const groupsOnly = mentions.length >= 2 && mentions.every((mention) => mention.scenario && mention.candidates.length >= 2);
  // Listed by method only: "医疗和教育哪些类目要审核7天" asks which have a review time, which the groups' own answers say.
  const byMethod = aspects.every((aspect) => aspect === "list" || aspect === "method");
  if (!aspects.includes("list") || !groupsOnly || !byMethod) return mentions;
  return [{ term: mentions.map((mention) => mention.term).join(" / "), candidates: [...new Set(mentions.flatMap((mention) => mention.candidates))], scenario: true }];
}
