import type { CueHit, CueSet, MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, clausePunctuation, endsWithPossessive, leadingMarks, liesInsideLonger, liesWithin, matchable, onlyAsks, onlyReports, sourceOf, trailingMarks } from "./clauses.js";
import type { MentionSpan } from "./mention-roles.js";

/**
 * "原来是个人认证,后来升级成企业": a subject word right after a "formerly" cue (place words aside) is what the program
 * was. Not one further on: "以前是电商现在是个人主体" is personal now.
 */
export function isFormerSubject(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.roles.formerly
    .find(text)
    .some((hit) => hit.script === span.script && hit.end <= span.start && lexicon.roles.clauseOpeners.fills(source.slice(hit.end, span.start), span.script));
}

/**
 * "小程序个人认证不了", "我们不能用个人认证": a subject the program could not get, or may not use, is not what it is — the
 * word closing its clause with a failure, or a word of not being able to use it right before (not in a question form:
 * "能不能用个人认证" asks).
 */
export function isUnavailableSubject(span: MentionSpan, text: MatchableText, lexicon: Lexicon): boolean {
  const { subjectUnavailableBefore, subjectUnavailableVerbs, subjectUnavailableOpeners, subjectUnavailableAfter, clauseBreaks, clauseOpeners, notNegation } = lexicon.roles;
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, clauseBreaks, text);
  const fails = (said: string) => {
    const rest = said.replace(trailingMarks, "").trim();
    const afterVerbs = subjectUnavailableVerbs.find(matchable(rest, span.script)).filter((hit) => hit.start === 0).map((hit) => rest.slice(hit.end).trim());
    return [rest, ...afterVerbs].some((ending) => subjectUnavailableAfter.isWhole(matchable(ending, span.script)));
  };
  if (fails(source.slice(span.end, clause.end))) return true;
  // …or all the next clause says, an opener at most before it ("本来想用个人认证注册,结果注册不下来").
  const following = source.slice(clause.end).replace(leadingMarks, "");
  const nextEnd = following.search(clausePunctuation);
  const said = (nextEnd === -1 ? following : following.slice(0, nextEnd)).trim();
  const opener = subjectUnavailableOpeners.find(matchable(said, span.script)).filter((hit) => hit.start === 0);
  if (said !== "" && [said, ...opener.map((hit) => said.slice(hit.end))].some(fails)) return true;
  const before = matchable(source.slice(clause.start, span.start), span.script);
  const unavailable = subjectUnavailableBefore.find(before);
  if (unavailable.length === 0) return false;
  const asked = notNegation.find(before);
  const overlapsAsked = (hit: CueHit) => asked.some((form) => form.start < hit.end && hit.start < form.end && (form.start !== hit.start || form.end !== hit.end));
  return unavailable.some((hit) => !overlapsAsked(hit) && clauseOpeners.fills(sourceOf(before, span.script).slice(hit.end), span.script));
}

/**
 * "个人小程序升级为企业": a subject word followed in its clause by a change cue and then another subject word is what
 * the program was changed from. A change of something else ("个人小程序能改为用插件吗") changes no subject.
 */
export function isChangedFromSubject(span: MentionSpan, subjectSpans: readonly MentionSpan[], text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const others = subjectSpans.filter((other) => other !== span && other.script === span.script);
  return changeWords(text, lexicon).some((hit) => {
    if (hit.script !== span.script || hit.start < span.end || others.some((other) => other.start >= span.end && other.end <= hit.start)) return false;
    if (changeNotDone(hit, source, span.script, lexicon, text)) return false;
    // The subject it became follows the change word in that word's clause ("…,后来注册成企业了").
    const clause = clauseAround(source, { script: hit.script, start: hit.start, end: hit.end }, lexicon.roles.clauseBreaks, text);
    return others.some((other) => other.start >= hit.end && other.end <= clause.end);
  });
}

/**
 * "客户的小程序是个人主体", "小程序是个人的": a subject word said of a mini program is that program's subject, whoever's the
 * program is — only when nothing follows it in its clause but 的 or what keeps it a subject (lexicon
 * programSubjectAfter: "…是自然人主体"); "小程序是个人开发的", "小程序在个人号朋友圈里转发" say something else of it.
 * "another" when the program is another or a former one ("以前有个小程序是个人主体"): not the one asked about.
 */
