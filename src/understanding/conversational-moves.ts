import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { AccessMethod } from "../rules/rules-schema.js";
import type { NormalizedQuestion } from "./normalize-question.js";
import type { Language } from "./question-frame.js";
import { liesWithin, matchable } from "./clauses.js";
import { asksSomething } from "./asks-something.js";

/** What a message does in the conversation besides what it names: greets, thanks, asks, checks the last answer. */
export interface ConversationalMoves {
  /** A greeting or a request for help, nothing else. */
  readonly greeting: boolean;
  /** Thanks or an acknowledgement, nothing else ("谢谢", "got it"). */
  readonly thanks: boolean;
  /** Praise of the bot, nothing else ("哈哈你挺懂的", "good bot"). */
  readonly praise: boolean;
  /** Frustration or an insult at the bot, nothing asked ("你这机器人太垃圾了", "useless bot"). */
  readonly complaint: boolean;
  /** Checks the last answer and asks nothing else ("那就是只能插件对吧"; not "在哪里申请类目,没问题吧"). */
  readonly confirms: boolean;
  /** Thanks, then a remark that asks and names nothing ("好嘞,我去跟产品同步一下"). */
  readonly remark: boolean;
  /** Asks something: an aspect, a question mark or a question word (lexicon › dialogue.asking). */
  readonly asks: boolean;
}

/** Reads the moves of one message; `read` is what the understanding found in it. */
export function readMoves(
  normalized: NormalizedQuestion,
  language: Language,
  lexicon: Lexicon,
  read: { readonly aspects: readonly Aspect[]; readonly askedMethod: AccessMethod | null; readonly namesSomething: boolean; readonly asksUncovered: boolean; readonly pointsBack: boolean },
): ConversationalMoves {
  const text = normalized;
  const { dialogue } = lexicon;
  // The whole message without the punctuation it ends with, for greetings and thanks.
  const bare = { compact: normalized.compact.replace(/[!?!?。.,,~～]+$/u, ""), lower: normalized.lower.replace(/[!?.,~]+$/u, "") };
  // "好的,明白了", "ok, got it": nothing but thanks and acknowledgements.
  // "哈哈", "哈哈好的", "haha ok": laughter says nothing; what else the message says decides.
  // Only a short message can be nothing but laughter and thanks: a question is not read for them.
  const unlaughed = bare.compact.length <= shortMessageLength && dialogue.laughter.test(normalized) ? withoutLaughter(normalized, bare, language, lexicon) : null;
  const laughsOnly = unlaughed !== null && (language === "zh" ? unlaughed.compact : unlaughed.lower).trim() === "";
  const said = unlaughed ?? bare;
  // "这个机器人能干嘛?怎么用": several requests for help, nothing else, are one.
  // "这个机器人主要是解答什么问题的", "yo, what's this bot for?": about the bot, naming and asking nothing of the document.
  // Not a request the document does not cover ("你能帮我写个登录页的代码吗").
  // "what kind of stuff is this bot good at": a scope or list word with nothing named asks of no category.
  const asksOfDocument = read.aspects.some((aspect) => aspect !== "scope" && aspect !== "list");
  // Not "你觉得它能做什么" after a category: it points at the topic (lexicon anaphora).
  const aboutBot =
    !read.namesSomething && !read.asksUncovered && !asksOfDocument && read.askedMethod === null && !read.pointsBack && dialogue.botWords.test(text) && dialogue.botAbilities.test(text);
  const greeting = dialogue.help.isWhole(bare) || dialogue.greetings.isWhole(bare) || helpOnly(bare, language, lexicon) || aboutBot;
  // "hi, thanks for the help!": a greeting or words of address beside thanks are still thanks — not a greeting alone
  // ("你好,在吗", whose 好 is a word of acknowledgement too).
  const saidText = language === "zh" ? said.compact : said.lower;
  const thanks =
    saidText.trim() !== "" &&
    (dialogue.thanks.fills(saidText, language) || (!greeting && dialogue.thanks.test(text) && dialogue.thanks.fills(saidText, language, [dialogue.greetings, dialogue.greetingCompanions])));
  const asks = asksSomething(text, read.aspects, lexicon);
  // "哈哈你挺懂的", "你这机器人挺厉害啊", "good bot": praise — not a question ("Are you smart?"), with words for the bot and what praise comes with.
  const praise =
    !greeting && !thanks && !asks && saidText.trim() !== "" && dialogue.praise.test(text) &&
    (dialogue.praise.fills(saidText, language, [dialogue.praiseCompanions, dialogue.botWords, dialogue.greetingCompanions]) || praisedByComparison(saidText, language, lexicon));
  // "你这机器人太垃圾了", "useless bot": frustration at the bot, with the words praise comes with — no question.
  const complaint =
    !greeting && !thanks && !praise && !asks && saidText.trim() !== "" && dialogue.complaint.test(text) &&
    dialogue.complaint.fills(saidText, language, [dialogue.praiseCompanions, dialogue.botWords, dialogue.greetingCompanions]);
  const confirmHits = dialogue.confirms.find(text);
  const confirms =
    confirmHits.length > 0 &&
    dialogue.asking.find(text).every((asked) => liesWithin(asked, confirmHits));
  // A method named ("好的 我们就按原生来") takes the topic's verdict up; live streaming named is a question about it.
  const remark =
    laughsOnly || (!asks && !confirms && read.askedMethod === null && !read.namesSomething && opensWithThanks(bare, language, lexicon) && !dialogue.liveStreaming.test(text));
  return { greeting, thanks, praise, complaint, confirms, remark, asks };
}

