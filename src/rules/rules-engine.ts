import type { AccessMethod, CategoryId, CategoryRule, Method, Rules, UnlistedCategory } from "./rules-schema.js";

export type Subject = "personal" | "government" | "enterprise";

/** One place in a question that named categories: one candidate for a name, several for a broad word. */
export interface CategoryMention {
  readonly term: string;
  readonly candidates: readonly CategoryId[];
  /**
   * Found through a scenario word ("带货", "问诊") rather than a category's name. Always set, never left out:
   * mentions of one shape keep the engine's and the dialogue's property reads monomorphic.
   */
  readonly scenario: boolean;
}

/** A category known by its id (from the conversation, or a model's suggestion) rather than named in the question. */
export function mentionOfCategory(id: CategoryId): CategoryMention {
  return { term: id, candidates: [id], scenario: false };
}

/** What understanding resolved; the engine needs nothing else. */
export interface Facts {
  readonly subject: Subject | null;
  readonly mentions: readonly CategoryMention[];
  readonly unlisted: readonly string[];
  /** The question weighs categories against each other ("A还是B", "分别") rather than holding them all. */
  readonly alternatives?: boolean;
  /** Categories whose streaming the asker says it does not do ("不卖货": 电商平台's 直播带货): never suggested in their stead. */
  readonly declined?: readonly CategoryId[];
}

interface VerdictBase {
  readonly method: Method;
  /** The rule that decided the method. */
  readonly rule: string;
  /** Every rule consulted, in order; for logs, tests and the LLM guard. */
  readonly rulesApplied: readonly string[];
  /** Short English explanations, one per step; never shown as the answer itself. */
  readonly reasons: readonly string[];
  /** Categories the verdict is about (resolved, not merely candidates). */
  readonly categories: readonly CategoryRule[];
  readonly unlisted: readonly UnlistedCategory[];
}

export type Verdict =
  | (VerdictBase & { readonly kind: "subject"; readonly subject: "personal" | "government" })
  | (VerdictBase & { readonly kind: "categories"; readonly method: AccessMethod; readonly combination: string | null })
  | (VerdictBase & {
      readonly kind: "ambiguous";
      readonly method: "unknown";
      readonly term: string;
      readonly options: readonly CategoryRule[];
      /** The asker weighed named categories against each other, rather than using one broad word. */
      readonly alternatives: boolean;
      /** The options come from several scenario words and no category was named: what the asker streams, not holds. */
      readonly inferred: boolean;
    })
  | (VerdictBase & { readonly kind: "unlisted"; readonly method: "unsupported"; readonly suggestions: readonly CategoryRule[] })
  | (VerdictBase & { readonly kind: "none"; readonly method: "unknown" });

const subjectReasons = {
  personal: "personally certified mini programs do not support live streaming, whatever the category",
  government: "government-certified mini programs may use the native tags directly, whatever the category",
} as const;

// Rules never change once loaded: each rules object's id index is built once, not on every verdict.
const indexes = new WeakMap<Rules, ReadonlyMap<CategoryId, CategoryRule>>();

function categoriesById(rules: Rules): ReadonlyMap<CategoryId, CategoryRule> {
  let index = indexes.get(rules);
  if (!index) {
    index = new Map(rules.categories.map((category) => [category.id, category]));
    indexes.set(rules, index);
  }
  return index;
}

/** The first-level group a category is filed under (教育, 医疗…), through the rules' id index. */
export function primaryOf(rules: Rules, id: CategoryId): string | undefined {
  return categoriesById(rules).get(id)?.primary;
}

/** The category's own access method, through the rules' id index. */
export function methodOf(rules: Rules, id: CategoryId): AccessMethod | undefined {
  return categoriesById(rules).get(id)?.method;
}

/** The categories of the category's first-level group, itself included, in the document's order. */
export function groupOf(rules: Rules, id: CategoryId): CategoryId[] {
  const group = primaryOf(rules, id);
  return rules.categories.filter((category) => category.primary === group).map((category) => category.id);
}

