import type { RoledMention } from "../understanding/question-frame.js";
import { categoryHeading, type CategoryRule, type Rules } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { wordInNotes } from "./word-in-notes.js";
import { displayName, englishOwnName } from "./compose-lines.js";
import { matchable } from "../understanding/clauses.js";
import { quotedNames } from "./quoted-names.js";
import { namedOutright } from "./named-outright.js";
import { namesAnyOf } from "./notes-naming.js";
import type { Aspect } from "../lexicon/lexicon-schema.js";
import { containsHan } from "../shared/han-script.js";
import { claimedCountNotSo, claimedDurationNotSo, claimedGroupCountNotSo } from "./claimed-facts.js";
import type { CompositionInput } from "./compose-types.js";
import { compactForMatching, termKey } from "../understanding/normalize-question.js";

/** One part per asked aspect of a category, from its section's own fields; each records the quote that backs it. */
export function aspectLines(category: CategoryRule, input: CompositionInput): string[] {
  const { templates: t, citations, language } = input;
  const heading = categoryHeading(category);
  const label = displayName(category, language);
  const fields = input.fields(category);
  const labels = input.labels;
  const lines: string[] = [];
  // "企业征信那条说什么", "what does the document say about banks?": every row its section gives, none said missing.
  const intents: Aspect[] = input.understanding.asksWholeSection ? sectionRows(category, input) : [...input.aspects];
  const asked = (aspect: Aspect, quoteMark: string) => input.record.asked.push({ heading, aspect, quoteMark });
  const absent = (line: string, words: readonly string[]) => {
    input.record.absent.push({ line, heading, words });
    return line;
  };
  // "私募基金可以公开募集吗": the note that speaks of 公开募集 answers it, though no note was asked for.
  const speaksOf = speaksOfQuestion(category, input);
  // "只做投资咨询,选证券/期货还是投资咨询": weighing categories, a note of one that names another is the document's advice.
  const advice = notesNamingOthers(category, input);
  // "电商平台还要补什么类目": a note that sends the asker to a category ("需补充医疗相关类目") is what it may need.
  const needed = notesNamingCategories(category, input);
  const onTopic = (note: string) => speaksOf(note) || advice.includes(note) || needed.includes(note);
  if (!intents.includes("notes") && fields.notes.some(onTopic)) intents.push("notes");
  if (!intents.includes("scope") && speaksOf(fields.scope ?? undefined)) intents.push("scope");
  if (!intents.includes("scenario") && !intents.includes("scope") && speaksOf(fields.scenario ?? undefined)) intents.push("scenario");
  // "A public hospital wants to host health lectures", "电商平台能直播带货吗": asked only whether it may stream, an activity of
  // the category named beside it that its scenario line writes is answered by that line, whatever the language of the
  // words that found it. Not a word of the category's own names ("金融" in 金融产品…, "education"), which names, not what
  // is streamed.
  const { roled, aspects } = input.understanding;
  const scenarioText = fields.scenario ? input.documentText(fields.scenario).toLowerCase() : "";
  const writesActivity = (mention: RoledMention) =>
    mention.scenario &&
    mention.role === "held" &&
    mention.candidates.includes(category.id) &&
    ![category.primary, category.secondary, category.english.toLowerCase()].some((name) => name.includes(mention.term.toLowerCase())) &&
    scenarioText.includes(mention.term.toLowerCase());
  const namesActivityOfIt = aspects.every((aspect) => aspect === "method") && roled.some(writesActivity) && roled.some((mention) => !mention.scenario && mention.candidates.includes(category.id));
  if (namesActivityOfIt && !intents.includes("scenario") && !intents.includes("scope")) intents.push("scenario");
  // "社交-直播审核通过后就能直接开播了吗": the review row, where the category has one, bears on what follows its review;
  // no "no review time" line for the others (lexicon nearbyTopics › helps: review-row).
  if (fields.review && !intents.includes("review") && input.understanding.nearbyTopics.some((nearby) => nearby.helps === "review-row")) intents.push("review");
  // "社交直播类目能播游戏吗", "可以直播钢琴课吗": asked only whether something may be streamed under it, what its scenario
  // says is streamed answers (its scope, where it has none) — unless a note of it speaks of that, which answers instead.
  const streamsAsked = input.understanding.streamsContent && aspects.every((aspect) => aspect === "method") && !fields.notes.some(onTopic);
  if (streamsAsked && !intents.includes("scenario") && !intents.includes("scope")) intents.push(fields.scenario || !fields.scope ? "scenario" : "scope");
  // "能用来干嘛": what a category is for is its scope and its live-streaming scenario together.
  if (intents.includes("scope") && !intents.includes("scenario") && fields.scenario && fields.scenario !== fields.scope) intents.push("scenario");
  // Where the document gives one text as both (课外辅导), it is said once, as the scope.
  if (intents.includes("scope") && intents.includes("scenario") && fields.scenario && fields.scenario === fields.scope) intents.splice(intents.indexOf("scenario"), 1);
  for (const intent of intents) {
    switch (intent) {
      case "qualification":
        lines.push(...qualificationLines(category, input));
        if (citations.add(heading, (line) => line.startsWith(labels.qualification), 1, { first: true }) > 0 || citations.all().some((citation) => citation.heading === heading && citation.quote.startsWith(labels.qualification))) {
          asked("qualification", labels.qualification);
        }
        break;
      case "review":
        if (fields.review) {
          const notSo = claimedDurationNotSo(fields.review, input);
          const reviewText = input.documentText(fields.review);
          // "社交直播是不是不用审核": the row gives one, so it is not so — said before the row, never left to read as agreeing.
          const line = notSo !== null ? fill(t.line.reviewNotSo, { category: label, text: reviewText, written: notSo }) : input.understanding.claimsNoReview ? fill(t.line.reviewNeededNotSo, { category: label, text: reviewText }) : fill(t.line.review, { category: label, text: reviewText });
          lines.push(line);
          // "第二次提审还要等7天吗": the time is the first submission's; of later ones the document says nothing.
          if (input.understanding.asksLaterSubmission && input.firstTimeOnly.test(matchable(compactForMatching(fields.review), "zh"))) lines.push(fill(t.line.reviewLaterNotSaid, { category: label }));
          // "下周五上线来得及吗": whether the time makes the asker's date is not the document's to say.
          if (input.understanding.asksDeadline) lines.push(fill(t.line.deadlineNotSaid, { category: label }));
          asked("review", labels.review);
          citeReview(heading, input);
        } else {
          const reviewedOnes = reviewedCategories(input);
          const reviewed = reviewedOnes.map((candidate) => `「${displayName(candidate, language)}」`).join(t.line.separator);
          // "它审核多久" of 电商平台 after 社交直播 was supposed: the time the document does give, when it gives one, quoted —
          // unless the answer gives it as one of its own categories' ("社交直播和电商平台审核要多久").
          // …or as one of the categories weighed ("Is social live stricter than e-commerce on review?").
          const answered = input.verdict.kind === "categories" ? input.verdict.categories : input.verdict.kind === "ambiguous" ? input.verdict.options : [];
          const texts = answered.some((other) => reviewedOnes.some((candidate) => candidate.id === other.id)) ? [] : [...new Set(reviewedOnes.map((candidate) => input.fields(candidate).review!))];
          if (texts.length === 1) reviewedOnes.forEach((candidate) => citeReview(categoryHeading(candidate), input));
          const line = texts.length === 1 ? fill(t.line.reviewNoneElsewhere, { category: label, reviewed, text: input.documentText(texts[0]!) }) : fill(t.line.reviewNone, { category: label, reviewed });
          lines.push(absent(line, [labels.review]));
          // "消费金融类目审核谁来审": who reviews it is not said either — only 社交-直播's names the authority.
          if (input.understanding.asksReviewer) lines.push(fill(t.line.reviewerNotSaid, { category: label }));
        }
        break;
      case "formerName":
        // Said once below for every former name the question used; here for the asked one.
        if (category.formerNames.length > 0) {
          if (!input.understanding.formerNames.some((former) => former.id === category.id)) {
            lines.push(fill(t.line.formerName, { former: category.formerNames.join(t.line.separator), category: label }));
          }
          citations.add(heading, (line) => category.formerNames.some((former) => line.includes(former)), 1, { first: true });
        } else {
          lines.push(fill(t.line.formerNameNone, { category: label }));
        }
        break;
      case "compare":
      case "scope": {
        // "保险和保险中介是两个不同的类目吗": compared with the category by its own name, another name the document files
        // under it is no category of its own, which is the answer. Only names said outright, when no other category is
        // weighed ("多方通信和音视频设备有啥区别,不都是搞视频会议的吗" describes them by a scenario both share), and only
        // beside the category's own name ("小学和大学有什么区别" asks about schools, not categories).
        const alone = input.verdict.kind === "categories" && input.verdict.categories.length === 1;
        const ownNames = new Set([category.secondary, category.english, englishOwnName(category)].map(termKey));
        const isOwnName = (term: string) => ownNames.has(termKey(term));
        const named = intent === "compare" && alone ? input.understanding.mentions.filter((mention) => !mention.scenario && mention.candidates.length === 1 && mention.candidates[0] === category.id) : [];
        const filedUnder = named.some((mention) => isOwnName(mention.term)) ? [...new Set(named.map((mention) => mention.term).filter((term) => !isOwnName(term)))] : [];
        if (filedUnder.length > 0) lines.push(fill(t.line.sameCategory, { terms: quotedNames(filedUnder, t.line.and), category: label }));
        // How categories differ is what each one's scope says.
        lines.push(fields.scope ? fill(t.line.scope, { category: label, text: input.documentText(fields.scope) }) : absent(fill(t.line.scopeNone, { category: label }), [`${labels.scope}:`]));
        if (fields.scope) asked("scope", labels.scope);
        citations.add(heading, (line) => line.startsWith(labels.scope), 1, { first: true });
        break;
      }
      case "scenario":
        lines.push(fields.scenario ? fill(t.line.scenario, { category: label, text: input.documentText(fields.scenario) }) : absent(fill(t.line.scenarioNone, { category: label }), [`${labels.scenario}:`]));
        if (fields.scenario) asked("scenario", labels.scenario);
        citations.add(heading, (line) => line.startsWith(labels.scenario), 1, { first: true });
        break;
      case "notes": {
        // "第二条呢" after the notes: that one, or how many there are when it has no such place.
        const place = input.noteAtByTurn;
        if (place !== undefined) {
          const note = fields.notes.at(place);
          if (note === undefined) {
            lines.push(fill(t.line.noteAtMissing, { category: label, count: fields.notes.length }));
            break;
          }
          lines.push(fill(t.line.noteAt, { category: label, place: place < 0 ? fields.notes.length + place + 1 : place + 1, text: input.documentText(note) }));
          asked("notes", labels.notes);
          citations.add(heading, (line) => line.startsWith(labels.notes) && line.includes(note), 1, { first: true });
          break;
        }
        // "能卖药吗": the note on the asked topic, not every note of the section. Asked whether it may sell or buy, the
        // notes that speak of trading ("社交直播可以收款吗" is not answered by its 时政 note).
        const trading = input.understanding.asksTrade;
        // The notes on the topic asked first ("能卖催情药吗": the note naming it, not every note that speaks of selling).
        const onTopicNotes = fields.notes.filter(onTopic);
        const topicNotes = trading && onTopicNotes.length === 0 ? fields.notes.filter((note) => input.tradeVerbs.test(matchable(compactForMatching(note), "zh"))) : onTopicNotes;
        const shown = topicNotes.length > 0 || trading ? topicNotes : fields.notes;
        // "互联网医院能在直播里卖药吗", "社交直播可以卖东西吗": no note on trading, and the document does not say what it allows —
        // unless its scope speaks of trading (保险's 「在线服务或交易」, quoted by the question's 交易) or another section's
        // note sends askers to it (证券/期货, where stock trading is sent).
        if (shown.length > 0) {
          // Asked whether it may sell, the notes that speak of trading are the answer, said as such: the verdict above it
          // is how the category streams, which a hurried reader takes for a yes ("私募能在线卖吗").
          const notesLine = trading && topicNotes.length > 0 ? t.line.notesOnTrade : t.line.notes;
          lines.push(fill(notesLine, { category: label, text: shown.map(input.documentText).join(" ") }));
          // "我们不做时政,还要补类目吗": a note whose words the asker negated concerns it only if it did them.
          for (const term of negatedTermsIn(shown, category, input)) lines.push(fill(t.line.noteNotConcerned, { term }));
          // "处方药呢" of 「…非处方药品…」: the note names only the word's negation; of the word itself the document says nothing.
          for (const { word, written } of wordsOnlyNegatedIn(shown, category, input)) lines.push(fill(t.line.noteNamesOnlyNegated, { word, written }));
        }
        else if (!trading) lines.push(absent(fill(t.line.notesNone, { category: label }), [`${labels.notes}:`]));
        else if (fields.scope && input.tradeVerbs.test(matchable(compactForMatching(fields.scope), "zh"))) {
          // Its scope is what the document says of its trading: quoted (once, if the question asked the scope too).
          lines.push(fill(t.line.scope, { category: label, text: input.documentText(fields.scope) }));
          citations.add(heading, (line) => line.startsWith(labels.scope), 1, { first: true });
        } else if (!namedInOthersNotes(category, input)) lines.push(absent(fill(t.line.notesNoneOnTrade, { category: label }), [`${labels.notes}:`]));
        if (shown.length > 0) asked("notes", labels.notes);
        if (shown.length > 0) citations.add(heading, (line) => line.startsWith(labels.notes) && (topicNotes.length === 0 || topicNotes.some((note) => line.includes(note))), 2, { first: true });
        // "时政信息那条注意,电商平台也要遵守吗": a note the question names by its words, written under another category only.
        for (const { other, word } of othersNotesNamed(category, input)) {
          lines.push(word === null ? fill(t.line.notePointedElsewhere, { other: displayName(other, language), category: label }) : fill(t.line.noteElsewhere, { word, other: displayName(other, language), category: label }));
          citations.add(categoryHeading(other), (line) => line.startsWith(labels.notes) && (word === null || line.includes(word)), 1);
        }
        break;
      }
      default:
        break;
    }
  }
  return lines;
}

