import type { AccessMethod } from "../../rules/rules-schema.js";
import { foldText, type FoldedText } from "./fold-text.js";
import type { GuardVocabulary, NamedThing } from "./guard-vocabulary.js";
import { longestFirst, type PhraseHit } from "./phrase-set.js";

/** Something a sentence can make a claim about: "category:<id>", "subject:personal", "unlisted:<name>". */
export type Entity = string;

export interface NameMention extends PhraseHit {
  readonly things: readonly NamedThing[];
}

/** The things a name mention can carry a claim about. */
export function entitiesOf(mention: NameMention): Entity[] {
  return mention.things.flatMap((thing) => {
    if (thing.kind === "category") return thing.ids.length === 1 ? [`category:${thing.ids[0]}`] : [];
    return thing.kind === "subject" ? [`subject:${thing.subject}`] : [`unlisted:${thing.name}`];
  });
}

export type Stance = "positive" | "negative";

export interface MethodMention extends PhraseHit {
  readonly method: AccessMethod;
  readonly stance: Stance;
}

export interface LiveMention extends PhraseHit {
  readonly stance: Stance;
}

/** What one sentence names and claims, read the same way for model sentences and backing sentences. */
export interface SentenceAnalysis {
  readonly folded: FoldedText;
  readonly names: readonly NameMention[];
  /** Named things a claim can be about (a group name such as "教育" names no single category). */
  readonly entities: ReadonlySet<Entity>;
  /** The things a claim at this position is about. */
  readonly entitiesNear: (position: number) => readonly Entity[];
  /** Things named after a negation in their clause ("没有社交-直播类目"): not held, so no claim is about them. */
  readonly negatedEntities: ReadonlySet<Entity>;
  /** Generic words for an access method ("方式", "option"), read only together with a hedge. */
  readonly speaksOfAccess: boolean;
  readonly methods: readonly MethodMention[];
  readonly live: readonly LiveMention[];
  /** A condition anywhere in the sentence ("若同时具备…", "if"). */
  readonly conditional: boolean;
  /** A hedge that makes a method optional ("可选", "如果你愿意", "optional"). */
  readonly hedged: boolean;
}

// Not the colon: in "Native tags: not allowed" the negation after it still speaks of the tags.
const clausePunctuation = /[,,;;。!?!?…]/u;

