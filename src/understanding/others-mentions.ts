import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, liesWithin, matchable, onlyAsks, onlyBetween, saidBeforeIn, sourceOf } from "./clauses.js";
import { endsOwnerPhrase } from "./owner-phrase.js";
import type { MentionSpan } from "./mention-roles.js";
import type { RoledMention } from "./question-frame.js";
import { thirdPartyPointerHits } from "./third-party-pointers.js";
import { asksSomething, clauseAsks } from "./asks-something.js";

/**
 * Categories named in a question that are someone else's or no category of the program's, read once every mention
 * has its own role (held ones only change, to "other-party"):
 * - named in passing after the one the asker holds: "支付走银行", "参观公立医院", "给银行做员工培训", or as what is
 *   talked about in its streams ("银行类目…理财经理聊聊股票行情");
 * - where the asker as one person studies or works, when its program holds another: "我是中学老师,我们公司做在线视频
 *   课程" (not with 还有/也有: the program holds that one too);
 * - a third party's, when the asker says what its own is: "我朋友说他的互联网医院…,我们是教育平台类目".
 * `spans` are the mentions' spans in the compact form where they have one (English names inside Chinese text).
 */
export function withOthersMentions(roled: readonly RoledMention[], spans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): RoledMention[] {
  const read = [...roled];
  // "我表哥公司是企业主体,类目信托,他那个能直播吗": a clause that goes on after a program owner with no word of the asker's
  // between, when the message then points at them, describes the owner's program.
  const pointers = read.some((mention) => mention.role === "held") ? thirdPartyPointerHits(text, lexicon) : [];
  for (let index = 0; pointers.length > 0 && index < read.length; index += 1) {
    const owner = read[index]!.role === "held" && (read[index]!.candidates.length > 0 || read[index]!.unlisted !== null) ? ownerDescribed(spans[index]!, pointers, text, lexicon) : undefined;
    if (owner) read[index] = { ...read[index]!, role: "other-party", cue: owner.cue };
  }
  // The readings below weigh a mention against another: one mention alone, or a question without the words, skips them.
  if (read.length < 2) return read;
  const otherCategory = (index: number, at: number) =>
    read[at]!.role === "held" && read[at]!.candidates.length > 0 && !read[at]!.candidates.some((id) => read[index]!.candidates.includes(id));
  const mayPass = lexicon.roles.passingBefore.test(text) || lexicon.roles.clientBefore.test(text);
  for (let index = 0; mayPass && index < read.length; index += 1) {
    const heldBefore = read.slice(0, index).some((_, at) => otherCategory(index, at));
    const heldAfter = read.some((_, at) => at > index && otherCategory(index, at));
    if (read[index]!.role === "held" && namedInPassing(spans[index]!, heldBefore, heldAfter, text, lexicon)) read[index] = { ...read[index]!, role: "other-party", cue: "passing" };
  }
  // "银行类目…理财经理聊聊股票行情": what the held category's streams talk about is streamed, as a scenario word is — its
  // category pointed to beside the one held. A name the document does not list keeps its role ("聊时政需要额外类目吗").
  const mayTalk = lexicon.roles.talkedAboutBefore.test(text);
  for (let index = 0; mayTalk && index < read.length; index += 1) {
    const mention = read[index]!;
    const heldBefore = read.slice(0, index).some((_, at) => otherCategory(index, at));
    if (mention.role === "held" && mention.unlisted === null && heldBefore && talkedAbout(spans[index]!, text, lexicon)) read[index] = { ...mention, scenario: true, intended: true };
  }
  const noPlaces = !lexicon.roles.personIs.test(text) || lexicon.dialogue.additive.test(text) || lexicon.dialogue.additiveAfter.test(text);
  for (let index = 0; !noPlaces && index < read.length; index += 1) {
    const heldOther = read.some((_, at) => at !== index && otherCategory(index, at));
    if (read[index]!.role === "held" && heldOther && namesAskersPlace(spans[index]!, text, lexicon)) read[index] = { ...read[index]!, role: "other-party", cue: "place" };
  }
  const ownSaid = lexicon.roles.theirPossessive.test(text) && read.some((mention, index) => mention.role === "held" && saysItsOwn(spans[index]!, text, lexicon));
  for (let index = 0; ownSaid && index < read.length; index += 1) {
    if (read[index]!.role === "held" && !saysItsOwn(spans[index]!, text, lexicon) && ownedByAnother(spans[index]!, text, lexicon)) read[index] = { ...read[index]!, role: "other-party", cue: "theirs" };
  }
  return read;
}

/**
 * The program owner (lexicon programOwners) a mention goes on describing: one before it with no word of the asker's
 * between, and a pointer at a third party after the mention ("他那个能直播吗").
 */
