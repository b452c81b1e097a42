/**
 * What `[...text.matchAll(pattern)]` gives for a global pattern, by exec: on the answer path, code V8 has not
 * optimised yet (a batch's first few hundred questions) pays more for matchAll's iterator and the spread than for
 * the matching. The pattern is left at lastIndex 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
    found.push(hit);
    // An empty match leaves lastIndex where it was: step over one character, as matchAll does (a whole surrogate
    // pair for a Unicode pattern). A cue such as "-" or "*" compiles to a pattern that can match nothing.
    if (hit[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  pattern.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
