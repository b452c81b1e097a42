/** A vocabulary term found in a question, and how the matchers choose among overlapping ones. */
export interface TermMatch<Target> {
  readonly term: string;
  readonly targets: readonly Target[];
  readonly start: number;
  readonly end: number;
  /** Found with one character wrong ("公幕基金" for "公募基金"). */
  readonly typo: boolean;
  /** The wrong character is one often typed for the right one (卷/券, 连/联); false for exact matches (one shape for all matches). */
  readonly confusable: boolean;
}

/** Longest first, then exact before typo, then leftmost; an overlapping later one is dropped (ties keep input order). */
export function keepLongestWithoutOverlap<Target>(matches: TermMatch<Target>[]): TermMatch<Target>[] {
  // Most texts hold none or one: no sorting to do (a sort with a comparator is costly before V8 optimises it).
  if (matches.length <= 1) return matches.slice();
  const ordered = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(a.typo) - Number(b.typo) || a.start - b.start,
  );
  const accepted: TermMatch<Target>[] = [];
  // Readings dropped for overlapping one of the same name ("职业培训学校": 培训学校 beside 职业培训, both 培训机构): the
  // words inside them are that name's, not names of their own (学校 there is no 学历教育(学校)).
  const sameNameDropped: TermMatch<Target>[] = [];
  for (const match of ordered) {
    const overlapped = accepted.find((other) => match.start < other.end && other.start < match.end);
    if (overlapped) {
      if (sameTargets(match, overlapped)) sameNameDropped.push(match);
      continue;
    }
    if (sameNameDropped.some((dropped) => dropped.start <= match.start && match.end <= dropped.end)) continue;
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Whether two readings name the same (their targets are alike, value for value). */
function sameTargets<Target>(a: TermMatch<Target>, b: TermMatch<Target>): boolean {
  return a.targets.length === b.targets.length && a.targets.every((target, index) => JSON.stringify(target) === JSON.stringify(b.targets[index]));
}