/** Whether a text of the category's section speaks of the question's own topic words (its own names aside). */
export function speaksOfQuestion(category: CategoryRule, input: Pick<CompositionInput, "rules" | "topicWords">): (text: string | undefined) => boolean {
  const ownNames = ownNamesOf(category, input.rules);
  const topicWords = (input.topicWords ?? []).filter((word) => word.length >= 2 && !ownNames.has(word));
  return (text) => topicWords.some((word) => text?.toLowerCase().includes(word));
}

/**
 * When the question points at a note by its words, the other categories whose notes hold a word of the question that
 * this category's notes do not ("时政" of 社交-直播's 「如提供时政信息服务…」 asked of 电商平台), one each, with the longest
 * such word.
 */
function othersNotesNamed(category: CategoryRule, input: Pick<CompositionInput, "rules" | "topicWords" | "fields" | "understanding">): Array<{ other: CategoryRule; word: string | null }> {
  if (!input.understanding.namesNoteByWords) return [];
  const ownNames = ownNamesOf(category, input.rules);
  const words = (input.topicWords ?? []).filter((word) => word.length >= 2 && !ownNames.has(word)).sort((a, b) => b.length - a.length);
  const ownNotes = input.fields(category).notes.map(compactForMatching);
  const asked = words.filter((word) => !ownNotes.some((note) => note.includes(compactForMatching(word))));
  if (asked.length === 0) return [];
  const found: Array<{ other: CategoryRule; word: string | null }> = [];
  for (const other of input.rules.categories) {
    if (other.id === category.id) continue;
    const notes = input.fields(other).notes.map(compactForMatching);
    const word = asked.find((candidate) => notes.some((note) => note.includes(compactForMatching(candidate))));
    if (word !== undefined) found.push({ other, word });
  }
  // "the note about private funds apply to trusts?": the category the note is pointed at by, whatever words name it.
  for (const id of input.understanding.notesPointedAt) {
    const other = input.rules.categories.find((candidate) => candidate.id === id);
    if (other && other.id !== category.id && input.fields(other).notes.length > 0 && !found.some((entry) => entry.other.id === id)) found.push({ other, word: null });
  }
  // A word many sections' notes share says nothing of one note in particular.
  return found.length <= 2 ? found : [];
}

