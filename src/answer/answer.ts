import { shownOptions } from "./compose-ambiguous.js";
import { completedByTopic } from "./complete-by-topic.js";
import { splitQuotedMessage } from "../understanding/quoted-message.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { earlierQuestionPointedAt } from "../dialogue/earlier-questions.js";
import { talkedAboutOf } from "../dialogue/talked-about.js";
import { excludedInMessage } from "./compose-list.js";
import { isLoneLatinWord } from "../understanding/message-shape.js";
import { compositionTools } from "./compose-lines.js";
import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { RetrievedChunk } from "../retrieval/hybrid-retriever.js";
import { decide, groupOf, mentionOfCategory, methodOf, primaryOf, type Facts, type Verdict } from "../rules/rules-engine.js";
import { categoryHeading, otherMethod, unlistedWords, type AccessMethod, type CategoryId, type CategoryRule, type Method } from "../rules/rules-schema.js";
import { noFields, type SectionFields } from "../corpus/section-fields.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import { interruptedTopic, nextTopic, withPointedPair, type DialogueTopic, type TopicKnowledge } from "../dialogue/track-dialogue.js";
import { topicOnly } from "../dialogue/dialogue-topic.js";
import { withFields } from "../shared/with-fields.js";
import { routeAnswer, type Route } from "./route-answer.js";
import { maximumQuestionLength } from "../understanding/normalize-question.js";
import type { QuestionUnderstander } from "../understanding/understand-question.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { fill } from "./answer-templates.js";
import { CitationCollector } from "./citations.js";
import { documentTextFor } from "./document-text.js";
import { inTraditional, writtenAlike, type ShownLines } from "./in-traditional.js";
import { toTraditional } from "../shared/to-traditional.js";
import { sectionIndex } from "./section-index.js";
import { categoryOfPassage } from "./passage-category.js";
import { composeAnswer, displayName, type AnswerKind } from "./compose-answer.js";
import { composePrograms } from "./compose-programs.js";
import type { CompositionInput } from "./compose-types.js";
import type { Answer, AnswerDependencies, AnswerRequest, LlmUse, RetrievedSummary } from "./answer-types.js";
import { emptyConversation } from "./answer-types.js";
import { phraseWithModel } from "../llm/phrase-with-model.js";
import { suggestCategories } from "../llm/suggest-categories.js";
import { mapList } from "../shared/map-list.js";
import { endOfFirstCodePoints } from "../shared/end-of-first-code-points.js";
import { quotedNames } from "./quoted-names.js";
import { countedBy, listedAgain, withListAsked, withListFilters } from "./list-again.js";
import { containsHan } from "../shared/han-script.js";
import { daysWritten } from "../understanding/claimed-duration.js";

export type {
  Answer,
  AnswerCategory,
  AnswerDependencies,
  AnswerParts,
  AnswerRequest,
  ConversationState,
  LlmUse,
  RetrievedSummary,
} from "./answer-types.js";
export { emptyConversation } from "./answer-types.js";

const historyTurns = 3;
const historyAnswerLength = 200;
const citedLinesInText = 3;

/** The core: question and conversation in, a grounded answer out. Channels only render it. */
export async function answer(request: AnswerRequest, dependencies: AnswerDependencies): Promise<Answer> {
  const question = typeof request.question === "string" ? request.question : "";
  const quotedText = request.quoted?.trim();
  // "第二个问题再说详细点": the asker's question at that place in its latest message of several, asked again with what this
  // one adds.
  const earlier = earlierQuestionPointedAt(question, (request.conversation?.history ?? []).map((turn) => turn.question), dependencies.understander.lexicon);
  // Asked on its own, as if it had come alone: the topic the whole message left would answer all its questions again. The
  // conversation's language and history stay.
  // The categories that message asked of stay the ones talked about: "那第二个呢" after it points into them (pair, recent).
  if (earlier !== null) {
    const before = request.conversation ?? emptyConversation;
    const { language, traditional, history } = before;
    const answered = await answerMessage({ ...request, question: withWhatIsAdded(earlier, dependencies), conversation: { ...emptyConversation, language, traditional, history } }, dependencies);
    const talked = talkedAboutOf(before);
    return talked.length >= 2 ? { ...answered, conversation: { ...answered.conversation, pair: talked, recent: before.recent ?? talked } } : answered;
  }
  const split = quotedText ? { quoted: quotedText, asked: question } : splitQuotedMessage(question, dependencies.understander.lexicon);
  if (split === null || split.asked.trim() === "") return answerMessage(request, dependencies);
  // "「引用:小王:个人认证的小程序不能直播」 那政府单位的呢": the quoted message is what was said before the question — a turn
  // of the conversation, its own answer not shown — not what the asker says of itself.
  const { onToken: _shownOnlyForTheQuestion, quoted: _read, ...unquoted } = request;
  // "「引用:张三:银行能直播吗」 同问", "> 银行能直播吗\n+1": a reply that asks nothing of its own asks the quoted question.
  const lexicon = dependencies.understander.lexicon;
  if (repliesWithoutContent(dependencies.understander.understand(split.asked, request.mentionNames), lexicon)) return answerMessage({ ...unquoted, onToken: request.onToken, question: split.quoted }, dependencies);
  // Read without the model, and without streaming: nothing of it is shown.
  const { llm: _phrasesNothingHere, ...withoutModel } = dependencies;
  const before = await answerMessage({ ...unquoted, question: split.quoted }, withoutModel);
  return answerMessage({ ...request, question: split.asked, conversation: before.conversation }, dependencies);
}

