import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { asksAboutThen, clauseAround, closesItsClause, questionMark, leadingMarks, liesInsideLonger, liesWithin, clausePunctuation, endsWithPossessive, matchable, onlyAsks, onlyReports, sourceOf } from "./clauses.js";
import { heldElsewhere, heldOnce, isHeldAgain, refusedOnce, sideActivity, supposedLoss, type StatusScope } from "./held-status.js";

/**
 * The aspects that are rows of a category's section: a lack word right before one of them lacks that row. Not the review:
 * "社交直播没有审核通过" says the category is not approved.
 */
const sectionRowAspects = ["qualification", "notes", "scope", "scenario"] as const;

// Module-level: the bundler turns a \p{…} literal into a RegExp constructed on every call.

/**
 * How a mention relates to the asker. Only "held" names what the asker's mini program has;
 * "hypothetical" and "pending" are asked about but not held; the rest are someone else's,
 * ruled out, or not a category at all.
 */
export type MentionRole = "held" | "hypothetical" | "pending" | "negated" | "excluded" | "other-party" | "named-thing" | "claimed" | "questioned";

/** Where a mention sits: Chinese spans index `compact`, Latin ones `lower`. */
export interface MentionSpan {
  readonly script: "zh" | "en";
  readonly start: number;
  readonly end: number;
}

export interface RoleReading {
  readonly role: MentionRole;
  /** The cue that decided it, for logs and tests. */
  readonly cue: string | null;
}

const clausePunctuationFrom = new RegExp(clausePunctuation.source, "gu");
// Objects rather than [opening, closing] pairs: until V8 optimises the reader, array destructuring walks the iterator protocol.
const quotePairs: ReadonlyArray<{ readonly opening: string; readonly closing: string }> = [
  { opening: "「", closing: "」" },
  { opening: "『", closing: "』" },
  { opening: "“", closing: "”" },
  { opening: '"', closing: '"' },
  { opening: "'", closing: "'" },
  { opening: "‘", closing: "’" },
];

/**
 * Reads the role of one mention from its clause. `others` are the question's other mentions
 * (categories and subjects), so a cue governs only the mention it stands before. For a subject word (`subject`) a
 * clause after its own never continues it: "我们是政府主体,没有任何类目" says nothing of the subject, while "个人号已经
 * 注销了" and "政府主体认证还在审核" still do.
 */