/** Whether another category's note names this one ("如提供股票交易服务,需选择【金融业-证券/期货】"): the document sends askers to it. */
function namedInOthersNotes(category: CategoryRule, input: Pick<CompositionInput, "rules" | "fields">): boolean {
  const namesIt = namesAnyOf([category]);
  return input.rules.categories.some((other) => other.id !== category.id && input.fields(other).notes.some(namesIt));
}

/**
 * When the question weighs categories (which to choose, how they differ, whether they fit), a category's notes that
 * name another of them: the document's own advice between them ("建议选【金融业-证券/期货投资咨询】类目").
 */
export function notesNamingOthers(category: CategoryRule, input: Pick<CompositionInput, "aspects" | "verdict" | "fields">): string[] {
  // …also asked whether they fit (their scopes, "只做证券投资咨询,选证券/期货还是另一个").
  if (!input.aspects.includes("choose") && !input.aspects.includes("compare") && !input.aspects.includes("scope")) return [];
  const others = input.verdict.kind === "categories" ? input.verdict.categories.filter((other) => other.id !== category.id) : [];
  return input.fields(category).notes.filter(namesAnyOf(others));
}

/**
 * When the question asks which category it needs, the category's notes that send the asker to a category (to add, or
 * to choose instead): a category word not inside a pointer back at the section's own ("选择该类目后…" speaks of itself).
 */
