import type { CategoryRule } from "../rules/rules-schema.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import type { CompositionInput } from "./compose-types.js";
import { englishOwnName } from "./compose-lines.js";

/**
 * Whether the question calls a category by its own name ("电商平台卖医疗器械要补什么类目", "…for trust?"), rather than
 * the answer finding it from a description ("视频会议属于哪个类目", "宠物直播要什么类目").
 * A two-character name is no name of its own ("宠物直播" is an activity, not 社交-直播's 直播): group and name together.
 */
export function namedOutright(category: CategoryRule, input: Pick<CompositionInput, "understanding">): boolean {
  const secondary = compactForMatching(category.secondary);
  const ownName = [secondary.length >= 3 || category.primary === category.secondary ? secondary : compactForMatching(category.primary + category.secondary), compactForMatching(englishOwnName(category))];
  return input.understanding.mentions.some(
    (mention) => !mention.scenario && mention.candidates.length === 1 && mention.candidates[0] === category.id && ownName.some((own) => own !== "" && compactForMatching(mention.term).includes(own)),
  );
}
