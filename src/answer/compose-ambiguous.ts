import { detailsEveryOne } from "./details-every-one.js";
import { noteGroupLines } from "./compose-note-group.js";
import { rowsToTellApart } from "./rows-told-apart.js";
import type { Verdict } from "../rules/rules-engine.js";
import type { CategoryRule } from "../rules/rules-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import { fill } from "./answer-templates.js";
import { aspectLines } from "./compose-aspects.js";
import { compositionTools, shownTerm, withoutRepeatedSentences } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { conditionLines } from "./compose-categories.js";
import { easeLines } from "./compose-options.js";
import { sameRowsLine } from "./compose-same-rows.js";
import { quotedNames } from "./quoted-names.js";

/** At most this many of a list's asked method are named again in a line of their own. */
const fewNamedApart = 2;

/**
 * A word with several categories of different methods: the options to choose from ("教育类目能直播吗"), the group's
 * list ("教育类哪些能用原生"), or categories weighed one against another ("银行和电商平台分别…"), whose follow-ups
 * ("那审核呢") each option answers, `limit` of them in detail.
 */
export function ambiguousLines(input: CompositionInput, verdict: Extract<Verdict, { kind: "ambiguous" }>, detailedLimit: number): { body: string[]; clarify: string[] } {
  // Asked of each of a group's categories ("教育类资质要求分别是几选几"), of those just shown ("这几个分别要几个证"), and
  // the like (details-every-one.ts), every one is detailed.
  const limit = detailsEveryOne(input) ? verdict.options.length : detailedLimit;
  const { templates: t, rules } = input;
  const { name, methodText, citeAccess, isCondition } = compositionTools(input);
  const body: string[] = [];
  const clarify: string[] = [];
  // "教育类哪些能用原生": asked for the group's list, not about one category held — the list answers, nothing to confirm.
  const listed = isListed(verdict, input.understanding);
  const term = shownTerm(verdict.term, verdict.options, rules, t.line.separator);
  body.push(verdict.alternatives ? t.verdict.alternatives : fill(listed ? t.verdict.groupList : verdict.inferred ? t.verdict.ambiguousScenarios : t.verdict.ambiguous, { term }));
  const options = shownOptions(verdict, input.understanding);
  for (const option of options) {
    body.push(fill(t.line.option, { category: name(option), method: methodText(option.method) }));
    if (!listed) clarify.push(name(option));
    citeAccess(option);
  }
  // "教育、电商、金融哪些要用插件": an option whose method holding more changes (电商平台 with 社交-直播) says so, as its own
  // verdict does — named, among several; not where the other one is an option too, whose combination line says it.
  for (const option of options) body.push(...conditionLines(input, option, options));
  // "要补哪个教育相关类目": the notes that name the group do not say which of these.
  if (!verdict.alternatives) body.push(...noteGroupLines(input, options));
  // Weighed one against another ("银行和电商平台哪个好批"): the document ranks none, said after the methods, before each one's lines.
  if (verdict.alternatives) body.push(...easeLines(input, verdict.options));
  // "社交直播的审核时间和电商平台一样吗": whether the row asked is the same, after the methods, before the rows.
  const same = verdict.alternatives ? sameRowsLine(input, verdict.options) : null;
  if (same) body.push(same);
  // "教育类哪个能用原生标签": the one or two of the asked method among many, named in a line of their own after the whole
  // list (where most take it, the list, those first, says it already).
  const asked = input.understanding.askedMethod;
  const ofAsked = listed && asked ? options.filter((option) => option.method === asked) : [];
  if (ofAsked.length > 0 && ofAsked.length <= fewNamedApart && ofAsked.length * 2 < options.length) {
    body.push(fill(t.line.groupListOfMethod, { method: methodText(asked!), categories: quotedNames(ofAsked.map((option) => name(option)), t.line.separator) }));
  }
  // "教育类哪些要插件": where all but one or two take it, those one or two are what the answer turns on — unless a count
  // was asked (「有几个要用插件」), which the count line answers.
  const notOfAsked = listed && asked && !input.understanding.asksCountOfThem ? options.filter((option) => option.method !== asked) : [];
  if (ofAsked.length > fewNamedApart && notOfAsked.length > 0 && notOfAsked.length <= fewNamedApart) {
    body.push(fill(t.line.groupListOfMethodExcept, { method: methodText(asked!), categories: quotedNames(notOfAsked.map((option) => name(option)), t.line.separator) }));
  }
  // "我们有培训和驾校平台两个类目": a category named outright beside the broad word is held whichever option is; its
  // method is said too, not dropped for the question about the word. Only one this message names by itself: not one
  // read from what is streamed ("平时也做直播带货"), nor one carried from the conversation.
  if (!verdict.alternatives) {
    const namedOutright = (category: CategoryRule) =>
      input.understanding.mentions.some((mention) => !mention.scenario && mention.candidates.length === 1 && mention.candidates[0] === category.id);
    for (const category of verdict.categories.filter((held) => !options.includes(held) && namedOutright(held))) {
      body.push(fill(t.line.heldBeside, { category: name(category), method: methodText(category.method) }));
      citeAccess(category);
    }
  }
  // "银行和电商平台分别…" then "那审核呢": categories weighed one against another each answer what was asked.
  if (verdict.alternatives) {
    // Only these lines are deduplicated: the option lines repeat a method by design, and the heading has no sentence.
    // "选在线视频课程还是教育平台": which to choose is what each one's scope says.
    const choosing = input.aspects.includes("choose") && !input.aspects.includes("scope");
    // "电商平台和社交直播有啥区别": told apart by every row the document gives them, each quoted.
    const toldApart = rowsToTellApart(input.aspects, Math.min(options.length, limit));
    input.record.sourcesWanted = Math.max(input.record.sourcesWanted, toldApart.sourcesWanted);
    const aspectInput = choosing ? { ...input, aspects: [...input.aspects, "scope" as const] } : toldApart.sourcesWanted > 0 ? { ...input, aspects: toldApart.aspects } : input;
    const askedLines = withoutRepeatedSentences(options.slice(0, limit).flatMap((option) => aspectLines(option, aspectInput)), t.line.separator);
    body.push(...askedLines);
    // "直播带货选社交直播还是电商平台": the option whose scenario the activity asked about is, by the rules' words.
    for (const mention of input.understanding.mentions) {
      const option = mention.scenario && mention.candidates.length === 1 ? options.find((candidate) => candidate.id === mention.candidates[0]) : undefined;
      const scenario = option ? input.fields(option).scenario : undefined;
      if (option && scenario) body.push(fill(t.line.scenarioOf, { word: mention.term, category: name(option), text: input.documentText(scenario) }));
    }
    // Weighed one against the other, both held together may change the method (电商平台 with 社交-直播: native).
    for (const combination of input.rules.combinations.filter((entry) => entry.when.every((id) => options.some((option) => option.id === id)))) {
      const together = options.filter((option) => combination.when.includes(option.id));
      body.push(fill(t.line.heldTogether, { categories: quotedNames(together.map((option) => name(option)), t.line.separator), method: methodText(combination.method) }));
      input.citations.add(combination.section, isCondition, 1);
    }
    if (options.length > limit && input.aspects.some((aspect) => aspect !== "method" && aspect !== "choose")) {
      body.push(fill(t.line.more, { count: options.length - limit }));
    }
    if (input.inherited) body.push(fill(t.line.inherited, { categories: quotedNames(options.map((option) => name(option)), t.line.separator) }));
  }
  return { body, clarify };
}

/**
 * The options in the order the answer shows them — a follow-up points at them by that place ("第二个呢"). Listed, those of
 * the asked method first: they are what was asked for. Weighed or to choose from, the asker's order.
 */
export function shownOptions(verdict: Extract<Verdict, { kind: "ambiguous" }>, understanding: Pick<QuestionFrame, "aspects" | "askedMethod">): readonly CategoryRule[] {
  const asked = understanding.askedMethod;
  return isListed(verdict, understanding) && asked ? [...verdict.options].sort((a, b) => Number(b.method === asked) - Number(a.method === asked)) : verdict.options;
}

/** "教育类哪些能用原生": asked for the group's list, not weighing categories nor choosing the one held. */
function isListed(verdict: Extract<Verdict, { kind: "ambiguous" }>, understanding: Pick<QuestionFrame, "aspects">): boolean {
  return !verdict.alternatives && understanding.aspects.includes("list");
}
