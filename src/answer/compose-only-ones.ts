import { primaryOf } from "../rules/rules-engine.js";
import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { compositionTools } from "./compose-lines.js";
import { excludedInMessage } from "./compose-list.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";

/**
 * "是不是只有社交直播才能用原生", "教育下面是不是只有在线视频课程才能用原生组件": whether the categories the question
 * set aside (frame asksOnlyOnes) are the only ones taking the method asked — within the group named beside them, or in
 * the whole document, where a government program takes the tags whatever its category — said first; the list or the
 * group's verdict below shows the others. Empty when not so asked, or when none of them takes the method: their own
 * verdict, or the list's line on holding more, says so.
 */
export function onlyOnesLead(input: CompositionInput): string[] {
  const { understanding, rules, templates: t } = input;
  const asked = understanding.askedMethod;
  if (!understanding.asksOnlyOnes || asked === null) return [];
  const ids = excludedInMessage(understanding);
  const named = rules.categories.filter((category) => ids.has(category.id));
  if (!named.some((category) => category.method === asked)) return [];
  // The group named beside them, theirs ("教育下面…在线视频课程"): where "only" is asked. Its word's candidates are read
  // without those set aside, so the group is its categories' group.
  const namedGroups = new Set(named.map((category) => category.primary));
  const scope = understanding.roled.find((mention) => mention.role !== "excluded" && mention.candidates.length > 1 && mention.candidates.every((id) => namedGroups.has(primaryOf(rules, id) ?? "")));
  const scopeGroups = new Set(scope?.candidates.map((id) => primaryOf(rules, id)) ?? []);
  const inScope = scope === undefined ? rules.categories : rules.categories.filter((category) => scopeGroups.has(category.primary));
  const others = inScope.filter((category) => category.method === asked && !ids.has(category.id));
  const { name, methodText } = compositionTools(input);
  const values = { named: namedShown(named, input, name), method: methodText(asked), scope: scope === undefined ? t.line.onlyOnesWholeDocument : fill(t.line.onlyOnesInGroup, { group: groupOf(inScope, scope.term) }) };
  // In the whole document the tags are a government program's too, whatever its category.
  const governmentToo = scope === undefined && asked === "native";
  return [fill(others.length === 0 && !governmentToo ? t.line.onlyOnesYes : t.line.onlyOnesNo, values)];
}

/** A whole group as the group ("「金融业」下的类目"), else the categories one by one. */
function namedShown(named: readonly CategoryRule[], input: CompositionInput, name: (category: CategoryRule) => string): string {
  const { rules, templates: t } = input;
  const primaries = [...new Set(named.map((category) => category.primary))];
  const wholeGroup = primaries.length === 1 && named.length > 1 && rules.categories.filter((category) => category.primary === primaries[0]).length === named.length;
  return wholeGroup ? fill(t.line.onlyOnesGroup, { group: primaries[0]! }) : quotedNames(named.map((category) => name(category)), t.line.separator);
}

/** The group the scope's categories share, or the word that named them. */
function groupOf(categories: readonly CategoryRule[], term: string): string {
  const primaries = new Set(categories.map((category) => category.primary));
  return primaries.size === 1 ? categories[0]!.primary : term;
}
