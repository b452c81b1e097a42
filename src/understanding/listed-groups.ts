import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { CategoryMention } from "../rules/rules-engine.js";

/** A group's word: a scenario-like name of several categories ("教育", "金融"). */
const isGroup = (mention: CategoryMention) => mention.scenario && mention.candidates.length >= 2;

/**
 * "医疗和教育下面哪些能用插件": a list by method asked of several groups' words, and nothing else named, is one list of all their
 * categories — not the first group's verdict with the others dropped, as several groups held would be read.
 * The list is named by the groups' words joined as the rules engine joins alternatives.
 * A category named among the groups, only to ask about them all ("教育、电商、金融三类里哪些要用插件"), is listed with them:
 * `onlyAsked` says no name is the asker's own (frame › onlyAsksAbout). Not one of a group named ("教育类里的教育平台和
 * 培训机构哪个能用原生"): that picks among the group.
 */
export function listedGroups(mentions: readonly CategoryMention[], aspects: readonly Aspect[], onlyAsked: boolean): readonly CategoryMention[] {
  const amongGroups = onlyAsked && namesCategoryBesideGroups(mentions);
  const groupsOnly = mentions.length >= 2 && (mentions.every(isGroup) || amongGroups);
  // Listed by method only: "医疗和教育哪些类目要审核7天" asks which have a review time, which the groups' own answers say.
  const byMethod = aspects.every((aspect) => aspect === "list" || aspect === "method");
  if (!aspects.includes("list") || !groupsOnly || !byMethod) return mentions;
  return [{ term: mentions.map((mention) => mention.term).join(" / "), candidates: [...new Set(mentions.flatMap((mention) => mention.candidates))], scenario: true }];
}

/** Groups named, and besides them only categories of none of them ("教育、电商、金融": 电商平台 is of neither). */
export function namesCategoryBesideGroups(mentions: readonly CategoryMention[]): boolean {
  const groups = mentions.filter(isGroup);
  if (groups.length === 0) return false;
  return mentions.every((mention) => isGroup(mention) || (mention.candidates.length === 1 && !groups.some((group) => group.candidates.includes(mention.candidates[0]!))));
}