export function notesNamingCategories(category: CategoryRule, input: Pick<CompositionInput, "understanding" | "fields" | "categoryWords" | "anaphora" | "aspects" | "added">): string[] {
  // "那要加什么" after a pointer: the category added is what is needed, not what a note sends to.
  if (!input.understanding.asksNeededCategory || (input.added?.length ?? 0) > 0) return [];
  // "宠物直播要什么类目": the category chosen from the description is the one needed; its notes sending the asker to
  // another category ("如提供时政信息服务,需补充【时政信息】类目") answer "电商平台还要补什么类目" or "明星直播还需要别的类目吗",
  // not this.
  if (input.aspects.includes("choose") && input.understanding.mentions.length > 0 && !namedOutright(category, input)) return [];
  return input.fields(category).notes.filter((note) => {
    const text = { compact: compactForMatching(note), lower: note.toLowerCase() };
    const pointers = input.anaphora.find(text);
    return input.categoryWords.find(text).some((word) => !pointers.some((pointer) => pointer.script === word.script && pointer.start <= word.start && pointer.end >= word.end));
  });
}

/** The section's review sentence: in the note that carries it (as 社交-直播 has it), else any line with it. */
export function citeReview(heading: string, input: Pick<CompositionInput, "citations" | "labels">): void {
  const { citations, labels } = input;
  // Once per section: a second call (its own review line, then another's "only 社交-直播 gives one") would cite the
  // same sentence again from another line of the section.
  if (citations.all().some((citation) => citation.heading === heading && citation.quote.includes(labels.review))) return;
  if (citations.add(heading, (line) => line.startsWith(labels.notes) && line.includes(labels.review), 1, { first: true }) === 0) {
    citations.add(heading, (line) => line.includes(labels.review), 1, { first: true });
  }
}

