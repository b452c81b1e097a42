import type { CorpusDocument } from "../corpus/corpus-document.js";
import { fail, ok, type Result } from "../shared/result.js";
import { categoryHeading, type Rules } from "./rules-schema.js";

// 「具备…类目,可(直接)(通过|使用)…进行接入」 and 「若同时具备…类目,可直接使用…」, at the start of a line.
const accessSentence = /^具备\s*(.+?)\s*类目,可(?:直接)?(?:通过|使用)\s*(.+?)\s*进行接入/;
const conditionSentence = /^若同时具备.+类目,可直接使用/;

/** The access method a sentence of the document names, or null when it names neither. */
export function methodOfSentence(text: string): "native" | "plugin" | null {
  if (text.includes("原生组件")) return "native";
  if (text.includes("云直播插件")) return "plugin";
  return null;
}

/**
 * Start-up check that the rules say what the document says: every category's method must match its section's
 * access sentence, and every combination its condition sentence; a qualification's option rule must be its section's
 * words, and a category an asker who only does one thing is sent to (onlyDoing) one its section names. A rules file that contradicts the document is
 * refused, so the bot never answers one method while citing a sentence that names the other.
 */
export function checkRulesAgainstCorpus(rules: Rules, corpus: CorpusDocument, rulesFile: string): Result<true> {
  const problems: string[] = [];
  const sections = new Map(corpus.sections.map((section) => [section.heading, section]));
  rules.categories.forEach((category, index) => {
    const heading = categoryHeading(category);
    const onlyDoing = category.onlyDoing;
    const target = onlyDoing ? rules.categories.find((candidate) => candidate.id === onlyDoing.category) : undefined;
    if (onlyDoing && target && ![target.secondary, ...target.aliases].some((name) => (sections.get(heading)?.lines ?? []).some((line) => line.includes(name)))) {
      problems.push(`${rulesFile}: categories.${index}.onlyDoing.category: "${onlyDoing.category}" is named by no line of the document's section "${heading}"; fix: send the asker only where the section's note does, or remove onlyDoing`);
    }
    const optionRule = category.qualification?.optionRule;
    if (optionRule && !(sections.get(heading)?.lines ?? []).some((line) => line.includes(optionRule))) {
      problems.push(`${rulesFile}: categories.${index}.qualification.optionRule: "${optionRule}" is not in the document's section "${heading}"; fix: write it as the section does, or remove it`);
    }
    for (const line of sections.get(heading)?.lines ?? []) {
      const match = accessSentence.exec(line);
      const method = match ? methodOfSentence(match[2]!) : null;
      if (method && method !== category.method) {
        problems.push(`${rulesFile}: categories.${index}.method: "${category.method}" contradicts the document's access sentence in "${heading}" (「${line}」 says ${method}); fix: set method: ${method}`);
      }
    }
  });
  rules.combinations.forEach((combination, index) => {
    const condition = sections.get(combination.section)?.lines.find((line) => conditionSentence.test(line));
    const method = condition ? methodOfSentence(condition) : null;
    if (method && method !== combination.method) {
      problems.push(`${rulesFile}: combinations.${index}.method: "${combination.method}" contradicts the document's sentence in "${combination.section}" (「${condition}」 says ${method}); fix: set method: ${method}`);
    }
  });
  return problems.length === 0 ? ok(true) : fail(problems.join("\n"));
}
