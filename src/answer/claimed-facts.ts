import { compactForMatching } from "../understanding/normalize-question.js";
import type { CategoryRule } from "../rules/rules-schema.js";
import type { CompositionInput } from "./compose-types.js";

// What the asker puts as a fact of the document — a qualification count, a review time — held against what the document
// says: the composers correct it in words when it is not so, and never confirm it (a "yes" reads as agreeing with
// whatever else the message claims).

/**
 * "公募基金是3选1吧": a count the question puts as the category's that is not the document's, as written; null when the
 * question puts none (frame › countClaimed) or the document's is that one. A count that matches is not confirmed in
 * words: a "yes" reads as agreeing with whatever else the question claims ("二选一,第一种要营业执照对吧", "3选1,是不是
 * 三项都得交"). Nor is one said of a group the category's row is split by (保险中介 ④选①): its own line answers.
 */
export function claimedCountNotSo(category: CategoryRule, input: CompositionInput): string | null {
  const claimed = countClaimed(input);
  if (claimed === null || input.qualificationGroups.length > 0) return null;
  const holdsIt = (candidate: CategoryRule) => candidate.qualification !== undefined && (claimed.holds(candidate.qualification) || candidate.qualification.groups.some(claimed.holds));
  if (holdsIt(category)) return null;
  // "我们有信托、保险两个类目,保险资质那个3选1具体是啥": of several answered, the count is said of the one it is — no
  // other is corrected for not having it.
  const answered = input.verdict.kind === "categories" ? input.verdict.categories : [];
  return answered.some((other) => other.id !== category.id && holdsIt(other)) ? null : claimed.written;
}

/**
 * "保险中介是⑥选①对吧": a count the question puts as the asked group's (保险中介机构主体) that is not the group's, with the
 * group and its own count; null when the question asks no group, puts no count, or puts the group's.
 */
export function claimedGroupCountNotSo(category: CategoryRule, input: CompositionInput): { readonly written: string; readonly who: string; readonly rule: string } | null {
  const claimed = countClaimed(input);
  if (claimed === null || input.qualificationGroups.length !== 1) return null;
  const group = category.qualification?.groups.find((candidate) => candidate.who === input.qualificationGroups[0]);
  if (!group || claimed.holds(group)) return null;
  // "保险资质是3选1对吧?中介机构那块是几选一": a count put in a clause that names no group was put of the category — only
  // one said in the group's clause ("保险中介机构是3选1吧") is the group's.
  if (!saidInGroupClause(claimed.written, group, input)) return null;
  return { written: claimed.written, who: group.who, rule: group.rule };
}

// Marks that end a clause of a question.
const clauseEnd = /[,，。;；?？!！]/u;

/** Whether a word of the group stands before the count written, in the count's own clause; true when it cannot be told. */
function saidInGroupClause(written: string, group: { readonly who: string; readonly terms: readonly string[] }, input: CompositionInput): boolean {
  const text = input.understanding.normalized.compact;
  const at = text.indexOf(compactForMatching(written));
  if (at < 0) return true;
  let start = at;
  while (start > 0 && !clauseEnd.test(text[start - 1]!)) start -= 1;
  const clause = text.slice(start, at);
  return [group.who, ...group.terms].some((term) => clause.includes(compactForMatching(term)));
}

/** The count the question puts (frame › countClaimed), as written, and whether a row's count is that one; null when none. */
function countClaimed(
  input: CompositionInput,
): { readonly written: string; readonly holds: (count: { readonly choose?: number | undefined; readonly of?: number | undefined; readonly optionRule?: string | undefined }) => boolean } | null {
  const claimed = input.understanding.askedQualificationCount;
  if (!claimed || !input.understanding.countClaimed) return null;
  // "需同时提供" puts a row that counts no choice — or one whose every option is marked so ("教育平台两个选项分别要同时提供
  // 什么": 2选1, each option 需同时提供), which it is said of too.
  if (claimed.kind === "all") return { written: claimed.written, holds: (count) => (count.choose === undefined && count.of === undefined) || count.optionRule !== undefined };
  if (claimed.kind !== "choice") return null;
  return { written: claimed.written, holds: (count) => count.choose === claimed.choose && count.of === claimed.of };
}

/**
 * "社交直播审核是3天对吧": the review time the question puts, as written, when the days the section's review text gives are
 * others; null when they are the same, or either gives none. A time that matches is not confirmed in words: it is more often
 * the asker's way to point at the review ("那个7天审核周末也算吗", "以后每次都要等一周吗") than the thing asked.
 */
export function claimedDurationNotSo(review: string, input: CompositionInput): string | null {
  const claimed = input.understanding.claimedReviewDuration;
  if (claimed === null) return null;
  const days = input.daysWritten(review);
  if (days === null) return null;
  // Working days may be the document's days, or span up to 7 for every 5 of them ("5个工作日" may be its 7天).
  const mayBe = claimed.working ? days >= claimed.days && days <= Math.ceil((claimed.days * 7) / 5) : claimed.days === days;
  return mayBe ? null : claimed.written;
}