export function analyzeSentence(sentence: string, vocabulary: GuardVocabulary): SentenceAnalysis {
  const folded = foldText(sentence);
  const clauses = clauseStarts(folded, vocabulary);
  const clauseOf = (position: number) => clauses.filter((start) => start <= position).length - 1;

  const names = readNames(folded, vocabulary);
  const entities = new Set<Entity>(names.flatMap(entitiesOf));
  // A claim is about the things named in its own clause ("个人…暂不支持直播,政府主体…可直接使用"),
  // or, when its clause names none, about those the sentence names.
  const entitiesNear = (position: number): Entity[] => {
    const own = names.filter((name) => clauseOf(name.start) === clauseOf(position)).flatMap(entitiesOf);
    return own.length > 0 ? [...new Set(own)] : [...entities];
  };

  const negations = vocabulary.negation.find(folded);
  const methodHits = longestFirst([
    ...vocabulary.methods.native.findAll(folded).map((hit) => ({ ...hit, method: "native" as const })),
    ...vocabulary.methods.plugin.findAll(folded).map((hit) => ({ ...hit, method: "plugin" as const })),
  ]) as Array<PhraseHit & { method: AccessMethod }>;
  const coordinated = (from: number, to: number) => {
    const between = folded.text.slice(from, to).replace(vocabulary.methodVerbEdges, "");
    return between === "" || vocabulary.coordination.find(foldText(between)).some((hit) => hit.start === 0 && hit.end === between.length);
  };
  const scopeStarts: number[] = [];
  const methods: MethodMention[] = methodHits.map((hit, index) => {
    const clause = clauseOf(hit.start);
    const sameClause = (other: PhraseHit) => clauseOf(other.start) === clause;
    // A negation reaches the mentions after it, up to a mention of the other method ("用插件而不是 live-pusher"),
    // unless the two are one list ("不能用插件或原生组件").
    const previousIndex = methodHits.findLastIndex((other, position) => position < index && sameClause(other) && other.method !== hit.method);
    const previousOther = methodHits[previousIndex];
    const scopeStart =
      previousOther && coordinated(methodHits[index - 1]!.end, hit.start) ? scopeStarts[previousIndex]! : Math.max(previousOther?.end ?? 0, clauses[clause]!);
    scopeStarts.push(scopeStart);
    let count = negations.filter((negation) => sameClause(negation) && negation.start >= scopeStart && negation.end <= hit.start).length;
    // "原生组件不能用": a negation after the mention counts when no other method follows in the clause.
    const laterOther = methodHits.slice(index + 1).some((other) => sameClause(other) && other.method !== hit.method);
    if (!laterOther) count += negations.filter((negation) => sameClause(negation) && negation.start >= hit.end).length;
    return { ...hit, method: hit.method, stance: count % 2 === 1 ? "negative" : "positive" };
  });

  const liveHits = longestFirst([
    ...vocabulary.liveSupported.findAll(folded).map((hit) => ({ ...hit, supported: true })),
    ...vocabulary.liveUnsupported.findAll(folded).map((hit) => ({ ...hit, supported: false })),
  ]) as Array<PhraseHit & { supported: boolean }>;
  const live: LiveMention[] = liveHits.map((hit) => {
    const clause = clauseOf(hit.start);
    const count = negations.filter((negation) => clauseOf(negation.start) === clause && negation.end <= hit.start).length;
    const positive = hit.supported === (count % 2 === 0);
    return { ...hit, stance: positive ? "positive" : "negative" };
  });

  // A negation reaches a name only up to a method mention or a condition between them:
  // "没有社交-直播类目" is not held; "can't use live-pusher unless they hold 社交-直播" is.
  const conditions = vocabulary.condition.find(folded);
  const stops = [...methodHits, ...conditions];
  const negatedEntities = new Set<Entity>(
    names
      .filter((name) =>
        negations.some(
          (negation) =>
            clauseOf(negation.start) === clauseOf(name.start) &&
            negation.end <= name.start &&
            !stops.some((stop) => stop.start >= negation.end && stop.end <= name.start),
        ),
      )
      .flatMap(entitiesOf),
  );

  return {
    folded,
    names,
    entities,
    entitiesNear,
    negatedEntities,
    speaksOfAccess: vocabulary.accessWords.test(folded),
    methods,
    live,
    conditional: conditions.length > 0,
    hedged: vocabulary.optional.test(folded),
  };
}

/** Category, unlisted and subject names; weak English names count only right before a category word. */
export function readNames(folded: FoldedText, vocabulary: GuardVocabulary): NameMention[] {
  const masked = vocabulary.notSubjectTerms.find(folded);
  const categoryWords = vocabulary.categoryWords.find(folded);
  const mentions: NameMention[] = [];
  for (const hit of vocabulary.names.find(folded)) {
    let things = vocabulary.named.get(hit.cue) ?? [];
    if (masked.some((mask) => hit.start < mask.end && mask.start < hit.end)) things = things.filter((thing) => thing.kind !== "subject");
    if (vocabulary.weakNames.has(hit.cue) && !categoryWords.some((word) => word.start >= hit.end && word.start <= hit.end + 2)) continue;
    if (things.length > 0) mentions.push({ ...hit, things });
  }
  return mentions;
}

/** Where each clause starts: after clause punctuation and at clause-break words ("但是", "but"). */
function clauseStarts(folded: FoldedText, vocabulary: GuardVocabulary): number[] {
  const starts = new Set<number>([0]);
  for (let index = 0; index < folded.text.length; index += 1) {
    if (clausePunctuation.test(folded.text[index]!)) starts.add(index + 1);
  }
  for (const hit of vocabulary.clauseBreaks.find(folded)) starts.add(hit.start);
  return [...starts].sort((a, b) => a - b);
}
