import type { Verdict } from "../rules/rules-engine.js";
import { fill } from "./answer-templates.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "金融类哪些能用原生" then "一共几个": how many categories the answer is about. Asked by a method ("金融类目有几个要用插件"),
 * those of that method only; none is no count to give.
 */
export function countLineOf(input: CompositionInput, verdict: Verdict): string[] {
  const { templates: t } = input;
  const countedOf = verdict.kind === "ambiguous" ? verdict.options : verdict.categories;
  const method = input.understanding.askedMethod;
  const counted = (method === null ? countedOf : countedOf.filter((category) => category.method === method)).length;
  // One is a count too when it is asked among a list shown ("这里面教育的有几个" of the native list: 1).
  if (!input.understanding.asksCountOfThem || counted < 1 || (countedOf.length < 2 && !input.understanding.asksAmongThem)) return [];
  if (counted === 1 && (countedOf.length === 1 || method === null)) return [t.line.countOfOne];
  return [counted === countedOf.length || method === null ? fill(t.line.countOfThem, { count: counted }) : fill(t.line.countOfMethod, { count: counted, method: t.method[method] })];
}

/** The count after the verdict and the option lines under it ("…各自如下:" then "· 电商平台:…"), not between them. */
export function withCountLine(lines: readonly string[], countLines: readonly string[], optionTemplate = ""): string[] {
  const optionMark = optionTemplate.slice(0, Math.max(0, optionTemplate.indexOf("{")));
  let after = Math.min(1, lines.length);
  while (after < lines.length && optionMark !== "" && lines[after]!.startsWith(optionMark)) after += 1;
  return [...lines.slice(0, after), ...countLines, ...lines.slice(after)];
}
