import { readFileSync } from "node:fs";
import { loadCorpusDocument } from "../../src/corpus/corpus-document.js";
import { readCoreSettings } from "../../src/config/settings.js";
import { compileGuardVocabulary, loadModelTextGuard } from "../../src/llm/guard/load-guard-vocabulary.js";
import { ModelTextGuard, type GuardRequest } from "../../src/llm/llm-guard.js";
import { parseRules } from "../../src/rules/load-rules.js";
import type { Method } from "../../src/rules/rules-schema.js";

/**
 * Answers as the template writes them (verdict sentence, facts, cited passages), for guard tests.
 * The wording follows prompts/answer-templates.*.yaml; the passages are the corpus's own lines.
 */
interface Scenario {
  readonly method: Method;
  readonly allowed: readonly string[];
  readonly verdict: string;
  readonly facts?: readonly string[];
  readonly headings: readonly string[];
}

const plugin = (category: string) => `「${category}」类目需通过 小程序·云直播插件 接入直播,不能直接使用 <live-pusher>/<live-player>。`;
const native = (category: string) => `「${category}」类目可以使用微信原生组件标签 <live-pusher>/<live-player> 接入直播。`;

export const scenarios = {
  ecommerce: {
    method: "plugin",
    allowed: ["ecommerce-platform", "social-live"],
    verdict: plugin("电商平台"),
    facts: ["若同时具备「社交-直播」类目,可以直接使用微信原生组件标签 <live-pusher>/<live-player>。"],
    headings: ["电商平台 > 电商平台"],
  },
  ecommerceEnglish: {
    method: "plugin",
    allowed: ["ecommerce-platform", "social-live"],
    verdict: "The 「电商平台」 category must stream through the 小程序·云直播插件 (Cloud Live plugin); it cannot use <live-pusher>/<live-player> directly.",
    facts: ["If it also holds 「社交-直播」, it may use the native <live-pusher>/<live-player> tags directly."],
    headings: ["电商平台 > 电商平台"],
  },
  bank: { method: "native", allowed: ["finance-bank"], verdict: native("金融业-银行"), headings: ["金融业 > 银行"] },
  // A fact longer than the guard's sentence limit: an English scope quote.
  drivingSchoolEnglish: {
    method: "plugin",
    allowed: ["education-driving-school-platform"],
    verdict: "The 「教育-驾校平台」 category must stream through the 小程序·云直播插件 (Cloud Live plugin); it cannot use <live-pusher>/<live-player> directly.",
    facts: [
      "Scope of 「教育-驾校平台 (Education – Driving school platform)」: Suitable for providing an onboarding channel for driving school entities and providing services such as online training from multiple driving schools.",
    ],
    headings: ["教育 > 驾校平台"],
  },
  bankEnglish: {
    method: "native",
    allowed: ["finance-bank"],
    verdict: "The 「金融业-银行」 category may stream with WeChat's native <live-pusher>/<live-player> tags.",
    headings: ["金融业 > 银行"],
  },
  social: {
    method: "native",
    allowed: ["social-live"],
    verdict: native("社交-直播"),
    facts: ["审核:选择该类目后首次提交代码审核,需经当地互联网主管机关审核确认,预计审核时长7天左右。"],
    headings: ["社交 > 直播"],
  },
  personal: { method: "unsupported", allowed: [], verdict: "个人认证的微信小程序暂不支持直播业务,与所选类目无关。", headings: ["注意"] },
  game: {
    method: "unsupported",
    allowed: ["social-live"],
    verdict: "「游戏」不在本文档开放直播的服务类目中,文档没有给它直播接入方式。",
    facts: ["按场景可参考「社交-直播」(微信原生组件标签 <live-pusher>/<live-player>):涉及娱乐性质,如明星直播、生活趣事直播、宠物直播等。"],
    headings: ["社交 > 直播", "注意"],
  },
  combination: {
    method: "native",
    allowed: ["ecommerce-platform", "social-live"],
    verdict: "同时具备「电商平台」和「社交-直播」类目,可以直接使用微信原生组件标签 <live-pusher>/<live-player> 接入直播。",
    headings: ["电商平台 > 电商平台", "社交 > 直播"],
  },
  training: {
    method: "plugin",
    allowed: ["education-training-institutions"],
    verdict: plugin("教育-学历教育(培训机构) - 职业培训/课外辅导"),
    facts: ["「教育-学历教育(培训机构) - 职业培训/课外辅导」资质要求:需同时提供。", "文档写明的资质:区、县级教育部门颁发的《民办学校办学许可证》。"],
    headings: ["教育 > 学历教育(培训机构) - 职业培训/课外辅导"],
  },
  driving: { method: "plugin", allowed: ["education-driving-school-training"], verdict: plugin("教育-驾校培训"), headings: ["教育 > 驾校培训"] },
  insurance: {
    method: "native",
    allowed: ["finance-insurance"],
    verdict: native("金融业-保险"),
    facts: ["「金融业-保险」资质要求:3选1。", "保险中介机构主体:④选①", "原文的具体资质条目没有保留下来,我不编造条目,请以微信《服务类目说明》为准。"],
    headings: ["金融业 > 保险"],
  },
  privateFund: {
    method: "native",
    allowed: ["finance-private-fund"],
    verdict: native("金融业-私募基金"),
    facts: ["「金融业-私募基金」注意:暂不支持涉及私募产品公开募集或在线交易等服务。"],
    headings: ["金融业 > 私募基金"],
  },
  conference: { method: "native", allowed: ["it-multi-party-communication"], verdict: native("IT 科技-多方通信"), headings: ["IT 科技 > 多方通信"] },
  realEstate: {
    method: "native",
    allowed: ["real-estate-marketing"],
    verdict: native("房地产服务-房地产营销"),
    facts: ["「房地产服务-房地产营销」注意:暂不支持完整售房交易;针对定金、认购金、意向款等,小程序需对这类交易有正式协议,明确权利义务。"],
    headings: ["房地产服务 > 房地产营销"],
  },
  government: {
    method: "native",
    allowed: ["ecommerce-platform"],
    verdict: "政府主体认证的小程序可以直接使用微信原生组件标签 <live-pusher>/<live-player> 接入直播,与所选类目无关。",
    headings: ["注意", "电商平台 > 电商平台"],
  },
  general: { method: "unknown", allowed: [], verdict: "文档中与此相关的说明见下方来源:", headings: ["注意"] },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const parsedRules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!parsedRules.ok) throw new Error(parsedRules.error);
