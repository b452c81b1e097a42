/**
 * What `[...text.matchAll(pattern)]` gives for a global pattern, by exec: on the answer path, code V8 has not
 * optimised yet (a batch's first few hundred questions) pays more for matchAll's iterator and the spread than for
 * the matching. The pattern is left at lastIndex 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) found.push(hit);
  pattern.lastIndex = 0;
  return found;
}