function ownerDescribed(span: MentionSpan, pointers: readonly CueHit[], text: MatchableText, lexicon: Lexicon): CueHit | undefined {
  if (!pointers.some((pointer) => pointer.script === span.script && pointer.start >= span.end)) return undefined;
  const askers = lexicon.roles.askerAfter.find(text);
  const notParty = lexicon.roles.notParty.find(text);
  return lexicon.dialogue.programOwners
    .find(text)
    .findLast((owner) => owner.script === span.script && owner.end <= span.start && !liesWithin(owner, notParty) && !askers.some((asker) => asker.script === span.script && asker.start >= owner.end && asker.end <= span.start));
}

/**
 * Whether a category is named in passing, after the asker has said which category it holds: something the asker's
 * payments or loans go through, or that it visits ("我们是电商平台,支付走银行", "带孩子参观公立医院"), or a client it
 * works for ("给银行做员工培训"). Such a name is not a category the asker's program holds. Only after a category held
 * earlier in the question: "支付走银行的话,银行类目能直播吗" asks about it — or, for a client, beside a category held
 * after it: "我们给银行做企业征信服务" does 企业征信 for banks.
 */
function namedInPassing(span: MentionSpan, heldBefore: boolean, heldAfter: boolean, text: MatchableText, lexicon: Lexicon): boolean {
  if (!heldBefore && !heldAfter) return false;
  const { source, clause, before } = clauseBefore(span, text, lexicon);
  // Not the category itself ("也走社交直播类目", "同时走社交直播"): the asker holds it too.
  const itsCategory = lexicon.dialogue.categoryWords.startsText(matchable(source.slice(span.end, clause.end).trimStart(), span.script));
  const also = (hit: { start: number }) => lexicon.roles.alsoWords.endsText(matchable(before.slice(0, hit.start).trimEnd(), span.script));
  // "支付走银行", "参观公立医院", "payments go through a bank".
  if (heldBefore && !itsCategory && cuesRightBefore(lexicon.roles.passingBefore, before, span.script, lexicon).some((hit) => !also(hit))) return true;
  // "给银行做员工培训": a client word before it and work for the client right after it.
  const after = source.slice(span.end, clause.end);
  return cuesRightBefore(lexicon.roles.clientBefore, before, span.script, lexicon).length > 0 && lexicon.roles.clientAfter.startsText(matchable(after, span.script));
}

/** Whether a word of talking about stands right before the name in its clause (joiners at most between). */
function talkedAbout(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  return cuesRightBefore(lexicon.roles.talkedAboutBefore, clauseBefore(span, text, lexicon).before, span.script, lexicon).length > 0;
}

/** The name's script's text, the name's clause in it, and the words of that clause before the name. */
function clauseBefore(span: MentionSpan, text: MatchableText, lexicon: Lexicon): { readonly source: string; readonly clause: { readonly start: number; readonly end: number }; readonly before: string } {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  return { source, clause, before: source.slice(clause.start, span.start) };
}

/** The cues in `before` (the words of a clause before a name) that stand right before the name, joiners at most between. */
function cuesRightBefore(cues: CueSet, before: string, script: "zh" | "en", lexicon: Lexicon): CueHit[] {
  return cues.find(matchable(before, script)).filter((hit) => lexicon.roles.joiners.fills(before.slice(hit.end), script));
}

/**
 * Whether the asker, speaking of itself as one person, names where it studies or works: "我是大学生", "我是中学老师",
 * "I'm a bank teller". The category describes the person; the program is another matter ("…,我们公司做在线视频课程").
 */
function namesAskersPlace(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = source.slice(clause.start, span.start);
  const saysWhoItIs = lexicon.roles.personIs.find(matchable(before, span.script)).some((hit) => lexicon.roles.clauseOpeners.fills(before.slice(hit.end), span.script));
  return saysWhoItIs && lexicon.roles.personOfPlaceAfter.startsText(matchable(source.slice(span.end, clause.end).trimStart(), span.script));
}

/** Whether a third party owns the category named: "朋友的互联网医院", "我朋友说他的互联网医院小程序" (…的 right before it). */
function ownedByAnother(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const before = matchable(source.slice(clause.start, span.start), span.script);
  return lexicon.roles.theirPossessive.endsText(before) && !lexicon.roles.notTheirs.endsText(before);
}

/** Whether the asker says in the mention's clause, before it, what it is or that it is its own ("我们是教育平台类目", "我们自己这个是…"). */
function saysItsOwn(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  return saidBeforeIn(span, [lexicon.roles.identity, lexicon.roles.ownProgramPointers], text, lexicon);
}

/**
 * With nothing of the asker's own in the question, the categories a program owner (客户, 竞品, 朋友, client…) is said to
 * hold that the question asks about: it points at them after naming it ("客户是城商行,他们能用原生吗") — not to pass on
 * a question about the asker's own ("他们问我们能不能直播") — or asks what the category requires, which is the same
 * whoever holds it ("竞品那个私募基金类目的资质是几选一"), or says the owner's program is it ("客户是银行"). Not customers the asker serves or merchants joining a platform.
 * `spans` are the mentions' own spans.
 */
