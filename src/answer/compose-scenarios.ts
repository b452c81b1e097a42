import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";

/** "按场景可参考「电商平台」(小程序·云直播插件):适用于电商类直播带货。": a category by what its live streams are for. */
export function scenarioPointer(category: CategoryRule, input: CompositionInput): string {
  const { templates: t, language } = input;
  const fields = input.fields(category);
  const line = fill(t.line.suggestion, { category: displayName(category, language), method: t.method[category.method], scenario: input.documentText(fields.scenario ?? fields.scope ?? "") });
  // The document gives some categories neither scenario nor scope: then the line ends at the name.
  return line.replace(/[::]\s*$/u, language === "zh" ? "。" : ".");
}

/**
 * The category a scenario word of the question points to ("直播带货" → 电商平台) when the verdict is about other, named
 * categories: the rules left the scenario out because a name outranks it. Only where the pointer changes how the
 * asker would stream (another method than every named category's: 银行 and 讲座's 在线视频课程 both use the native
 * tags), for a word of one category, in another group than every named one (within a group the named category's
 * own lines already say where the activity belongs: 股票信息服务平台's note sends 股票交易 to 证券/期货), and not when
 * the word was negated ("不做直播带货"). A category named as what the asker means to stream ("我们是保险,想做明星直播") is
 * pointed to whatever its method and group: the named category's verdict alone would read as a yes to those streams,
 * and a category must fit what the mini program does.
 */
export function scenarioCategoriesBesides(held: readonly CategoryRule[], input: CompositionInput): CategoryRule[] {
  const heldIds = new Set(held.map((category) => category.id));
  const heldGroups = new Set(held.map((category) => category.primary));
  const heldMethods = new Set(held.map((category) => category.method));
  const found: CategoryRule[] = [];
  for (const mention of input.understanding.roled) {
    if (!mention.scenario || mention.role === "negated" || mention.candidates.length !== 1 || heldIds.has(mention.candidates[0]!)) continue;
    const category = input.rules.categories.find((candidate) => candidate.id === mention.candidates[0]);
    if (category && (mention.intended === true || (!heldGroups.has(category.primary) && !heldMethods.has(category.method)))) found.push(category);
  }
  return [...new Set(found)];
}
