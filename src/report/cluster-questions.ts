/**
 * Groups questions worded alike, so an operator sees "what people keep asking" once with a
 * count instead of fifty near-copies. Similarity is the Jaccard index of normalised character
 * bigrams: language-neutral, needs no word list, and good enough for short chat questions.
 */
export interface QuestionGroup {
  /** The most frequent wording in the group. */
  readonly example: string;
  readonly count: number;
  /** Up to five distinct wordings, most frequent first. */
  readonly wordings: readonly string[];
}

export const defaultSimilarity = 0.5;

export function clusterQuestions(questions: readonly string[], similarity = defaultSimilarity): QuestionGroup[] {
  const counts = new Map<string, number>();
  for (const question of questions) counts.set(question, (counts.get(question) ?? 0) + 1);
  // Most frequent wordings first, so each group is seeded by its most typical wording.
  const distinct = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const groups: Array<{ seed: Set<string>; members: Array<[string, number]> }> = [];
  for (const [question, count] of distinct) {
    const grams = bigrams(question);
    const group = groups.find((candidate) => jaccard(candidate.seed, grams) >= similarity);
    if (group) group.members.push([question, count]);
    else groups.push({ seed: grams, members: [[question, count]] });
  }
  return groups
    .map((group) => ({
      example: group.members[0]![0],
      count: group.members.reduce((sum, [, count]) => sum + count, 0),
      wordings: group.members.slice(0, 5).map(([question]) => question),
    }))
    .sort((a, b) => b.count - a.count || a.example.localeCompare(b.example));
}

/** Lower case, letters and digits only (punctuation, spaces and emoji say little about the topic). */
export function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export function bigrams(text: string): Set<string> {
  const characters = [...normalizeForComparison(text)];
  if (characters.length < 2) return new Set(characters);
  const grams = new Set<string>();
  for (let index = 0; index < characters.length - 1; index += 1) grams.add(characters[index]! + characters[index + 1]!);
  return grams;
}

export function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}
