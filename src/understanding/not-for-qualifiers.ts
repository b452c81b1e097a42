import type { MatchableText } from "../lexicon/cue-set.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import type { MentionSpan } from "./mention-roles.js";
import { compactForMatching } from "./normalize-question.js";

/** Per category, the words that say the asker is not what it is for (rules › notFor), as each script is matched. */
export interface NotForWords {
  readonly han: ReadonlyMap<CategoryId, readonly string[]>;
  readonly latin: ReadonlyMap<CategoryId, readonly string[]>;
}

const hanPattern = /\p{Script=Han}/u;

export function notForWordsOf(rules: Rules): NotForWords {
  const han = new Map<CategoryId, string[]>();
  const latin = new Map<CategoryId, string[]>();
  for (const category of rules.categories) {
    for (const word of category.notFor) {
      const [target, form] = hanPattern.test(word) ? [han, compactForMatching(word.toLowerCase())] : [latin, word.toLowerCase().trim()];
      target.set(category.id, [...(target.get(category.id) ?? []), form]);
    }
  }
  return { han, latin };
}

/**
 * The candidates of a broad name that a word right before it rules out: "私立医院", "民营医院", "private hospital" are
 * no 公立医疗机构. Only the word against the name counts ("公立医院和私立诊所" says 私立 of 诊所).
 */
export function candidatesNotFor(candidates: readonly CategoryId[], span: MentionSpan, text: MatchableText, words: NotForWords): ReadonlySet<CategoryId> {
  const ruledOut = new Set<CategoryId>();
  if (candidates.length < 2) return ruledOut;
  const before = span.script === "zh" ? text.compact.slice(0, span.start) : text.lower.slice(0, span.start).trimEnd();
  for (const id of candidates) {
    const forCategory = (span.script === "zh" ? words.han : words.latin).get(id);
    if (!forCategory) continue;
    const standsBefore = forCategory.some((word) => before.endsWith(word) && (span.script === "zh" || !/[a-z0-9]/u.test(before[before.length - word.length - 1] ?? "")));
    if (standsBefore) ruledOut.add(id);
  }
  return ruledOut;
}
