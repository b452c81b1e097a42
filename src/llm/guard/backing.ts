import type { AccessMethod, CategoryId } from "../../rules/rules-schema.js";
import { analyzeSentence, type Entity, type SentenceAnalysis } from "./analyze-sentence.js";
import { foldText, readableText } from "./fold-text.js";
import type { GuardVocabulary } from "./guard-vocabulary.js";
import { numberKeys } from "./number-keys.js";
import { splitSentences } from "./split-sentences.js";

export type Claim = AccessMethod | "supported" | "unsupported";

/**
 * What the verdict, the facts and the cited sentences say — the only things a model sentence
 * may repeat. Read with the same analysis as the model's sentences.
 */
export interface Backing {
  /** All backing text, folded; sentences joined by 。 so a quote cannot span two of them. */
  readonly folded: string;
  /** Each backing sentence, folded without its end punctuation: a model sentence equal to one is the backing's own. */
  readonly sentences: ReadonlySet<string>;
  /** Per named thing, the claims the backing makes about it positively and without condition. */
  readonly claims: ReadonlyMap<Entity, ReadonlySet<Claim>>;
  /** Per method, the things a backing sentence names as the condition for it ("若同时具备社交-直播类目"). */
  readonly partners: ReadonlyMap<AccessMethod, ReadonlySet<Entity>>;
  /** Every thing the backing names. */
  readonly mentioned: ReadonlySet<Entity>;
  readonly latinWords: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

export interface BackingSources {
  readonly verdictSentence: string;
  readonly facts: readonly string[];
  readonly passages: ReadonlyArray<{ readonly heading: string; readonly lines: readonly string[] }>;
  readonly allowedCategories: ReadonlySet<CategoryId>;
}

/**
 * The backing lines: the verdict, the facts, the passages of the answer's own categories (and the
 * document's general notes), the document's section of each of its categories, and the rules' words for them.
 */
export function backingLines(sources: BackingSources, vocabulary: GuardVocabulary, sectionLines: (id: CategoryId) => readonly string[] = () => []): string[] {
  const ownPassages = sources.passages.filter((passage) => {
    const id = vocabulary.headings.get(passage.heading);
    return id === undefined ? passage.heading === vocabulary.notesHeading : sources.allowedCategories.has(id);
  });
  return [
    sources.verdictSentence,
    ...sources.facts,
    ...ownPassages.flatMap((passage) => passage.lines),
    ...[...sources.allowedCategories].flatMap((id) => [...sectionLines(id), ...(vocabulary.categoryFacts.get(id) ?? [])]),
  ];
}

/** The analysis of each sentence of one backing line. */
export function readBackingLine(line: string, vocabulary: GuardVocabulary): SentenceAnalysis[] {
  return splitSentences(line).map((sentence) => analyzeSentence(sentence.text, vocabulary));
}

/**
 * Reads the backing lines. The answer's own categories also carry their rules' method, so a
 * sentence that gives one of them another method is caught even when no passage was cited.
 * `readLine` may hand back a line's reading kept from an earlier answer (see ModelTextGuard).
 */
export function buildBacking(
  lines: readonly string[],
  vocabulary: GuardVocabulary,
  allowedCategories: ReadonlySet<CategoryId>,
  readLine: (line: string) => readonly SentenceAnalysis[] = (line) => readBackingLine(line, vocabulary),
): Backing {
  const claims = new Map<Entity, Set<Claim>>();
  const partners = new Map<AccessMethod, Set<Entity>>();
  const mentioned = new Set<Entity>();
  const claim = (entity: Entity, what: Claim) => claims.set(entity, (claims.get(entity) ?? new Set<Claim>()).add(what));
  const foldedSentences: string[] = [];
  for (const analysis of lines.flatMap((line) => readLine(line))) {
    foldedSentences.push(analysis.folded.text);
    analysis.entities.forEach((entity) => mentioned.add(entity));
    for (const mention of analysis.methods) {
      if (mention.stance !== "positive") continue;
      if (analysis.conditional) {
        const set = partners.get(mention.method) ?? new Set<Entity>();
        analysis.entities.forEach((entity) => set.add(entity));
        partners.set(mention.method, set);
      } else analysis.entitiesNear(mention.start).forEach((entity) => claim(entity, mention.method));
    }
    for (const mention of analysis.live) {
      if (!analysis.conditional) analysis.entitiesNear(mention.start).forEach((entity) => claim(entity, mention.stance === "positive" ? "supported" : "unsupported"));
    }
  }
  for (const id of allowedCategories) {
    const method = vocabulary.categoryMethods.get(id);
    if (method) claim(`category:${id}`, method);
  }
  const readable = readableText(lines.join("\n"));
  return {
    folded: foldedSentences.join("。"),
    sentences: new Set(foldedSentences.map(withoutEnd)),
    claims,
    partners,
    mentioned,
    latinWords: new Set(readable.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []),
    numbers: new Set(numberKeys(readable, vocabulary).flatMap((key) => [key.bare, key.withUnit ?? key.bare])),
  };
}

/** A folded sentence without its closing punctuation, for comparing whole sentences. */
export function withoutEnd(folded: string): string {
  return folded.replace(/[。!?!?;;….,,::]+$/u, "");
}

/** Whether the folded backing holds these words. */
export function backingHolds(backing: Backing, folded: string): boolean {
  return folded.length > 0 && backing.folded.includes(folded);
}

/** Folds a piece of text the way backing and sentences are folded. */
export const fold = (text: string): string => foldText(text).text;
