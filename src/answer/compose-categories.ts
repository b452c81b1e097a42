import { changesMethodOf, type Verdict } from "../rules/rules-engine.js";
import { noteGroupLines } from "./compose-note-group.js";
import { bareUnlistedName, categoryHeading, type CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { askedMethodLine, supposedMethodLines, type MethodHolder } from "./compose-asked-method.js";
import { speaksOfQuestion } from "./compose-aspects.js";
import { compositionTools, displayName, mentionsInNotes, shownTerm } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { matchable } from "../understanding/clauses.js";
import { quotedNames } from "./quoted-names.js";
import { unlistedBusinessUnfits } from "../understanding/unlisted-unfit.js";
import { namedOutright } from "./named-outright.js";
import { namesAnyOf } from "./notes-naming.js";
import { hostsOthers } from "./compose-scenarios.js";

/**
 * Where holding more changes a category's method (电商平台 with 社交-直播: plugin → native), the condition line, cited —
 * said wherever the category's own verdict is, so "不能直接使用" never reads as absolute.
 */
export function conditionLines(input: CompositionInput, category: CategoryRule, among: readonly CategoryRule[] | null = null): string[] {
  const { templates: t, rules, citations } = input;
  const { name, methodText, isCondition } = compositionTools(input);
  return rules.combinations
    .filter((entry) => changesMethodOf(entry, category))
    .flatMap((combination) => {
      const others = combination.when
        .filter((id) => id !== category.id)
        .map((id) => rules.categories.find((candidate) => candidate.id === id))
        .filter((candidate): candidate is CategoryRule => candidate !== undefined);
      // Among several shown (`among`), the line names the category — and is not said where another of the combination is
      // shown too: the combination's own line says it.
      if (among !== null && others.some((other) => among.includes(other))) return [];
      citations.add(combination.section, isCondition, 1);
      const values = { category: `「${name(category)}」`, others: quotedNames(others.map((other) => name(other)), t.line.separator), method: methodText(combination.method) };
      return [fill(among === null ? t.line.condition : t.line.listCondition, values)];
    });
}

/**
 * The verdict lines for categories held: two that together change the method, one, several with one method (a group
 * word's, or named one by one) or several with different methods — then what the held categories' notes say of the
 * unlisted ones named beside them. `cited`: the categories whose access sentence a shared verdict line cites; `limit`:
 * how many categories are detailed.
 */
export function categoryVerdictLines(input: CompositionInput, verdict: Extract<Verdict, { kind: "categories" }>, cited: readonly CategoryRule[], limit: number): string[] {
  const { templates: t, rules, citations } = input;
  const { name, methodText, citeAccess, citeOfficialReference, isAccess, isCondition } = compositionTools(input);
  const lines: string[] = [];
  const sayAskedMethod = (holder: MethodHolder) => {
    const line = askedMethodLine(input, holder);
    if (line) lines.push(line);
  };
  const categoriesWho = (categories: readonly CategoryRule[]) => fill(t.line.whoCategories, { categories: quotedNames(categories.map((category) => name(category)), t.line.separator) });
  const categories = verdict.categories;
  if (verdict.combination) {
    const combination = rules.combinations.find((entry) => entry.rule === verdict.combination)!;
    const members = combination.when
      .map((id) => categories.find((category) => category.id === id))
      .filter((category): category is CategoryRule => category !== undefined);
    lines.push(fill(t.verdict.combination, { categories: quotedNames(members.map((member) => name(member)), t.line.and) }));
    citations.add(combination.section, (line) => isAccess(line) || isCondition(line), 2);
    members.forEach(citeAccess);
    // "电商平台和社交直播哪个能直接用live-pusher": asked which one, each says its own method beside what both allow.
    if (input.aspects.includes("choose") || categories.length > members.length || (input.understanding.asksWhichOnes && input.aspects.includes("method"))) {
      for (const category of categories) lines.push(fill(t.line.category, { category: name(category), method: methodText(category.method) }));
    }
  } else if (categories.length === 1) {
    const category = categories[0]!;
    lines.push(fill(t.verdict[category.method], { category: name(category) }));
    sayAskedMethod({ who: () => categoriesWho([category]), method: category.method, headings: () => [categoryHeading(category)], verdictSaysAskedMethod: category.method === "plugin" });
    // Pointing to the category answers only a question of which to choose, so what may withhold the hint is read only
    // then (most answers ask no such thing): the asker's own name for it ("电商平台卖医疗器械要补什么类目": only one found
    // from the description, "视频会议属于哪个类目", needs pointing to), a note advising another, or the category being
    // only what is left of a group once what the asker is not was taken out ("我们是私立医院" after 医疗: nothing of the
    // document says it fits, and the answer's note says it is only what is left).
    // Nor a category for platforms hosting others to an asker who says it is none ("不是平台,就一家服装店,选啥类目").
    const deniedPlatform = input.understanding.saysNotPlatform && hostsOthers(category, input);
    // Nor when another category besides the one held is asked for ("还要补什么类目", "要完整卖房,还需要额外申请什么类目" after
    // 房地产营销): it is held, not chosen — but the one the description finds besides it is ("想做股票交易,另外需要什么类目"
    // after 股票信息服务平台: 证券/期货).
    const heldBesides = input.understanding.asksAdditionalCategory && (input.inherited || input.heldBefore.includes(category.id));
    // Nor where its own note says it does not allow what the question supposes doing ("要是以后想做完整的线上售房,换什么
    // 类目" after 房地产营销, whose note reads 暂不支持完整售房交易): that note is what the document says, and it names no
    // other. Not what the asker does now ("卖房直播选什么类目"): the category fits that, its note limits a part.
    const denied = input.aspects.includes("choose") && input.understanding.supposing && !heldBesides ? noteClauseDenying(category, input) : undefined;
    if (denied !== undefined) {
      // The note itself follows: a note holding the question's words is quoted among the rows (compose-aspects.ts).
      lines.push(fill(t.line.chooseDeniedInNote, { category: name(category) }));
      citations.add(categoryHeading(category), (line) => line.includes(denied), 1);
    } else if (input.aspects.includes("choose") && !heldBesides && !namedOutright(category, input) && !advisesAnother(category, input) && !input.understanding.readAsNarrowed.includes(category.id) && !deniedPlatform) {
      lines.push(fill(t.line.chooseHint, { category: name(category) }), ...choiceEvidence(category, input));
    }
    citeAccess(category);
    lines.push(...conditionLines(input, category));
    lines.push(...supposedMethodLines(input, category));
  } else if (new Set(categories.map((category) => category.method)).size === 1) {
    const { mentions } = input.understanding;
    // Not beside categories named one by one ("教育类里的教育平台和培训机构"): those are what is answered, not the group.
    const namedOneByOne = mentions.some((mention) => mention.candidates.length === 1 && !mention.scenario);
    // Nor when the answer holds only some of the group's categories ("其中教育的有几个" among the plugin's list), or others
    // besides: the group word would say its categories are these.
    const answered = new Set(categories.map((category) => category.id));
    // Nor beside categories of another group ("教育和医疗各有几个" among the native list).
    const groupWord = namedOneByOne ? undefined : mentions.find((mention) => mention.candidates.length > 1 && mention.candidates.length === answered.size && mention.candidates.every((id) => answered.has(id)))?.term;
    // A follow-up names nothing: a whole group's categories are still its group ("金融类能直播吗" then "那审核呢").
    const primaries = new Set(categories.map((category) => category.primary));
    const wholeGroup = primaries.size === 1 && rules.categories.filter((category) => primaries.has(category.primary)).length === categories.length;
    const method = categories[0]!.method;
    if (groupWord === undefined && !(mentions.length === 0 && wholeGroup)) {
      // "银行和保险", "社交直播和在线视频课程": named one by one, they are not all a group lists, and not one group.
      const names = categories.map((category) => `「${name(category)}」`);
      lines.push(fill(t.verdict.same, { categories: names.join(names.length === 2 ? t.line.and : t.line.separator), method: methodText(method) }));
      sayAskedMethod({ who: () => categoriesWho(categories), method, headings: () => categories.map(categoryHeading), verdictSaysAskedMethod: false });
    } else {
      const groupTerm = shownTerm(groupWord, categories, rules, t.line.separator);
      lines.push(fill(t.verdict.group, { group: groupTerm, categories: quotedNames(categories.map((category) => category.secondary), ""), method: methodText(method) }));
      // Asked whether one of the group is the only one taking the method, the line before says so of the group's rest.
      if (!input.understanding.asksOnlyOnes) sayAskedMethod({ who: () => fill(t.line.whoGroup, { group: groupTerm }), method, headings: () => categories.map(categoryHeading), verdictSaysAskedMethod: false });
    }
    cited.forEach(citeAccess);
  } else {
    // Every category that streams so, not the first of them: the list below shows each one's method.
    const deciders = categories.filter((category) => category.method === verdict.method);
    lines.push(fill(t.verdict.several, { decider: quotedNames(deciders.map(name), t.line.separator), method: methodText(verdict.method) }));
    for (const category of categories) lines.push(fill(t.line.category, { category: name(category), method: methodText(category.method) }));
    // Each category's line says its method; of the native ones, the document says nothing of the plugin.
    const native = categories.filter((category) => category.method === "native");
    if (native.length > 0) sayAskedMethod({ who: () => categoriesWho(native), method: "native", headings: () => native.map(categoryHeading), verdictSaysAskedMethod: false });
    categories.slice(0, limit).forEach(citeAccess);
  }
  // "社交直播做时政内容": the held category's own note speaks of it; only others are "not listed".
  // "企业征信跟个人征信都能直播吗": named by its own name beside the category, with how it streams asked in words, it is
  // said that the note does not say so either — not "企业征信能查个人征信吗", nor "做时政内容" (a word of it).
  const unexplained = verdict.unlisted.filter((entry) => {
    const notes = mentionsInNotes(entry, categories, input);
    lines.push(...notes);
    const ownName = compactForMatching(bareUnlistedName(entry.name));
    const byOwnName = input.understanding.roled.some((mention) => mention.unlisted === entry.name && compactForMatching(mention.term) === ownName);
    if (notes.length > 0 && byOwnName && input.understanding.aspects.includes("method") && notes.some((line) => line.includes(entry.name))) {
      lines.push(fill(t.line.notedOnlyUnsure, { names: entry.name }));
    }
    return notes.length === 0;
  });
  // Named by the words the asker used, with the category they are ("「4S店」(即「汽车-汽车销售」)": the asker never said the
  // rules' name), and only in the message that used them: a name carried from an earlier turn was said of then.
  // One word per name, as the message wrote it ("汽车4S店": terms are matched lower-case, without spaces or joiners).
  const saidNow = [
    ...new Set(
      unexplained.flatMap((entry) => {
        const term = unlistedTermSaid(entry.name, input);
        if (term === null) return [];
        // "工具类" holds 工具: the words are the name.
        return [compactForMatching(term).includes(compactForMatching(entry.name)) || !mayShowRulesName(entry.name, input) ? `「${term}」` : fill(t.line.alsoListedAs, { term, name: entry.name })];
      }),
    ),
  ];
  // Not listed is not "cannot stream": where to look is said, and the document's own pointer to it cited.
  // Only when whether or how to stream, which category or whether one fits is asked: "我们是做宠物用品的,社交直播审核
  // 多久" asks the named category's review time, and the asker's business aside gets no line of its own.
  // What this message asks, not what a follow-up carries: "如果我们同时还卖二手车呢" after a question of qualifications
  // asks about the business it adds.
  const ownAspects = input.understanding.aspects;
  const asksOfStreaming = ownAspects.length === 0 || ownAspects.some((aspect) => aspect === "method" || aspect === "choose" || aspect === "compare" || aspect === "scope");
  // "4s店做新车预售直播": a business of the one category's own group that the rules point to it (汽车-汽车销售 beside 汽车
  // 预售服务, rules-engine.ts) is what the asker is, the category what it does — the document does not say whether such a
  // business may hold it either.
  const only = categories.length === 1 ? categories[0]! : undefined;
  const sameGroup = only !== undefined && unexplained.length > 0 && unexplained.every((entry) => entry.name.startsWith(`${only.primary}-`) && entry.suggest.includes(only.id));
  if (saidNow.length > 0 && asksOfStreaming) {
    lines.push(sameGroup ? fill(t.line.alsoListedInGroup, { names: saidNow.join(t.line.separator), category: name(categories[0]!) }) : fill(t.line.alsoListed, { names: saidNow.join(t.line.separator) }));
    citeOfficialReference();
  }
  // "我们是开宠物医院的" then "那可以选社交直播吗": asked whether a category fits the business said before, the answer says
  // the document neither lists that business nor says whether the category fits it.
  const fitAskedBefore = input.understanding.asksFit ? unexplained.filter((entry) => unlistedTermSaid(entry.name, input) === null) : [];
  // Another category of the category's own group ("我们是房产中介" then "能用房地产营销类目吗"): its scope is written for
  // others, and says so, as when both come in one message.
  const scoped = categories.filter((category) => input.fields(category).scope);
  const unfitting = fitAskedBefore.flatMap((entry) => scoped.filter((category) => unlistedBusinessUnfits(entry.name, category.id, input.rules)).map((category) => ({ entry, category })));
  // Named by no word: the conversation keeps the business's resolved name, not the asker's words, and a name of the
  // rules ("医疗-其他") is no name the document or the asker gave.
  for (const { category } of unfitting) lines.push(fill(t.line.unfitScopeBefore, { category: name(category) }));
  const unsaid = fitAskedBefore.filter((entry) => !unfitting.some((unfit) => unfit.entry === entry));
  if (unsaid.length > 0) {
    lines.push(t.line.unlistedFitUnsaid);
    citeOfficialReference();
  }
  // "具体要补哪个医疗类目", "the note says add a medical-related category — which one?": the notes that name the group do
  // not say which of its categories.
  lines.push(...noteGroupLines(input, categories));
  return lines;
}

/**
 * A business the document does not list, named as the message said it: 「its words」(即「the name」) where they differ
 * and the document writes that name ("个人信用报告" is 金融业-个人征信, which a note names); 「its words」 alone where it does
 * not ("私立诊所": the rules' 医疗-其他 is no name the document gives, so no answer shows it as if it were one); else
 * 「the name」.
 */
export function unlistedAsSaid(name: string, input: CompositionInput): string {
  const term = unlistedTermSaid(name, input);
  // Not said in this message (a follow-up), it is shown as unlistedShownName shows it.
  if (term === null) return `「${unlistedShownName(name, input)}」`;
  if (!mayShowRulesName(name, input)) return `「${term}」`;
  // "个人征信" is 金融业-个人征信's own name, group aside.
  return compactForMatching(term).includes(compactForMatching(bareUnlistedName(name))) ? `「${name}」` : fill(input.templates.line.alsoListedAs, { term, name });
}

/**
 * How answers name a business the document does not list: the rules' name where the document writes it (时政信息,
 * 金融业-个人征信 in notes); else the words this message said it in, where it did; else the rules' name without its group
 * (a follow-up on 「汽车4S店」: 「汽车销售」, not 「汽车-汽车销售」, which reads as a category the document has).
 */
export function unlistedShownName(name: string, input: CompositionInput): string {
  if (mayShowRulesName(name, input)) return name;
  const said = unlistedTermSaid(name, input);
  if (said !== null) return said;
  // A part that names nothing on its own ("医疗-其他": 其他) keeps its group.
  const bare = bareUnlistedName(name);
  return bare.length > minimumBareNameLength ? bare : name;
}

// The shortest part after a group ("汽车销售") that names a business on its own; "其他" does not.
const minimumBareNameLength = 2;

/**
 * Whether answers may show the rules' name: a plain word for the business (体育, 商家自营) glosses the asker's words; one
 * written as a category of a group ("汽车-汽车销售", "医疗-其他") only where a section of the document writes it (a
 * note's 【金融业-个人征信】) — else it reads as a category the document has.
 */
function mayShowRulesName(name: string, input: CompositionInput): boolean {
  if (!name.includes("-")) return true;
  const written = compactForMatching(name);
  return input.rules.categories.some((category) => {
    const { notes, scope, scenario } = input.fields(category);
    return [...notes, scope ?? "", scenario ?? ""].some((text) => compactForMatching(text).includes(written));
  });
}

/** The words this message named an unlisted business by, as it wrote them; null when it did not name it. */
function unlistedTermSaid(name: string, input: CompositionInput): string | null {
  const said = input.understanding.roled.find((mention) => mention.unlisted === name);
  return said ? asWritten(said.term, input.understanding.normalized.text, name) : null;
}

/** A matched term as the message wrote it; the rules' name when the message wrote that ("社交-其他"), else the term. */
function asWritten(term: string, text: string, name: string): string {
  const at = text.toLowerCase().indexOf(term);
  if (at >= 0) return text.slice(at, at + term.length);
  return compactForMatching(name) === term ? name : term;
}

/**
 * "行情分析,也想让用户下单买股票,类目怎么选": a note on the question's topic that names another category is the document's
 * own choice, said below; no pointing to this one beside it.
 */
// Where a note's clauses end: each says one thing ("暂不支持完整售房交易;针对定金…").
const noteClauseEnd = /[;；。]/u;

/**
 * The clause of the category's notes that denies what the question speaks of: a word of the question in it, after a
 * word of not allowing (lexicon noteDenials) — "暂不支持完整售房交易" of 完整售房, not the clause after it on 意向款.
 */
function noteClauseDenying(category: CategoryRule, input: CompositionInput): string | undefined {
  const speaksOf = speaksOfQuestion(category, input);
  for (const note of input.fields(category).notes) {
    for (const clause of note.split(noteClauseEnd)) {
      if (!speaksOf(clause)) continue;
      const denials = input.noteDenials.find(matchable(clause, "zh"));
      const firstWord = Math.min(...(input.topicWords ?? []).map((word) => clause.indexOf(word)).filter((at) => at >= 0));
      if (denials.some((hit) => hit.end <= firstWord)) return clause.trim();
    }
  }
  return undefined;
}

function advisesAnother(category: CategoryRule, input: CompositionInput): boolean {
  const speaksOf = speaksOfQuestion(category, input);
  const spoken = input.fields(category).notes.filter(speaksOf);
  return spoken.length > 0 && spoken.some(namesAnyOf(input.rules.categories.filter((other) => other.id !== category.id)));
}

/**
 * "幼儿园想直播给家长看,走哪个类目": the category pointed to from a description, backed by the line of the document that
 * holds the words it was found by — its scenario when only that holds them (摄像头 in 音视频设备's 「智能家居场景下控制摄像头」),
 * else its scope (幼儿园 in 学历教育(学校)'s) — quoted. Nothing when the question asked that line anyway: it follows.
 */
function choiceEvidence(category: CategoryRule, input: CompositionInput): string[] {
  const { scope, scenario, review, notes } = input.fields(category);
  const found = input.understanding.mentions.filter((mention) => mention.candidates.includes(category.id));
  // Carried from before, not found in this message ("我們直播也會談時政,要補什麼類目嗎"): nothing here to back.
  if (found.length === 0) return [];
  // An English word is looked for in the line as the answer shows it, each of its words with or without a plural s.
  const englishHolds = (text: string, term: string) => {
    const shown = input.documentText(text).toLowerCase();
    return term.split(/\s+/u).every((word) => shown.includes(word.replace(/s$/u, "")));
  };
  const holds = (text: string | null | undefined) =>
    typeof text === "string" && found.some((mention) => compactForMatching(text.toLowerCase()).includes(mention.term) || (input.language === "en" && englishHolds(text, mention.term)));
  // A scenario that holds another row's sentence (社交-直播's holds its review note) would take that sentence from the
  // row asked for it, which says it once: the scope backs the pointing when that row is asked too.
  const rowsAsked = input.aspects.includes("notes") || input.aspects.includes("review");
  const sharesRows = rowsAsked && typeof scenario === "string" && [review, ...notes].some((row) => typeof row === "string" && row.length > 0 && scenario.includes(row));
  // Neither holding the words (唱K, 卖硬件产品), the scope says what the category is for.
  const aspect = holds(scenario) && !holds(scope) && !(sharesRows && scope) ? "scenario" : scope ? "scope" : scenario ? "scenario" : null;
  if (aspect === null || input.aspects.includes(aspect) || (aspect === "scenario" && input.aspects.includes("scope"))) return [];
  const text = aspect === "scope" ? scope! : scenario!;
  const label = aspect === "scope" ? input.labels.scope : input.labels.scenario;
  input.citations.add(categoryHeading(category), (line) => line.startsWith(label), 1);
  return [fill(aspect === "scope" ? input.templates.line.scope : input.templates.line.scenario, { category: displayName(category, input.language), text: input.documentText(text) })];
}