/**
 * The earlier question with what the new message asks of it ("第一个问题的适用范围呢": its scope) — only what asks something;
 * "再说详细点" asks nothing of the document, and the question alone is asked again.
 */
function withWhatIsAdded(earlier: { question: string; besides: string }, dependencies: AnswerDependencies): string {
  if (earlier.besides === "") return earlier.question;
  const added = dependencies.understander.understand(earlier.besides);
  return added.aspects.length > 0 || added.askedMethod !== null ? `${earlier.question},${earlier.besides}` : earlier.question;
}

/**
 * A reply naming nothing and asking nothing of its own ("+1", "?", "@助手"), or saying it asks the same (lexicon
 * sameQuestion: "同问", "求解答", "蹲一个"): it asks what it quotes.
 */
function repliesWithoutContent(frame: QuestionFrame, lexicon: Lexicon): boolean {
  const asksTheSame = frame.topicWords.every((word) => !containsHan(word)) || lexicon.dialogue.sameQuestion.test(frame.normalized);
  return (
    asksTheSame &&
    frame.roled.length === 0 &&
    frame.subject === null &&
    frame.unlisted.length === 0 &&
    frame.aspects.length === 0 &&
    frame.askedMethod === null &&
    !frame.followUp &&
    !frame.asksLanguage &&
    frame.short
  );
}