export function readMentionRole(span: MentionSpan, others: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon, subject = false): RoleReading {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  // "有没有", "是不是": question forms that hold a negation word but negate nothing.
  const questionForms = lexicon.roles.notNegation.find(text).filter((hit) => hit.script === span.script);
  const inQuestionForm = (hit: CueHit) => liesInsideLonger(hit, questionForms);
  // "要不要等主管机关确认": a pending word asked about as a step is no status of the mention.
  const waitAsked = lexicon.roles.pendingAskedBefore.find(text);
  const askedAsStep = (hit: CueHit) => waitAsked.some((asked) => asked.script === hit.script && asked.end === hit.start);
  const hits = (cues: CueSet) =>
    cues.find(text).filter((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end && !inQuestionForm(hit));
  const before = (cues: CueSet) => hits(cues).filter((hit) => hit.end <= span.start);
  const sameClauseOthers = others.filter((other) => other.script === span.script && other !== span && other.start >= clause.start && other.end <= clause.end);
  const between = (from: number, to: number) => source.slice(from, to);
  // "isn't approved yet for our e-commerce platform": an owner word starts a phrase of the asker's own.
  const owners = hits(lexicon.roles.ownership);
  // Only an owner word standing right before the later mention ("for our e-commerce") starts a new phrase.
  const ownedBetween = (from: number, to: number) =>
    owners.some((owner) => owner.start >= from && owner.end <= to && lexicon.roles.joiners.fills(between(owner.end, to), span.script));
  // A cue governs the mention it stands before, and those joined to it ("没有A和B").
  const governs = (hit: CueHit) =>
    !ownedBetween(hit.end, span.start) &&
    !sameClauseOthers.some((other) => other.start >= hit.end && other.end <= span.start && !lexicon.roles.joiners.fills(between(other.end, span.start), span.script));
  // A negation right before an owner word negates the owning ("not registered to a government body", "isn't owned by").
  const negationGoverns = (hit: CueHit) =>
    governs(hit) || (owners.some((owner) => owner.start >= hit.end && between(hit.end, owner.start).trim() === "" && lexicon.roles.joiners.fills(between(owner.end, span.start), span.script)) && !sameClauseOthers.some((other) => other.start >= hit.end && other.end <= span.start));

  // 「…」 right after a naming word ("品牌叫「银行家」", "起名为「社交直播间」"): a name, whatever it contains.
  const quote = quotedAround(source, span);
  if (quote && lexicon.roles.naming.find(matchable(source.slice(Math.max(0, quote.open - 6), quote.open), span.script)).some((hit) => hit.end >= Math.min(6, quote.open) - 1)) {
    return { role: "named-thing", cue: "「」" };
  }

  // "我们是券商…不对打错了,是驾校培训": the nearest mention before the cue is taken back for the one named right after it.
  // Not one further back ("我们有电商平台,社交直播说错了,是…" takes back only 社交直播).
  const sameScript = others.filter((other) => other.script === span.script && other !== span);
  // "我们是银行,不对,是保险": a correction opener standing as a clause of its own corrects mid-message too.
  const standsAlone = (hit: CueHit) => (hit.start === 0 || clausePunctuation.test(source[hit.start - 1] ?? "")) && clausePunctuation.test(source[hit.end] ?? "");
  const openers = lexicon.dialogue.correctionOpeners.find(text);
  // "…几选几?不对,我想问的是教育平台": what the asker meant to ask takes back one asked in a question closed before it, or
  // followed by a correction opener; not one the asker said it holds.
  const afterQuestion = (hit: CueHit) => /[??]/u.test(source.slice(span.end, hit.start)) || openers.some((opener) => opener.script === hit.script && opener.start >= span.end && opener.end <= hit.start);
  const meantInstead = lexicon.roles.askedInstead.find(text).filter((hit) => hit.script !== span.script || hit.start < span.end || afterQuestion(hit));
  const takingBack = [...lexicon.roles.takenBack.find(text), ...meantInstead, ...openers.filter((hit) => hit.start > 0 && standsAlone(hit))];
  const takenBack = takingBack.find((hit) => {
    if (hit.script !== span.script || hit.start < span.end || sameScript.some((other) => other.start >= span.end && other.end <= hit.start)) return false;
    const next = sameScript.filter((other) => other.start >= hit.end).sort((a, b) => a.start - b.start)[0];
    return next !== undefined && replacesRightAfter(source.slice(hit.end, next.start), span.script, lexicon);
  });
  if (takenBack) return { role: "negated", cue: takenBack.cue };
  // "之前选了驾校培训,其实我们是给多家驾校提供入驻的平台", "picked e-commerce before, but we actually do idol streams": a
  // category chosen before, then what the asker actually is with another name after it, is that choice set aside —
  // the name after says what fits.
  const chosenBefore = before(lexicon.dialogue.chosenBefore).find((hit) => lexicon.roles.joiners.fills(between(hit.end, span.start), span.script));
  if (chosenBefore) {
    const actually = lexicon.dialogue.actuallyIs.find(text).find((hit) => hit.script === span.script && hit.start >= span.end && sameScript.some((other) => other.start >= hit.end));
    if (actually) return { role: "negated", cue: chosenBefore.cue };
  }

  // "私募那条规定,信托也要遵守吗", "does the note about private funds apply to trusts too?": the category whose note is
  // pointed at, another named after the pointer, is where the note is written — the other is asked about.
  const notePointer = lexicon.dialogue.notePointers.find(text).find(
    (hit) =>
      hit.script === span.script &&
      (span.script === "zh" ? lexicon.roles.possessive.fills(between(span.end, hit.start), "zh") && hit.start >= span.end : hit.end <= span.start && between(hit.end, span.start).trim() === "") &&
      sameScript.some((other) => other.start >= Math.max(hit.end, span.end)),
  );
  if (notePointer) return { role: "named-thing", cue: notePointer.cue };
  // "有没有像社交直播那样的审核", "跟社交直播一样吗": compared with, not held.
  // Not "银行和保险一样吗": joined to another name before it in its clause, the two are compared with each other.
  const compared = before(lexicon.roles.comparedBefore).find((hit) => {
    if (!governs(hit) || !lexicon.roles.joiners.fills(between(hit.end, span.start), span.script, [lexicon.roles.comparedGap])) return false;
    const joinedToAnother = lexicon.roles.joiners.has(hit.cue) && sameClauseOthers.some((other) => other.end <= hit.start);
    // "银行跟保险比,哪个要求多": joined right after another name and measured against it, the two are weighed — both are
    // asked. Not "电商平台的审核时间和社交直播比": what is measured there is the other's review.
    if (comparedRightAfter(source, span, clause.end, lexicon.roles.comparedAgainst, lexicon)) {
      return !sameClauseOthers.some((other) => other.end <= hit.start && lexicon.roles.joiners.fills(between(other.end, span.start), span.script));
    }
    if (joinedToAnother) return false;
    // "I heard it's 7 days like social live streaming.": in English the name may end the clause, with another category
    // named in the message to measure against it — not "we'd like social live streaming", which names one alone.
    // So is one after a pointer back at the topic's category ("Is it one of three like private funds?").
    const measuredAgainst = sameScript.length > 0 || lexicon.dialogue.anaphora.find(text).some((pointer) => pointer.script === "en" && pointer.end <= hit.start);
    const endsClauseInEnglish = span.script === "en" && measuredAgainst && source.slice(span.end, clause.end).trim() === "";
    return endsClauseInEnglish || comparedRightAfter(source, span, clause.end, lexicon.roles.comparedAfter, lexicon);
  });
  if (compared) return { role: "named-thing", cue: compared.cue };
  // "社交直播那个7天审核我们也要走吗": what another category goes through, asked whether the asker must too — that one is
  // the measure, not held. Only a name later in the clause stands between them.
  const sharedByAsker = hits(lexicon.roles.sharedByAsker).find((hit) => hit.start >= span.end && !sameClauseOthers.some((other) => other.start >= span.end && other.end <= hit.start));
  if (sharedByAsker && !subject) return { role: "named-thing", cue: sharedByAsker.cue };

  // "is the review time for X the same as for Y?", "X是不是就是Y": asked, not claimed — a Chinese question form before the
  // relation, or an English one opening the clause; so is "单商户商城属于电商平台吗", the question closing the clause.
  // Read only when a relation word stands before the mention: most mentions have none.
  const closedAsQuestion = () => {
    if (subject || span.script !== "zh") return false;
    const rest = source.slice(span.end, clause.end + 1);
    return (questionMark.test(rest) || lexicon.dialogue.questionParticles.test(matchable(rest, "zh"))) && closesItsClause(span, lexicon.dialogue.closingWords, text, lexicon);
  };
  const questioned = (relation: CueHit) =>
    closedAsQuestion() || before(lexicon.roles.claimQuestioned).some((hit) => hit.end <= relation.start && (span.script === "zh" || source.slice(clause.start, hit.start).trim() === ""));
  const claimRelation = before(lexicon.roles.claimRelation).find(
    (hit) => sameClauseOthers.some((other) => other.end <= hit.start) && !sameClauseOthers.some((other) => other.start >= hit.end && other.end <= span.start) && !questioned(hit),
  );
  if (claimRelation) return { role: "claimed", cue: claimRelation.cue };

  // "这样算政府主体吗": whether it counts is asked, not said. Not "营业执照算不算社交直播的资质": what counts as one of the
  // category's own rows (的 then an aspect word right after it) asks about the category.
  const classification = before(lexicon.roles.classificationQuestion).find(governs);
  if (classification && !ownRowAfter(span, source, clause.end, lexicon)) return { role: "questioned", cue: classification.cue };

  // "我们的类目叫电商平台" names the category held; "直播间名字叫社交直播" names something else.
  const naming = before(lexicon.roles.naming).find((hit) => governs(hit) && !lexicon.dialogue.categoryWords.test(matchable(between(clause.start, hit.start), span.script)));
  if (naming) return { role: "named-thing", cue: naming.cue };

  // "是不是只有社交直播才能用原生", "is social live the only category with live-pusher?": whether it is the only one is
  // asked — set aside as 除了 sets it aside: the others are what the answer lists.
  const rightBefore = (hit: CueHit) => lexicon.roles.joiners.fills(between(hit.end, span.start), span.script, [lexicon.dialogue.fitGap]);
  const onlyAfter = hits(lexicon.roles.onlyOnesAfter).find((hit) => hit.start >= span.end && lexicon.roles.joiners.fills(between(span.end, hit.start), span.script, [lexicon.dialogue.fitAfterGap]));
  const onlyOnes = before(lexicon.roles.onlyOnesAsked).find(rightBefore) ?? (onlyAfter === undefined ? undefined : span.script === "en" ? onlyAfter : before(lexicon.roles.onlyOnesBefore).find(rightBefore));
  if (onlyOnes && !subject) return { role: "excluded", cue: onlyOnes.cue };

  // "除了社交直播,我们还有电商平台", "除了电商平台之外我们还有社交直播": besides, not except — both are held (an additive
  // word follows, or a question what it takes: "除了社交直播还要加什么类目", "除了电商平台,怎样才能用原生"); "除了社交
  // 直播以外…都有" excludes it.
  const nextClause = followingClause(source, clause.end, [], span.script, lexicon, text);
  // "除了电商平台以外,还有哪些类目…" asks for the others: 还有 there adds nothing.
  const asking = lexicon.dialogue.asksWhich.find(text);
  const besides = [...lexicon.dialogue.additive.find(text), ...lexicon.dialogue.neededCategory.find(text)]
    .some(
      (hit) =>
        hit.script === span.script &&
        hit.start >= span.end &&
        hit.end <= (nextClause?.end ?? clause.end) &&
        !liesWithin(hit, asking),
    );
  const exclusion = besides
    ? undefined
    : (before(lexicon.roles.exclusion).find(governs) ??
      hits(lexicon.roles.exclusionAfter).find((hit) => hit.start >= span.end && lexicon.roles.joiners.fills(between(span.end, hit.start), span.script)));
  // "除了驾校培训,别的都没有", "除了社交直播没有别的类目": except it nothing is held — it is what is held.
  // …said, not asked: "除了社交直播,没有其他类目能用原生吗?" asks.
  const saysNothingElse = (hit: CueHit) => {
    const itsClause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    const rest = matchable(between(hit.end, itsClause.end), span.script);
    return rest.compact.trim() + rest.lower.trim() === "" || lexicon.dialogue.categoryWords.isWhole(rest) || lexicon.roles.statusEnders.fills(between(hit.end, itsClause.end), span.script);
  };
  const nothingElse = exclusion
    ? lexicon.roles.nothingElse.find(text).find((hit) => hit.script === span.script && hit.start >= span.end && hit.end <= (nextClause?.end ?? clause.end) && saysNothingElse(hit))
    : undefined;
  if (nothingElse) return { role: "held", cue: nothingElse.cue };
  // "We don't have any category except Social - Live": said of categories before the exception, in its clause — not
  // "we don't have any customers except banks".
  const nothingBefore = exclusion
    ? lexicon.roles.nothingBefore
        .find(text)
        .find((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= exclusion.start && lexicon.dialogue.categoryWords.test(matchable(between(hit.start, exclusion.start), span.script)))
    : undefined;
  if (nothingBefore) return { role: "held", cue: nothingBefore.cue };
  if (exclusion) return { role: "excluded", cue: exclusion.cue };
  // "电商平台那种二选一我们搞定了,还有哪些类目走插件": a later clause opening with a which-others word and asking a list by
  // a method sets the category aside, as 除了 does — not "我们是电商平台,还有哪些要注意的", which asks nothing of the kind.
  const othersAfter = asking.find((hit) => {
    if (hit.script !== span.script || hit.start < clause.end) return false;
    const itsClause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    const rest = matchable(source.slice(hit.end, itsClause.end), span.script);
    return lexicon.methods.native.test(rest) || lexicon.methods.plugin.test(rest);
  });
  if (othersAfter) return { role: "excluded", cue: othersAfter.cue };

  // A status word after the mention is about it only when no other mention stands between, or after it
  // in the clause ("电商平台没打算申请社交直播" is about 社交直播).
  const about = (hit: CueHit) =>
    hit.start >= span.end
      ? !sameClauseOthers.some((other) => other.start >= span.end && other.end <= hit.start) &&
        // "没打算申请社交直播": a later mention takes the cue, unless an owner word starts a new phrase before it.
        !sameClauseOthers.some((other) => other.start >= hit.end && !ownedBetween(hit.end, other.start))
      : governs(hit);
  // "电商平台和社交直播都没有,只有银行": what the asker says it only holds is no longer under the negation before it.
  const holdingBetween = (hit: CueHit) => hits(lexicon.roles.exclusiveHolding).some((holding) => holding.start >= hit.end && holding.end <= span.start);
  // "社交直播被拒了 电商平台还在": a passive status right after the mention is about it, whatever is named later —
  // unless something else follows it in its clause ("删了几个商品" is about the goods).
  // …or is followed by what is asked of the time after it ("社交直播下架以后还能用原生吗").
  const endsItsClause = (hit: CueHit, clauseEnd: number) =>
    lexicon.roles.statusEnders.fills(between(hit.end, clauseEnd), span.script) || lexicon.roles.statusThen.startsText(matchable(between(hit.end, clauseEnd), span.script));
  const passive = (hit: CueHit) =>
    hit.start >= span.end &&
    !sameClauseOthers.some((other) => other.start >= span.end && other.end <= hit.start) &&
    lexicon.roles.statusOpeners.fills(between(span.end, hit.start), span.script) &&
    // Up to the next mention, if one follows in the clause: "社交直播被拒了电商平台还在".
    endsItsClause(hit, Math.min(clause.end, ...sameClauseOthers.filter((other) => other.start >= hit.end).map((other) => other.start)));
  const nextMention = Math.min(source.length, ...others.filter((other) => other.script === span.script && other.start >= span.end).map((other) => other.start));
  const scope: StatusScope = { span, source, clause, nextMention, text, lexicon, hits };
  // "社交直播之前被驳回了,后来过了": held again after the status — statuses after it are void.
  const restored = isHeldAgain(scope);
  // The passive status first: it is the one that says the category was held and is lost.
  // "我们不是没有社交直播", "it's not that we don't have social live": the lack right before the mention is negated. Not
  // "是不是没有社交直播就…" (a question form around it), nor "并不是没有人申请过社交直播" (the lack is of someone).
  // Nor "不是没有社交直播吗", "不是没有社交直播就不能用原生吗": asked, its clause says nothing is held.
  const asksInClause = (lack: CueHit) => {
    const lackClause = clauseAround(source, lack, lexicon.roles.clauseBreaks, text);
    // English asking words (do, are, can…) stand in statements too ("we do"): there only a question mark asks.
    return source.slice(lack.end, lackClause.end + 1).includes("?") || (lack.script === "zh" && lexicon.dialogue.asking.find(text).some((asking) => asking.script === "zh" && asking.start >= lack.end && asking.end <= lackClause.end));
  };
  const negatedLackHits = hits(lexicon.roles.negatedLack);
  const negatedLacks = negatedLackHits.filter(
    (lack) =>
      lack.end <= span.start &&
      lexicon.roles.joiners.fills(between(lack.end, span.start), span.script) &&
      !questionForms.some((form) => form.start < lack.start && form.end > lack.start) &&
      !asksInClause(lack),
  );
  const lackNegated = (hit: CueHit) => liesWithin(hit, negatedLacks);
  // "房地产营销没有资质能申请吗", "电商平台没有注意事项吗": what lacks right after the cue is a row of its section (the
  // qualifications, notes, scope or scenario), not the category.
  const lacksSectionRow = (hit: CueHit) => {
    const after = matchable(source.slice(hit.end), span.script);
    return sectionRowAspects.some((aspect) => lexicon.aspects.get(aspect)?.startsText(after) === true);
  };
  const negation = () =>
    (restored ? undefined : hits(lexicon.roles.passiveAfter).find(passive)) ??
    before(lexicon.roles.negation).find((hit) => negationGoverns(hit) && !holdingBetween(hit) && !lackNegated(hit)) ??
    // "社交直播类目不是没有": a lack said after the mention and itself negated says it is held.
    (restored ? undefined : hits(lexicon.roles.negationAfter).find((hit) => hit.start >= span.end && about(hit) && !liesInsideLonger(hit, negatedLackHits) && !lacksSectionRow(hit)));

  // "要是再申请个社交直播呢": a supposition, whatever status word it carries. Supposing it gone ("要是把社交直播删了呢",
  // "如果没有社交直播") is answered as if it were not held.
  // "去掉房地产营销", "remove bank": taken away right before it, joiners at most between.
  const removedRightBefore = () => {
    const removedBefore = lexicon.roles.removedBefore.find(matchable(source.slice(clause.start, span.start), span.script));
    return removedBefore.find((hit) => lexicon.roles.joiners.fills(source.slice(clause.start + hit.end, span.start), span.script));
  };
  // "if we already have 电商平台": the condition says what is so; the category is held.
  const saysSoAlready = (hit: CueHit) => lexicon.roles.alreadyAfterIf.test(matchable(source.slice(hit.end, span.start), span.script));
  const hypothetical = before(lexicon.roles.hypothetical).find((hit) => governs(hit) && !saysSoAlready(hit));
  if (hypothetical) {
    // "要是去掉线下教室呢", "what if we got rid of our classrooms": supposed taken away. "要是社交直播没批下来呢", "要是还在
    // 审核中呢": supposed not approved (roles.notApproved, pending), so not held — not the program's code review ("要是社交
    // 直播提交了代码审核", roles.pendingLookalikes), nor asked about the time it will be.
    const supposedPending = () => {
      const codeReview = hits(lexicon.roles.pendingLookalikes);
      return [...hits(lexicon.roles.notApproved), ...hits(lexicon.roles.pending)].find(
        (hit) => hit.start >= span.end && about(hit) && !liesWithin(hit, codeReview) && !liesInsideLonger(hit, codeReview) && !asksAboutThen(lexicon, text, span.script, hit.end),
      );
    };
    const supposedGone = negation() ?? removedRightBefore() ?? supposedPending();
    return supposedGone ? { role: "negated", cue: supposedGone.cue } : { role: "hypothetical", cue: hypothetical.cue };
  }

  // "社交直播类目我们提交了,还在审核中": a clause that names nothing continues the one before.
  // Only the clause's last mention: "电商平台之前有社交直播,后来被下架了" is about 社交直播.
  const readsNext = !subject && !restored;
  const lastInClause = readsNext && !sameClauseOthers.some((other) => other.start >= span.end);
  const clauseAfter = readsNext ? followingClause(source, clause.end, others, span.script, lexicon, text) : null;
  // "同时申请了A和B,都还没审核通过": a next clause opening with a word for all of them speaks of every mention of this one.
  const following =
    clauseAfter !== null && (lastInClause || lexicon.roles.statusOfAll.startsText(matchable(source.slice(clauseAfter.start, clauseAfter.end), span.script))) ? clauseAfter : null;
  // Not an instruction to the bot ("…资质清单列出来,没有就编一个"): its 没有 says nothing of the mention.
  const next = following && !lexicon.injection.find(text).some((hit) => hit.script === span.script && hit.start >= following.start && hit.end <= following.end) ? following : null;
  // Only a status that opens the next clause ("…,还在审核中") speaks of this mention.
  // …a word for all of them first ("…,两个都还没审核通过").
  const opensNext = (hit: CueHit) => {
    if (next === null) return false;
    const gap = between(next.start, hit.start);
    const ofAll = lexicon.roles.statusOfAll.find(matchable(gap, span.script)).filter((word) => word.start === 0).sort((a, b) => b.end - a.end)[0];
    return lexicon.roles.statusOpeners.fills(ofAll ? gap.slice(ofAll.end) : gap, span.script);
  };
  const statusAfter = (cues: CueSet) =>
    next ? cues.find(text).filter((hit) => hit.script === span.script && hit.start >= next.start && hit.end <= next.end && !inQuestionForm(hit) && !askedAsStep(hit) && opensNext(hit)) : [];
  const pendingNext =
    statusAfter(lexicon.roles.pending)[0] ??
    // "…网课,没有线下": a lack opening the next clause is of what follows it there, unless it ends that clause ("…,还没有")
    // or getting the category follows ("…,没有拿到").
    statusAfter(lexicon.roles.negationAfter).find(
      (hit) => !lacksSectionRow(hit) && next !== null && (endsItsClause(hit, next.end) || lexicon.roles.obtaining.startsText(matchable(source.slice(hit.end, next.end), span.script))),
    ) ??
    statusAfter(lexicon.roles.passiveAfter).find((hit) => next !== null && endsItsClause(hit, next.end));
  if (pendingNext) return { role: "pending", cue: pendingNext.cue };
  // "需要有社交直播才能…" asks whether it is needed; "主要有社交直播" (notApplyAsked) says it is there.
  const notAsked = hits(lexicon.roles.notApplyAsked);
  const pending =
    hits(lexicon.roles.pending).find((hit) => about(hit) && !askedAsStep(hit) && !(restored && hit.start >= span.end)) ??
    before(lexicon.roles.applyAsked).find((hit) => governs(hit) && !liesInsideLonger(hit, notAsked));
  // "社交直播下周申请,到时候能用原生吗": asked about the time it is held, it is supposed — not "到时候再说" (we will see
  // then), nor when the question asks about now.
  if (pending) return asksAboutThen(lexicon, text, span.script, pending.end) ? { role: "hypothetical", cue: pending.cue } : { role: "pending", cue: pending.cue };

  const removed = removedRightBefore();
  if (removed) return { role: "negated", cue: removed.cue };
  // "不带货", "非个人主体": a negation standing right against the mention.
  // In English the word stands before a hyphen or a space: "non-government", of a subject only ("non-public hospital"
  // is a word a category is not for, rules › notFor, read with the category).
  const adjacent =
    span.script === "zh" ? lexicon.roles.negationAdjacent.find(matchable(source.slice(Math.max(clause.start, span.start - 1), span.start), span.script)) : subject ? adjacentLatinNegation(source.slice(clause.start, span.start), lexicon) : [];
  if (adjacent.length > 0) return { role: "negated", cue: adjacent[0]!.cue };
  // "曾经有过社交直播", "社交直播之前有过": held once — unless held again later.
  const once = restored ? undefined : heldOnce(scope);
  if (once) return { role: "negated", cue: once.cue };
  // "社交直播被驳回过": not held, but what is asked about when nothing else is.
  const refused = restored ? undefined : refusedOnce(scope);
  if (refused) return { role: "pending", cue: refused.cue };

  const negated = negation();
  if (negated) return { role: "negated", cue: negated.cue };
  // "社交直播到期以后,电商平台还能用原生吗": asked about the time after a loss.
  const supposed = supposedLoss(scope);
  if (supposed) return { role: "negated", cue: supposed.cue };
  // "社交直播类目是在另一个小程序上": held by another program.
  const elsewhere = heldElsewhere(scope);
  if (elsewhere) return { role: "other-party", cue: elsewhere.cue };
  // "网课只是补充": a side line of the business names no category held.
  const side = sideActivity(scope);
  if (side) return { role: "named-thing", cue: side.cue };

  const ownership = before(lexicon.roles.ownership);
  // "我们帮用户查个人征信": the customer word follows a service word; the mention is the asker's business.
  const served = (hit: CueHit) => lexicon.roles.serviceFor.find(matchable(source.slice(Math.max(0, hit.start - 2), hit.start), span.script)).some((service) => service.end === Math.min(2, hit.start));
  const notParty = lexicon.roles.notParty.find(text);
  // "小学生": the party word is the whole one, not 学生 inside it (after 给, 小学生 are those served).
  // Of a category, any program owner too (dialogue.programOwners: "同学能直播宠物吗"): one list of owners, read by both. A
  // subject word after one is read by whose program it is said of (read-subject.ts: "这个小程序是我表哥个人实名认证的").
  const programOwners = subject ? [] : lexicon.dialogue.programOwners.find(text);
  const partyHits = [...lexicon.roles.otherParty.find(text), ...programOwners];
  // "我朋友说个人主体…就能播", "群友说电商平台也能用原生": what someone is said to have said (a dispute's hearsay, lexicon
  // pushback) is a claim about the mention, not theirs — unless they go on about themselves ("朋友说他们…").
  const hearsay = lexicon.dialogue.pushback.find(text);
  const setting =
    lexicon.roles.settingBefore.find(text).some((hit) => hit.script === span.script && hit.end <= span.start && source.slice(hit.end, span.start).trim() === "") &&
    lexicon.roles.settingAfter.startsText(matchable(source.slice(span.end).trimStart(), span.script));
  const otherParty = [...before(lexicon.roles.otherParty), ...(subject ? [] : before(lexicon.dialogue.programOwners))].find(
    (hit) =>
      governs(hit) &&
      !liesInsideLonger(hit, partyHits) &&
      !served(hit) &&
      // "朋友圈看到说…": a word holding the party word names no party; nor does a name holding it ("商家自营").
      !liesWithin(hit, notParty) &&
      !liesWithin(hit, others) &&
      // "面向个人用户的银行": the noun after 的 is the asker's own; so is the one after "friend's" ("朋友的信托小程序",
      // "my friend's trust mini program": whose program it is, the turn reads as another program).
      !endsWithPossessive(between(hit.start, span.start).trimEnd(), span.script, lexicon) &&
      // "客户问信托能不能直播", "家长问个人主体…", "领导说银行类目不需要资质": they only ask or say; the question is about
      // what they speak of — unless they go on about themselves ("客户说他们是银行").
      !(onlyAsks(between(hit.end, span.start), span.script, lexicon) && !lexicon.roles.thirdPartyPointers.test(matchable(between(hit.end, span.start), span.script))) &&
      !onlyReports(hit, hearsay, between(hit.end, span.start), span.script, lexicon) &&
      // "会员制电商平台", "入驻型驾校平台": the word names the business's model, not another party.
      !lexicon.roles.modelSuffix.isWhole(matchable(between(hit.end, span.start), span.script)) &&
      !ownership.some((owned) => owned.start >= hit.end) &&
      // "Can buyers pay … in a real estate marketing live stream?": the name between a word of setting and a word for the
      // stream or program is where they are, the asker's stream, not theirs ("customers in the insurance business" are).
      !setting,
  );
  if (otherParty) return { role: "other-party", cue: otherParty.cue };
  // "车企客户还想在直播里卖二手车", "券商朋友问…": an owner word written against the mention names whose program it is —
  // the mention says what kind of owner. Not after the asker's own ("我们银行客户多": the clients of our bank).
  if (span.script === "zh" && !subject) {
    const ownerKind = programOwners.find((hit) => hit.script === "zh" && hit.start === span.end && !liesWithin(hit, notParty));
    if (ownerKind && !lexicon.roles.ownership.endsText(matchable(source.slice(clause.start, span.start), "zh"))) return { role: "other-party", cue: ownerKind.cue };
  }
  const afterName = source.slice(span.end, clause.end).trimStart();
  const hosted = lexicon.roles.hostedAfter.find(matchable(afterName, span.script)).find((hit) => hit.start === 0);
  const rest = hosted ? afterName.slice(hosted.end).replace(leadingMarks, "") : "";
  // Not the asker's own ("Our bank signed up already"): the one named is who signed up.
  const askersOwn = lexicon.roles.askerOpeners.endsText(matchable(source.slice(clause.start, span.start).trimEnd().split(/\s+/u).slice(-1)[0] ?? "", span.script));
  if (hosted && !askersOwn && (rest === "" || lexicon.roles.hostedAfterEnds.startsText(matchable(rest, span.script)))) return { role: "other-party", cue: hosted.cue };
  // "an education platform that hosts many training schools": those a platform hosts, named after its hosting verb.
  const hostedBy = span.script === "en" && lexicon.roles.platform.test(text) ? hostedBefore(source.slice(clause.start, span.start), lexicon) : null;
  if (hostedBy) return { role: "other-party", cue: hostedBy };

  // "老板券商出身", "之前在银行干了十年", "I used to work at a bank": where a person worked is that person's career, named
  // as background — not the program's category.
  // Looked up in the question's cue index: no slice of the text is read again for each name.
  const careerAfter = lexicon.roles.careerAfter.find(text).some((hit) => hit.script === span.script && hit.start === span.end);
  const careerBefore = !careerAfter && lexicon.roles.careerBefore.find(text).some((hit) => hit.script === span.script && hit.end <= span.start && hit.start >= clause.start && source.slice(hit.end, span.start).trim() === "");
  if (careerAfter || careerBefore) {
    return { role: "named-thing", cue: null };
  }
  // "提审要联系政府部门吗", "do we need to contact the government?": those contacted are another party, not the asker.
  if (lexicon.roles.contactBefore.endsText(matchable(source.slice(clause.start, span.start).trimEnd(), span.script))) return { role: "other-party", cue: null };
  // "跟电商平台有合作": a partner word right before the mention and a partnership word after it.
  const partnerBefore = lexicon.roles.partnerBefore.find(matchable(source.slice(Math.max(clause.start, span.start - 1), span.start), span.script)).length > 0 ||
    (span.script === "en" && lexicon.roles.partnerBefore.find(matchable(source.slice(Math.max(clause.start, span.start - 5), span.start), span.script)).length > 0);
  const partnerAfter = hits(lexicon.roles.partnerAfter).find((hit) => hit.start >= span.end && !sameClauseOthers.some((other) => other.start >= span.end && other.end <= hit.start));
  if (partnerBefore && partnerAfter) return { role: "other-party", cue: partnerAfter.cue };


  return { role: "held", cue: null };
}

/** The clause after `end`, when it names no category or subject of its own. */
function followingClause(
  source: string,
  end: number,
  others: readonly MentionSpan[],
  script: "zh" | "en",
  lexicon: Lexicon,
  text: MatchableText,
): { start: number; end: number } | null {
  if (end >= source.length) return null;
  const breaks = lexicon.roles.clauseBreaks.find(text).filter((hit) => hit.script === script);
  // The clause ends at punctuation or at a break word; "…,但是还在审核中" starts after the comma, with the break word in it.
  let start = end;
  if (clausePunctuation.test(source[start] ?? "")) start += 1;
  const opening = breaks.find((hit) => hit.start === start || (hit.start > start && source.slice(start, hit.start).trim() === ""));
  const from = opening ? opening.end : start;
  // The first punctuation from `from` on, found by one search rather than a test per character.
  clausePunctuationFrom.lastIndex = from;
  let stop = clausePunctuationFrom.exec(source)?.index ?? source.length;
  const nextBreak = breaks.find((hit) => hit.start > from && hit.start < stop);
  if (nextBreak) stop = nextBreak.start;
  const softBreak = script === "zh" ? text.softBreaks?.find((at) => at > from && at < stop) : undefined;
  if (softBreak !== undefined) stop = softBreak;
  if (stop <= from) return null;
  const next = { start: from, end: stop };
  return others.some((other) => other.script === script && other.start >= next.start && other.end <= next.end) ? null : next;
}

/** The quotation the span stands in, if any (positions of the opening and closing marks). */
function quotedAround(source: string, span: MentionSpan): { open: number; close: number } | null {
  for (const { opening, closing } of quotePairs) {
    const open = source.lastIndexOf(opening, span.start - 1);
    if (open === -1) continue;
    const close = source.indexOf(closing, open + 1);
    if (close !== -1 && close >= span.end && !source.slice(open + 1, span.start).includes(closing)) return { open, close };
  }
  return null;
}

/** Whether only a few words stand between a taking-back cue and the name that replaces ("，是", "it's"). */
function replacesRightAfter(gap: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  // What the asker says it is, and an organisation word, are the correction's own words ("我搞错了,我们其实是一所公立小学",
  // "sorry, correction: we are actually a driving-school platform"): a few words besides them at most.
  const said = matchable(script === "zh" ? gap : gap.toLowerCase(), script);
  const own = [...lexicon.roles.identity.find(said), ...lexicon.dialogue.programOrganisations.find(said)].filter((hit) => hit.script === script);
  const source = script === "zh" ? said.compact : said.lower;
  const covered = new Uint8Array(source.length);
  for (const hit of own) covered.fill(1, hit.start, hit.end);
  const rest = source.split("").map((unit, at) => (covered[at] === 1 ? " " : unit)).join("");
  const words = rest.replace(/[\p{P}\s]+/gu, script === "zh" ? "" : " ").trim();
  return script === "zh" ? words.length <= 4 : words.split(" ").filter(Boolean).length <= 3;
}

/** Whether one of `words` stands right after the mention ("社交直播那样", "社交直播一样吗", "社交直播比谁快"). */
export function comparedRightAfter(source: string, span: MentionSpan, clauseEnd: number, words: CueSet, lexicon: Lexicon): boolean {
  const rest = source.slice(span.end, clauseEnd);
  const found = words.find(matchable(rest, span.script)).find((hit) => hit.script === span.script);
  return found !== undefined && lexicon.roles.statusOpeners.fills(rest.slice(0, found.start), span.script);
}

const endsWithJoiner = /[-\s]$/u;

/** An English negation word (roles.negationAdjacent) ending right before the mention, one hyphen or space between. */
function adjacentLatinNegation(before: string, lexicon: Lexicon): CueHit[] {
  const joined = endsWithJoiner.test(before) ? before.slice(0, -1) : null;
  if (joined === null) return [];
  return lexicon.roles.negationAdjacent.find(matchable(joined, "en")).filter((hit) => hit.end === joined.length);
}

/** Whether the mention is followed by 的 (lexicon roles.possessive) and a word asking one of its rows ("社交直播的资质"). */
function ownRowAfter(span: MentionSpan, source: string, clauseEnd: number, lexicon: Lexicon): boolean {
  const rest = matchable(source.slice(span.end, clauseEnd), span.script);
  const possessive = lexicon.roles.possessive.find(rest).find((hit) => hit.start === 0);
  if (!possessive) return false;
  const row = matchable((span.script === "zh" ? rest.compact : rest.lower).slice(possessive.end).trimStart(), span.script);
  for (const cues of lexicon.aspects.values()) if (cues.startsText(row)) return true;
  return false;
}

/**
 * The hosting verb before the mention (roles.hostedBefore), with at most two words between besides hostedGap words and
 * numbers ("hosts many training schools", "lists 30 driving schools"); null if none.
 */
function hostedBefore(before: string, lexicon: Lexicon): string | null {
  const verbs = lexicon.roles.hostedBefore.find(matchable(before, "en"));
  const verb = verbs.at(-1);
  if (!verb) return null;
  const gap = matchable(before.slice(verb.end), "en");
  let rest = gap.lower;
  for (const hit of [...lexicon.roles.hostedGap.find(gap)].reverse()) rest = rest.slice(0, hit.start) + " " + rest.slice(hit.end);
  const words = rest.split(/\s+/u).filter((word) => word !== "" && !/^\d+$/u.test(word));
  return words.length <= 2 ? verb.cue : null;
}