/** Pure: the same facts and rules always give the same verdict. */
export function decide(facts: Facts, rules: Rules): Verdict {
  const byId = categoriesById(rules);
  const unlisted = facts.unlisted
    .map((name) => rules.unlisted.find((entry) => entry.name === name))
    .filter((entry): entry is UnlistedCategory => entry !== undefined);
  // A category named outright ("商家自营", "大学") outranks one inferred from a scenario word ("直播带货", "讲座").
  const named = facts.unlisted.length > 0 || facts.mentions.some((mention) => !mention.scenario);
  // …unless the categories are weighed each on its own ("课外辅导机构,也想单独做网课直播,分别用什么"): a scenario word of
  // another category than those named is one of them.
  const namedIds = new Set(facts.mentions.filter((mention) => !mention.scenario).flatMap((mention) => mention.candidates));
  const weighedApart = (mention: CategoryMention) => facts.alternatives === true && mention.candidates.every((id) => !namedIds.has(id));
  // …nor an activity of the one category of their own group the rules point every unlisted business named to (`suggest`:
  // "4S店想做新车型预订直播", 汽车-汽车销售 beside 汽车预售服务): what the business would do is that category's; whether
  // such a business may hold it, the answer says the document does not say. Not a category the rules point nowhere
  // (房产中介 beside 房地产营销's 带看: its scope is written for developers), nor one whose scope is written for others
  // (`outsideScopeOf`), nor one of another group (宠物用品 beside 电商平台's 带货: what is streamed, not what it is).
  const suggestedToAll = (mention: CategoryMention) => {
    const category = mention.candidates.length === 1 ? byId.get(mention.candidates[0]!) : undefined;
    return (
      category !== undefined &&
      unlisted.length > 0 &&
      unlisted.every((entry) => entry.name.startsWith(`${category.primary}-`) && entry.suggest.includes(category.id) && !entry.outsideScopeOf.includes(category.id))
    );
  };
  const kept = named ? facts.mentions.filter((mention) => !mention.scenario || weighedApart(mention) || suggestedToAll(mention)) : facts.mentions;
  // Alternatives are one choice among candidates, not categories held together: no combination applies. So are the
  // categories of several scenario words with no category named, each word pointing at one ("宠物用品商城…直播卖货"):
  // what is streamed says which categories could fit, not that the program holds them all. (A group's word, "教育-线上
  // 课程", narrows with the word beside it instead.)
  const inferredOnly = !named && kept.length > 1 && kept.every((mention) => mention.candidates.length === 1);
  const mentions =
    (facts.alternatives || inferredOnly) && kept.length > 1
      ? [{ term: kept.map((mention) => mention.term).join(" / "), candidates: [...new Set(kept.flatMap((mention) => mention.candidates))], scenario: false }]
      : kept;
  const { held, ambiguous } = reduceMentions(mentions, (id) => byId.get(id)?.method);
  const categories = held.map((id) => byId.get(id)).filter((category): category is CategoryRule => category !== undefined);

  // The subject rules come before any category: personal rules streaming out, government allows the native tags.
  if (facts.subject === "personal" || facts.subject === "government") {
    const subjectRule = rules.subjects[facts.subject];
    // Weighed each on its own ("1. 银行… 2. 驾校平台… 3. 个人主体…"), the categories named one by one are each of them,
    // whatever their methods: no choice among them is made here.
    const eachNamed = facts.alternatives === true ? [...new Set(kept.flatMap((mention) => (mention.candidates.length === 1 ? mention.candidates : [])))] : [];
    const beside = eachNamed.length > categories.length ? eachNamed.map((id) => byId.get(id)).filter((category): category is CategoryRule => category !== undefined) : categories;
    return {
      kind: "subject",
      subject: facts.subject,
      method: subjectRule.method,
      rule: subjectRule.rule,
      rulesApplied: [subjectRule.rule],
      reasons: [subjectReasons[facts.subject]],
      categories: beside,
      unlisted,
    };
  }

  if (categories.length > 0) {
    const rulesApplied = categories.map((category) => `category:${category.id}`);
    const combination = rules.combinations.find((candidate) => candidate.when.every((id) => held.includes(id)));
    if (combination) {
      return {
        kind: "categories",
        method: combination.method,
        rule: combination.rule,
        combination: combination.rule,
        rulesApplied: [...rulesApplied, combination.rule],
        reasons: [`holding ${combination.when.join(" + ")} allows ${combination.method}`],
        categories,
        unlisted,
      };
    }
    const native = categories.find((category) => category.method === "native");
    if (native || ambiguous.length === 0) {
      const decider = native ?? categories[0]!;
      return {
        kind: "categories",
        method: decider.method,
        rule: `category:${decider.id}`,
        combination: null,
        rulesApplied,
        reasons: categories.map((category) => `${category.id} → ${category.method}`),
        categories,
        unlisted,
      };
    }
  }

  // "我们是一家物业公司,想给业主做保安培训直播": beside a business the document does not list, a word of several categories
  // (培训) says what is streamed, not what the program is — its categories are suggested, the business is unlisted.
  // Not categories weighed against each other ("宠物用品的电商…选社交直播还是电商平台"): that choice is answered.
  const streamedBesideUnlisted = unlisted.length > 0 && mentions === kept;
  const firstAmbiguous = streamedBesideUnlisted ? undefined : ambiguous[0];
  if (firstAmbiguous) {
    const options = firstAmbiguous.candidates
      .map((id) => byId.get(id))
      .filter((category): category is CategoryRule => category !== undefined);
    return {
      kind: "ambiguous",
      method: "unknown",
      term: firstAmbiguous.term,
      options,
      alternatives: facts.alternatives === true && facts.mentions.length > 1,
      inferred: inferredOnly && facts.alternatives !== true,
      rule: "ambiguous-category",
      rulesApplied: options.map((option) => `category:${option.id}`),
      reasons: [`"${firstAmbiguous.term}" covers categories with different methods`],
      categories,
      unlisted,
    };
  }

  if (unlisted.length > 0) {
    // "4S店想做新车预售直播": a scenario word outranked by the name it stands beside still points to its category.
    // Not a group's word ("金融-个人征信"), which points to no one category.
    const dropped = named ? facts.mentions.filter((mention) => mention.scenario && mention.candidates.length === 1).flatMap((mention) => mention.candidates) : [];
    const streamed = streamedBesideUnlisted ? ambiguous.flatMap((mention) => mention.candidates) : [];
    const suggestions = [...new Set([...unlisted.flatMap((entry) => entry.suggest), ...dropped, ...streamed])]
      .filter((id) => !(facts.declined ?? []).includes(id))
      .map((id) => byId.get(id))
      .filter((category): category is CategoryRule => category !== undefined);
    return {
      kind: "unlisted",
      method: "unsupported",
      rule: "unlisted-category",
      rulesApplied: unlisted.map((entry) => `unlisted:${entry.name}`),
      reasons: unlisted.map((entry) => `${entry.name} is not among the categories the document opens to live streaming`),
      suggestions,
      categories,
      unlisted,
    };
  }

  return {
    kind: "none",
    method: "unknown",
    rule: "no-category",
    rulesApplied: [],
    reasons: ["no category or subject was recognised"],
    categories,
    unlisted,
  };
}

