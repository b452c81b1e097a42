import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";

/**
 * "这两个里哪个资质可选的方案更多": of the categories answered whose qualification rule is one of N (5选1, 3选1), those
 * with the most options and those with the fewest, by the document's counts. Nothing when fewer than two have such a
 * count ("需同时提供" and an empty row offer no count to weigh), or the question weighs nothing.
 */
export function optionsComparedLines(input: CompositionInput, categories: readonly CategoryRule[]): string[] {
  if (!input.understanding.comparesOptions) return [];
  const { templates: t, language } = input;
  const counted = categories.filter((category) => category.qualification?.choose === 1 && category.qualification.of !== undefined && category.qualification.rule);
  if (counted.length < 2) return [];
  const optionsOf = (category: CategoryRule) => category.qualification?.of ?? 0;
  const most = Math.max(...counted.map(optionsOf));
  const fewest = Math.min(...counted.map(optionsOf));
  const named = (options: number) => quotedNames(counted.filter((category) => optionsOf(category) === options).map((category) => displayName(category, language)), t.line.separator);
  const ruleOf = (options: number) => input.documentText(counted.find((category) => optionsOf(category) === options)?.qualification?.rule ?? "");
  if (most === fewest) return [fill(t.line.optionsSame, { rule: ruleOf(most) })];
  return [fill(t.line.optionsMost, { most: named(most), mostRule: ruleOf(most), fewest: named(fewest), fewestRule: ruleOf(fewest) })];
}

/**
 * "电商平台和社交直播哪个更好申请", "银行类目好批吗": the document says of no category that it is easy or hard to get; it
 * gives each one's qualification count and review time, which the lines below show.
 */
export function easeLines(input: CompositionInput, categories: readonly CategoryRule[]): string[] {
  if (!input.understanding.asksEase || categories.length === 0) return [];
  const { templates: t, language } = input;
  const names = quotedNames(categories.map((category) => displayName(category, language)), t.line.separator);
  // "私募要啥资质" then "哪个最好弄": which of its options, which the document neither ranks nor keeps the items of.
  const [only] = categories;
  const rule = only?.qualification?.rule;
  if (input.easeAmongOptions === true && categories.length === 1 && rule && only.qualification?.of !== undefined) return [fill(t.line.easeAmongOptions, { category: names, rule: input.documentText(rule) })];
  // The rows the lines below show: those the question weighs the ease by.
  const qualification = input.aspects.includes("qualification");
  const review = input.aspects.includes("review");
  const rows = qualification && review ? t.line.easeRowsBoth : review ? t.line.easeRowsReview : t.line.easeRowsQualification;
  return [categories.length === 1 ? fill(t.line.easeNotSaid, { category: names, rows }) : fill(t.line.easeNotRanked, { categories: names, rows })];
}
