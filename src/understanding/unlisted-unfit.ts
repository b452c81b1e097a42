import type { MatchableText } from "../lexicon/cue-set.js";
import { matchable } from "./clauses.js";
import { scriptOf } from "./named-mentions.js";
import { termKey } from "./normalize-question.js";
import { containsHan } from "../shared/han-script.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryId, Rules } from "../rules/rules-schema.js";
import type { QuestionFrame, RoledMention } from "./question-frame.js";

/**
 * Asked whether a category fits, by an asker whose own business is another category of the same group that the document
 * does not list (rules › unlisted, named "<group>-<category>", not pointed to the one asked): the category does not fit it
 * ("我们是房产中介,能用房地产营销类目吗" — 房地产服务-房地产中介 is no 房地产开发商; "做个人征信…能用企业征信类目吗").
 * Any other unlisted business (餐饮, 旅游, 医疗器械) is left alone: the document says nothing of how it fits. Only for the
 * asker's business now ("以前是房产中介,现在转型做开发商" names the category it fits).
 */
export function unlistedUnfit(roled: readonly RoledMention[], mentions: QuestionFrame["mentions"], rules: Rules, text: MatchableText, lexicon: Lexicon): Array<{ readonly id: CategoryId; readonly word: string }> {
  // One category named, once: the one asked about. Another named beside it ("我们是银行,…能用企业征信类目吗") or the same
  // one named again ("我们是开发商,也做房屋租赁,能用房地产营销类目吗") says what the asker is, and the unlisted business is
  // a side line of it.
  // A business outside the scope of the category asked (rules › unlisted.outsideScopeOf) does not fit it however the
  // asker says what it is: "我们是征信机构,想做个人征信查询,选企业征信类目可以吧" names 企业征信 twice.
  const id = askedCategory(mentions) ?? (roled.some((mention) => mention.unlisted !== null && outsideScope(mention.unlisted, rules, mentions)) ? onlyCategoryNamed(mentions) : null);
  if (id === null) return [];
  // "我们是开发商,也做房屋租赁": what it also does; "以前是房产中介": what it was. Neither is what it is.
  if (lexicon.roles.alsoWords.test(text) || lexicon.roles.formerly.test(text)) return [];
  // "我们是平台,品牌方在上面卖自家的货": a platform word besides those inside the names read ("电商平台"): what the
  // business is said of is those on the platform, not the asker.
  const platformsInNames = roled.reduce((count, mention) => count + lexicon.roles.platform.find(matchable(mention.term, scriptOf(mention.term))).length, 0);
  if (lexicon.roles.platform.find(text).length > platformsInNames) return [];
  return roled.flatMap((mention) => {
    // Also a business supposed ("If our mini program offers personal credit report lookup, is 企业征信 the right category?").
    if ((mention.role !== "held" && mention.role !== "hypothetical") || mention.unlisted === null) return [];
    return unlistedBusinessUnfits(mention.unlisted, id, rules) ? [{ id, word: mention.term }] : [];
  });
}

/**
 * Whether a business the document does not list (rules › unlisted, by name) does not fit the category: another category
 * of the same group, not pointed to this one, or one the category's scope is written for others than
 * (rules › outsideScopeOf: "只卖自家货" and 电商平台).
 */
export function unlistedBusinessUnfits(name: string, id: CategoryId, rules: Rules): boolean {
  const entry = rules.unlisted.find((candidate) => candidate.name === name);
  if (entry?.outsideScopeOf.includes(id)) return true;
  const group = rules.categories.find((category) => category.id === id)?.primary;
  return group !== undefined && !(entry?.suggest ?? []).includes(id) && name.startsWith(`${group}-`);
}

/** The first word said to unfit each category: "民营诊所" after "民营" says it again. */
export function oncePerCategory<Unfit extends { readonly id: CategoryId }>(unfit: readonly Unfit[]): Unfit[] {
  return unfit.filter((entry, index) => unfit.findIndex((other) => other.id === entry.id) === index);
}

/**
 * Asked whether a category fits, by an asker who says it lacks what the category is for ("我们是线上一对一辅导,没有线下
 * 校区,能选课外辅导类目吗": 线下校区 is a word of 培训机构's own): the category does not fit. The word said is the negation
 * with what it negates.
 */
export function lackedForFit(roled: readonly RoledMention[], mentions: QuestionFrame["mentions"], rules: Rules): Array<{ readonly id: CategoryId; readonly word: string }> {
  const id = askedCategory(mentions);
  if (id === null) return [];
  // A word of the category's own name ("没有私募产品的公开募集") is no lack of what it is for.
  const category = rules.categories.find((candidate) => candidate.id === id);
  const ownNames = category ? [category.secondary, ...category.aliases].map(termKey) : [];
  return roled
    .filter((mention) => mention.role === "negated" && mention.cue !== null && mention.scenario && mention.candidates.length === 1 && mention.candidates[0] === id && !ownNames.some((name) => name.includes(mention.term)))
    .map((mention) => ({ id, word: lackedWord(mention) }));
}

/** Whether the unlisted business is outside the scope of the one category the mentions name. */
function outsideScope(name: string, rules: Rules, mentions: QuestionFrame["mentions"]): boolean {
  const id = onlyCategoryNamed(mentions);
  return id !== null && (rules.unlisted.find((candidate) => candidate.name === name)?.outsideScopeOf.includes(id) ?? false);
}

/** The one category the mentions name, however often (scenario words aside); null when none or several. */
function onlyCategoryNamed(mentions: QuestionFrame["mentions"]): CategoryId | null {
  const ids = new Set(mentions.filter((mention) => !mention.scenario).flatMap((mention) => mention.candidates));
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * The one category a fit question asks about: named once, alone. What is streamed ("想直播带货") names no category the
 * asker is; null when none, or several, are named.
 */
function askedCategory(mentions: QuestionFrame["mentions"]): CategoryId | null {
  const named = mentions.filter((mention) => !mention.scenario);
  const [asked] = named;
  return named.length === 1 && asked?.candidates.length === 1 ? asked.candidates[0]! : null;
}

/** What the asker says it lacks, as it said it: the negation with what it negates ("没有线下校区", "no offline campus"). */
export function lackedWord(mention: Pick<RoledMention, "cue" | "term">): string {
  return containsHan(mention.term) ? `${mention.cue ?? ""}${mention.term}` : `${mention.cue ?? ""} ${mention.term}`.trim();
}