async function answerMessage(request: AnswerRequest, dependencies: AnswerDependencies): Promise<Answer> {
  const { rules, templates, understander, retriever } = dependencies;
  const conversation = request.conversation ?? emptyConversation;
  const question = typeof request.question === "string" ? request.question : "";
  const read = understander.understand(question, request.mentionNames);
  // "我们其实是中介" after 房地产营销: a word the topic's category completes into a name ("房产中介") is read as that name.
  const understanding = completedByTopic(question, read, conversation, rules.categories, understander) ?? read;
  // The asker's language, or the one it asked for; the question's own words are still read in theirs. A message that
  // only laughs or thanks ("haha", "ok thanks" amid Chinese) says nothing of its own language: it is answered in the
  // conversation's.
  const chatOnly = (understanding.thanks || understanding.praise || understanding.complaint || understanding.remark) && understanding.answerLanguage === understanding.language;
  // Nor does one of names and a word at most ("And 公立医疗机构?" in an English conversation), nor a lone English word
  // naming and asking nothing of the document ("why" in a Chinese conversation: 为什么, answered in it).
  const loneWord = understanding.language === "en" && !understanding.asksLanguage && understanding.aspects.length === 0 && understanding.roled.length === 0 && understanding.subject === null && isLoneLatinWord(understanding.normalized.lower);
  const keepsLanguage = chatOnly || understanding.languageUndecided || loneWord;
  const language = keepsLanguage && conversation.language ? conversation.language : understanding.answerLanguage;
  const t = templates[language];

  const labels = understander.lexicon.corpusLabels;
  const fields = (category: CategoryRule): SectionFields => dependencies.sections.get(categoryHeading(category)) ?? noFields;
  const sections = sectionIndex(retriever.chunks, dependencies.glosses);
  const wordsOfUnlisted = (name: string) => unlistedWords(rules.unlisted.find((candidate) => candidate.name === name) ?? { name, terms: [] });
  const knowledge: TopicKnowledge = {
    sectionsMention: (word, ids) => rules.categories.some((category) => ids.includes(category.id) && sections.mentions(categoryHeading(category), word)),
    primaryOf: (id) => primaryOf(rules, id),
    groupOf: (id) => groupOf(rules, id),
    methodOf: (id) => methodOf(rules, id),
    nameOf: (id) => (rules.categories.find((category) => category.id === id)?.secondary ?? "").toLowerCase(),
    englishNameOf: (id) => (rules.categories.find((category) => category.id === id)?.english ?? "").toLowerCase(),
    onlyDoingSendsTo: (id) => rules.categories.find((category) => category.id === id)?.onlyDoing?.category ?? null,
    unlistedMentioned: (name, ids) => {
      const words = wordsOfUnlisted(name);
      return words.some((word) => rules.categories.some((category) => ids.includes(category.id) && sections.mentions(categoryHeading(category), word)));
    },
    unlistedSentElsewhere: (name, ids) => {
      const words = wordsOfUnlisted(name);
      const { choosing } = understander.lexicon.dialogue;
      return rules.categories.some(
        (category) =>
          ids.includes(category.id) &&
          fields(category).notes.some((note) => words.some((word) => note.toLowerCase().includes(word)) && choosing.test({ compact: compactForMatching(note), lower: note.toLowerCase() })),
      );
    },
  };
  let decided: Route = routeAnswer(understanding, conversation, (word) => retriever.knowsWord(word), knowledge, request.command);
  let suggestedCategories = false;
  // "能直播吗" with a scenario the vocabulary does not know ("线上K歌房") may still name a category.
  const unresolved =
    decided.kind === "no-category" || (decided.kind === "out-of-corpus" && understanding.aspects.length > 0 && understanding.nearbyTopics.length === 0);
  if (unresolved && dependencies.llm) {
    // The model may suggest categories the vocabulary missed; the rules below still decide.
    const suggestion = await suggestCategories(dependencies.llm, rules, understanding.normalized.text, (category) => fields(category).scope ?? fields(category).scenario);
    if (suggestion) {
      suggestedCategories = true;
      decided = {
        ...decided,
        kind: "verdict",
        facts: { subject: suggestion.subject, mentions: suggestion.categories.map(mentionOfCategory), unlisted: [] },
      };
    }
  }
  // "不卖货,就想播猫猫狗狗": a category's streaming the asker says it does not do is suggested for no business.
  const declined = understanding.roled.filter((mention) => mention.role === "negated" && mention.scenario).flatMap((mention) => mention.candidates);
  const decideWith = (facts: Facts) => decide(declined.length > 0 ? { ...facts, declined } : facts, rules);
  const routedVerdict = decideWith(decided.facts);

  const boostHeadings = headingsFor(routedVerdict, decided.kind, labels.notes);
  // The document's words the lexicon reads the question's own as ("match" → 符合, 配置 → 设置) are searched for too.
  // So is the document's word for a place asked where in ("admin console" → 后台).
  const documentWords = [...understanding.topicWords, ...(decided.placeWords ?? [])].filter((word) => containsHan(word) && !understanding.normalized.lower.includes(word));
  const query = [understanding.normalized.text || question, ...documentWords].join(" ");
  const retrieved = decided.kind === "help" ? [] : await retriever.retrieve(query, { boostHeadings, limit: Math.max(4, boostHeadings.length) });
  // "我们开了家线下补课的机构,想在小程序直播": a business described in words only a category's scope or scenario line holds is
  // that category's, read as the model's suggestion is — the rules decide its method, the line shows why.
  const retrievedChunks = mapList(retrieved, (entry) => entry.chunk);
  // "驾校能直播吗" then "不好意思,我是说入驻很多驾校的平台": a correction naming no category, describing one of those it is
  // answered with in its words, is that one.
  const correctedAmong = correctedByDescription(decided, understanding) ? rules.categories.filter((category) => decided.facts.mentions.some((mention) => mention.candidates.includes(category.id))) : null;
  const described =
    decided.kind === "general" && decided.placeWords === undefined
      ? categoryOfPassage(understanding, retrievedChunks, rules.categories, understander.lexicon, fields)
      : correctedAmong && correctedAmong.length > 1
        ? categoryOfPassage(understanding, retrievedChunks, correctedAmong, understander.lexicon, fields)
        : null;
  if (described) {
    const facts = { subject: decided.kind === "general" ? understanding.subject : decided.facts.subject, mentions: [mentionOfCategory(described.category.id)], unlisted: [] };
    // Read from the words of this message, it is no longer the last answer's topic carried on.
    decided = { ...decided, kind: "verdict", inherited: false, facts, aspects: [...decided.aspects, described.aspect] };
  }
  const verdict = described ? decideWith(decided.facts) : routedVerdict;
  const aspects = answeredAspects(decided);
  const findChunk = (heading: string): CorpusChunk | undefined =>
    retrieved.find((entry) => entry.chunk.heading === heading)?.chunk ?? sections.chunk(heading);
  const citations = new CitationCollector(findChunk);

  const compositionInput: CompositionInput = {
    kind: decided.kind,
    rules,
    templates: t,
    language,
    understanding:
      decided.kind === "list"
        ? listedAgain(
            understanding,
            conversation,
            // Also among a list just shown ("二选一的有哪些" then "这几个里面哪个用插件"): by what it was listed by, and the message's own.
            // Not the rest of those ("剩下的呢"), listed by what was asked of all of them.
            decided.turn.placeMissing !== undefined || decided.turn.noneAmongShown !== undefined || decided.turn.listAgainWithout === true || (decided.turn.within !== undefined && decided.turn.restOfShown !== true),
          )
        : countedBy(withListAsked(ofRefusal(understanding, decided.turn), decided.aspects), conversation),
    qualificationGroups: decided.turn.qualificationGroups,
    verdict,
    aspects,
    citations,
    retrievedChunks,
    topicWords: understanding.topicWords,
    placeWords: decided.placeWords,
    inherited: decided.inherited,
    focus: decided.turn.focus,
    added: decided.turn.added,
    setAsideByTurn: decided.turn.setAside,
    withinByTurn: decided.turn.within,
    noteAtByTurn: decided.turn.noteAt,
    optionAtByTurn: decided.turn.optionAt,
    withinGroupsByTurn: decided.turn.withinGroups,
    ruledOutByTurn: decided.turn.ruledOut,
    businessUnlistedByTurn: decided.turn.businessUnlisted,
    fitOfBusinessBeforeByTurn: decided.turn.fitOfBusinessBefore,
    easeAmongOptions: decided.turn.easeAmongOptions,
    // "我们是一家民营医院" then "公立医疗机构类目能直播吗": the category named now that the description ruled out before.
    // So is one answered again, disputed or asked for again ("…用公立医疗机构类目行吧" then "你再想想"): what ruled it out
    // still does.
    notForEarlier: (decided.turn.notFor ?? []).filter(
      (id) =>
        !understanding.notFor.includes(id) &&
        (understanding.mentions.some((mention) => mention.candidates.includes(id)) || (decided.kind === "verdict" && decided.inherited && (understanding.pushback || understanding.asksAgain))) &&
        verdict.kind === "categories" &&
        verdict.categories.some((category) => category.id === id),
    ),
    updated: dependencies.corpusUpdated,
    fields,
    labels,
    documentText: documentTextFor(language, dependencies.glosses, labels, t),
    reasonGiven: understander.lexicon.dialogue.reasonGiven,
    itemsListing: understander.lexicon.dialogue.itemsListing,
    categoryWords: understander.lexicon.dialogue.categoryWords,
    anaphora: understander.lexicon.dialogue.anaphora,
    tradeVerbs: understander.lexicon.dialogue.tradeVerbs,
    firstTimeOnly: understander.lexicon.dialogue.firstTimeOnly,
    daysWritten: (text: string) => daysWritten(text, understander.lexicon),
    platformWords: understander.lexicon.roles.platform,
    hostingScope: understander.lexicon.roles.hostingScope,
    negationAdjacent: understander.lexicon.roles.negationAdjacent,
    noteDenials: understander.lexicon.dialogue.noteDenials,
    noteGroupAfter: understander.lexicon.dialogue.noteGroupAfter,
    heldBefore: conversation.categories,
    record: { asked: [], absent: [], listed: [], pointedTo: [], sourcesWanted: 0 },
  };
  // Several programs described ("客户的是X,我们自己的是Y"): each answered on its own.
  const composition =
    decided.kind === "verdict" && decided.turn.eachProgram && decided.turn.programs
      ? composePrograms(decided.turn.programs, compositionInput, (facts) => decide(facts, rules))
      : composeAnswer(compositionInput);

  // "帮我总结一下" after "要是个人主体呢": the supposed subject's rule, beside the categories summed up.
  const supposedSubject = decided.turn.subjectSupposed;
  if (supposedSubject !== undefined) {
    const rule = supposedSubject === "personal" ? t.verdict.personal : supposedSubject === "government" ? t.verdict.government : t.line.otherSubject;
    // Before the line that says what the answer follows on from, which closes it.
    const inheritedAt = composition.body.findIndex((line) => line.startsWith(t.line.inherited.split("{")[0]!));
    composition.body.splice(inheritedAt === -1 ? composition.body.length : inheritedAt, 0, rule);
    if (supposedSubject !== "enterprise") citations.add(labels.notes, (line) => line.startsWith(labels.personalRule), 1);
  }
  // "3选1是什么意思": the count's meaning, right after the verdict (first, when there is none).
  const count = understanding.askedQualificationCount;
  // "斜杠啥意思" of a category whose row is no "/" (银行 is 2选1; 证券/期货's slash is in its name): no "/" to explain.
  const slashOfNone = count?.kind === "none" && verdict.kind === "categories" && verdict.categories.length > 0 && !verdict.categories.some((category) => category.qualification?.rule === "/");
  if (understanding.asksCountMeaning && count !== null && !slashOfNone && decided.kind !== "help") {
    // "需同时提供是指啥": every item under it, not one of several; "斜杠啥意思": the mark as written, which the document
    // does not explain.
    const meaning =
      count.kind === "choice" ? fill(t.line.countMeaning, { written: count.written, of: count.of, choose: count.choose }) : count.kind === "all" ? fill(t.line.countMeaningAll, { written: count.written }) : t.line.countMeaningSlash;
    composition.body.splice(decided.kind === "verdict" ? 1 : 0, 0, meaning);
  }
  // "银行资质满足一个就行吗", "企业征信是不是全部都得交": what the category's own count means, before the count's line.
  if (understanding.asksCountRule && aspects.includes("qualification") && !(understanding.asksCountMeaning && count !== null) && decided.kind === "verdict" && verdict.kind === "categories") {
    const counts = verdict.categories.slice(0, 3).flatMap((category) => {
      // "六个都要吗" of 保险 (3选1): the group of six options (保险机构主体 ⑥选①), when the category's own count is not six.
      const asked = understanding.countRuleOf;
      const group = asked !== null && category.qualification?.of !== asked ? category.qualification?.groups.find((candidate) => candidate.of === asked) : undefined;
      const qualification = group ?? category.qualification;
      if (!qualification?.rule || qualification.rule === "/") return [];
      const written = compositionInput.documentText(qualification.rule);
      const meaning = qualification.of !== undefined && qualification.choose !== undefined ? fill(t.line.countMeaning, { written, of: qualification.of, choose: qualification.choose }) : fill(t.line.countMeaningAll, { written });
      return [{ written, meaning }];
    });
    const countLine = composition.body.findIndex((line, index) => index > 0 && counts.some(({ written }) => line.includes(written)));
    composition.body.splice(countLine === -1 ? 1 : countLine, 0, ...new Set(counts.map(({ meaning }) => meaning)));
  }
  // "还有吗" after a category's notes or qualifications: those rows again, and that the document writes no more of them.
  if (decided.turn.allOfRows === true && verdict.categories.length > 0) {
    const rows = aspects.filter((aspect): aspect is keyof typeof t.aspect => aspect in t.aspect).map((aspect) => t.aspect[aspect]).join(t.line.separator);
    const allOf = fill(t.line.allOfRows, { categories: quotedNames(verdict.categories.map((category) => displayName(category, language)), t.line.separator), rows });
    // Before the line that says what the answer follows on from, which closes it.
    const inheritedAt = composition.body.findIndex((line) => line.startsWith(t.line.inherited.split("{")[0]!));
    composition.body.splice(inheritedAt === -1 ? composition.body.length : inheritedAt, 0, allOf);
  }
  // "gongmu jijin neng zhibo ma": what the letters were read as comes first, so a wrong reading shows at once.
  if (understanding.readFromPinyin !== null) composition.body.unshift(fill(t.line.readFromPinyin, { text: understanding.readFromPinyin }));
  // "第12个呢" after a list of 11: that there is none is the answer, the list after it.
  const missing = decided.turn.placeMissing;
  if (missing) composition.body.unshift(fill(missing.place < 0 ? t.line.placeMissingFromEnd : t.line.placeMissing, { place: Math.abs(missing.place), count: missing.count }));
  const noneAmong = decided.turn.noneAmongShown;
  // Before the list again, or, beside the groups the list does hold, on its own.
  if (noneAmong) composition.body.unshift(fill(decided.kind === "list" ? t.line.noneAmongShown : t.line.noneAmongShownBeside, { groups: quotedNames(noneAmong, t.line.separator) }));
  // "出处发我一下" after an answer: the lines that answer rested on are the source asked for, quoted first.
  if (decided.kind === "about" && conversation.lastCitations.length > 0) {
    for (const cited of conversation.lastCitations) citations.add(cited.heading, (line) => line === cited.quote, 1, { first: true });
    composition.body.push(t.line.aboutLastAnswer);
  }
  // "The document does not say" of a category's row points where to look, once: the qualifications' lines say so
  // themselves, the notes', scope's, scenario's and review time's do not (a near-by topic's line names its own place).
  // A near-by topic's line names where to look already ("插件费用怎么算": 腾讯云's pricing), and one pointer is enough.
  // One line pointing to WeChat's 服务类目说明 at most, with the document's own pointer cited.
  const pointsWhereToLook = () => composition.body.some((line) => line.includes(labels.officialReference));
  const { citeOfficialReference: citeWhereToLook } = compositionTools({ templates: t, language, citations, labels });
  const rowsAbsent = understanding.nearbyTopics.length > 0 ? [] : composition.record.absent.filter(({ heading }) => heading !== null);
  if (rowsAbsent.length > 0 && !pointsWhereToLook()) {
    const absentLines = new Set(rowsAbsent.map(({ line }) => line));
    const lastAbsent = composition.body.findLastIndex((line) => absentLines.has(line));
    composition.body.splice(lastAbsent === -1 ? composition.body.length : lastAbsent + 1, 0, t.line.absentWhereToLook);
    citeWhereToLook();
  }
  // "情趣内衣算违法违规商品吗", "聊热点新闻算时政信息吗": the note quoted is all the document says; what counts under it, it
  // does not define. Not beside a line that says so already (a group the notes name: compose-note-group.ts).
  const quotesNote = () => citations.all().some((citation) => citation.quote.startsWith(labels.notes) && citation.heading !== labels.notes);
  if (understanding.asksWhatCounts && understanding.nearbyTopics.length === 0 && quotesNote() && !pointsWhereToLook()) {
    composition.body.push(t.line.noteCountsNotSaid);
    citeWhereToLook();
  }
  // "我们政府认证还在审核中,能先用原生吗": the government rule the note below quotes is of a program certified so, which this
  // one is not yet.
  const governmentPending = understanding.pendingSubjects.includes("government") && understanding.subject !== "government";
  if (governmentPending) citations.add(labels.notes, (line) => line.startsWith(labels.personalRule), 1);
  const collected = citations.all();
  const notes: string[] = [];
  // "私立医院": a broad name narrowed by what the asker said it is not is read as the category left, and says so.
  const narrowedIds = [...understanding.readAsNarrowed, ...(decided.turn.narrowedTo ?? [])];
  const readAsNarrowed = verdict.kind === "categories" && verdict.categories.some((category) => narrowedIds.includes(category.id));
  // Suggested by the model or read from a description, the category is said to be read so; it is not the model's use
  // when the document's own lines pointed to it (llm.suggestedCategories stays the model's).
  const readFromDescription = suggestedCategories || described !== null;
  if (readFromDescription || readAsNarrowed) {
    // Narrowed, the category is what is left of the group, not one the asker said it holds: the method holds only if it does.
    const line = readAsNarrowed && !readFromDescription ? t.line.narrowedTo : t.line.understoodAs;
    notes.push(fill(line, { categories: quotedNames(verdict.categories.map((category) => displayName(category, language)), t.line.separator) }));
  }
  if (understanding.normalized.truncated) notes.push(fill(t.line.truncated, { limit: maximumQuestionLength }));
  if (understanding.injection && decided.kind !== "help") notes.push(t.line.injection);
  // Disputed, whether the topic is pointed back at or named again ("你错了,明明可以,我朋友的教育平台就在用"): the answer
  // says it was checked against the document, not only repeated.
  const namesTopicAgain = verdict.kind === "categories" && verdict.categories.length > 0 && verdict.categories.every((category) => conversation.categories.includes(category.id));
  // Not an emphatic ask of something new about it ("确认一下,电商平台的资质是几选几"): nothing of the last answer is disputed.
  const disputesAgain = namesTopicAgain && understanding.aspects.every((aspect) => aspect === "method");
  if (understanding.pushback && decided.kind === "verdict" && (decided.inherited || disputesAgain)) notes.push(t.line.recheck);
  if (governmentPending) notes.push(t.line.governmentPending);
  // "驾校平台类目还在申请中,能直播吗": the verdict is of a category asked about but not held yet.
  // Not when the question asks which to choose ("能选职业培训吗"): choosing one is what is asked.
  const pending = decided.turn.pending ?? [];
  const notYetHeld =
    decided.kind === "verdict" && verdict.kind === "categories" && !aspects.includes("choose") ? verdict.categories.filter((category) => pending.includes(category.id)) : [];
  if (notYetHeld.length > 0) {
    notes.push(fill(t.line.pendingNotHeld, { categories: quotedNames(notYetHeld.map((category) => displayName(category, language)), t.line.separator) }));
  }
  // "驾校培训就是付费培训吧": a word the answered category's own name holds says nothing against the document.
  const answeredNames = verdict.kind === "categories" ? verdict.categories.map((category) => category.secondary) : [];
  const contradicting = understanding.claimed.filter((mention) => !answeredNames.some((name) => name.includes(mention.term)));
  if (decided.kind === "verdict" && contradicting.length > 0) {
    notes.push(fill(t.line.claim, { terms: quotedNames(contradicting.map((mention) => mention.term), t.line.separator) }));
  }
  for (const typo of understanding.typos) notes.push(fill(t.line.typo, { term: typo.term }));

  const shownSources = Math.max(citedLinesInText, composition.record.sourcesWanted);
  const sourceLines = mapList(collected.slice(0, shownSources), (citation) => fill(t.sources.citation, { heading: citation.heading, quote: citation.quote }));
  if (collected.length > shownSources) sourceLines.push(fill(t.sources.more, { count: collected.length - shownSources }));
  const sources = sourceLines.length > 0 ? [t.sources.header, ...sourceLines] : [];
  // Indexing, not array destructuring: until V8 optimises this function, destructuring walks the iterator protocol.
  const verdictSentence = composition.body[0] ?? "";
  const facts = composition.body.slice(1);

  let llm: LlmUse = { used: false, model: dependencies.llm?.model.id ?? null, guard: null, suggestedCategories, text: null };
  let modelText: string | null = null;
  const phrasable = (decided.kind === "verdict" && verdict.method !== "unknown") || decided.kind === "general";
  if (dependencies.llm && phrasable) {
    let streamed = false;
    const outcome = await phraseWithModel(dependencies.llm, {
      language,
      verdictSentence,
      facts,
      passages: retrieved.slice(0, 3).map((entry) => ({ heading: entry.chunk.heading, lines: entry.chunk.lines })),
      history: conversation.history,
      question: understanding.normalized.text,
      method: decided.kind === "verdict" ? verdict.method : "unknown",
      allowedCategories: allowedCategories(verdict, [verdictSentence, ...facts, ...collected.map((citation) => citation.quote)].join("\n"), understander),
      onToken: request.onToken
        ? (token) => {
            if (!streamed) request.onToken!(`${verdictSentence}\n`);
            streamed = true;
            request.onToken!(token);
          }
        : undefined,
    });
    // Sentences the guard kept stay, whether it kept all of them ("passed") or some ("partial").
    if (outcome.status === "passed" || outcome.status === "partial") modelText = outcome.text;
    llm = { ...llm, used: modelText !== null, guard: outcome.status === "skipped" ? null : outcome.status, text: modelText };
  }
  // A question written in traditional characters is answered in them (the quotes among the sources stay as written),
  // and so is one written alike in both scripts ("政府的呢", "插件呢") in a conversation answered in them.
  const forms = understander.lexicon.traditionalForms;
  // Asked for one script ("换成繁体说一下", "用简体"), that one.
  const inTraditionalScript =
    language === "zh" &&
    understanding.answerScript !== "simplified" &&
    (understanding.answerScript === "traditional" ||
      understanding.normalized.traditional ||
      // As written: the read text has Cantonese words in their Mandarin forms ("有冇咩" is 有没有什么, 没 and 么 simplified).
      (conversation.traditional === true && writtenAlike(question, await toTraditional(question, forms), understander.lexicon.traditionalAsTyped)));
  const shown: ShownLines =
    inTraditionalScript
      ? await inTraditional({ verdict: verdictSentence, model: modelText, details: facts, remarks: notes, sources }, Math.min(collected.length, shownSources), forms)
      : { verdict: verdictSentence, model: modelText, details: facts, remarks: notes, sources };
  // With a model, its explanation follows the template's verdict sentence; the facts stay, so what was asked is always answered.
  const text = [shown.verdict, ...(shown.model ? [shown.model] : []), ...shown.details, ...shown.remarks, ...shown.sources].join("\n");

  const method: Method = decided.kind === "verdict" ? verdict.method : "unknown";
  const shownCategories = verdict.kind === "ambiguous" ? verdict.options : verdict.kind === "unlisted" ? [] : verdict.categories;
  const retrievedSummaries = retrieved.map(summarize);
  // "那我们自己呢" after a friend's program, with nothing said of the asker's own: the topic is that program now, empty, and
  // the friend's waits as the other one ("朋友那个呢").
  const keepsContext = decided.kind === "verdict" || (decided.kind === "no-category" && decided.turn.program === "own");
  // A question with a topic of its own that the document does not cover leaves the last topic waiting (interruptions.ts).
  const endsTopic = decided.kind === "out-of-corpus";
  // Categories weighed against each other stay the topic, still weighed: a follow-up answers each of them.
  const weighed = verdict.kind === "ambiguous" && verdict.alternatives;
  // "教育下面是不是只有在线视频课程才能用原生": the categories asked whether they are the only ones stay the topic, not the
  // group's others the answer showed beside them.
  const askedOnlyOnes = understanding.asksOnlyOnes ? [...excludedInMessage(understanding)] : [];
  const resolved: DialogueTopic | null = keepsContext
    ? {
        categories: askedOnlyOnes.length > 0 ? askedOnlyOnes : (weighed ? verdict.options : verdict.categories).map((category) => category.id),
        subject: decided.facts.subject,
        unlisted: verdict.unlisted.map((entry) => entry.name),
        alternatives: weighed,
        offered: verdict.kind === "ambiguous" && !weighed ? shownOptions(verdict, understanding).map((category) => category.id) : undefined,
        // "教育类哪个不能用原生标签": offered by the other method.
        offeredBy: verdict.kind === "ambiguous" && !weighed ? offeredByMethod(compositionInput.understanding) : undefined,
        // Told apart before, a topic taken up again still is ("医疗下面有哪些" then "一共几个" then "第二个呢").
        apart:
          decided.facts.alternatives === true ||
          // "信托和公募基金能直播吗": named only to be asked about, each is asked of on its own ("前者呢" then points at one).
          (!decided.inherited && decided.facts.mentions.length >= 2 && understanding.onlyAsksAbout) ||
          (decided.facts.mentions.length === 1 && (decided.facts.mentions[0]?.candidates.length ?? 0) > 1) ||
          (decided.inherited && conversation.apart === true),
      }
    : null;
  const topicAfter: DialogueTopic = withPointedPair(
    withListFilters(
      endsTopic
        ? reviewDetailKept(interruptedTopic(conversation, understanding.nearbyTopics.some((nearby) => nearby.otherProduct)), understanding)
        : nextTopic(conversation, understanding.asksNeededCategory ? decided.turn : withAnsweredAspects(decided.turn, composition.record.asked), resolved),
      decided.kind,
      compositionInput.understanding,
      composition.record.listed,
    ),
    composition.record.pointedTo,
  );
  return {
    question,
    kind: decided.kind,
    method,
    subject: decided.kind === "verdict" ? decided.facts.subject : null,
    categories: decided.kind === "verdict" ? shownCategories.map((category) => ({ primary: category.primary, secondary: category.secondary, method: category.method })) : [],
    answer: text,
    verdictSentence: shown.verdict,
    parts: {
      verdict: shown.verdict,
      details: shown.details,
      model: shown.model,
      remarks: shown.remarks,
      sources: collected,
      visibleSources: Math.min(collected.length, shownSources),
      asked: composition.record.asked,
      absent: composition.record.absent,
    },
    citations: collected,
    clarify: composition.clarify,
    language,
    rule: decided.kind === "verdict" ? verdict.rule : decided.kind,
    rulesApplied: decided.kind === "verdict" ? verdict.rulesApplied : [],
    truncated: understanding.normalized.truncated,
    retrieved: retrievedSummaries,
    // The topic's fields as dialogue-topic.ts lists them, so a field added there reaches the state handed back.
    conversation: withFields(topicOnly(topicAfter), {
      aspects: topicAfter.aspects ?? [],
      notHeld: topicAfter.notHeld ?? [],
      qualificationGroups: topicAfter.qualificationGroups ?? [],
      subjectStated: topicAfter.subjectStated ?? false,
      aboutAnother: topicAfter.aboutAnother ?? false,
      interrupted: topicAfter.interrupted,
      language: chatOnly ? conversation.language : language,
      traditional: inTraditionalScript,
      lastCitations: collected,
      lastRetrieved: retrievedSummaries,
      history: [...conversation.history, { question: understanding.normalized.text, answer: text.slice(0, endOfFirstCodePoints(text, historyAnswerLength)) }].slice(-historyTurns),
    }),
    llm,
  };
}

