import type { NearbyTopic } from "../lexicon/load-lexicon.js";
import { categoriesWithMethod } from "../rules/rules-engine.js";
import { categoryHeading, unlistedWords, type AccessMethod, type CategoryRule, type Rules } from "../rules/rules-schema.js";
import { compactForMatching } from "../understanding/normalize-question.js";
import { isAccessSentence, isConditionSentence } from "./citations.js";
import type { Language } from "../understanding/question-frame.js";
import { fill, type AnswerTemplates } from "./answer-templates.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";
import { wordInNotes } from "./word-in-notes.js";

const listedNameLimit = 12;

export function groupedNames(categories: readonly CategoryRule[], t: AnswerTemplates, language: Language): string[] {
  return [...byGroup(categories)].map(([group, members]) =>
    fill(t.line.listGroup, {
      group,
      categories: quotedNames(members.slice(0, listedNameLimit).map((category) => (language === "en" ? `${category.secondary} (${category.english})` : category.secondary)), language === "zh" ? "" : ", "),
    }),
  );
}

/** The categories as groupedNames shows them, in that order: "第一个" of the list is the first of these. */
export function shownInGroups(categories: readonly CategoryRule[]): CategoryRule[] {
  return [...byGroup(categories).values()].flatMap((members) => members.slice(0, listedNameLimit));
}

/** Categories by their group, groups in the order first met. */
function byGroup(categories: readonly CategoryRule[]): Map<string, CategoryRule[]> {
  const groups = new Map<string, CategoryRule[]>();
  for (const category of categories) groups.set(category.primary, [...(groups.get(category.primary) ?? []), category]);
  return groups;
}

/** "教育-在线视频课程"; the English form adds the gloss. A category named like its group is named once. */
export function displayName(category: Pick<CategoryRule, "primary" | "secondary" | "english">, language: Language): string {
  const base = category.primary === category.secondary ? category.primary : `${category.primary}-${category.secondary}`;
  return language === "en" ? `${base} (${category.english})` : base;
}

/** A category's English name without its group: "Insurance" of "Finance – Insurance". */
export function englishOwnName(category: Pick<CategoryRule, "english">): string {
  return category.english.split("–").at(-1)!.trim();
}

/**
 * The general note's line on where a category is chosen (设置 > 基本设置 > 服务类目) and that it must fit — not the one
 * sending readers to 服务类目说明.
 */
export function isCategorySettingNote(labels: CompositionInput["labels"]): (line: string) => boolean {
  return (line) => line.includes(labels.categorySetting) && !line.includes(labels.officialReference);
}

/** "Not in the document" about the near-by topic actually asked, and what the document still says of it. */
export function nearbyTopicLines(input: CompositionInput): string[] {
  const { templates: t, rules, language, citations } = input;
  const lines: string[] = [];
  // Most answers ask no near-by topic: nothing below is read for them.
  if (input.understanding.nearbyTopics.length === 0) return lines;
  const answered = input.verdict.kind === "categories" ? input.verdict.categories : [];
  // A category the question names counts too, held or only planned ("打算再加个社交直播,要重新审核吗").
  const named = new Set(input.understanding.roled.filter((mention) => mention.candidates.length === 1).map((mention) => mention.candidates[0]!));
  const spoken = [...answered, ...input.rules.categories.filter((category) => named.has(category.id) && !answered.includes(category))];
  const coveredBy = (topic: NearbyTopic) =>
    (topic.answeredBy === "review" && spoken.some((category) => input.fields(category).review)) ||
    (topic.answeredBy === "qualification-items" && answered.some((category) => (category.qualification?.items?.length ?? 0) > 0));
  for (const topic of input.understanding.nearbyTopics) {
    if (coveredBy(topic)) continue;
    const line = topic.declines
      ? fill(t.line.declinedRequest, { words: topic.label[language] })
      : topic.lookAt
        ? fill(t.line.unknownTopicElsewhere, { words: topic.label[language], place: topic.lookAt[language] })
        : fill(t.line.unknownTopic, { words: topic.label[language] });
    lines.push(line);
    // What the question said of the topic ("收费", "视频号"): the document must not use those words anywhere cited.
    input.record.absent.push({ line, heading: null, words: topic.cues.find(input.understanding.normalized).map((hit) => hit.cue) });
    // "live-pusher 报错没有权限,我们是在线视频课程类目": the verdict of the category answered is what the document gives for
    // it; the whole list of native categories only where no category is answered.
    if (topic.helps === "native-categories" && answered.length === 0) {
      const native = categoriesWithMethod(rules, "native");
      lines.push(fill(t.line.nativeCategoriesHelp, { count: native.length }));
      lines.push(...groupedNames(native, t, language));
      citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
    }
  }
  return lines;
}

