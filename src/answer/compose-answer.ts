import { changesMethodOf } from "../rules/rules-engine.js";
import { namedOutright } from "./named-outright.js";
import { categoryHeading, type CategoryId, type CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { countLineOf, withCountLine } from "./compose-count.js";
import { rowsToTellApart } from "./rows-told-apart.js";
import { compactForMatching, termKey } from "../understanding/normalize-question.js";
import { aspectLines, detailedByTopic, notesNamingOthers, speaksOfQuestion } from "./compose-aspects.js";
import { askedMethodLine } from "./compose-asked-method.js";
import { onlyOnesLead } from "./compose-only-ones.js";
import { detailsEveryOne } from "./details-every-one.js";
import { describedChoice, platformsByScene, scenarioCategoriesBesides, scenarioPointer } from "./compose-scenarios.js";
import { listLines } from "./compose-list.js";
import { easeLines, optionsComparedLines } from "./compose-options.js";
import { sameRowsLine } from "./compose-same-rows.js";
import { otherSubjectLines, questionedSubjectLines, recordReviewedShown, reviewedCategoriesLine, subjectAspectLines, unlistedAspectLines } from "./compose-document-wide.js";
import { compositionTools, isCategorySettingNote, mentionsInNotes, nearbyTopicLines, withoutRepeatedSentences } from "./compose-lines.js";
import { categoryVerdictLines, conditionLines, unlistedAsSaid, unlistedShownName } from "./compose-categories.js";
import { ambiguousLines } from "./compose-ambiguous.js";
import { disputedAdviceLines, disputedBasisLines } from "./compose-disputed.js";
import { categoriesSentToByQuotedNotes, movedByNoteLines } from "./compose-move-advice.js";
import { streamedContentLines } from "./compose-streamed-content.js";
import { nativeRouteLines } from "./compose-native-route.js";
import type { Composition, CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";
import { bestPassageLine } from "./best-passage-line.js";

export type { AnswerKind, Composition, CompositionInput, CorpusLabels } from "./compose-types.js";
export { displayName } from "./compose-lines.js";

const detailedCategoryLimit = 3;


/** Builds the answer's lines from rules and templates; the verdict sentence always comes first. */
export function composeAnswer(input: CompositionInput): Composition {
  const { templates: t, verdict, rules, citations } = input;
  const body: string[] = [];
  const clarify: string[] = [];
  const { name, methodText, citeAccess, citeOfficialReference } = compositionTools(input);
  // "为什么电商平台不能用 live-pusher": the quoted rule is all the document says; it gives a reason only where a
  // quoted line carries one ("需经当地互联网主管机关审核确认").
  const sayNoReasonIfAsked = () => {
    if (!input.understanding.asksWhy || body.includes(t.line.rejectionCaseNotCovered) || body.some((line) => input.reasonGiven.test({ compact: compactForMatching(line), lower: "" }))) return;
    // "为什么你列不出具体条目": the line that the item lists were not kept is the reason.
    const itemsLost = body.includes(t.line.qualificationMissing) || body.includes(t.line.qualificationRestMissing);
    if (itemsLost && input.itemsListing.test(input.understanding.normalized)) return;
    body.push(t.line.noReason);
    input.record.absent.push({ line: t.line.noReason, heading: null, words: [] });
  };
  // "私立医院": the category the asker said it is not is answered by its scope, which says whom it is for — also when
  // the asker names it itself ("民营医院能用公立医疗机构类目吗"), or names nothing else ("a non-public hospital"), or
  // said what it is in an earlier turn.
  // Not where the asker names the category it is by its own name ("我们是私立医院的互联网医院"): the one it is not, this
  // turn, is none of its question.
  const namesOwnCategory = verdict.kind === "categories" && verdict.categories.some((category) => namedOutright(category, input));
  const notForThisTurn = namesOwnCategory ? input.understanding.notFor.filter((id) => verdict.kind === "categories" && verdict.categories.some((category) => category.id === id)) : input.understanding.notFor;
  const notForScopeLines = (): string[] => {
    const lines: string[] = [];
    for (const id of new Set([...notForThisTurn, ...(input.ruledOutByTurn ?? []).map((ruledOut) => ruledOut.id), ...(input.notForEarlier ?? [])])) {
      const category = rules.categories.find((candidate) => candidate.id === id);
      const scope = category ? input.fields(category).scope : undefined;
      if (!category || !scope) continue;
      lines.push(fill(t.line.scope, { category: name(category), text: input.documentText(scope) }));
      citations.add(categoryHeading(category), (line) => line.startsWith(input.labels.scope), 1);
    }
    return lines;
  };
  // Of the categories `among`, each said not to fit what the asker says it is (rules › notFor words): the line saying so.
  // Only where the document gives the category a scope to not fit ("汽车租赁…汽车预售服务": it gives none).
  const unfitScopeLines = (unfit: ReadonlyArray<{ readonly id: CategoryId; readonly word: string }>, among: readonly CategoryRule[]): string[] =>
    unfit.flatMap(({ id, word }) => {
      const category = among.find((candidate) => candidate.id === id);
      return category && input.fields(category).scope ? [fill(t.line.unfitScope, { category: name(category), word })] : [];
    });
  // A line of the document's general notes quoted in the answer (「文档在「注意」中写道:…」) and cited; none when no line is selected.
  const generalNoteLines = (select: (line: string) => boolean): string[] => {
    if (citations.add(input.labels.notes, select, 1) === 0) return [];
    const quote = citations.all().find((citation) => citation.heading === input.labels.notes && select(citation.quote))!.quote;
    return [fill(t.verdict.general, { heading: input.labels.notes, quote: input.documentText(quote) })];
  };
  // "选电商平台会不会被驳回", "免得审核被打回": the general note's line that says when a submission is turned back — also
  // beside a near-by topic it bears on ("银行类目过审概率大吗": the odds are not given, when it is turned back is).
  // "被拒了怎么办", "没通过,咋回事": what the document does not say of a refusal that happened follows the rule.
  const rejectionCaseLines = (): string[] => {
    if (!input.understanding.rejectionHandled) return [];
    input.record.absent.push({ line: t.line.rejectionCaseNotCovered, heading: null, words: [] });
    return [t.line.rejectionCaseNotCovered];
  };
  // "我们是开宠物医院的" then "那选医疗类目可以吗": the group's categories answered, the document does not say they fit.
  const fitOfBusinessBeforeLines = (): string[] => {
    if (input.fitOfBusinessBeforeByTurn !== true) return [];
    citeOfficialReference();
    return [t.line.unlistedFitUnsaid];
  };
  const rejectionLines = (): string[] => {
    if (!input.understanding.asksRejection && !input.understanding.asksCategoryMismatch && !input.understanding.nearbyTopics.some((topic) => topic.helps === "rejection-note")) return [];
    const lines = generalNoteLines((line) => line.includes(input.labels.rejection));
    return lines.length === 0 ? lines : [...lines, ...rejectionCaseLines()];
  };
  const askForCategory = (): Composition => {
    // "删掉新三板类目会影响直播吗", "我们没有社交直播类目,能直播吗": without the categories named, what is left decides.
    // "补习班,纯线上,没有线下教室": a scope fact the asker lacks says the category does not fit what it is — not that the
    // category is not held; its scope (quoted below) says why.
    const negated = input.understanding.roled.filter((mention) => mention.role === "negated" && mention.candidates.length === 1);
    // …or any word of what the category is for ("没有线下教学": a scenario word of it).
    const lacksScopeFact = (mention: (typeof negated)[number]) => mention.scenario || isScopeFactOf(rules.categories.find((category) => category.id === mention.candidates[0]), mention.term);
    const without = [...new Set(negated.filter((mention) => !lacksScopeFact(mention)).map((mention) => mention.candidates[0]!))]
      .map((id) => rules.categories.find((category) => category.id === id))
      .filter((category): category is CategoryRule => category !== undefined);
    if (without.length > 0) body.push(fill(t.line.withoutCategories, { categories: quotedNames(without.map((category) => name(category)), t.line.separator) }));
    // "没有线下教室,全部改线上": the group's category the rules point to without those facts ("按场景可参考").
    const pointers: CategoryRule[] = [];
    for (const mention of negated.filter(lacksScopeFact)) {
      const category = rules.categories.find((candidate) => candidate.id === mention.candidates[0]);
      const word = input.language === "zh" ? `${mention.cue ?? ""}${mention.term}` : [mention.cue, mention.term].filter(Boolean).join(" ");
      if (category) body.push(fill(t.line.unfitScope, { category: name(category), word }));
      const pointed = category?.withoutScopeFacts ? rules.categories.find((candidate) => candidate.id === category.withoutScopeFacts) : undefined;
      if (pointed && !pointers.includes(pointed)) pointers.push(pointed);
    }
    for (const pointed of pointers) {
      body.push(scenarioPointer(pointed, input));
      input.record.pointedTo.push(pointed.id);
      citations.add(categoryHeading(pointed), (line) => line.startsWith(input.labels.scenario), 1);
      citeAccess(pointed);
    }
    // "国企算政府主体吗": what the document says of that subject comes first; the categories decide the rest.
    body.push(...questionedSubjectLines(input), ...otherSubjectLines(input));
    // "哪个类目最容易申请", no category named or talked about: the document ranks none; where to look, not one row of it.
    if (input.understanding.asksEase) {
      body.push(t.line.easeNotRankedAny);
      citeOfficialReference();
      return { body, clarify, record: input.record };
    }
    // "提审要多久", "哪个类目审核要7天": the document states a review time for few categories; say which, whatever the category.
    const reviewed = input.aspects.includes("review") ? reviewedCategoriesLine(input) : null;
    // "哪些审核要7天" asks which categories: that line is the answer, with no category to ask for. So is "除了社交直播,其他
    // 类目审核要多久": the others, set aside from one named, are the document's, not one the asker holds.
    const ofOthers = input.understanding.roled.some((mention) => mention.role === "excluded") && input.understanding.speaksOfCategories;
    if (reviewed && (input.understanding.asksWhichOnes || ofOthers)) {
      body.push(reviewed);
      // Only those asked for are shown for a later pointer ("这个审核要多久"): not the one set aside ("除了社交直播…").
      if (!ofOthers) recordReviewedShown(input);
      return { body, clarify, record: input.record };
    }
    // "企业主体,但没有文档里列的任何类目": asking for the category again would ask what was just answered. So is "不是政府主体
    // 的小程序能直接用原生吗": the one way without a category set aside, the rule for all the rest is the answer.
    const notGovernment = input.understanding.deniedSubjects.includes("government") && input.understanding.subject === null;
    if ((input.understanding.holdsNoListedCategory || notGovernment) && input.understanding.mentions.length === 0 && input.aspects.every((aspect) => aspect === "method")) {
      body.push(t.verdict.noListedCategory);
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
      citations.add(input.labels.notes, (line) => line.includes(input.labels.categorySetting), 2);
      citeOfficialReference();
      return { body, clarify, record: input.record };
    }
    // "我们是私房菜馆,想直播后厨,能直播吗": a business described in words the document has none of, naming nothing it lists —
    // the document names no category for it; asked for a category only if the program already has one. So too when it
    // asks what it may sell ("烟酒店老板问下,能不能在小程序直播卖酒"): no category's notes are its own.
    const ofStreamingOrSelling = (aspect: string) => aspect === "method" || aspect === "choose" || (aspect === "notes" && input.understanding.asksTrade);
    // …and a later message asking which category, or how to stream, with nothing new ("那我们该选哪个类目").
    const businessUnlisted = input.understanding.describesUnlistedBusiness || input.businessUnlistedByTurn === true;
    if (businessUnlisted && !input.inherited && input.aspects.every(ofStreamingOrSelling)) {
      body.push(t.verdict.businessNotListed);
      clarify.push(t.verdict.businessNotListed);
      citeOfficialReference();
      return { body, clarify, record: input.record };
    }
    // "要申请哪个类目", "What category do we need?" with nothing described: what the program does decides, so that is asked.
    const asksWhich = input.aspects.includes("choose") || input.understanding.asksNeededCategory;
    // "审核时长" asked alone: the category is asked for to answer that, not the method and qualifications; asked how to
    // stream too ("有营业执照,能开直播吗"), both. Not of a subject questioned ("央企算不算政府主体": its 算不算 asks no scope).
    const rows = input.understanding.questionedSubjects.length === 0 ? input.aspects.filter((aspect): aspect is keyof typeof t.aspect => aspect in t.aspect) : [];
    const withMethod = input.aspects.includes("method") || input.understanding.askedMethod !== null;
    const ask =
      asksWhich && input.understanding.mentions.length === 0 && input.understanding.unlisted.length === 0
        ? t.verdict.noCategoryToChoose
        : rows.length > 0
          ? fill(withMethod ? t.verdict.noCategoryForWithMethod : t.verdict.noCategoryFor, { aspects: rows.map((aspect) => t.aspect[aspect]).join(t.line.separator) })
          : t.verdict.noCategory;
    // "我们没有线下场地,全是线上" after 职业培训: the category the rules point to was just given; asking for the category
    // (or the business) again, with no row asked, reads as if the thread were lost.
    const pointedOnly = pointers.length > 0 && (ask === t.verdict.noCategory || ask === t.verdict.noCategoryToChoose);
    if (!pointedOnly) body.push(ask);
    body.push(...notForScopeLines());
    // "那私立的呢" after 公立医疗机构: its scope, just quoted, is not what the asker now says it is.
    body.push(...unfitScopeLines(input.ruledOutByTurn ?? [], rules.categories).filter((line) => !body.includes(line)));
    if (!pointedOnly) clarify.push(ask);
    if (reviewed) body.push(reviewed);
    // "我们是外企,过审概率大吗": what the document does not cover of the question is said too, not left for the category.
    body.push(...nearbyTopicLines(input));
    citations.add(input.labels.notes, (line) => line.includes(input.labels.categorySetting), 2);
    return { body, clarify, record: input.record };
  };

  switch (input.kind) {
    case "help":
      body.push(input.understanding.thanks ? t.line.thanks : input.understanding.praise ? t.line.praised : input.understanding.complaint ? t.line.complained : input.understanding.remark ? t.line.noted : fill(t.help, { updated: input.updated }));
      return { body, clarify, record: input.record };
    case "about": {
      const named = input.understanding.asksMethodName;
      if (named === null) {
        body.push(fill(t.line.aboutDocument, { updated: input.updated }));
        // "给个链接": none is made up.
        if (input.understanding.asksLink) body.push(t.line.noLink);
        citeOfficialReference();
        return { body, clarify, record: input.record };
      }
      // "直播插件叫啥名字来着": the document's words for the method, with a line of it that writes them.
      const written = named === "plugin" ? input.labels.pluginName : input.labels.nativeTags;
      body.push(fill(named === "plugin" ? t.line.pluginNamed : t.line.nativeTagsNamed, { name: written }));
      const example = rules.categories.find((category) => category.method === named);
      if (example) citations.add(categoryHeading(example), (line) => line.includes(written), 1);
      return { body, clarify, record: input.record };
    }
    case "out-of-corpus":
      // Say what is not covered about the topic actually asked; the general line only when no topic was recognised.
      if (input.understanding.nearbyTopics.length === 0) body.push(t.verdict.outOfCorpus);
      body.push(...nearbyTopicLines(input));
      // "直播权限的开通入口在哪": where the category is chosen is what the document says of the admin — also asked beside
      // a near-by topic ("服务类目在哪里选 选完要交钱吗"): the place is answered, the topic said not covered.
      const placeOfCategories = input.understanding.placesAsked.length > 0 && input.understanding.speaksOfCategories;
      if (placeOfCategories || input.understanding.nearbyTopics.some((topic) => topic.helps === "category-setting")) body.push(...generalNoteLines(isCategorySettingNote(input.labels)));
      // "审核能加急吗": what the document does say of review time bears on it.
      if (input.understanding.nearbyTopics.some((topic) => topic.helps === "review-time")) {
        const reviewed = reviewedCategoriesLine(input);
        if (reviewed) body.push(reviewed);
      }
      citeOfficialReference();
      return { body, clarify, record: input.record };
    case "no-category":
      return askForCategory();
    case "general": {
      const found = bestPassageLine(input.retrievedChunks, input.topicWords, input.placeWords ?? []);
      // Nothing retrieved speaks of the question's topic: it is outside the document, not a random quote — unless it
      // asks why a submission was turned back in words no passage holds ("审核被拒了为什么"): the general note says when.
      if (!found) {
        const rejection = rejectionLines();
        if (rejection.length > 0) {
          body.push(...rejection);
          return { body, clarify, record: input.record };
        }
        body.push(t.verdict.outOfCorpus);
        citeOfficialReference();
        return { body, clarify, record: input.record };
      }
      const { heading, line: quote } = found;
      body.push(fill(t.verdict.general, { heading, quote: input.documentText(quote) }));
      citations.add(heading, (candidate) => candidate === quote, 1);
      body.push(...(quote.includes(input.labels.rejection) ? rejectionCaseLines() : rejectionLines()));
      return { body, clarify, record: input.record };
    }
    case "list":
      // "是不是只有社交直播才能用原生": whether they are the only ones, before the others.
      body.push(...onlyOnesLead(input), ...listLines(input));
      // "what is the cloud live plugin and which categories need it": the near-by topic asked beside the list is said
      // to be outside the document, not dropped.
      body.push(...nearbyTopicLines(input));
      return { body, clarify, record: input.record };
    case "verdict":
      break;
  }

  // With several categories, detail those that have something to say for what was asked.
  const hasDetail = (category: CategoryRule) =>
    notesNamingOthers(category, input).length > 0 ||
    input.aspects.some((intent) =>
      intent === "notes" ? input.fields(category).notes.length > 0 : intent === "scope" || intent === "compare" ? !!input.fields(category).scope : intent === "review" ? !!input.fields(category).review : intent === "scenario" ? !!input.fields(category).scenario : intent === "qualification",
    );
  // "电商平台资质几选一" while holding more: what was asked is answered of the categories named.
  const focused = input.focus && input.focus.length > 0 ? verdict.categories.filter((category) => input.focus!.includes(category.id)) : [];
  const asked = focused.length > 0 ? focused : verdict.categories;
  // A broad word ("金融类") details only the categories with something to say; categories named one by one ("社交直播
  // 和在线视频课程分别审核多久") each get their line, "the document does not say" included.
  // A follow-up names nothing: a few categories are taken as named one by one, a whole group's as its broad word.
  const { mentions } = input.understanding;
  const namedOneByOne = mentions.length > 0 ? mentions.every((mention) => mention.candidates.length === 1) : asked.length <= detailedCategoryLimit;
  const withDetail = asked.length > 1 && !namedOneByOne ? asked.filter(hasDetail) : asked;
  const limit = detailsEveryOne(input) ? withDetail.length : detailedCategoryLimit;
  const detailed = (withDetail.length > 0 ? withDetail : verdict.categories.slice(0, 1)).slice(0, Math.max(limit, 1));
  const countLines = countLineOf(input, verdict);
  const withCount = (lines: readonly string[]) => withCountLine(lines, countLines, t.line.option);
  // "你们文档是不是过时了?个人认证到底能不能直播": what the answer rests on, after the answer.
  const documentBasisLines = (): string[] => {
    if (!input.understanding.aboutDocument) return [];
    citeOfficialReference();
    return [fill(t.line.aboutDocument, { updated: input.updated })];
  };
  switch (verdict.kind) {
    case "subject": {
      body.push(verdict.subject === "personal" ? t.verdict.personal : t.verdict.government);
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
      // "保险和个人认证分别能不能直播", "个人认证的小程序和企业的银行小程序分别…": a subject and a category weighed each on its
      // own are two programs; the category's is answered as well, by its own rule.
      if (input.understanding.weighsSubjectApart) {
        // "1.银行几选一 2.个人主体能不能直播": a row asked of the category is answered with it.
        const asksRows = input.understanding.aspects.some((aspect) => aspect !== "method" && aspect !== "choose" && aspect !== "list");
        for (const category of verdict.categories) {
          body.push(fill(t.verdict[category.method], { category: name(category) }), ...conditionLines(input, category));
          if (asksRows) body.push(...aspectLines(category, input));
          citeAccess(category);
        }
      }
      // "个人主体和企业主体有什么区别": each other subject weighed by its own rule, or by having none (企业: the categories decide).
      for (const other of input.understanding.comparedSubjects) {
        if (other !== verdict.subject) body.push(other === "personal" ? t.verdict.personal : other === "government" ? t.verdict.government : t.line.otherSubject);
      }
      if (verdict.subject === "personal") {
        // "个人主体能申请社交直播类目吗": whether it may have the category is what was asked; the document does not say.
        if (input.understanding.asksFit && !input.understanding.weighsSubjectApart) {
          for (const category of verdict.categories) body.push(fill(t.line.personalCategoryNotSaid, { category: name(category) }));
        } else if (!input.understanding.weighsSubjectApart && input.understanding.aspects.some((aspect) => aspect !== "method" && aspect !== "choose" && aspect !== "list")) {
          // "个人认证的小程序,电商平台类目,资质要几个": the rule answers whether it may stream; what this message asked of the
          // category itself is still the document's to answer, said as the category's — not rows carried from before
          // ("要是换成个人主体呢", "英文说一下").
          for (const category of verdict.categories.slice(0, detailedCategoryLimit)) {
            const rows = aspectLines(category, input);
            if (rows.length > 0) body.push(fill(t.line.personalCategoryRows, { category: name(category) }), ...rows);
          }
        }
        sayNoReasonIfAsked();
        // "个人小程序能直播吗 要钱吗": what else is asked that the document does not cover is still said to be so.
        body.push(...nearbyTopicLines(input), ...documentBasisLines());
        return { body, clarify, record: input.record };
      }
      if (verdict.method === "native" || verdict.method === "plugin") {
        const asked = askedMethodLine(input, { who: () => t.line.whoGovernment, method: verdict.method, headings: () => [input.labels.notes], verdictSaysAskedMethod: false });
        if (asked) body.push(asked);
      }
      // "那需要选什么类目吗", "要不要额外申请社交直播类目": the document names no category for the subject; its general note
      // on choosing one is quoted, and the 额外/还要 of such a question asks no notes.
      const asksCategory = verdict.categories.length === 0 && (input.understanding.asksNeededCategory || input.aspects.includes("choose"));
      if (asksCategory) {
        body.push(t.line.governmentCategoryNotSaid);
        // The line on where a category is set and that it must fit, not the one pointing to the official list.
        body.push(...generalNoteLines(isCategorySettingNote(input.labels)));
      }
      // "政府机关…资质几选一", "审核要多久": with no category, the document has nothing of the subject's own to say.
      if (verdict.categories.length === 0) body.push(...subjectAspectLines(asksCategory ? { ...input, aspects: input.aspects.filter((aspect) => aspect !== "notes") } : input));
      break;
    }
    case "categories": {
      const verdictLines = categoryVerdictLines(input, verdict, withDetail.length > 0 ? detailed : verdict.categories.slice(0, detailedCategoryLimit), detailedCategoryLimit);
      // "私人诊所能不能走公立医疗机构那个类目": whether it fits is what was asked; the scope that says why is quoted below.
      // When it fits none of the categories answered, that leads: the method of a category that does not fit is no yes.
      const unfitLines = unfitScopeLines(input.understanding.unfit, detailed);
      const fitsNone = unfitLines.length > 0 && verdict.categories.every((category) => input.understanding.unfit.some(({ id }) => id === category.id));
      // "…用公立医疗机构类目行吧" then "你再想想": answered again, and naming nothing now, a category ruled out by what the
      // asker said before still does not fit — that leads, as it did.
      const unfitBefore = input.understanding.mentions.length === 0 ? detailed.filter((category) => (input.notForEarlier ?? []).includes(category.id) && input.fields(category).scope) : [];
      const unfitBeforeLines = unfitBefore.length > 0 && unfitBefore.length === verdict.categories.length ? unfitBefore.map((category) => fill(t.line.unfitScopeBefore, { category: name(category) })) : [];
      // "教育下面是不是只有在线视频课程才能用原生": the group's others are answered; whether it is the only one leads.
      body.push(...onlyOnesLead(input));
      body.push(...(fitsNone ? [...unfitLines, ...verdictLines] : [...unfitBeforeLines, ...verdictLines]));
      // "银行和信托的资质要求一样吗": whether they are the same, in words, before the rows.
      // Of all the categories answered, not only those detailed: a group asked whether its rows are alike is answered of all.
      const same = sameRowsLine(input, verdict.categories);
      if (same) body.push(same);
      // "哪个更好申请": the document ranks none; what it gives to weigh by follows.
      body.push(...easeLines(input, detailed));
      // "哪个资质可选的方案更多": which offers more, before each one's count.
      body.push(...optionsComparedLines(input, detailed));
      // Weighed, of one method: which of them what the asker does belongs to.
      body.push(...describedChoice(input, verdict.categories));
      // "我们是个体户注册的,有影响吗" after a category: the subject said is what is asked about — the document has no rule
      // for it, so the category's verdict stands. So with only what is streamed said ("个体户开的小店能直播卖货吗"): the
      // category read from it is the document's, the subject one it has no rule for.
      // Not a bare word the asker only calls itself by ("我们公司只做炒股咨询…"): no subject is said there.
      // So with the category named, when what the subject does to it is asked ("我们是香港公司,类目信托,有额外限制吗").
      if ((input.understanding.mentions.every((mention) => mention.scenario) || input.understanding.asksEffect) && input.understanding.subjectNamed) body.push(...otherSubjectLines(input));
      if (!fitsNone) body.push(...unfitLines);
      break;
    }
    case "ambiguous": {
      const lines = ambiguousLines(input, verdict, detailedCategoryLimit);
      return { body: withCount([...lines.body, ...fitOfBusinessBeforeLines()]), clarify: lines.clarify, record: input.record };
    }
    case "unlisted": {
      // "私立诊所可以直播吗": the asker's words, with the rules' name for them — the document has neither.
      const names = verdict.unlisted.map((entry) => unlistedShownName(entry.name, input)).join(t.line.separator);
      body.push(fill(t.verdict.unlisted, { names: verdict.unlisted.map((entry) => unlistedAsSaid(entry.name, input)).join(t.line.separator) }));
      // "我们是事业单位(市博物馆),能像政府那样直接用原生吗": whether the body counts as a government subject is asked too.
      body.push(...questionedSubjectLines(input));
      // "个人征信": the document still names it in another section's note; quote that note. That note is then what
      // the document says of it: "no category fits" would read as if the document knew nothing of it (时政信息).
      const notesNamingIt = verdict.unlisted.flatMap((entry) => mentionsInNotes(entry, rules.categories, input));
      // "审核要多久" of it: the document gives none; where it gives a review time is said. Its notes or scope are not
      // said missing where another section's note speaks of it (quoted below).
      // Nor its scope when whether a category fits it is asked ("选教育类目行不行" after "我们是开健身房的"): that the document
      // has no category for it answers.
      const unsaid = new Set<string>([...(notesNamingIt.length > 0 ? ["notes", "scope"] : []), ...(input.understanding.asksFit ? ["scope"] : [])]);
      const noneAsked = unsaid.size > 0 ? { ...input, aspects: input.aspects.filter((aspect) => !unsaid.has(aspect)) } : input;
      body.push(...unlistedAspectLines(noneAsked, names));
      body.push(...notesNamingIt);
      // Named in another's note and asked whether or how it streams, that is still not said: where to look is said in the
      // answer. Only of a name the note writes (时政信息, 个人征信), not one read from its words ("医药" from 非处方药品);
      // not when what to add is asked, which the note answers.
      const namedInNotes = verdict.unlisted.filter((entry) => notesNamingIt.some((line) => line.includes(entry.name)));
      if (namedInNotes.length > 0 && input.aspects.includes("method") && !input.understanding.asksNeededCategory) {
        body.push(fill(t.line.notedOnlyUnsure, { names: namedInNotes.map((entry) => entry.name).join(t.line.separator) }));
      }
      // A note that speaks of it only by its words ("非处方药品" of 医药, a rule for a platform's merchants) says nothing of
      // a category for it either: asked whether or how it streams ("我们是药店,能直播吗"), where to look is still said —
      // not asked only what may be sold ("那非处方药可以卖不"), which the note answers.
      const asksStreaming = input.aspects.length === 0 || input.aspects.includes("method") || input.aspects.includes("choose");
      if (verdict.suggestions.length === 0 && (notesNamingIt.length === 0 || (namedInNotes.length === 0 && asksStreaming))) body.push(t.line.noSuggestion);
      for (const suggestion of verdict.suggestions) {
        body.push(scenarioPointer(suggestion, input));
        citeAccess(suggestion);
        // "只卖自家的货" pointed at 电商平台 by its scenario: the scope says whom the category is for (many sellers), so the
        // asker can tell whether it fits — the pointer quoted the scenario, not the scope.
        const { scenario, scope } = input.fields(suggestion);
        if (scenario && scope && scope !== scenario) {
          body.push(fill(t.line.scope, { category: name(suggestion), text: input.documentText(scope) }));
          citations.add(categoryHeading(suggestion), (line) => line.startsWith(input.labels.scope), 1);
        }
      }
      // The pointers are read from the scenarios the document writes, not from anything it says of the business: where
      // to look for the answer is said in the answer, not only in the sources.
      // A category the document writes no scenario or scope for (汽车预售服务, pointed to from 二手车) is pointed to only
      // as its group's: no scenario is what the pointer goes by.
      const byScenario = verdict.suggestions.some((suggestion) => input.fields(suggestion).scenario || input.fields(suggestion).scope);
      if (verdict.suggestions.length > 0 && notesNamingIt.length === 0) body.push(fill(byScenario ? t.line.suggestionUnsure : t.line.suggestionUnsureGroup, { names }));
      citeOfficialReference();
      return { body, clarify, record: input.record };
    }
    case "none":
      // A subject with no rule of its own ("那企业呢?") still needs a category.
      return askForCategory();
  }

  if (countLines.length > 0) body.splice(0, body.length, ...withCount(body));
  for (const former of input.understanding.formerNames) {
    const category = verdict.categories.find((candidate) => candidate.id === former.id);
    if (category) body.push(fill(t.line.formerName, { former: former.former, category: name(category) }));
  }
  // "银行能直播带货吗": a scenario word of another category, asked of a named one, is what the asker wants to stream.
  // The named category's own scenario answers whether it fits; the category the scenario belongs to is said too.
  const scenarioCategories = verdict.kind === "categories" ? scenarioCategoriesBesides(verdict.categories, input) : [];
  // "房地产营销类目可以直播带看吗": a scenario of the named category itself is asked about: its scenario line answers, when
  // the line speaks of it (带看 in 「…在线音视频带看等」; not 股票交易 beside 证券/期货's 「金融产品推广直播」).
  const scenarioLineSpeaksOf = (term: string) =>
    verdict.categories.some((category) => {
      const scenario = input.fields(category).scenario;
      if (typeof scenario !== "string") return false;
      // "在线带看" of 「…在线音视频带看等」: the word's ending, two characters at least, is what the line speaks of.
      const line = compactForMatching(scenario);
      for (let start = 0; start + 2 <= term.length; start += 1) if (line.includes(term.slice(start))) return true;
      return false;
    });
  // One category only: with several, the line would be said of each. Named now, or talked about before ("可以做线上带看吗"
  // after 房地产营销: its scenario is what answers whether it may).
  const ownScenarioNamed =
    verdict.kind === "categories" &&
    verdict.categories.length === 1 &&
    (input.understanding.mentions.some((mention) => !mention.scenario) || input.inherited) &&
    input.understanding.roled.some(
      (mention) => mention.scenario && mention.role === "held" && mention.candidates.some((id) => verdict.categories.some((category) => category.id === id)) && scenarioLineSpeaksOf(mention.term),
    );
  const withScenario = (scenarioCategories.length > 0 || ownScenarioNamed) && !input.aspects.includes("scenario") ? { ...input, aspects: [...input.aspects, "scenario" as const] } : input;
  // "…与「电商平台」的适用范围不符": the scope that says so is quoted, whatever else was asked.
  // "卖农产品的合作社想直播带货" → 电商平台 by scene: its scope says it is for platforms, and is quoted.
  const platformScene = verdict.kind === "categories" ? platformsByScene(detailed, input) : [];
  const saidUnfit = (input.understanding.unfit.length > 0 || platformScene.length > 0) && !withScenario.aspects.includes("scope");
  const fitInput = saidUnfit ? { ...withScenario, aspects: [...withScenario.aspects, "scope" as const] } : withScenario;
  // "公募和私募有啥不一样": told apart by every row the document gives them, each quoted.
  const toldApart = rowsToTellApart(fitInput.aspects, detailed.length);
  const aspectInput = toldApart.sourcesWanted > 0 ? { ...fitInput, aspects: toldApart.aspects } : fitInput;
  input.record.sourcesWanted = Math.max(input.record.sourcesWanted, toldApart.sourcesWanted);
  // "那卖催情香水呢" holding 电商平台 and 社交-直播: the note that speaks of it answers; the other category's notes do not.
  const speaksOfNote = (category: CategoryRule) => input.fields(category).notes.some(speaksOfQuestion(category, input));
  const notesOnTopic = aspectInput.aspects.includes("notes") && detailed.length > 1 && detailed.some(speaksOfNote);
  const withoutNotes = notesOnTopic ? { ...aspectInput, aspects: aspectInput.aspects.filter((aspect) => aspect !== "notes") } : aspectInput;
  // "这几个里面哪个不能做在线交易" of four: those whose section speaks of the question are detailed first.
  // "客户是市政府,想直播健康讲座": a government program streams whatever its category; categories found only by what it
  // streams, with nothing asked of them, have no row to say ("文档没有给出「医疗-互联网医院」的直播场景" would answer nothing).
  const onlyByActivity = verdict.kind === "subject" && verdict.subject === "government" && input.aspects.every((aspect) => aspect === "method") && input.understanding.mentions.every((mention) => mention.scenario);
  const detailedForAspects = verdict.kind === "categories" ? detailedByTopic(input, withDetail.length > 0 ? withDetail : asked, detailed, withDetail.length > 0 ? detailed.length : limit) : onlyByActivity ? [] : detailed;
  for (const category of detailedForAspects) body.push(...aspectLines(category, notesOnTopic && !speaksOfNote(category) ? withoutNotes : aspectInput));
  body.push(...streamedContentLines(input, detailedForAspects));
  body.push(...rejectionLines());
  // Said to be no platform, the case the document leaves open is the asker's own; else it may be.
  for (const category of platformScene) body.push(fill(input.understanding.saysNotPlatform ? t.line.notPlatformSaid : t.line.notSuchPlatform, { category: name(category) }));
  if (platformScene.length > 0) citeOfficialReference();
  body.push(...disputedAdviceLines(input), ...disputedBasisLines(input), ...movedByNoteLines(input));
  body.push(...notForScopeLines());
  for (const other of scenarioCategories) {
    body.push(scenarioPointer(other, input, true));
    input.record.pointedTo.push(other.id);
    citations.add(categoryHeading(other), (line) => line.startsWith(input.labels.scenario), 1);
    citeAccess(other);
  }
  if (withDetail.length > detailed.length && input.aspects.some((intent) => intent !== "method" && intent !== "choose")) {
    body.push(fill(t.line.more, { count: withDetail.length - detailed.length }));
  }
  body.push(...fitOfBusinessBeforeLines());
  body.push(...questionedSubjectLines(input));
  // "那要加什么" after a pointer: the category to add, named, with its qualifications and review.
  const added = verdict.kind === "categories" ? verdict.categories.filter((category) => input.added?.includes(category.id)) : [];
  if (added.length > 0) {
    body.push(fill(t.line.addedCategory, { categories: quotedNames(added.map((category) => name(category)), t.line.separator) }));
    for (const category of added) body.push(...aspectLines(category, { ...aspectInput, aspects: ["qualification", "review"] }));
  }
  // "我们是学校,怎样才能用原生组件": no way the document gives for these categories; which ones may, and that the category
  // must fit what the program does.
  const nativeRoute = verdict.kind === "categories" ? nativeRouteLines(input, verdict.categories) : [];
  if (nativeRoute.length > 0) body.push(...nativeRoute, ...generalNoteLines(isCategorySettingNote(input.labels)));
  // "下一步怎么做": of the steps, the document gives where the category is chosen (and that it must fit) beside the rows
  // answered above; then the rest is said not to be in it.
  const asksSteps = input.understanding.nearbyTopics.some((nearby) => nearby.helps === "steps") && !input.understanding.alternatives && !input.aspects.includes("choose");
  if (asksSteps) {
    // "我们有电商平台类目,下一步怎么做": the category the document says changes the method beside one answered (电商平台 with
    // 社交-直播) is a step too — its rows (qualifications, review) as the answered ones'.
    // Said as what the other method takes, not as the answered category's own requirement; its qualifications only (the
    // review line above already names the one category whose review time the document gives).
    const answered = verdict.kind === "categories" ? verdict.categories : [];
    for (const combination of rules.combinations.filter((entry) => answered.some((category) => changesMethodOf(entry, category)))) {
      const others = combination.when.flatMap((id) => (answered.some((category) => category.id === id) ? [] : rules.categories.filter((category) => category.id === id)));
      const rows = others.flatMap((category) => aspectLines(category, { ...aspectInput, aspects: ["qualification"] }));
      if (others.length === 0 || rows.length === 0) continue;
      body.push(fill(t.line.conditionRows, { method: methodText(combination.method), others: quotedNames(others.map((category) => name(category)), t.line.separator) }), ...rows);
    }
    body.push(...generalNoteLines(isCategorySettingNote(input.labels)));
  }
  body.push(...nearbyTopicLines(input));
  // "1.新三板…能直播吗 2.数字藏品可以吗": the item of words the document lacks gets its own line.
  if (input.understanding.unknownApart.length > 0) {
    body.push(fill(t.line.unknownApart, { words: quotedNames(input.understanding.unknownApart, t.line.separator) }));
    citeOfficialReference();
  }
  // "消费金融能直播吗?还有这个类目在后台哪里选": where a category is chosen, asked beside the verdict — the general note's line.
  // Not "去哪选类目比较合适,银行还是信托": which of them is asked.
  // So is it beside a question where streaming is switched on ("多方通信能直播吗,在后台哪个菜单开").
  const asksPlace = (input.understanding.placesAsked.length > 0 && input.understanding.speaksOfCategories) || input.understanding.nearbyTopics.some((topic) => topic.helps === "category-setting");
  if (!asksSteps && asksPlace && !input.understanding.alternatives && !input.aspects.includes("choose")) {
    body.push(...generalNoteLines(isCategorySettingNote(input.labels)));
  }
  body.push(...documentBasisLines());
  if (verdict.categories.length > 0 || verdict.kind === "subject") sayNoReasonIfAsked();
  // Not after a subject's verdict ("政府的用插件可以吗" after a 社交-直播 question): it holds whatever the category, and the
  // line would say the answer was about that category.
  if (input.inherited && verdict.categories.length > 0 && verdict.kind !== "subject") {
    body.push(fill(t.line.inherited, { categories: quotedNames(verdict.categories.map((category) => name(category)), t.line.separator) }));
  }
  // Several categories can share a line ("原文的具体资质条目没有保留下来…"), and fields can share a
  // sentence (社交-直播's scenario and note both carry the 7-day review): say each once.
  // The per-category method lines ("· 金融业-保险:微信原生组件…") say one method of each category on purpose.
  const listItem = t.line.category.slice(0, Math.max(0, t.line.category.indexOf("{")));
  for (const id of categoriesSentToByQuotedNotes(input, body)) if (!input.record.pointedTo.includes(id)) input.record.pointedTo.push(id);
  return { body: withoutRepeatedSentences(body, t.line.separator, listItem), clarify, record: input.record };
}

/** Whether a matched term is one of the category's scope facts (rules › scopeFacts), as the matcher reports terms. */
function isScopeFactOf(category: CategoryRule | undefined, term: string): boolean {
  return category !== undefined && category.scopeFacts.some((fact) => termKey(fact) === term);
}
