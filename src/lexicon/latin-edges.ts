import { isLowerLetterOrDigit } from "../shared/word-sequence.js";

/**
 * A Chinese-list cue that begins or ends with Latin letters or digits ("icp", "sdk", "ok", "a是", "pusher参数"): the
 * letters at each end, which a Latin word around the cue must not continue. Null for a cue with Han at both ends.
 */
export interface LatinEdges {
  readonly leading: string | null;
  readonly trailing: string | null;
}

const leadingRun = /^[a-z0-9]+/u;
const trailingRun = /[a-z0-9]+$/u;

export function latinEdgesOf(cue: string): LatinEdges | null {
  const leading = leadingRun.exec(cue)?.[0] ?? null;
  const trailing = trailingRun.exec(cue)?.[0] ?? null;
  return leading === null && trailing === null ? null : { leading, trailing };
}

/**
 * Whether a Chinese-list cue found in `compact` at [start, end) is no piece of a longer Latin word: "public
 * presentation" holds no "icp", "asdkjh" no "sdk", "look" no "ok". The compact form drops spaces and hyphens, so a
 * letter beside the cue there may have stood apart from it: then the lower-case text tells, where the cue's letters
 * at that end must stand as a word's own ("live-pusher参数" holds "pusher参数"). That look is not tied to the
 * position — a text rarely holds the same letters twice, once apart and once inside a word.
 */
export function standsApart(edges: LatinEdges, compact: string, lower: string, start: number, end: number): boolean {
  if (edges.leading !== null && start > 0 && isLowerLetterOrDigit(compact.charCodeAt(start - 1)) && !startsAWord(lower, edges.leading)) return false;
  if (edges.trailing !== null && end < compact.length && isLowerLetterOrDigit(compact.charCodeAt(end)) && !endsAWord(lower, edges.trailing)) return false;
  return true;
}

function startsAWord(lower: string, letters: string): boolean {
  for (let at = lower.indexOf(letters); at !== -1; at = lower.indexOf(letters, at + 1)) {
    if (at === 0 || !isLowerLetterOrDigit(lower.charCodeAt(at - 1))) return true;
  }
  return false;
}

function endsAWord(lower: string, letters: string): boolean {
  for (let at = lower.indexOf(letters); at !== -1; at = lower.indexOf(letters, at + 1)) {
    const after = at + letters.length;
    if (after === lower.length || !isLowerLetterOrDigit(lower.charCodeAt(after))) return true;
  }
  return false;
}
