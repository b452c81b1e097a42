import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { SectionFields } from "../corpus/section-fields.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import { categoryHeading, type CategoryRule } from "../rules/rules-schema.js";
import { hostsOthers } from "./compose-scenarios.js";

/** The least count of the question's words a category's section must hold to say what the business is. */
const leastWordsShared = 2;

/**
 * The category a description of the asker's business points to by the document's own words ("我们开了家线下补课的机构,
 * 有办学许可证" → 培训机构, "帮企业查合作方有没有失信、逾期记录" → 企业征信): among the retrieved sections, the one that holds
 * the most of the question's words — at least two, and more than any other section holds — when it is a category's and
 * its scope or scenario line holds one of them, the line the answer shows as the evidence. The rules then decide the
 * method. Null otherwise: a description the document does not tell apart stays unanswered by a category.
 */
export function categoryOfPassage(
  frame: QuestionFrame,
  chunks: readonly CorpusChunk[],
  categories: readonly CategoryRule[],
  lexicon: Lexicon,
  fields: (category: CategoryRule) => SectionFields,
): { category: CategoryRule; aspect: "scope" | "scenario" } | null {
  // Said of the asker's own business, or asked how it streams: not a question about the document's words.
  if (!frame.speaksOfAsker && !frame.ownProgram && !frame.aspects.includes("method")) return null;
  const { roles, corpusLabels: labels } = lexicon;
  // A platform's category only for a platform: "平台上入驻了几十家驾校,我们是其中一家" is one of those hosted, and a business
  // selling its own goods is not said to fit 电商平台 (compose-scenarios.ts, platformsByScene).
  const asPlatform = roles.platform.test(frame.normalized) && !frame.saysNotPlatform && !roles.oneOfHosted.test(frame.normalized);
  const fits = (category: CategoryRule) => asPlatform || !hostsOthers(category, { fields, hostingScope: roles.hostingScope });
  const words = frame.topicWords.filter((word) => word.length >= 2);
  if (words.length < leastWordsShared) return null;
  const held = (lines: readonly string[]) => words.filter((word) => lines.some((line) => line.toLowerCase().includes(word))).length;
  let best: { chunk: CorpusChunk; count: number } | null = null;
  let runnerUp = 0;
  for (const chunk of chunks) {
    const count = held(chunk.lines);
    if (best && chunk.heading === best.chunk.heading) continue;
    if (count > (best?.count ?? 0)) {
      runnerUp = best?.count ?? 0;
      best = { chunk, count };
    } else if (count > runnerUp) runnerUp = count;
  }
  if (!best || best.count < leastWordsShared || runnerUp >= best.count) return null;
  const category = categories.find((candidate) => categoryHeading(candidate) === best.chunk.heading);
  const lineOf = (label: string) => best.chunk.lines.filter((line) => line.startsWith(label));
  if (!category || !fits(category)) return null;
  // "帮用户查个人贷款的逾期记录": a word of the question in the category's notes may be the case they send elsewhere
  // (「若涉及提供【个人征信业务】服务,需选择【金融业-个人征信】类目」) — the description is not told apart.
  if (held(lineOf(labels.notes)) > 0) return null;
  const aspect = held(lineOf(labels.scope)) > 0 ? "scope" : held(lineOf(labels.scenario)) > 0 ? "scenario" : null;
  return aspect ? { category, aspect } : null;
}
