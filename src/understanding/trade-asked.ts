import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, liesWithin, matchable, sourceOf } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * "能在直播间卖保健品吗", "私募基金直播时能让客户购买吗", "Can a private fund mini program sell fund shares during the
 * stream?": whether selling or buying may be done asks what the document limits — a category's notes (私募基金's 在线交易,
 * 房地产营销's 完整售房交易, 电商平台's 违法违规商品销售), or that it lists none. A word of leave (lexicon
 * `leaveBeforeTrade`) before a trade word (`tradeVerbs`) in its clause, or one closing the clause after it
 * (`leaveAfterTrade`: 「直播里卖保健品行不行」) with no category named or chosen between. Not "我们卖保险,能用原生吗" (the
 * leave is asked of the method, after the trade), "直播卖货就选电商平台类目行吗" (of the choice), "多方通信类目可以用来卖
 * 会议硬件吗" (whether the category fits, lexicon `usedFor`), a leave word inside another word (`leaveLookalikes`: 可能),
 * a trade word inside one that trades nothing in the stream (`tradeLookalikes`: 卖点, 外卖, 买家), nor one whose object
 * later in its clause is an access method or a category ("可以购买云直播插件吗", "能不能买个类目"), nor one inside what a
 * category streams (`activities`: 「直播卖货」).
 */
export function asksLeaveToTrade(text: MatchableText, mentions: readonly MentionSpan[], lexicon: Lexicon, activities: readonly MentionSpan[] = []): boolean {
  const { tradeVerbs, leaveBeforeTrade, leaveAfterTrade, leaveLookalikes, tradeLookalikes, usedFor, fitVerbs } = lexicon.dialogue;
  const found = tradeVerbs.find(text);
  if (found.length === 0) return false;
  const notTrades = tradeLookalikes.find(text);
  const trades = notTrades.length > 0 ? found.filter((trade) => !liesWithin(trade, notTrades)) : found;
  const usedForHits = usedFor.find(text);
  const notLeave = [...leaveLookalikes.find(text), ...usedForHits];
  const before = leaveBeforeTrade.find(text).filter((hit) => !liesWithin(hit, notLeave));
  // What is bought or sold after the trade word in its clause: an access method ("信托可以购买云直播插件吗") or a category
  // ("能不能买个类目") is no trade in the stream.
  const boughtNotStreamed = [...lexicon.methods.native.find(text), ...lexicon.methods.plugin.find(text), ...lexicon.dialogue.categoryWords.find(text)];
  return trades.some((trade) => {
    // Inside what a category's streams are for (`activities`: its scenario words, "能在小程序里直播卖货吗"), a trade word
    // is the stream asked about, not a trade in it.
    if (liesWithin(trade, usedForHits) || liesWithin(trade, activities)) return false;
    const source = sourceOf(text, trade.script);
    const clause = clauseAround(source, trade, lexicon.roles.clauseBreaks, text);
    if (boughtNotStreamed.some((word) => word.script === trade.script && word.start >= trade.end && word.end <= clause.end)) return false;
    // Before it, or running into it ("能卖硬件吗": the leave word 能卖 holds the trade word).
    if (before.some((leave) => leave.script === trade.script && leave.start >= clause.start && leave.start < trade.start && leave.end <= trade.end)) return true;
    const closing = leaveAfterTrade.find(matchable(source.slice(trade.end, clause.end), trade.script))[0];
    if (closing === undefined) return false;
    const leaveAt = trade.end + closing.start;
    const between = (span: { readonly script: "zh" | "en"; readonly start: number }) => span.script === trade.script && span.start >= trade.end && span.start < leaveAt;
    // A name right after the trade word is what is traded ("卖基金份额可以吗"), not what trades it ("卖货用电商平台可以吗").
    return !mentions.some((span) => between(span) && span.start !== trade.end) && !fitVerbs.find(text).some(between);
  });
}

// How far after a word of doing more the trade word may start ("还要在网上卖…": 在网上 between).
const tradeAfterMoreReach = 6;

/**
 * "老板说还要在网上卖耳机", "运营说还要卖点保健品": told, not asked, that the program will also sell — what the notes
 * limit of trading, or the scope where it speaks of selling, answers it as it answers the question asked. A word of
 * doing more (lexicon `additionalNeed`) with a trade word (`tradeVerbs`) shortly after it in its clause.
 */
export function tellsMoreTrade(text: MatchableText, lexicon: Lexicon): boolean {
  const more = lexicon.dialogue.additionalNeed.find(text);
  if (more.length === 0) return false;
  const trades = lexicon.dialogue.tradeVerbs.find(text);
  return more.some((word) => {
    const clause = clauseAround(sourceOf(text, word.script), word, lexicon.roles.clauseBreaks, text);
    return trades.some((trade) => trade.script === word.script && trade.start >= word.end && trade.start - word.end <= tradeAfterMoreReach && trade.end <= clause.end);
  });
}