export function programSaidOf(span: MentionSpan, text: MatchableText, lexicon: Lexicon, askerHoldsAfter = false, explicit = false): "this" | "another" | null {
  const source = sourceOf(text, span.script);
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  // "小程序是以区教育局名义注册的": a word of registering under someone may stand between too.
  const before = (candidate: CueHit) =>
    candidate.script === span.script && candidate.start >= clause.start && candidate.end <= span.start && lexicon.roles.clauseOpeners.fills(source.slice(candidate.end, span.start), span.script, [lexicon.roles.registeredUnder]);
  // "a mini program run by the county bureau": who runs the program is its subject, whatever the clause goes on to ask.
  const runBy = lexicon.roles.programRunBy.find(text).find(before);
  // "用教育局的主体注册的呢": registered under the body, said with no word for the program — only with a word of the
  // registration after it (programSubjectAfter: 名义, 主体, 注册), not "用政府的经费".
  const under = lexicon.roles.registeredUnder.find(text).find(before);
  const hit = runBy ?? programIsHits(text, lexicon).find(before) ?? lexicon.roles.programBare.find(text).find(before) ?? under;
  if (!hit) return null;
  // A few Chinese words, or a few English ones ("our previous mini program is…").
  const window = span.script === "zh" ? 5 : 20;
  if (lexicon.roles.otherProgramBefore.endsText(matchable(source.slice(Math.max(clause.start, hit.start - window), hit.start).trimEnd(), span.script))) return "another";
  // "客户的小程序是政府主体的,…我们自己能用原生吗", "朋友的小程序是个人主体,我们是企业": a client's or friend's
  // program, while the question asks about the asker's own (or the asker says later what it is, or what it holds:
  // "朋友的小程序是个人主体,我们有电商平台类目").
  // Another party, or one who owns a program of their own ("表哥的小程序是…": kin are no other party where they only
  // registered the asker's program, "小程序是我表哥个人实名认证的").
  const owners = [...lexicon.roles.otherParty.find(text), ...lexicon.dialogue.programOwners.find(text)];
  const someoneElses = owners.some((party) => party.script === span.script && party.start >= clause.start && party.end <= hit.start);
  const askerLater = lexicon.roles.identity.find(text).some((said) => said.script === span.script && said.start >= clause.end);
  if (someoneElses && (lexicon.roles.ownProgramPointers.test(text) || askerLater || askerHoldsAfter)) return "another";
  const rest = source.slice(span.end, clause.end).replace(/[\p{P}\s]+/gu, "");
  // "…区教育局的名义注册的": a 的 before the word of registration changes nothing.
  const of = lexicon.roles.possessive.find(matchable(rest, span.script)).find((found) => found.start === 0);
  const registeredAfter = lexicon.roles.programSubjectAfter.startsText(matchable(rest.slice(of?.end ?? 0), span.script));
  if (hit === under) return registeredAfter ? "this" : null;
  // "小程序是个人认证的居然也在直播": a subject named as such ("…认证", "…主体") closed by 的 is what the program is,
  // whatever the clause goes on to say of it; a bare word is not ("小程序是个人开发的").
  const closedByOf = explicit && lexicon.roles.possessive.startsText(matchable(rest, span.script));
  return runBy !== undefined || rest === "" || closedByOf || lexicon.roles.possessive.isWhole(matchable(rest, span.script)) || registeredAfter
    ? "this"
    : null;
}

