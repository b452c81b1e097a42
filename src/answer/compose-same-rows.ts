import { isRowAspect, type RowAspect } from "../lexicon/lexicon-schema.js";
import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { qualificationCountKey } from "../rules/qualification-count-key.js";
import { quotedNames } from "./quoted-names.js";

/**
 * "社交直播的审核时间和电商平台一样吗", "银行和信托的资质要求一样吗", "is the review time for X the same as for Y?": whether the
 * rows asked of the categories are the same is said in words, before the rows — the rows alone leave it to the reader.
 * Where the document gives the row of some and not others, they cannot be compared, and the answer says so. Only of one
 * row asked; the method is said by the verdict itself ("都可以使用…", "接入方式不同").
 */
export function sameRowsLine(input: CompositionInput, categories: readonly CategoryRule[]): string | null {
  if (!input.understanding.asksSame || categories.length === 0) return null;
  // The method asked in words ("两者接入方式有啥区别") is what is weighed: a row word elsewhere in the message is background.
  if (input.understanding.aspects.includes("method")) return null;
  const asked = input.aspects.filter(isRowAspect);
  // "银行的适用范围和直播场景一样吗": two rows of one category.
  if (categories.length === 1) return asked.length === 2 ? sameRowsOfOne(input, categories[0]!, asked[0]!, asked[1]!) : null;
  if (asked.length !== 1) return null;
  const aspect = asked[0]!;
  // 电商平台's 二选一 says each option needs all its items, 银行's 2选1 says nothing of it: alike in count, not said alike.
  if (aspect === "qualification" && new Set(categories.map((category) => category.qualification?.optionRule ?? "")).size > 1) return null;
  const t = input.templates;
  const names = (some: readonly CategoryRule[]) => quotedNames(some.map((category) => displayName(category, input.language)), t.line.and);
  const rows = categories.map((category) => rowOf(category, aspect, input));
  const given = categories.filter((_, index) => rows[index] !== null);
  const label = t.aspect[aspect];
  if (given.length === 0) return fill(t.line.rowsNoneGiven, { categories: names(categories), aspect: label });
  if (given.length < categories.length) {
    return fill(t.line.rowsNotComparable, { given: names(given), missing: names(categories.filter((_, index) => rows[index] === null)), aspect: label });
  }
  if (new Set(rows).size > 1) return fill(t.line.rowsDiffer, { categories: names(categories), aspect: label });
  // Alike in count only: the items did not survive, so whether the documents asked are the same cannot be said.
  if (aspect === "qualification") return fill(t.line.qualificationRowsAlike, { categories: names(categories), rule: input.documentText(categories[0]!.qualification!.rule!) });
  return fill(t.line.rowsSame, { categories: names(categories), aspect: label });
}

/** Whether two rows of one category are written alike; null where the document gives either none. */
function sameRowsOfOne(input: CompositionInput, category: CategoryRule, first: RowAspect, second: RowAspect): string | null {
  const [one, other] = [rowOf(category, first, input), rowOf(category, second, input)];
  if (one === null || other === null) return null;
  const t = input.templates;
  return fill(one === other ? t.line.rowsOfOneSame : t.line.rowsOfOneDiffer, { category: displayName(category, input.language), first: t.aspect[first], second: t.aspect[second] });
}

/** The row as the document writes it, comparable as text; null where the document gives none (empty, "/", absent). */
function rowOf(category: CategoryRule, aspect: RowAspect, input: CompositionInput): string | null {
  if (aspect === "qualification") {
    const qualification = category.qualification;
    if (!qualification?.rule || qualification.rule === "/") return null;
    // By the count, however written (2选1 is 二选一), then any group's own.
    return [qualificationCountKey(qualification), ...qualification.groups.map((group) => `${group.who}:${qualificationCountKey(group)}`)].join("\n");
  }
  const fields = input.fields(category);
  if (aspect === "notes") return fields.notes.length > 0 ? fields.notes.join("\n") : null;
  return fields[aspect];
}
