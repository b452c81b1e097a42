import type { QuestionFrame } from "../understanding/question-frame.js";
import { containsHan } from "../shared/han-script.js";

/**
 * Unknown words carry a question that asks nothing: "ICP备案" has nothing the document knows. Chinese words weigh against
 * the rest; English ones only all together (englishAside): the glosses lack many an ordinary word ("page", "chosen"). With
 * a topic waiting, English words are not read so: "Could you explain that more simply?" lacks as many as an aside does.
 */
export function ownUnknownTopic(frame: QuestionFrame): boolean {
  // "审核被拒了为什么": when a submission is turned back is the document's (its general note), whatever words it is said in;
  // so is what a category not matching the program leads to ("选得跟实际功能不一样会咋样").
  if (frame.aspects.length > 0 || frame.followUp || frame.asksRejection || frame.asksCategoryMismatch) return false;
  if (englishAside(frame)) return true;
  const unknown = frame.unknownWords.filter((word) => containsHan(word)).length;
  if (unknown === 0) return false;
  return unknown >= frame.topicWords.length - unknown;
}

/**
 * "What's the weather in Shenzhen tomorrow?" with nothing asked before: English words neither the document's English nor
 * the bot's vocabulary uses — two of them at least, and no other word.
 */
function englishAside(frame: QuestionFrame): boolean {
  if (frame.language !== "en" || frame.aspects.length > 0 || frame.askedMethod !== null || frame.pointsBack || frame.roled.length > 0) return false;
  const words = frame.topicWords;
  return words.length >= 2 && words.every((word) => !containsHan(word) && frame.unknownWords.includes(word));
}