/**
 * Whether the message is only requests for help or greetings, any punctuation between ("你是谁?能干嘛?"), with the
 * particles and words of address they come with ("你好呀", "hi there") and the bot's subject in general ("请教一下直播类目").
 */
function helpOnly(bare: { compact: string; lower: string }, language: Language, lexicon: Lexicon): boolean {
  const said = (language === "zh" ? bare.compact : bare.lower).replace(/[!?！？。.,，~～;；]+/gu, " ").trim();
  const { help, greetings, greetingCompanions, helpTopics } = lexicon.dialogue;
  // The companions never make a message on their own ("Well?", "总之"); nor does the bot's subject said alone ("直播类目").
  if (said === "" || !(help.test(bare) || greetings.test(bare))) return false;
  return help.fills(said, language, [greetings, greetingCompanions, helpTopics]) || greetings.fills(said, language, [help, greetingCompanions, helpTopics]);
}

// Longer than any run of laughter and thanks people send on their own ("哈哈哈哈好的好的谢谢啦", "haha ok thanks a lot").
const shortMessageLength = 64;

/** The message without its laughter (lexicon › dialogue.laughter); null when it has none in its own script. */
function withoutLaughter(text: NormalizedQuestion, bare: { compact: string; lower: string }, language: Language, lexicon: Lexicon): { compact: string; lower: string } | null {
  // The hits of the scanned question (the cue index has them): `bare` only lacks the closing punctuation, so the
  // positions are the same.
  const source = language === "zh" ? bare.compact : bare.lower;
  const hits = lexicon.dialogue.laughter.find(text).filter((hit) => hit.script === language && hit.end <= source.length);
  if (hits.length === 0) return null;
  let rest = "";
  let at = 0;
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    if (hit.start < at) continue;
    rest += source.slice(at, hit.start);
    at = hit.end;
  }
  rest += source.slice(at);
  return language === "zh" ? { compact: rest, lower: bare.lower } : { compact: bare.compact, lower: rest };
}

/**
 * Whether the message's first piece (up to a comma, a full stop or a space: chat messages part sentences with either)
 * is nothing but thanks or an acknowledgement ("好嘞,…", "好嘞 我去…").
 */
function opensWithThanks(bare: { compact: string; lower: string }, language: Language, lexicon: Lexicon): boolean {
  const whole = bare.lower.trim();
  const first = whole.split(/[,,。.!!;;\s]/u)[0]!.trim();
  return first !== "" && first !== whole && lexicon.dialogue.thanks.fills(first, language);
}

/**
 * "你比客服靠谱", "比人工客服强多了", "you're way better than the support team": the bot, or nobody, before the word of
 * comparison, whom it is compared with right after it, and nothing else but praise and its companions around.
 */
function praisedByComparison(said: string, language: Language, lexicon: Lexicon): boolean {
  const { praise, praiseCompanions, botWords, greetingCompanions, praiseComparedBy, praiseComparedWith } = lexicon.dialogue;
  const around = [praiseCompanions, botWords, greetingCompanions];
  return praiseComparedBy.find(matchable(said, language)).some((by) => {
    const before = said.slice(0, by.start);
    const after = said.slice(by.end).trimStart();
    const compared = praiseComparedWith.find(matchable(after, language)).find((hit) => hit.start === 0);
    if (!compared) return false;
    // Something before the comparison is the bot ("你比…"), not whom it is compared with ("客服比你…").
    const saysWho = before.trim() === "" || (botWords.test(matchable(before, language)) && praise.fills(before, language, around));
    return saysWho && praise.fills(after.slice(compared.end), language, around);
  });
}
