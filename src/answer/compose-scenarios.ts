import type { CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { compactForMatching, termKey } from "../understanding/normalize-question.js";
import { scenarioOwnText } from "../corpus/section-fields.js";

/** "按场景可参考「电商平台」(小程序·云直播插件):适用于电商类直播带货。": a category by what its live streams are for. */
export function scenarioPointer(category: CategoryRule, input: CompositionInput, besideHeld = false): string {
  const { templates: t, language } = input;
  const fields = input.fields(category);
  // 社交-直播's scenario row also holds its review sentence, which its notes write too: a pointer by scenario quotes what
  // is streamed, not the review (asked or not, the notes and the review line say that).
  const text = scenarioOwnText(fields) ?? fields.scope;
  // The document gives some categories neither scenario nor scope: then it is pointed to as its group's, and the line
  // says the document writes no scenario for it.
  if (!text) return fill(t.line.suggestionInGroup, { category: displayName(category, language), method: t.method[category.method] });
  // Beside a category held ("我们是培训机构…想做直播课"): another's scenario, said as another's — its method is that
  // category's, not the program's, whose verdict stands above.
  return fill(besideHeld ? t.line.scenarioOfOther : t.line.suggestion, { category: displayName(category, language), method: t.method[category.method], scenario: input.documentText(text) });
}

/**
 * The category a scenario word of the question points to ("直播带货" → 电商平台) when the verdict is about other, named
 * categories: the rules left the scenario out because a name outranks it. Only where the pointer changes how the
 * asker would stream (another method than every named category's: 银行 and 讲座's 在线视频课程 both use the native
 * tags), for a word of one category, in another group than every named one (within a group the named category's
 * own lines already say where the activity belongs: 股票信息服务平台's note sends 股票交易 to 证券/期货), and not when
 * the word was negated ("不做直播带货"). A category named as what the asker means to stream ("我们是保险,想做明星直播") is
 * pointed to whatever its method and group: the named category's verdict alone would read as a yes to those streams,
 * and a category must fit what the mini program does.
 */
export function scenarioCategoriesBesides(held: readonly CategoryRule[], input: CompositionInput): CategoryRule[] {
  const heldIds = new Set(held.map((category) => category.id));
  const heldGroups = new Set(held.map((category) => category.primary));
  const heldMethods = new Set(held.map((category) => category.method));
  const found: CategoryRule[] = [];
  for (const mention of input.understanding.roled) {
    if (!mention.scenario || mention.role === "negated" || mention.candidates.length !== 1 || heldIds.has(mention.candidates[0]!)) continue;
    const category = input.rules.categories.find((candidate) => candidate.id === mention.candidates[0]);
    // …or an activity asked of the category the conversation holds ("那能做直播课吗" after 多方通信): whose scenario it is
    // answers whether the held one covers it, whatever the method.
    const askedOfHeld = mention.activity === true && input.heldBefore.length > 0 && held.every((other) => input.heldBefore.includes(other.id));
    if (category && (mention.intended === true || askedOfHeld || (!heldGroups.has(category.primary) && !heldMethods.has(category.method)))) found.push(category);
  }
  return [...new Set(found)];
}

/**
 * "我们是卖农产品的合作社,想直播带货": the one category answered, read only from what is streamed (直播带货 → 电商平台),
 * when its scope says it is for a platform hosting others (「为多个经营者提供交易的平台」, lexicon roles.hostingScope) and
 * the asker does not speak of a platform. A business selling only its own goods is not said to fit, so the answer quotes
 * the scope and says the document leaves that case open. Not among several categories (a group's list, another
 * program's): the line would be said of one beside others it does not concern. Only where whether or how to stream
 * is asked: of what may be sold ("直播带货能卖催情香水吗"), papers, review, fees and the like, the notes or the "not in
 * the document" line answer, and whom the category is for is beside the point.
 */
export function platformsByScene(categories: readonly CategoryRule[], input: CompositionInput): CategoryRule[] {
  const { mentions, normalized, pointsBack } = input.understanding;
  const streamingAsked = input.aspects.every((aspect) => aspect === "method" || aspect === "choose" || aspect === "scope" || aspect === "scenario");
  if (!streamingAsked || input.understanding.asksTrade || input.understanding.nearbyTopics.length > 0) return [];
  // Not of a category the conversation holds ("那能直播带货吗" after 电商平台, "这个类目可以卖货吗", "补了医疗类目后…"): the
  // asker has it.
  // A platform word the asker denies ("不是平台") says it is none.
  const speaksOfPlatform = input.platformWords.test(normalized) && !input.understanding.saysNotPlatform;
  // Named, it is the category asked about; the asker who says it is no platform ("我们不是平台,就一家店,电商平台类目适合
  // 我们吗") is told its scope is for one, as the asker found only by what it streams is.
  const byScene = mentions.every((mention) => mention.scenario) && !pointsBack;
  if (categories.length !== 1 || input.inherited || input.understanding.additive || mentions.length === 0 || !(byScene || input.understanding.saysNotPlatform) || speaksOfPlatform) return [];
  return hostsOthers(categories[0]!, input) ? [categories[0]!] : [];
}

/** Whether the category's scope says it is for a platform hosting others (lexicon roles.hostingScope: 「多个经营者」). */
export function hostsOthers(category: CategoryRule, input: Pick<CompositionInput, "fields" | "hostingScope">): boolean {
  const scope = input.fields(category).scope;
  return typeof scope === "string" && input.hostingScope.test({ compact: compactForMatching(scope), lower: "" });
}

/**
 * "我们做视频会议SaaS,该选音视频设备还是多方通信": of categories weighed one against another, the one whose scope or scenario
 * speaks of what the asker says it does (a word of the vocabulary other than a weighed name: 视频会议 in 多方通信's
 * 「…电话会议/视频会议等服务」) — only when that picks exactly one.
 */
export function describedChoice(input: CompositionInput, weighed: readonly CategoryRule[]): string[] {
  // Asked which to choose ("该选A还是B", read as choose or scope), not how they differ.
  const choosing = input.understanding.aspects.includes("choose") || input.understanding.aspects.includes("scope");
  if (!input.understanding.alternatives || weighed.length < 2 || !choosing) return [];
  const picked = new Set<CategoryRule>();
  const single = input.understanding.mentions.filter((mention) => mention.candidates.length === 1);
  for (const mention of single) {
    const category = weighed.find((candidate) => candidate.id === mention.candidates[0]);
    // Named once, the word is the weighed name itself ("教育平台和培训机构…"); named again by another word, that word
    // says what the asker does ("做视频会议…该选音视频设备还是多方通信": 视频会议 beside 多方通信).
    const namedAgain = single.some((other) => other !== mention && other.candidates[0] === mention.candidates[0] && other.term !== mention.term);
    if (!category || !namedAgain || termKey(category.secondary) === mention.term) continue;
    const { scope, scenario } = input.fields(category);
    if ([scope, scenario].some((text) => typeof text === "string" && compactForMatching(text.toLowerCase()).includes(mention.term))) picked.add(category);
  }
  // "宠物直播、网课、房产带看分别用什么类目": each weighed category found by words of what the asker does, none named by
  // its own name — several things done, each its category, not one to choose among them.
  const eachDescribed = weighed.every((category) => single.some((mention) => mention.candidates[0] === category.id && mention.term !== termKey(category.secondary)));
  const [only] = picked;
  return picked.size === 1 && only && !eachDescribed ? [fill(input.templates.line.chooseHint, { category: displayName(only, input.language) })] : [];
}
