import { categoriesWithMethod, changesMethodOf } from "../rules/rules-engine.js";
import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { compositionTools, groupedNames } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";

/**
 * "我们是学校,怎样才能用原生组件": the native tags asked for a program whose categories all stream by the plugin, none of
 * them with a category that changes that (电商平台 has 社交-直播, said by its condition line instead). The document gives
 * no way for those categories; what it does give is which categories, and which subject, may use the tags — each
 * category still to fit what the program actually does (the general note, quoted after these lines).
 * Empty when that is not what was asked.
 */
export function nativeRouteLines(input: CompositionInput, categories: readonly CategoryRule[]): string[] {
  const { understanding, rules, templates: t, language, citations } = input;
  if (understanding.askedMethod !== "native" || !understanding.asksNeededCategory || categories.length === 0) return [];
  const changedByAnother = (category: CategoryRule) => rules.combinations.some((combination) => changesMethodOf(combination, category));
  if (!categories.every((category) => category.method === "plugin" && !changedByAnother(category))) return [];
  const { name } = compositionTools(input);
  const native = categoriesWithMethod(rules, "native");
  citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
  return [
    fill(t.line.nativeRouteNotSaid, { categories: quotedNames(categories.map((category) => name(category)), t.line.separator) }),
    fill(t.line.nativeCategoriesHelp, { count: native.length }),
    ...groupedNames(native, t, language),
  ];
}