/** Whether a subject word is the asker's own: said of themselves, or standing as the clause's topic. */
export function isOwnSubject(span: MentionSpan, explicit: boolean, text: MatchableText, lexicon: Lexicon, categoryHeld: boolean, categoryAfter: boolean): boolean {
  const source = sourceOf(text, span.script);
  const covered = lexicon.roles.identity.find(text).some((hit) => hit.script === span.script && hit.start < span.start && hit.end >= span.end);
  // "个人主播", "individual sellers", "the tax bureau rules": the bare word describes people or things, not whose the
  // mini program is.
  // "government-backed" joins the two words with a hyphen.
  const afterText = source.slice(span.end).replace(/^[\s-]+/u, "");
  const after = matchable(afterText, span.script);
  // "区教育局开的证明" is what the body issues; "个人开的小程序" is still whose the program is.
  const bodyThing = lexicon.roles.bodyThingsAfter.find(after).find((hit) => hit.start === 0);
  const ofBody = bodyThing !== undefined && !namesProgramAt(afterText.slice(bodyThing.end), span.script, lexicon);
  if (!explicit && (lexicon.roles.personAfter.startsText(after) || ofBody)) return false;
  const clause = clauseAround(source, span, lexicon.roles.clauseBreaks, text);
  const inClause = (cues: CueSet) => cues.find(text).filter((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end);
  // "我在税务局上班,我们局的小程序…": the body the asker works at owns the program the question says is that body's.
  if (worksAt(span, clause, text, lexicon) && lexicon.roles.bodyPointers.test(text)) return true;
  // "我们街道办自己的小程序": the asker names itself by the word, right before its program.
  // A place word may stand between ("我们区民政局").
  const nameBefore = source.slice(clause.start, span.start);
  const ownName = lexicon.roles.collectiveBefore.find(matchable(nameBefore, span.script)).some((hit) => lexicon.roles.clauseOpeners.fills(nameBefore.slice(hit.end), span.script));
  if (ownName && namesProgramAt(withoutReflexive(afterText.trimStart(), span.script, lexicon), span.script, lexicon)) return true;
  // "我们街道办给辖区老人做的小程序": …or says later in the clause that it makes the program.
  if (ownName && makesProgramAfter(span, clause.end, text, lexicon)) return true;
  // "the county government runs a mini program", "区政府开设的小程序": the body running the program is its subject; "an
  // individual runs a live stream" says nothing of whose the program is.
  const runs = lexicon.roles.runsProgramAfter.find(after).find((hit) => hit.start === 0);
  if (runs && namesProgramAt(afterText.slice(runs.end), span.script, lexicon)) return true;
  // "我们市旅游局有个小程序": the asker's own body having a program; not another body's beside the asker's program.
  const has = lexicon.roles.hasProgramAfter.find(after).find((hit) => hit.start === 0);
  if (has && namesProgramAt(afterText.slice(has.end), span.script, lexicon)) {
    const ownBody = inClause(lexicon.roles.ownership).some((hit) => hit.end <= span.start && lexicon.roles.clauseOpeners.fills(source.slice(hit.end, span.start), span.script));
    if (ownBody) return true;
  }
  // "政府控股的驾校培训公司": the word owns or funds what the asker is — unless what it runs is the program ("市政府主办的小程序").
  const ownerCue = lexicon.roles.ownerAfter.find(after).find((hit) => hit.start === 0);
  const runsProgram = ownerCue !== undefined && namesProgramAt(afterText.slice(ownerCue.end), span.script, lexicon);
  if (!explicit && ownerCue !== undefined) return runsProgram;
  // "我们是政府的供应商": a subject word before 的 describes something else ("我们公司的…" is still the asker), unless
  // what it describes is the mini program, or the question ends there ("市政府的小程序", "那政府的呢").
  const possessive = lexicon.roles.possessive.find(matchable(source.slice(span.end, span.end + 1), span.script));
  // "个人的只要申请社交直播就行吧": the 的 (after the word, or the end of the term read, "个人的") stands for the program,
  // and what follows asks about it.
  const standsForProgram = (rest: string) => lexicon.roles.possessiveStandsForProgram.startsText(matchable(rest, span.script));
  const possessiveIsProgram =
    possessive.length > 0
      ? standsForProgram(source.slice(span.end + possessive[0]!.end))
      : lexicon.roles.possessive.endsText(matchable(source.slice(span.start, span.end), span.script)) && standsForProgram(source.slice(span.end));
  if (!explicit && !covered && possessive.length > 0) {
    const rest = source.slice(span.end + possessive[0]!.end);
    const ownsProgram = rest.replace(/[\p{P}\s]+/gu, "") === "" || lexicon.roles.possessedProgram.startsText(matchable(rest, span.script)) || possessiveIsProgram;
    if (!ownsProgram) return false;
  }
  // Only what the asker says it is counts for a subject: "我们跟政府部门合作" is not "我们是政府部门".
  const ownership = inClause(lexicon.roles.identity).filter((hit) => hit.end <= span.start);
  // "学员多是个人", "serving individual customers": a customer or user, wherever the cue stands.
  // People who only ask or report are no one the word is said of ("家长问个人主体能不能直播", "客户问个人主体…").
  const speaks = (hit: { end: number }) => hit.end <= span.start && onlyAsks(source.slice(hit.end, span.start), span.script, lexicon);
  // Not a party word inside a word naming none ("multi-seller marketplace" is the asker's platform).
  const notParty = lexicon.roles.notParty.find(text);
  // "我朋友说个人主体…就能播": a claim someone is said to have made about the subject (lexicon pushback), not theirs.
  const hearsay = lexicon.dialogue.pushback.find(text);
  const reported = (hit: CueHit) => hit.end <= span.start && onlyReports(hit, hearsay, source.slice(hit.end, span.start), span.script, lexicon);
  const otherParty = inClause(lexicon.roles.otherParty).filter(
    (hit) => !(hit.end <= span.start && endsWithPossessive(source.slice(hit.start, span.start).trimEnd(), span.script, lexicon)) && !speaks(hit) && !liesWithin(hit, notParty) && !reported(hit),
  );
  // "主播需要做个人认证吗": said of streamers or viewers — unless the asker says it is the subject after them, or the word
  // describes a program ("主播用个人认证的小程序").
  // The word itself names one ("个人小程序"), or a program follows within a few words ("个人名义注册的小程序").
  // …not a streamer's own account ("直播账号").
  const window = matchable(source.slice(span.start, Math.min(source.length, span.end + (span.script === "zh" ? 6 : 30))), span.script);
  const accounts = lexicon.roles.streamerAccounts.find(window);
  const describesProgram = lexicon.roles.programWords.find(window).some((word) => !liesWithin(word, accounts));
  // …not when they only ask or report (speaks, above).
  // …nor where the clause says what the program is before them ("小程序是管理员用个人身份注册的").
  const programIsBefore = (hit: { start: number }) => programIsHits(text, lexicon).some((said) => said.script === span.script && said.start >= clause.start && said.end <= hit.start);
  if (!describesProgram && inClause(lexicon.roles.personBefore).some((hit) => hit.end <= span.start && !speaks(hit) && !ownership.some((owned) => owned.start >= hit.end) && !programIsBefore(hit))) return false;
  // "个人小程序升级为企业": what the program was changed into is what it is now.
  if (changeWords(text, lexicon).filter((hit) => hit.script === span.script && hit.start >= clause.start && hit.end <= clause.end).some((hit) => hit.end <= span.start && lexicon.roles.clauseOpeners.fills(source.slice(hit.end, span.start), span.script) && !changeNotDone(hit, source, span.script, lexicon, text))) return true;
  // "我们公司" covers the word itself: the asker is the company.
  const covering = inClause(lexicon.roles.identity).filter((hit) => hit.start < span.start && hit.end >= span.end);
  const owned = [...ownership, ...covering].filter((hit) => !otherParty.some((other) => other.start >= hit.end && other.end <= span.start));
  if (otherParty.length > 0 && owned.length === 0) return false;
  if (explicit) return true;
  // "我们是个人", "我们是政府机构" — but not "我们是做个人理财的银行", where 个人 describes the business, nor "我们是海关
  // 附近的电商平台", where a category named after the word says what the asker is.
  const following = source.slice(span.end, clause.end);
  // "我个人想问下…", "个人觉得…": the asker speaking for itself, not whose the program is.
  if (span.script === "zh" && lexicon.roles.speaksForSelf.startsText(matchable(following.trimStart(), "zh"))) return false;
  // "卫健委自己的小程序呢": a reflexive between changes nothing.
  const standsAlone = span.script !== "zh" || following === "" || possessiveIsProgram || lexicon.roles.subjectAsked.startsText(matchable(withoutReflexive(following, "zh", lexicon), "zh"));
  // "我是个人家教": said right after what the asker says it is, the word is what the asker is, a category after it
  // or not — the business it names is the individual's. Not a body a 的 then describes something by ("我们是海关旁边的
  // 一家信托公司").
  const saidRightAfter = owned.some((hit) => hit.end === span.start) && !lexicon.roles.possessive.test(matchable(following, span.script));
  // "我们是在澳门注册的公司": where it is registered may stand between too.
  const registeredWhere = [lexicon.roles.abroadWords, lexicon.roles.registeredWhere];
  if (covering.length > 0 || saidRightAfter || ((standsAlone || !categoryAfter) && owned.some((hit) => lexicon.roles.clauseOpeners.fills(source.slice(hit.end, span.start), span.script, registeredWhere)))) return true;
  // A bare word ("个人", "政府") counts as the subject only where it opens the clause: "个人能直播吗".
  // …unless the asker already said what it is: "我们是银行,个人能开户吗" speaks of its customers, while
  // "不是个人,是企业" still says it, with a copula.
  const opening = source.slice(clause.start, span.start);
  // …or opens what someone is said to have said ("群里有人说个人的也能…", "我朋友说个人…": a dispute's hearsay, lexicon
  // pushback), which is a claim about the subject like the asker's own.
  if (!lexicon.roles.clauseOpeners.fills(opening, span.script) && !lexicon.dialogue.pushback.endsText(matchable(opening, span.script))) return false;
  // "个人保险产品", "政府也鼓励直播带货": opening its clause, the word is its topic only when what follows asks about it.
  if (!standsAlone) return false;
  // "政府要求我们做助农直播", "the government asked us": a bare word acting on the asker is someone else.
  if (inClause(lexicon.roles.askerAfter).some((hit) => hit.start >= span.end)) return false;
  return !categoryHeld || lexicon.roles.copula.find(matchable(opening, span.script)).length > 0;
}

/** Whether `rest` opens with a program word, a possessive (的) aside: "的小程序", "小程序". */
export function namesProgramAt(rest: string, script: "zh" | "en", lexicon: Lexicon): boolean {
  const trimmed = rest.trimStart();
  const possessive = lexicon.roles.possessive.find(matchable(trimmed, script)).find((hit) => hit.start === 0);
  return lexicon.roles.programWords.startsText(matchable(possessive ? trimmed.slice(possessive.end).trimStart() : trimmed, script));
}

/**
 * Whether the asker says it works at the body the word names: "我在税务局上班", "我是街道办的工作人员", "我是区民政局
 * 的,", "I work for the county government".
 */
function worksAt(span: MentionSpan, clause: { start: number; end: number }, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  const before = source.slice(clause.start, span.start);
  const opensAt = (cues: CueSet) => cues.find(matchable(before, span.script)).some((hit) => lexicon.roles.clauseOpeners.fills(before.slice(hit.end), span.script));
  // English says it before the body ("I work for"); Chinese around it ("我在…上班"), as 我在 alone is only where.
  if (span.script === "en") return opensAt(lexicon.roles.memberBefore);
  // "我是区民政局的," ends its clause with 的: whose the asker is.
  const after = source.slice(span.end, clause.end);
  const endsWithOf = lexicon.roles.possessive.isWhole(matchable(after, span.script));
  return (opensAt(lexicon.roles.memberBefore) || opensAt(lexicon.roles.identity)) && (endsWithOf || lexicon.roles.memberAfter.startsText(matchable(after, span.script)));
}

/** `rest` without a reflexive word at its start ("自己的小程序" → "的小程序"). */
function withoutReflexive(rest: string, script: "zh" | "en", lexicon: Lexicon): string {
  const reflexive = lexicon.roles.reflexive.find(matchable(rest, script)).find((hit) => hit.start === 0);
  return reflexive ? rest.slice(reflexive.end) : rest;
}

/**
 * Whether a change of subject is not done: negated or failed ("还没转成企业", "改成企业失败了"), the time before it ("转企业
 * 之前"), or asked about or planned ("能升级为企业吗", "以后会转为政府单位", "月底迁移到公司": lexicon changeAsked, in the
 * change word's clause before it) — unless the question asks about the time after it ("下个月转成公司以后…", "明年升级为
 * 企业,到时候呢"), which supposes it done.
 */
function changeNotDone(hit: { start: number; end: number }, source: string, script: "zh" | "en", lexicon: Lexicon, text: MatchableText): boolean {
  // In the change word's clause before it: "准备把小程序过户给个人" plans it with its object between.
  const clause = clauseAround(source, { script, start: hit.start, end: hit.end }, lexicon.roles.clauseBreaks, text);
  // "还没转成企业", "改成企业失败了", "升级为企业被驳回了": negated right before it, or failed or pending after it in its
  // clause — not done.
  const before = matchable(source.slice(clause.start, hit.start), script);
  // Statuses up to a word of after the change only: "升级为企业之后没有再改过" says nothing failed.
  const restText = source.slice(hit.end, clause.end);
  const afterWord = lexicon.roles.afterChange.find(matchable(restText, script)).reduce((first, cue) => Math.min(first, cue.start), restText.length);
  const rest = matchable(restText.slice(0, afterWord), script);
  const { negation, negationAfter, pending, passiveAfter } = lexicon.roles;
  if (negation.endsText(before)) return true;
  if (negationAfter.test(rest) || pending.test(rest) || passiveAfter.test(rest)) return true;
  // "转企业之前能直播吗": the time before it.
  if (lexicon.roles.beforeMarks.test(rest)) return true;
  // "要是主体从个人换成企业,能直播吗": a change supposed is supposed done; the subject is read as supposed (read-subject.ts).
  if (lexicon.roles.hypothetical.find(before).length > 0) return false;
  const asked = lexicon.roles.changeAsked.find(before).length > 0;
  if (!asked) return false;
  // Supposed done only for the time after it, and not when the question asks about now or before it ("转完之前",
  // "现在能直播吗", "这期间").
  const laterText = source.slice(hit.end);
  const later = matchable(laterText, script);
  if (lexicon.roles.nowWords.find(later).length > 0) return true;
  const after = [...lexicon.roles.afterChange.find(later), ...lexicon.roles.thenAsked.find(later)];
  return !after.some((cue) => !lexicon.roles.beforeMarks.startsText(matchable(laterText.slice(cue.end), script)));
}

/**
 * The question's programIs cues said of the mini program: one naming the program ("小程序是…") always; a bare one
 * ("主体是…") only with nothing before it in its clause but what lexicon programSubjectBefore allows — not "开票主体是…".
 */
export function programIsHits(text: MatchableText, lexicon: Lexicon): CueHit[] {
  return lexicon.roles.programIs.find(text).filter((hit) => {
    if (lexicon.roles.programWords.find(matchable(hit.cue, hit.script)).length > 0) return true;
    const source = sourceOf(text, hit.script);
    const clause = clauseAround(source, hit, lexicon.roles.clauseBreaks, text);
    return lexicon.roles.programSubjectBefore.fills(source.slice(clause.start, hit.start), hit.script);
  });
}

/** The change words of a text (roles.changedInto), not those inside a word that changes nothing ("转发", roles.changeLookalikes). */
function changeWords(text: MatchableText, lexicon: Lexicon): CueHit[] {
  const lookalikes = lexicon.roles.changeLookalikes.find(text);
  return lexicon.roles.changedInto.find(text).filter((hit) => !liesInsideLonger(hit, lookalikes));
}

/** Whether a word of making a program follows `span` before `end` ("…给辖区老人做的小程序", "…开发了个小程序"). */
function makesProgramAfter(span: MentionSpan, end: number, text: MatchableText, lexicon: Lexicon): boolean {
  const source = sourceOf(text, span.script);
  return lexicon.roles.buildsFor
    .find(text)
    .some((work) => work.script === span.script && work.start >= span.end && work.end <= end && namesProgramAt(afterWork(source, work.end, span.script, lexicon), span.script, lexicon));
}

/** The text after a word of making ("做", "开发") and the count that may follow it ("了个", "一款"): where the program is named. */
export function afterWork(source: string, workEnd: number, script: "zh" | "en", lexicon: Lexicon): string {
  const made = lexicon.roles.madeCount.find(matchable(source.slice(workEnd), script)).find((hit) => hit.start === 0);
  return source.slice(made ? workEnd + made.end : workEnd);
}