const rules = parsedRules.value;
const corpus = await loadCorpusDocument(settings.value.corpusFile, "corpus");
if (!corpus.ok) throw new Error(corpus.error);
const sections = corpus.value.sections;

/** The guard with the repository's rules and corpus text and the given lexicon. */
export function guardWithLexicon(lexiconFile: string): ModelTextGuard {
  const loaded = loadModelTextGuard(rules, sections, lexiconFile);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

/** The guard with the repository's rules and corpus text and a lexicon's data (as parsed from its file). */
export function guardWithLexiconData(lexicon: unknown): ModelTextGuard {
  const vocabulary = compileGuardVocabulary(lexicon, "lexicon.yaml", rules);
  if (!vocabulary.ok) throw new Error(vocabulary.error);
  return new ModelTextGuard(vocabulary.value, sections);
}

/** The guard as the product builds it: the repository's lexicon, rules and corpus text. */
export const guard: ModelTextGuard = guardWithLexicon(settings.value.lexiconFile);

/** The guard request for a scenario, with its backing built the way phraseWithModel builds it. */
export function requestFor(name: ScenarioName): GuardRequest {
  const scenario: Scenario = scenarios[name];
  const allowedCategories = new Set(scenario.allowed);
  const passages = scenario.headings.map((heading) => {
    const section = sections.find((entry) => entry.heading === heading);
    if (!section) throw new Error(`no corpus section "${heading}"`);
    return { heading, lines: section.lines };
  });
  return {
    method: scenario.method,
    allowedCategories,
    backing: guard.backingLines({ verdictSentence: scenario.verdict, facts: scenario.facts ?? [], passages, allowedCategories }),
  };
}