/**
 * "社交直播审核要多久" then "是工作日吗" (the document does not say) then "那电商平台呢": a detail of the review time the document
 * does not cover leaves the review as what is being asked, for the next question to ask of its category.
 */
function reviewDetailKept(topic: DialogueTopic, frame: QuestionFrame): DialogueTopic {
  const ofReview = frame.nearbyTopics.length > 0 && frame.nearbyTopics.every((nearby) => nearby.helps === "review-time");
  return ofReview ? withFields(topic, { aspects: ["review"] }) : topic;
}

/**
 * A correction that names no category of its own (nothing, or a broad word again: "给很多驾校提供入驻的平台"), answered
 * with several categories: it may describe one of them.
 */
function correctedByDescription(route: Route, frame: QuestionFrame): boolean {
  return (
    route.kind === "verdict" &&
    frame.opensWithCorrection &&
    frame.mentions.every((mention) => mention.candidates.length > 1) &&
    frame.unlisted.length === 0 &&
    frame.subject === null
  );
}

/** What the answer answers: the route's aspects but the list (a verdict is not a list), the method when none. */
function answeredAspects(route: Route): Aspect[] {
  const aspects = route.aspects.filter((aspect) => aspect !== "list");
  return aspects.length > 0 ? aspects : ["method"];
}

