import { compactForMatching } from "../understanding/normalize-question.js";
import type { CategoryRule } from "../rules/rules-schema.js";

/**
 * Whether a note names one of these categories by its second-level name ("如提供股票交易服务,需选择【金融业-证券/期货】类目"):
 * the document sending askers between categories. Compared compact, so a note that joins the name's parts with other
 * marks ("证券/期货投资咨询" for 证券、期货投资咨询) still names it. The names are compacted once, for every note tested.
 */
export function namesAnyOf(categories: readonly Pick<CategoryRule, "secondary">[]): (note: string) => boolean {
  const names = categories.map((category) => compactForMatching(category.secondary));
  return (note) => {
    const compact = compactForMatching(note);
    return names.some((name) => compact.includes(name));
  };
}