/**
 * Notes of a category that speak to the question though none was asked ("若小程序仅提供…建议选…", "如提供股票交易服务,
 * 需选择…"): one line of them, each note cited from its section.
 */
export function adviceNotesLine(category: CategoryRule, notes: readonly string[], input: CompositionInput): string {
  input.citations.add(categoryHeading(category), (line) => line.startsWith(input.labels.notes) && notes.some((note) => line.includes(note)), notes.length, { first: true });
  return fill(input.templates.line.notes, { category: displayName(category, input.language), text: notes.map(input.documentText).join(" ") });
}

/** Notes of the given categories that name an unlisted category ("需补充【时政信息】类目"), quoted. */
export function mentionsInNotes(entry: { readonly name: string; readonly terms: readonly string[] }, categories: readonly CategoryRule[], input: CompositionInput): string[] {
  const { templates: t, language, citations } = input;
  // The word the asker used, where a note has it: "卖处方药" is not asked of the note on 催情药品, which shares 药品.
  // A note that has it only negated ("非处方药品") does not speak of it, and the answer says so.
  // The notes are read as the answer gives them: an English word ("prescription drugs") against the English gloss.
  const english = language === "en";
  const said = input.understanding.roled.find((mention) => mention.unlisted === entry.name)?.term.toLowerCase();
  const asRead = (note: string) => (english ? input.documentText(note).toLowerCase() : note);
  // "非" before a Chinese word, "non-" (or "non ") before an English one.
  const negators = english ? input.negationAdjacent.latinCues.flatMap(({ cue }) => [`${cue}-`, `${cue} `]) : input.negationAdjacent.chineseCues;
  const allNotes = categories.flatMap((category) => input.fields(category).notes.map(asRead));
  const held = said !== undefined && said.length >= 2 ? wordInNotes(allNotes, said, negators) : ({ kind: "absent" } as const);
  const bySaid = held.kind !== "absent";
  const names = bySaid ? [said!] : unlistedWords(entry);
  const lines: string[] = [];
  for (const category of categories) {
    const notes = input.fields(category).notes.filter((note) => names.some((name) => (bySaid ? asRead(note) : note).includes(name)));
    if (notes.length === 0) continue;
    lines.push(fill(t.line.notes, { category: displayName(category, language), text: notes.map(input.documentText).join(" ") }));
    citations.add(categoryHeading(category), (line) => notes.some((note) => line.includes(note)), 1, { first: true });
  }
  // The line a held category's notes give for such a word (compose-aspects.ts), so an answer with both says it once.
  if (held.kind === "negated" && lines.length > 0) lines.push(fill(t.line.noteNamesOnlyNegated, { word: said!, written: held.written }));
  return lines;
}

// A line's label ("「电商平台」注意:", "Notes for 「电商平台 (E-commerce platform)」:", "As for selling or trading, the notes for
// 「电商平台 (E-commerce platform)」 say:") ends at its first colon, this near the start.
const labelLength = 100;
const sentenceEnd = /(?<=[。!?;!?;]|\. )/u;

/**
 * Drops sentences said earlier in the answer, and lines left with nothing of their own. List items (lines opening with
 * `listItem`, the template's "· {category}: {method}") repeat a method by design and stay as they are.
 */
