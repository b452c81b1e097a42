import { z } from "zod";

const words = z.array(z.string().min(1)).default([]);
/** A concept's words in both languages; matched after folding (see src/llm/guard/fold-text.ts). */
const cues = z.object({ zh: words, en: words }).strict();
/** One character: numerals are read character by character ("十五" = 十 and 五). */
const character = z.string().refine((text) => [...text].length === 1, "must be a single character");
const digit = z.number().int().min(0).max(9);
/** A domain ending as a web address ends ("com" in "example.com"): Latin letters and digits, hyphens inside, no dot. */
const domainEnding = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/i, 'must be Latin letters and digits (hyphens inside), without the dot: "com", not ".com"');

/**
 * The `guard:` section of corpus/lexicon.yaml: the words the model-text guard reads a model's
 * sentences with. The access-method words themselves come from the lexicon's `methods:` section;
 * `methods` here only adds forms a model writes but a question rarely does ("组件", "component").
 */
export const guardLexiconSchema = z
  .object({
    methods: z.object({ native: cues, plugin: cues }).strict(),
    /** Generic words for an access method ("方式", "option"): with a hedge they make the method optional. */
    accessWords: cues,
    /** Between two method words, joining them into one list ("或", "and"). */
    coordination: cues,
    /** Verbs a list repeats before its next method word ("或者使用"); an empty list reads past none. */
    methodVerbs: z.array(z.string().min(1)),
    /** Words that name an enterprise subject ("企业主体"). */
    enterpriseSubject: cues,
    /** Words that start a new clause: "但是", "but". */
    clauseBreaks: cues,
    /** Names in rules.yaml that are everyday words, not category names ("直播" alone). */
    notNames: z.array(z.string().min(1)).default([]),
    /** English category words that name a category only next to a category word ("trust", "fund"). */
    weakNames: z.array(z.string().min(1)).default([]),
    /** Words that say a name is a category: "类目", "category". */
    categoryWords: cues,
    /** What may stand right before a category word without naming one: "该类目", "this category". */
    categoryDeictics: cues,
    negation: cues,
    condition: cues,
    /** Hedges that make an access method a matter of choice: "可选", "optional", "如果你愿意". */
    optional: cues,
    liveSupported: cues,
    liveUnsupported: cues,
    fees: cues,
    /** Phrases that contain a fee word but say nothing about fees: "feel free". */
    notFees: cues,
    contacts: cues,
    /** Endings of Chinese licence and certificate names: "许可证", "执照". */
    licenceSuffixes: z.array(z.string().min(1)).min(1),
    /** English licence nouns: "licence", "permit". */
    licenceNouns: z.array(z.string().min(1)).min(1),
    /** Words in front of a licence noun that name none: "相关", "the required". */
    licenceQualifiers: cues,
    /** Verbs in front of a licence name ("需要提供"): they neither name one nor make it generic. */
    licenceVerbs: cues,
    /** Document titles the answer templates use that the corpus body does not spell out. */
    knownDocuments: z.array(z.string().min(1)).default([]),
    /** Latin words a Chinese sentence may use besides the corpus's and the method words: "ok". */
    latinWords: z.array(z.string().min(1)).default([]),
    /** English time units, read as the document's Chinese ones when checking numbers ("7 days" = "7天"). */
    numberUnits: z.record(z.string().min(1), z.string().min(1)).default({}),
    /** Messenger names that, before a colon, give an id ("微信: abc", "QQ号: 123"); the guard drops such a sentence. */
    messengers: z.array(z.string().min(1)).min(1),
    /** Words between a messenger's name and the colon: "号", "id". */
    messengerIdWords: z.array(z.string().min(1)).default([]),
    /** Units after an amount that make it a price ("30元", "5 usd"). */
    moneyUnits: z.array(z.string().min(1)).min(1),
    /** Currency signs before an amount ("¥30"). */
    currencySymbols: z.array(character).min(1),
    /** Measure words between a count and its time unit: 个 in "7个工作日" and "十五个工作日". An empty list reads none. */
    measureWords: z.array(z.string().min(1)),
    /** Endings that make a dotted name a web address ("example.com", "shop.xyz"); "http://" and "www." need none. */
    domainEndings: z.array(domainEnding).min(1),
    /** Check marks that make a line a table or a grid of ticks ("✅", "❌"). */
    tableMarks: z.array(character).min(1),
    /** Chinese numerals, read in times written in words ("十五个工作日") and phone numbers spelled out. */
    chineseNumerals: z
      .object({
        /** Each numeral's digit, in counts and in numbers spelled out digit by digit ("一三八零零一三八零零零"). */
        digits: z.record(character, digit).refine((digits) => Object.keys(digits).length > 0, "must name at least one numeral"),
        /** Digits of a count only ("两天"). */
        countingDigits: z.record(character, digit).default({}),
        /** Digits of a number spelled out digit by digit only ("〇"). */
        spelledDigits: z.record(character, digit).default({}),
        /** The tens character: "十五" = 15, "二十" = 20. */
        tens: character,
      })
      .strict(),
  })
  .strict();

export type GuardLexicon = z.infer<typeof guardLexiconSchema>;
export type GuardCues = z.infer<typeof cues>;