/**
 * A broad word whose candidates include a category named elsewhere in the question is
 * absorbed by it; one whose candidates all share a method is settled (all of them are
 * held); the rest stay ambiguous.
 */
function reduceMentions(
  mentions: readonly CategoryMention[],
  methodOf: (id: CategoryId) => AccessMethod | undefined,
): { held: CategoryId[]; ambiguous: CategoryMention[] } {
  const held: CategoryId[] = [];
  const broad: CategoryMention[] = [];
  for (const mention of mentions) {
    if (mention.candidates.length === 1) pushUnique(held, mention.candidates[0]!);
    else if (mention.candidates.length > 1) broad.push(mention);
  }
  const ambiguous: CategoryMention[] = [];
  for (const mention of broad) {
    if (mention.candidates.some((id) => held.includes(id))) continue;
    const methods = new Set(mention.candidates.map(methodOf));
    if (methods.size === 1) mention.candidates.forEach((id) => pushUnique(held, id));
    else ambiguous.push(mention);
  }
  return { held, ambiguous };
}

function pushUnique<Item>(list: Item[], item: Item): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * Whether holding a combination's categories gives `category`, one of them, the other method than its own (电商平台 with
 * 社交-直播: native): the document's one conditional sentence, as every composer that speaks of it reads it.
 */
export function changesMethodOf(combination: Rules["combinations"][number], category: CategoryRule): boolean {
  return combination.when.includes(category.id) && combination.method !== category.method;
}

/** Categories whose own method is the given one; for "which categories may use …" questions. */
export function categoriesWithMethod(rules: Rules, method: AccessMethod): CategoryRule[] {
  return rules.categories.filter((category) => category.method === method);
}

