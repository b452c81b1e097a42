import { qualificationCountKey } from "../rules/qualification-count-key.js";
import { categoriesWithMethod, changesMethodOf } from "../rules/rules-engine.js";
import { categoryHeading, otherMethod, type AccessMethod, type CategoryId, type CategoryRule } from "../rules/rules-schema.js";
import type { QuestionFrame } from "../understanding/question-frame.js";
import { fill } from "./answer-templates.js";
import { compositionTools, displayName, groupedNames, shownInGroups } from "./compose-lines.js";
import { conditionLines } from "./compose-categories.js";
import { recordReviewedShown, reviewedCategoriesLine } from "./compose-document-wide.js";
import type { CompositionInput } from "./compose-types.js";
import { optionsComparedLines } from "./compose-options.js";
import { quotedNames } from "./quoted-names.js";

/**
 * The document's categories by access method — those of the asked method only, when one was asked ("哪些能用原生"),
 * and without those the asker set aside ("除了社交直播,还有哪些…"). Asked which categories have a review time, the
 * ones the document gives it for.
 */
export function listLines(input: CompositionInput): string[] {
  // "哪些类目审核要7天": the categories the document gives a review time for; beside a list asked by method ("哪些能用
  // 原生,审核要多久") it follows the list.
  const reviewed = input.aspects.includes("review") ? reviewedCategoriesLine(input) : null;
  const setAside = new Set([...excludedInMessage(input.understanding), ...(input.setAsideByTurn ?? [])]);
  // By an attribute only when no method is asked: "which are not allowed to use live-player" asks by method — unless the
  // turn already kept the list to those of the method ("插件的那几个里哪些是2选1"), or a count is asked of the method's
  // categories ("哪些类目资质是2选1又是用插件的": those of the method, by the count).
  const { askedMethod, askedQualificationCount, asksMethodNotUsed } = input.understanding;
  const countOfMethod = askedMethod !== null && askedQualificationCount?.kind === "choice";
  const ofMethod = countOfMethod ? (asksMethodNotUsed ? otherMethod(askedMethod) : askedMethod) : null;
  const byAttribute = askedMethod === null || input.withinByTurn !== undefined || ofMethod !== null ? listByAttribute(input, setAside, ofMethod) : null;
  if (byAttribute) return [...byAttribute, ...(reviewed ? [reviewed] : []), ...setAsideLine(input, setAside)];
  if (reviewed && input.understanding.askedMethod === null) {
    recordReviewedShown(input);
    return [reviewed];
  }
  const lines = listByMethod(input, setAside);
  if (reviewed) lines.splice(lines.length - 1, 0, reviewed);
  return lines;
}

