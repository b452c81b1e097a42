import type { CategoryId, Rules } from "../rules/rules-schema.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";

/**
 * Asked whether a category fits, by an asker whose own business is an unlisted one (rules › unlisted) that does not point
 * to that category: the category does not fit it ("我们是房产中介,能用房地产营销类目吗" — a 房产中介 is no 房地产开发商).
 * An unlisted business pointed to the category by scenario ("宠物店" → 电商平台) may fit it, and is left alone.
 */
export function unlistedUnfit(roled: readonly RoledMention[], mentions: QuestionFrame["mentions"], rules: Rules): Array<{ readonly id: CategoryId; readonly word: string }> {
  const fitted = mentions.filter((mention) => mention.candidates.length === 1).map((mention) => mention.candidates[0]!);
  if (fitted.length === 0) return [];
  return roled.flatMap((mention) => {
    if (mention.role !== "held" || mention.unlisted === null) return [];
    const suggested = rules.unlisted.find((entry) => entry.name === mention.unlisted)?.suggest ?? [];
    return fitted.filter((id) => !suggested.includes(id)).map((id) => ({ id, word: mention.term }));
  });
}

/** The first word said to unfit each category: "民营诊所" after "民营" says it again. */
export function oncePerCategory<Unfit extends { readonly id: CategoryId }>(unfit: readonly Unfit[]): Unfit[] {
  return unfit.filter((entry, index) => unfit.findIndex((other) => other.id === entry.id) === index);
}