function qualificationLines(category: CategoryRule, input: CompositionInput): string[] {
  const { templates: t, language } = input;
  const label = displayName(category, language);
  const qualification = category.qualification;
  if (!qualification) return [fill(t.line.qualificationAbsent, { category: label })];
  if (!qualification.rule && qualification.items.length === 0) return [fill(t.line.qualificationEmpty, { category: label })];
  // "那里是个斜杠,是不是不用资质": what the 「/」 means the document does not say — said, not left for the asker to guess.
  if (qualification.rule === "/") return [fill(t.line.qualificationSlash, { category: label }), ...(input.understanding.claimsNoQualification ? [t.line.countMeaningSlash] : [])];
  const rule = input.documentText(qualification.rule ?? "");
  if (input.optionAtByTurn !== undefined) {
    const option = optionLines(category, input, input.optionAtByTurn);
    if (option) return option;
  }
  const notSo = claimedCountNotSo(category, input);
  const groupNotSo = claimedGroupCountNotSo(category, input);
  const lines = [
    ...(groupNotSo ? [fill(t.line.qualificationGroupCountNotSo, { written: groupNotSo.written, who: input.documentText(groupNotSo.who), rule: input.documentText(groupNotSo.rule) })] : []),
    notSo !== null
      ? fill(t.line.qualificationCountNotSo, { category: label, rule, written: notSo })
      : // "听说保险中介不用资质": the row counts some, so it is not so — said before the count, never left to read as agreeing.
        input.understanding.claimsNoQualification
        ? fill(t.line.qualificationNeededNotSo, { category: label, rule })
        : fill(t.line.qualificationRule, { category: label, rule }),
  ];
  // Named: answered beside another category of the same count, the line is this one's alone (学历教育(学校) has no such mark).
  if (qualification.optionRule) lines.push(fill(t.line.qualificationOptionRule, { category: label, rule: input.documentText(qualification.optionRule) }));
  // Beside other categories, the groups and items are named as this one's: its count line may be merged with theirs
  // ("「保险」、「私募基金」资质要求:3选1", "「培训机构」、「驾校平台」资质要求:需同时提供"), the rest is its own.
  const several = input.verdict.kind === "ambiguous" ? input.verdict.options.length > 1 : input.verdict.categories.length > 1;
  const asked = input.qualificationGroups;
  const groups = qualification.groups.filter((group) => asked.length === 0 || asked.includes(group.who));
  if (groups.length > 0) {
    const written = groups.map((group) => fill(t.line.qualificationGroup, { who: input.documentText(group.who), rule: input.documentText(group.rule) })).join(language === "zh" ? ";" : "; ");
    lines.push(several ? fill(t.line.qualificationGroupsOf, { category: label, groups: written }) : written);
  }
  // 保险's 3选1 keeps two of its groups: the one lost is said to be lost, not left for the asker to miss.
  const kept = qualification.groups.length;
  if (asked.length === 0 && kept > 0 && qualification.of !== undefined && qualification.of > kept) {
    lines.push(fill(several ? t.line.qualificationGroupsMissingOf : t.line.qualificationGroupsMissing, { category: label, rule, kept, missing: qualification.of - kept }));
  }
  const items = qualification.items.map(input.documentText).join(t.line.separator);
  if (qualification.items.length > 0) lines.push(several ? fill(t.line.qualificationItemsOf, { category: label, items }) : fill(t.line.qualificationItems, { items }));
  // Where some items survived, it is the rest that did not: "the lists did not survive" beside a quoted item reads as
  // taking it back.
  lines.push(qualification.items.length > 0 ? t.line.qualificationRestMissing : t.line.qualificationMissing);
  return lines;
}

