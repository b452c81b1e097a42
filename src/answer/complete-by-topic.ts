import type { CategoryId, CategoryRule } from "../rules/rules-schema.js";
import { containsHan } from "../shared/han-script.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { QuestionUnderstander } from "../understanding/understand-question.js";

/**
 * "我们其实是中介" after 房地产营销, "actually we are the developer" after a property question: a word that names nothing on
 * its own names, with a word of the topic's category before it, a business the vocabulary knows (房产中介, "property
 * developer"). The question is read again with that name in the word's place. Null when the question names anything
 * itself, or no word of it completes so.
 */
export function completedByTopic(
  question: string,
  frame: QuestionFrame,
  topic: { readonly categories: readonly CategoryId[]; readonly unlisted: readonly string[] },
  categories: readonly CategoryRule[],
  understander: QuestionUnderstander,
): QuestionFrame | null {
  if ((topic.categories.length === 0 && topic.unlisted.length === 0) || frame.topicWords.length === 0) return null;
  // Naming the topic's own category again ("那我们其实是中介,帮开发商卖房" after 房地产营销: 卖房) names nothing else.
  const namesOnlyTopic = frame.roled.every((mention) => mention.candidates.length > 0 && mention.candidates.every((id) => topic.categories.includes(id)));
  if (!namesOnlyTopic || frame.unlisted.length > 0 || frame.subject !== null || (frame.programs?.length ?? 0) > 0) return null;
  // A business the document does not list is of the group its name opens with ("房地产服务-房地产中介"): that group's categories.
  const groups = new Set(topic.unlisted.filter((name) => name.includes("-")).map((name) => compactForMatching(name.slice(0, name.indexOf("-")))));
  const held = categories.filter((category) => topic.categories.includes(category.id) || groups.has(compactForMatching(category.primary)));
  const chinesePrefixes = [...new Set(held.flatMap((category) => category.aliases.filter((alias) => containsHan(alias))))];
  // The words an English name of the category opens with ("property" of "property marketing").
  const englishPrefixes = [...new Set(held.flatMap((category) => category.englishTerms.map((term) => term.split(/\s+/u)).filter((words) => words.length > 1).map((words) => words[0]!)))];
  for (const word of frame.topicWords) {
    if (understander.isAspectWord(word)) continue;
    const chinese = containsHan(word);
    const name = (chinese ? chinesePrefixes.map((prefix) => `${prefix}${word}`) : englishPrefixes.map((prefix) => `${prefix} ${word}`)).find((candidate) => understander.isVocabularyName(candidate));
    if (name === undefined) continue;
    const at = chinese ? question.indexOf(word) : question.toLowerCase().indexOf(word.toLowerCase());
    if (at < 0) continue;
    const reread = understander.understand(`${question.slice(0, at)}${name}${question.slice(at + word.length)}`);
    // Only another business than the topic's own: "其实我们不是平台" after 电商平台 is read as it is (a part of the topic's name denied).
    const namesAnother = reread.unlisted.length > 0 || reread.roled.some((mention) => mention.candidates.some((id) => !topic.categories.includes(id)));
    if (namesAnother) return reread;
  }
  return null;
}