export function askedOfOthers(roled: readonly RoledMention[], spans: readonly MentionSpan[], aspects: readonly Aspect[], text: MatchableText, lexicon: Lexicon): RoledMention[] {
  const asksOfCategory = aspects.some((aspect) => lexicon.categoryOwnAspects.has(aspect));
  let asked: boolean | undefined;
  const asks = () => (asked ??= asksSomething(text, aspects, lexicon));
  const passesOn = (rest: string, script: "zh" | "en") => onlyAsks(rest, script, lexicon) && lexicon.roles.askerAfter.find(matchable(rest, script)).length > 0;
  // The owner words that may say what one owner's program is: not those inside words for the customers the asker serves
  // ("我们服务的客户是…"). Read once, and only for a question that gets as far as asking.
  let owners: readonly CueHit[] | null = null;
  const ownersOfOne = () => {
    if (owners === null) {
      const served = lexicon.dialogue.servedOwners.find(text);
      owners = lexicon.dialogue.programOwners.find(text).filter((owner) => !liesWithin(owner, served));
    }
    return owners;
  };
  const ownersAsked = roled.filter((mention, index) => {
    const named = mention.candidates.length > 0 || mention.unlisted !== null;
    if (mention.role !== "other-party" || !named || mention.cue === null || !lexicon.dialogue.programOwners.has(mention.cue)) return false;
    const span = spans[index]!;
    // "我们的客户都是银行,我们的资质要什么", "朋友是做银行的,…我们要多久": the asker comes back to its own program to ask
    // of it — not only to say what it is in a message that asks nothing ("客户的小程序类目电商平台,我们是政府单位").
    const askerAfter = asks() && lexicon.roles.askerAfter.find(text).some((hit) => hit.script === span.script && hit.start >= span.end);
    const pointsAtThem = (hit: CueHit) => hit.script === span.script && hit.start >= span.end && !passesOn(sourceOf(text, hit.script).slice(hit.end), hit.script);
    if ((asksOfCategory && !askerAfter) || thirdPartyPointerHits(text, lexicon).some(pointsAtThem)) return true;
    // "My partner's mini program has the trust category and ours is personal. Can my partner's stream?": the owner named
    // again in a clause that asks, after all the asker says of its own, is the one asked about.
    if (ownerAskedAgain(mention.cue, span, text, lexicon)) return true;
    // "客户是银行", "our client is a driving school": the owner's program said to be the category, alone (a copula between);
    // or said to do it ("客户做驾校培训", a verb of doing, roles.activityVerbs); or to hold it ("客户的小程序同时有电商平台和
    // 社交直播", dialogue.ownerHolds); or named its category ("朋友的小程序类目银行").
    const saidToBe = (owner: CueHit) => {
      if (!onlyBetween(lexicon.dialogue.ownerIsGap, owner, span, text)) return false;
      const gap = matchable(sourceOf(text, span.script).slice(owner.end, span.start), span.script);
      // Holding, only in a message that asks: "我们电商平台,对手家有社交直播" tells what a rival has beside the asker's own.
      return lexicon.roles.copula.test(gap) || lexicon.roles.activityVerbs.test(gap) || (lexicon.dialogue.ownerHolds.test(gap) && asks()) || lexicon.dialogue.categoryWords.endsText(gap);
    };
    // "车企客户…": the owner word written against the mention says what kind of owner it is.
    const ofKind = (owner: CueHit) => owner.script === "zh" && span.script === "zh" && owner.start === span.end;
    return !askerAfter && (ownersOfOne().some(ofKind) || (endsOwnerPhrase(span, text, lexicon) && ownersOfOne().some(saidToBe)));
  });
  if (ownersAsked.length === 0) return ownersAsked;
  // "车企客户还想在直播里卖二手车": what the same owner goes on to do, with no word of the asker's between, is asked with it.
  const askers = lexicon.roles.askerOpeners.find(text);
  const goesOnAbout = (mention: RoledMention, index: number) =>
    mention.role === "other-party" &&
    !ownersAsked.includes(mention) &&
    ownersAsked.some((party) => {
      const from = spans[roled.indexOf(party)]!;
      const span = spans[index]!;
      return party.cue === mention.cue && from.script === span.script && from.end <= span.start && !askers.some((hit) => hit.script === span.script && hit.start >= from.end && hit.end <= span.start);
    });
  return roled.filter((mention, index) => ownersAsked.includes(mention) || goesOnAbout(mention, index));
}

/** Whether the owner word `cue` stands again after the mention, past every word of the asker's, in a clause that asks. */
function ownerAskedAgain(cue: string, span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const lastAsker = Math.max(-1, ...lexicon.roles.askerAfter.find(text).filter((hit) => hit.script === span.script && hit.start >= span.end).map((hit) => hit.start));
  return lexicon.dialogue.programOwners
    .find(text)
    .some((owner) => owner.script === span.script && owner.cue === cue && owner.start > Math.max(span.end, lastAsker) && clauseAsks(source, clauseAround(source, owner, lexicon.roles.clauseBreaks, text), span.script, lexicon));
}