/**
 * "第二个呢" after a category's qualifications: the group of that place (保险中介机构主体:④选①), or, with no groups
 * written, that option of the count, whose items did not survive; a place beyond them says how many there are. Null
 * when the row offers no options to point into ("需同时提供").
 */
function optionLines(category: CategoryRule, input: CompositionInput, place: number): string[] | null {
  const { templates: t, language } = input;
  const qualification = category.qualification;
  if (!qualification?.rule || qualification.of === undefined) return null;
  const label = displayName(category, language);
  const rule = input.documentText(qualification.rule);
  const count = qualification.of;
  const at = place < 0 ? count + place : place;
  if (at < 0 || at >= count) return [fill(t.line.optionAtMissing, { category: label, rule, count })];
  const group = qualification.groups[at];
  const lines = group
    ? [fill(t.line.qualificationGroup, { who: input.documentText(group.who), rule: input.documentText(group.rule) })]
    : [fill(qualification.groups.length > 0 ? t.line.optionGroupLost : t.line.optionAt, { category: label, rule, place: at + 1 })];
  if (qualification.optionRule) lines.push(fill(t.line.qualificationOptionRule, { category: label, rule: input.documentText(qualification.optionRule) }));
  lines.push(t.line.qualificationMissing);
  return lines;
}

/** Each category's own names, its group's included, lower-cased: made once per category (rules are never changed). */
const ownNamesByCategory = new WeakMap<CategoryRule, ReadonlySet<string>>();

function ownNamesOf(category: CategoryRule, rules: Rules): ReadonlySet<string> {
  let names = ownNamesByCategory.get(category);
  if (!names) {
    const group = rules.groups.find((entry) => entry.primary === category.primary);
    names = new Set(
      [category.primary, category.secondary, ...category.aliases, ...category.formerNames, ...category.englishTerms, ...(group?.terms ?? []), ...(group?.englishTerms ?? [])].map((name) => name.toLowerCase()),
    );
    ownNamesByCategory.set(category, names);
  }
  return names;
}

/**
 * Of more categories answered than are detailed (`pool`, `detailed`), those whose notes, scope or scenario speak of the
 * question come first, up to `limit` ("这几个里面哪个不能做在线交易" of four: the limit of three cut 私募基金, whose note
 * answers) — not by the names the question gives ("银行、信托…企业征信": 企业征信's scope says 银行). `detailed` when none
 * speaks of it.
 */