export function withoutRepeatedSentences(lines: readonly string[], listSeparator: string, listItem = ""): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  // Each kept line as first written, and the names it has come to say it of: a third category's same line joins them
  // too, rather than being matched against the merged line and left with half a sentence.
  const firstForms: string[] = [];
  // Filled at a kept line's first merge: most lines never merge.
  const namesOf: Array<string[] | null> = [];
  // Where the lines after a line merged into an earlier one go: right after that one and what joined it already
  // ("保险机构主体:⑥选①…" follows 保险's count, merged into 私募基金's "3选1"), not after the lines between. Null once a
  // line with a name of its own is kept.
  let joinedAt: number | null = null;
  const keep = (shown: string) => {
    const at = joinedAt === null ? kept.length : (joinedAt += 1);
    kept.splice(at, 0, shown);
    firstForms.splice(at, 0, shown);
    namesOf.splice(at, 0, null);
  };
  for (const line of lines) {
    if (listItem !== "" && line.startsWith(listItem)) {
      joinedAt = null;
      keep(line);
      continue;
    }
    const separator = line.search(/[::]/u);
    // A colon ending the line opens what follows it ("…各类目的接入方式:"): no label, the line is all its own.
    const labelEnd = separator > 0 && separator < labelLength && line.slice(separator + 1).trim() !== "" ? separator + 1 + (/^\s*/u.exec(line.slice(separator + 1))?.[0].length ?? 0) : 0;
    const label = line.slice(0, labelEnd);
    // English sentences end at a period before a space, which stays with the sentence to join the next one again.
    const sentences = line.slice(label.length).split(sentenceEnd).filter((sentence) => sentence.trim().length > 0);
    const fresh = sentences.filter((sentence) => sentence.trim().length < 8 || !seen.has(sentence.trim()));
    // A sentence dropped after a semicolon leaves the clause before it to end the line: it ends as a sentence.
    const rebuilt = (label + fresh.join("")).trimEnd().replace(/;$/u, ".");
    const shown = fresh.length === sentences.length ? line : rebuilt;
    // "多方通信和音视频设备的直播场景": a line that says of one category exactly what an earlier one said of another
    // names both there, rather than vanishing as a repeat and leaving the second category unanswered — as written, or
    // as left once its sentences said already are dropped (the first one's were dropped too).
    const sameForAnother = firstForms.findIndex((earlier) => sameLineForAnotherName(earlier, line) || (fresh.length > 0 && sameLineForAnotherName(earlier, shown)));
    if (sameForAnother !== -1) {
      const names = (namesOf[sameForAnother] ??= [firstName(firstForms[sameForAnother]!)!]);
      const name = firstName(line)!;
      if (!names.includes(name)) names.push(name);
      kept[sameForAnother] = firstForms[sameForAnother]!.replace(names[0]!, names.join(listSeparator));
      // After the lines without a name of their own that go with it already.
      joinedAt = sameForAnother;
      while (joinedAt + 1 < kept.length && firstName(kept[joinedAt + 1]!) === undefined) joinedAt += 1;
      continue;
    }
    sentences.forEach((sentence) => seen.add(sentence.trim()));
    if (fresh.length === 0) continue;
    if (kept.includes(rebuilt)) continue;
    if (firstName(line) !== undefined) joinedAt = null;
    keep(shown);
  }
  return kept;
}

const quotedName = /「[^」]*」/u;

function firstName(line: string): string | undefined {
  return quotedName.exec(line)?.[0];
}

/** Whether `line` is `earlier` with only its first 「name」 changed. */
function sameLineForAnotherName(earlier: string, line: string): boolean {
  const earlierName = firstName(earlier);
  const name = firstName(line);
  return earlierName !== undefined && name !== undefined && name !== earlierName && line.replace(name, earlierName) === earlier;
}

/**
 * The asker's word as matched is lower-cased and compact ("it科技", "金融类目"); the document's own group name reads
 * better when that word names the whole group, in any wording ("finance", "金融"). Not for a word naming part of a
 * group ("驾校", "driving school": two of 教育's six categories).
 */
export function shownTerm(term: string | undefined, categories: readonly CategoryRule[], rules: Rules, separator: string): string {
  const primaries = [...new Set(categories.map((category) => category.primary))];
  if (primaries.length === 1) {
    const primary = primaries[0]!;
    const wholeGroup = rules.categories.filter((category) => category.primary === primary).length === categories.length;
    if (term === undefined || compactForMatching(primary) === term || wholeGroup) return primary;
  }
  // "医疗和教育下面哪些…": whole groups are named by their own names, in the answer's language's separator.
  const wholeGroups = primaries.every((primary) => rules.categories.filter((category) => category.primary === primary).length === categories.filter((category) => category.primary === primary).length);
  if (primaries.length > 1 && wholeGroups) return primaries.join(separator);
  return term ?? primaries.join(separator);
}


/** What every composer names, words and cites the same way: a category's name, a method's words, its access sentence. */
export function compositionTools(input: Pick<CompositionInput, "templates" | "language" | "citations" | "labels">) {
  const isAccess = isAccessSentence(input.labels);
  const isCondition = isConditionSentence(input.labels);
  return {
    name: (category: CategoryRule) => displayName(category, input.language),
    methodText: (method: AccessMethod | "unsupported" | "unknown") => input.templates.method[method],
    citeAccess: (category: CategoryRule) => input.citations.add(categoryHeading(category), isAccess, 1),
    // The document's own pointer to WeChat's 服务类目说明, for answers it cannot give.
    citeOfficialReference: () => input.citations.add(input.labels.notes, (line) => line.includes(input.labels.officialReference), 1),
    isAccess,
    isCondition,
  };
}