function listByMethod(input: CompositionInput, setAside: ReadonlySet<string>): string[] {
  const { templates: t, rules, language, citations } = input;
  const { isAccess, isCondition } = compositionTools(input);
  const shown = (method: "native" | "plugin") => categoriesWithMethod(rules, method).filter((category) => !setAside.has(category.id));
  const lines: string[] = [];
  // Asked in this turn, or in a follow-up to a list ("那插件的呢").
  const named = input.understanding.aspects.includes("list") || input.kind === "list" ? input.understanding.askedMethod : null;
  // "哪些类目不能用原生组件": the categories of the other method.
  const notUsed = named !== null && input.understanding.asksMethodNotUsed;
  const asked = named === null ? null : notUsed ? otherMethod(named) : named;
  if (asked) {
    const matching = shown(asked);
    const scoped = input.withinByTurn !== undefined || (input.withinGroupsByTurn?.length ?? 0) > 0;
    // "除此之外还有别的能用原生吗" after that list: none is left, which is said, not listed as "(0 个)".
    const noneLeft = matching.length === 0 && categoriesWithMethod(rules, asked).some((category) => setAside.has(category.id));
    if (noneLeft) lines.push(fill(t.line.listMethodNoneLeft, { method: t.method[asked] }));
    else lines.push(notUsed ? fill(t.line.listNotHeader, { method: t.method[named!], other: t.method[asked], count: matching.length }) : fill(t.line.listHeader, { method: t.method[asked], count: matching.length }));
    lines.push(...listedInGroups(input, matching));
    for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), isAccess, 1);
    // Where holding more changes a listed category's method (电商平台 with 社交-直播), the list says so, as its verdict does.
    for (const category of matching) lines.push(...conditionLines(input, category, matching));
    for (const combination of rules.combinations) {
      // "哪些类目可以用原生组件": one of the other method that holding more brings to this one (电商平台 with 社交-直播) is
      // said too — the list alone would read as if it never could.
      // Not a list among those just shown or within groups named ("其中哪些…", "教育类哪些…"): only those are asked of.
      if (combination.method !== asked || scoped) continue;
      const reaching = rules.categories.filter((category) => changesMethodOf(combination, category) && !setAside.has(category.id));
      for (const category of reaching) {
        const besides = rules.categories.filter((other) => combination.when.includes(other.id) && other.id !== category.id);
        const filled = { category: `「${displayName(category, language)}」`, others: quotedNames(besides.map((other) => displayName(other, language)), t.line.separator), method: t.method[asked] };
        // "我们是电商平台…那再加个啥类目才能用原生的": for the category the conversation holds, what the document says it
        // takes comes first — the list of the method's own categories follows it.
        if (input.heldBefore.includes(category.id)) lines.unshift(fill(t.line.listConditionHeld, filled));
        else lines.push(fill(t.line.listConditionOther, filled));
        citations.add(combination.section, isCondition, 1);
      }
    }
    // A government program may use the tags whatever its category: the list of the tags' categories is not all that may,
    // and the plugin's ("哪些类目只能用插件") are not plugin-only for it.
    if (!notUsed && !scoped) lines.push(t.verdict.government);
  } else {
    const kept = rules.categories.filter((category) => !setAside.has(category.id));
    // "哪些类目能直播" then "还有别的吗": every category was shown, and the document has no other.
    if (kept.length === 0) {
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
      return [fill(t.line.listNoneLeft, { count: rules.categories.length }), t.verdict.personal];
    }
    // "不能直播的类目有哪些": the document has no such list; that comes first, the list of those it opens after it.
    if (input.understanding.asksCannotStream) lines.push(t.line.listCannotStream);
    // Some set aside: the heading counts the others, not the document's whole list, and a method none of them takes is not
    // listed empty.
    const partial = kept.length < rules.categories.length;
    lines.push(fill(partial ? t.line.listAllRest : t.line.listAll, { count: kept.length }));
    for (const method of ["native", "plugin"] as const) {
      const matching = shown(method);
      if (partial && matching.length === 0) continue;
      lines.push(fill(t.line.listMethod, { method: t.method[method], count: matching.length }));
      lines.push(...listedInGroups(input, matching));
    }
    for (const combination of rules.combinations) citations.add(combination.section, (line) => isAccess(line) || isCondition(line), 2);
  }
  // "除了银行还有哪些要用插件": a category set aside that the list by method would not hold anyway is not said to be left out.
  // After "上文已全部列出" no line says again that those answered are left out.
  const noneLeft = asked !== null && shown(asked).length === 0;
  if (!noneLeft) lines.push(...setAsideLine(input, asked ? new Set(rules.categories.filter((category) => setAside.has(category.id) && category.method === asked).map((category) => category.id)) : setAside));
  citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
  lines.push(t.verdict.personal);
  return lines;
}

/** The categories the message itself sets aside ("除了金融以外…", or asks whether they are the only ones). */
export function excludedInMessage(understanding: Pick<QuestionFrame, "roled">): Set<CategoryId> {
  return new Set(understanding.roled.filter((mention) => mention.role === "excluded").flatMap((mention) => mention.candidates));
}

/**
 * "(已按你说的除去「社交-直播」。)": the categories the list leaves out because the asker set them aside; "(上文已答的
 * 「信托」不再列出。)" for those the last answer covered.
 */
function setAsideLine(input: CompositionInput, setAside: ReadonlySet<string>): string[] {
  const { templates: t, language } = input;
  // Those the message sets aside are the asker's, though the turn sets them aside too ("除了金融以外的呢" after a verdict);
  // the rest the turn set aside were answered before ("其他的呢").
  const excluded = excludedInMessage(input.understanding);
  const answeredBefore = new Set((input.setAsideByTurn ?? []).filter((id) => !excluded.has(id)));
  // Asked whether they are the only ones, the line before the list names them (compose-only-ones.ts).
  const named = input.understanding.asksOnlyOnes ? [] : input.rules.categories.filter((category) => setAside.has(category.id) && !answeredBefore.has(category.id));
  const answered = input.rules.categories.filter((category) => answeredBefore.has(category.id));
  // "除开金融的呢": a whole group set aside is named as the group, not as its eleven categories — whole as far as the list
  // goes ("除了教育的" in a list of the plugin's: 教育's five there).
  const primaries = [...new Set(named.map((category) => category.primary))];
  const { askedMethod } = input.understanding;
  const wholeGroups = named.length > 3 && primaries.every((primary) => input.rules.categories.every((category) => category.primary !== primary || setAside.has(category.id) || (askedMethod !== null && category.method !== askedMethod)));
  const lines =
    named.length === 0
      ? []
      : wholeGroups
        ? [fill(t.line.listWithoutGroups, { groups: quotedNames(primaries, t.line.separator), count: named.length })]
        : [fill(t.line.listWithout, { names: quotedNames(named.map((category) => displayName(category, language)), t.line.separator) })];
  // A few are named; a whole group answered before ("金融类哪些能用原生") is counted.
  if (answered.length > 0 && answered.length <= 3) {
    lines.push(fill(t.line.listRest, { names: quotedNames(answered.map((category) => displayName(category, language)), t.line.separator) }));
  } else if (answered.length > 3) {
    lines.push(fill(t.line.listRestCount, { count: answered.length }));
  }
  return lines;
}