export function detailedByTopic(input: CompositionInput, pool: readonly CategoryRule[], detailed: readonly CategoryRule[], limit: number): readonly CategoryRule[] {
  if (pool.length <= detailed.length) return detailed;
  const namedTerms = new Set(input.understanding.mentions.filter((mention) => !mention.scenario).map((mention) => mention.term));
  const unnamed = { rules: input.rules, topicWords: input.topicWords.filter((word) => !namedTerms.has(word)) };
  const onTopic = pool.filter((category) => {
    const speaks = speaksOfQuestion(category, unnamed);
    const fields = input.fields(category);
    return fields.notes.some(speaks) || speaks(fields.scope ?? undefined) || speaks(fields.scenario ?? undefined);
  });
  if (onTopic.length === 0) return detailed;
  const shown = Math.min(Math.max(onTopic.length, detailed.length), Math.max(limit, 1));
  return [...onTopic, ...pool.filter((category) => !onTopic.includes(category))].slice(0, shown);
}

/**
 * The words the asker negated of itself ("不做时政", "we never touch political news") that a shown note speaks of —
 * itself, or the unlisted name it stands for (时政信息) — each once.
 */
function negatedTermsIn(notes: readonly string[], category: CategoryRule, input: CompositionInput): string[] {
  const compactNotes = notes.map(compactForMatching);
  const spoken = (word: string) => compactNotes.some((note) => note.includes(compactForMatching(word)));
  // Not a word of the category's own ("没有私募产品的公开募集" of 私募基金: what is negated is the fundraising).
  const negated = input.understanding.roled.filter(
    (mention) =>
      input.understanding.notDone.includes(mention.term) && !mention.candidates.includes(category.id) && (spoken(mention.term) || (mention.unlisted !== null && spoken(mention.unlisted))),
  );
  // …or a word of what it does ("我们不涉及线上交易": 交易 in the note), not one of the category's own names.
  const ownNames = ownNamesOf(category, input.rules);
  // Nor a piece of a name read (时政 of 时政信息, whose reading decides: "没有时政信息类目" lacks a category).
  const insideMention = (word: string) => input.understanding.roled.some((mention) => mention.term.includes(word));
  const words = input.understanding.notDoneWords.filter((word) => !ownNames.has(word) && !insideMention(word) && spoken(word));
  return [...new Set([...negated.map((mention) => mention.term), ...words])];
}

/**
 * The question's words a note holds only right after a word negating them (「非处方药」 for 处方药), with the form the note
 * writes: the note speaks of the negation, not of the word asked.
 */
function wordsOnlyNegatedIn(notes: readonly string[], category: CategoryRule, input: CompositionInput): { word: string; written: string }[] {
  const ownNames = ownNamesOf(category, input.rules);
  const found: { word: string; written: string }[] = [];
  // Not a word the question itself writes negated as the note does ("卖药 非处方的那种"): that is what it asks about.
  const question = input.understanding.normalized.compact;
  const saidNegated = (word: string) => input.negationAdjacent.chineseCues.some((negator) => question.includes(`${negator}${word}`));
  for (const word of input.topicWords) {
    if (word.length < 2 || !containsHan(word) || ownNames.has(word) || saidNegated(word)) continue;
    const held = wordInNotes(notes, word, input.negationAdjacent.chineseCues);
    if (held.kind === "negated") found.push({ word, written: held.written });
  }
  return found;
}

/** The rows a category's section gives, in the order an answer says them: what it needs, is for, streams, notes, review. */
function sectionRows(category: CategoryRule, input: CompositionInput): Aspect[] {
  const fields = input.fields(category);
  const rows: Aspect[] = [];
  if (category.qualification?.rule) rows.push("qualification");
  if (fields.scope) rows.push("scope");
  if (fields.scenario && fields.scenario !== fields.scope) rows.push("scenario");
  if (fields.notes.length > 0) rows.push("notes");
  if (fields.review) rows.push("review");
  return rows;
}

/** The categories the document gives a review time for. */
export function reviewedCategories(input: Pick<CompositionInput, "rules" | "fields">): CategoryRule[] {
  return input.rules.categories.filter((category) => input.fields(category).review);
}
