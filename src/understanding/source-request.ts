import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { closedByQuestion } from "./closing-question.js";
import { isWholeMessage } from "./message-shape.js";

/**
 * Whether the message asks about the document itself, or where the last answer comes from: anywhere, a phrase of
 * lexicon aboutDocument ("文档什么时候更新的"); or a word for the source (sourceWords) or for where something is
 * written (whereWritten) closing the message as a question, with only words pointing at the answer before it in its
 * clause ("出处在哪", "这个说法的根据是什么", "这是文档哪里写着的") — not "收费标准的依据是啥", "营业执照上哪里写的".
 */
export function asksForSource(text: MatchableText, lexicon: Lexicon): boolean {
  const { aboutDocument, sourceWords, sourceAsked, whereWritten, questionFillers, sourceOwners } = lexicon.dialogue;
  if (aboutDocument.test(text)) return true;
  // "says who?", "where did you get that?": the whole message asks for the source (a longer one, "says who can apply",
  // asks something else).
  if (isWholeMessage(lexicon.dialogue.sourceAskedWhole, text, [lexicon.dialogue.askAgainCompanions])) return true;
  const pointsAtAnswer = (before: MatchableText) => sourceOwners.fills(before.compact, "zh");
  return closedByQuestion(sourceWords, sourceAsked, questionFillers, text, pointsAtAnswer) || closedByQuestion(whereWritten, null, questionFillers, text, pointsAtAnswer);
}