/** Categories a model may name: the verdict's and any the template answer names itself (conditions, notes). */
function allowedCategories(verdict: Verdict, templateText: string, understander: QuestionUnderstander): Set<CategoryId> {
  const allowed = new Set<CategoryId>(verdict.categories.map((category) => category.id));
  if (verdict.kind === "ambiguous") verdict.options.forEach((option) => allowed.add(option.id));
  if (verdict.kind === "unlisted") verdict.suggestions.forEach((suggestion) => allowed.add(suggestion.id));
  // Every category the template answer names, held or conditional ("若同时具备社交-直播").
  understander.namedCategories(templateText).forEach((id) => allowed.add(id));
  return allowed;
}

/** The method a group's options were offered by: the one asked, or the other when the question asks which do not take it. */
function offeredByMethod(understanding: QuestionFrame): AccessMethod | undefined {
  const asked = understanding.askedMethod;
  if (asked === null) return undefined;
  return understanding.asksMethodNotUsed ? otherMethod(asked) : asked;
}

/** The sections to boost in retrieval; `generalNotes` is the document's general 注意 section. */
function headingsFor(verdict: Verdict, kind: AnswerKind, generalNotes: string): string[] {
  if (kind !== "verdict") return kind === "out-of-corpus" || kind === "no-category" ? [generalNotes] : [];
  const categories = [
    ...verdict.categories,
    ...(verdict.kind === "ambiguous" ? verdict.options : []),
    ...(verdict.kind === "unlisted" ? verdict.suggestions : []),
  ];
  const headings = categories.map(categoryHeading);
  if (verdict.kind === "subject" || verdict.kind === "unlisted") headings.unshift(generalNotes);
  return [...new Set(headings)];
}


