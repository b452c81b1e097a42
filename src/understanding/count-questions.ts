import type { MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { AccessMethod } from "../rules/rules-schema.js";
import { closesItsClause, liesInsideLonger, liesWithin, onlyBetween } from "./clauses.js";


// Questions of how many categories there are: of a group, of the document (by a method), or which method has more.

/**
 * "其中用插件的有几个": a count word (lexicon countOfThem) of its own — not the 几个 of a pointer among those shown
 * ("插件的那几个里哪些是2选1", lexicon amongThem), which counts nothing.
 */
export function countBesidesAmong(text: MatchableText, lexicon: Lexicon): boolean {
  const among = lexicon.dialogue.amongThem.find(text);
  return lexicon.dialogue.countOfThem.find(text).some((hit) => !liesWithin(hit, among));
}

/**
 * "金融类目一共有几个能直播", "how many finance categories can stream?": a group's list asked by its count — a count word
 * (lexicon countOfThem) not inside a which-word ("哪几个"), in a list question naming a group (`mentions`: the group words
 * the caller read, 汽车's one category among them).
 */
export function asksCountOfGroup(text: MatchableText, aspects: readonly Aspect[], mentions: readonly { readonly candidates: readonly string[] }[], lexicon: Lexicon): boolean {
  // Counted by method at most: "金融类目有几个有注意事项" counts another thing than the group's categories. A group with a
  // count and nothing else asked ("金融类有几个") is counted too.
  if ((!aspects.includes("list") && aspects.length > 0) || aspects.some((aspect) => aspect !== "list" && aspect !== "method")) return false;
  if (mentions.length === 0) return false;
  // Nor the 几个 of a pointer among those shown ("这几个里教育相关的有哪些").
  const which = [...lexicon.dialogue.whichOnes.find(text), ...lexicon.dialogue.amongThem.find(text), ...lexicon.dialogue.severalPointers.find(text)];
  return lexicon.dialogue.countOfThem.find(text).some((hit) => !liesWithin(hit, which) && !liesInsideLonger(hit, which));
}

/**
 * "能走原生的类目有几个", "能直播的类目有多少个": how many categories stream, or stream by a method — the list of them,
 * its count in its heading. A count (lexicon countOfThem) with a word for categories and one of streaming or a method;
 * not "一个小程序可以添加的服务类目有多少个", "我们的类目有几个被驳回了", nor one of the asker's own (lexicon askerAfter).
 */
export function asksCountOfCategories(text: MatchableText, method: AccessMethod | null, lexicon: Lexicon): boolean {
  const { countOfThem, categoryWords, liveStreaming, countCategoryGap, countNotOfDocument, whichOnes } = lexicon.dialogue;
  // Not the asker's own categories ("我们小程序现在已经有的类目有几个了"), nor what one program may hold.
  if (lexicon.roles.askerAfter.test(text) || countNotOfDocument.test(text) || whichOnes.test(text)) return false;
  if (method === null && !liveStreaming.test(text)) return false;
  // The count of the categories themselves: the word for categories and the count side by side, only gap words
  // between ("类目有几个", "how many plugin categories") — not "类目审核要几个工作日".
  const categories = categoryWords.find(text);
  return countOfThem.find(text).some((count) =>
    categories.some((word) => (word.end <= count.start ? onlyBetween(countCategoryGap, word, count, text) : onlyBetween(countCategoryGap, count, word, text))),
  );
}

/**
 * "原生的类目和插件的类目哪个多", "跟原生标签那边比 哪边类目多": which method has more categories — the document's whole list,
 * each method's count in its heading. A word for categories and one of more or fewer (lexicon moreOrFewer), with a
 * method named and no category.
 */
export function asksWhichMethodHasMore(text: MatchableText, lexicon: Lexicon): boolean {
  const { moreOrFewer, categoryWords, closingWords } = lexicon.dialogue;
  if (!namesAMethod(text, lexicon) || !categoryWords.test(text)) return false;
  // Closing its clause: not "原生和插件类目哪个多花钱", which counts money.
  return moreOrFewer.find(text).some((hit) => hit.script === "en" || closesItsClause(hit, closingWords, text, lexicon));
}

/**
 * "是不是所有类目都能用live-pusher", "can all categories use the plugin?": whether every category may use a method — the
 * document's whole list, each method with its categories (lexicon allCategoriesAsked, with a method named).
 */
export function asksIfAllUseMethod(text: MatchableText, lexicon: Lexicon): boolean {
  return namesAMethod(text, lexicon) && lexicon.dialogue.allCategoriesAsked.test(text);
}

/** Whether either access method is named (both may be: "原生和插件…"), unlike askedMethod, which wants one. */
function namesAMethod(text: MatchableText, lexicon: Lexicon): boolean {
  return lexicon.methods.native.test(text) || lexicon.methods.plugin.test(text);
}