/**
 * "哪些类目是3选1", "哪些需要同时提供": the categories whose qualification count is the one asked; "哪些类目有注意事项":
 * those the document gives that row for. Null when the list is not asked by such an attribute.
 */
function listByAttribute(input: CompositionInput, setAside: ReadonlySet<string>, method: AccessMethod | null = null): string[] | null {
  const { templates: t, language, citations, labels } = input;
  // Asked among the categories just shown ("其中…"): those only, and the heading says so.
  const within = input.withinByTurn;
  // Within groups the question named ("金融类里哪些是3选1"), the heading names them: "其中" would point at no list.
  const groups = input.withinGroupsByTurn && input.withinGroupsByTurn.length > 0 ? quotedNames(input.withinGroupsByTurn, t.line.separator) : null;
  const categories = input.rules.categories.filter((category) => !setAside.has(category.id) && (!within || within.includes(category.id)) && (method === null || category.method === method));
  // Where some items survived ("民办学校办学许可证"), the closing line says the rest did not, and names them.
  const closing = (listed: readonly CategoryRule[]) => {
    const withItems = listed.filter((category) => (category.qualification?.items.length ?? 0) > 0);
    if (withItems.length === 0) return [t.line.qualificationMissing];
    const items = withItems.map((category) => `「${displayName(category, language)}」${category.qualification!.items.map(input.documentText).join(t.line.separator)}`);
    return [fill(t.line.qualificationItems, { items: items.join(t.line.separator) }), t.line.qualificationRestMissing];
  };
  // "哪些类目没有注意事项", "没写直播场景的有哪些": those the document gives no such row for — before a count, which a lack
  // word (没写) would otherwise read as an empty qualification row.
  const lacked = input.understanding.lackedAspects[0];
  if (lacked) {
    const missing = categories.filter((category) => (lacked === "notes" ? input.fields(category).notes.length === 0 : !input.fields(category)[lacked]));
    const heading = groups
      ? fill(t.line.listAspectMissingInGroups, { aspect: t.aspect[lacked], count: missing.length, groups })
      : fill(within ? t.line.listAspectMissingAmong : t.line.listAspectMissing, { aspect: t.aspect[lacked], count: missing.length });
    return [heading, ...listedInGroups(input, missing)];
  }
  const count = input.understanding.askedQualificationCount;
  if (count) {
    const matching = categories.filter((category) => {
      const qualification = category.qualification;
      // "资质要求空白的": the row empty or "/".
      if (count.kind === "none") return count.slashOnly === true ? qualification?.rule === "/" : !qualification?.rule || qualification.rule === "/";
      if (!qualification?.rule) return false;
      if (count.kind === "all") return qualification.of === undefined && qualification.rule !== "/";
      return qualification.of === count.of && qualification.choose === count.choose;
    });
    // "哪些类目是④选①": no category's count, but one option group's within a category's (保险's 保险中介机构主体) — said so,
    // not that the document has none.
    const inOptions =
      count.kind === "choice" && matching.length === 0
        ? categories.flatMap((category) => (category.qualification?.groups ?? []).filter((group) => group.of === count.of && group.choose === count.choose).map((group) => ({ category, group })))
        : [];
    if (inOptions.length > 0) {
      for (const { category } of inOptions) citations.add(categoryHeading(category), (line) => line.startsWith(labels.qualification), 1);
      const options = inOptions.map(({ category, group }) => fill(t.line.optionGroupOf, { category: `「${displayName(category, language)}」`, group: input.documentText(group.who), rule: group.rule }));
      return [fill(t.line.listQualificationInOptions, { rule: count.written, options: options.join(t.line.separator) }), t.line.qualificationMissing];
    }
    if (matching.length === 0) {
      if (groups) return [fill(t.line.listQualificationNoneInGroups, { rule: count.written, groups })];
      if (method) return [fill(within ? t.line.listQualificationNoneOfMethodAmong : t.line.listQualificationNoneOfMethod, { rule: count.written, method: t.method[method] })];
      return [fill(within ? t.line.listQualificationNoneAmong : t.line.listQualificationNone, { rule: count.written })];
    }
    for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), (line) => line.startsWith(labels.qualification), 1);
    // The rows left empty: no items to have lost.
    if (count.kind === "none" && count.slashOnly === true) return [fill(t.line.listQualificationSlash, { count: matching.length }), ...listedInGroups(input, matching)];
    // Asked as needing none ("有没有不需要资质的类目"): an empty row says no such thing.
    const notNeeded = count.kind === "none" && count.notNeeded === true ? [t.line.emptyIsNotNone] : [];
    if (count.kind === "none") return [fill(within ? t.line.listQualificationEmptyAmong : t.line.listQualificationEmpty, { count: matching.length }), ...listedInGroups(input, matching), ...notNeeded];
    const heading = groups
      ? fill(t.line.listQualificationInGroups, { rule: count.written, count: matching.length, groups })
      : method
        ? fill(within ? t.line.listQualificationOfMethodAmong : t.line.listQualificationOfMethod, { rule: count.written, count: matching.length, method: t.method[method] })
        : fill(within ? t.line.listQualificationAmong : t.line.listQualification, { rule: count.written, count: matching.length });
    return [heading, ...listedInGroups(input, matching), ...closing(matching)];
  }
  if (input.aspects.includes("qualification")) {
    // "哪些类目资质要求几选一": each count with its categories — one count however written ("二选一" is "2选1"), named as
    // the document writes it.
    const byCount = new Map<string, { written: string[]; names: string[] }>();
    for (const category of categories) {
      const qualification = category.qualification;
      if (!qualification?.rule) continue;
      const written = input.documentText(qualification.rule);
      const key = qualificationCountKey(qualification);
      const entry = byCount.get(key) ?? { written: [], names: [] };
      if (!entry.written.includes(written)) entry.written.push(written);
      entry.names.push(`「${displayName(category, language)}」`);
      byCount.set(key, entry);
    }
    // "哪个类目资质可选的最多": the most and the fewest options first, the counts below.
    const lines = [...optionsComparedLines(input, categories), within ? t.line.listQualificationAllAmong : t.line.listQualificationAll];
    byCount.forEach(({ written, names }) => lines.push(fill(t.line.listGroup, { group: written.join(t.line.separator), categories: names.join(t.line.separator) })));
    // Among a few ("剩下的呢" of a group's), those whose row is empty are named too: none of them is left unsaid.
    const empty = within ? categories.filter((category) => !category.qualification?.rule) : [];
    if (empty.length > 0) lines.push(fill(t.line.listQualificationEmptyAmong, { count: empty.length }), ...listedInGroups(input, empty));
    return [...lines, ...closing(categories.filter((category) => category.qualification?.rule))];
  }
  const aspect = (["notes", "scope", "scenario"] as const).find((candidate) => input.aspects.includes(candidate));
  if (!aspect) return null;
  const matching = categories.filter((category) => (aspect === "notes" ? input.fields(category).notes.length > 0 : Boolean(input.fields(category)[aspect])));
  if (matching.length === 0 && within) return [fill(t.line.listAspectNoneAmong, { aspect: t.aspect[aspect] })];
  // "哪些类目有注意事项" then "还有吗": every one that has it was listed; that is said, not a list of none.
  if (matching.length === 0 && setAside.size > 0) return [fill(t.line.listAspectNoneLeft, { aspect: t.aspect[aspect] })];
  const label = labels[aspect];
  for (const category of matching.slice(0, 3)) citations.add(categoryHeading(category), (line) => line.startsWith(label), 1);
  return [fill(within ? t.line.listAspectAmong : t.line.listAspect, { aspect: t.aspect[aspect], count: matching.length }), ...listedInGroups(input, matching)];
}

/** The list's lines of categories by group; the order they are shown in is recorded, for "第一个呢" to point into. */
function listedInGroups(input: CompositionInput, categories: readonly CategoryRule[]): string[] {
  input.record.listed.push(...shownInGroups(categories).map((category) => category.id));
  return groupedNames(categories, input.templates, input.language);
}