/**
 * The turn with the notes its answer gave though not asked by name: "私募基金能在直播里在线交易吗" answers with the note
 * on trading, a restriction, so a bare follow-up ("别废话,能不能") answers it again rather than the method alone.
 * Not after a question of which category it needs: its notes answered which category, and "那银行呢" after it asks
 * that of banks, not their notes.
 */
function withAnsweredAspects(turn: Route["turn"], answered: ReadonlyArray<{ readonly aspect: Aspect }>): Route["turn"] {
  const extra = turn.aspects.includes("notes") || !answered.some((entry) => entry.aspect === "notes") ? [] : (["notes"] as const);
  if (extra.length === 0) return turn;
  return { ...turn, aspects: [...(turn.aspects.length > 0 ? turn.aspects : ["method" as const]), ...extra] };
}

function summarize(entry: RetrievedChunk): RetrievedSummary {
  return {
    heading: entry.chunk.heading,
    score: Number(entry.score.toFixed(4)),
    vectorDistance: entry.vectorDistance === null ? null : Number(entry.vectorDistance.toFixed(4)),
    keywordScore: entry.keywordScore === null ? null : Number(entry.keywordScore.toFixed(4)),
    boosted: entry.boosted,
  };
}

/** "那现在咋办" after "我们类目被驳回了": the turn is about that refusal, and the answer is composed as for one asked of it. */
function ofRefusal(understanding: QuestionFrame, turn: Route["turn"]): QuestionFrame {
  return turn.refusal === true && !understanding.rejectionHandled ? { ...understanding, asksRejection: true, rejectionHandled: true } : understanding;
}
