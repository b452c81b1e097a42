import { TopHits, type KeywordHit } from "./top-hits.js";

/** One query word's postings and weights. */
export interface QueryTerm {
  /** Where its (position, count) pairs start in the postings. */
  readonly offset: number;
  readonly documents: number;
  /** Its inverse document frequency. */
  readonly inverse: number;
  /** The most it adds to any document's score (its inverse times its largest saturated count). */
  readonly bound: number;
}

/** BM25 constants, tuned with `bench --retrieval`: short sections should not win on length alone (b 0.3), and a word said twice counts (k1 2). */
export const termSaturation = 2;
export const lengthNormalisation = 0.3;

// Bounds are summed in another order than scores and from maxima computed apart, so they are widened by far more
// than any rounding difference before they decide that a document cannot get in.
const boundSlack = 1 + 1e-9;
/** Above every position (they are 32-bit). */
const noPosition = 2 ** 32;

/**
 * The working arrays of a search, kept from one search to the next: a typed array of more than 64 bytes has its
 * memory outside the V8 heap, and allocating one costs ~0.8 µs against ~0.06 µs inside (eight per search, before).
 * Searches never overlap (each runs to its end without yielding), so one set serves them all.
 */
class SearchArrays {
  ordered = new Int32Array(0);
  cumulative = new Float64Array(0);
  cursors = new Int32Array(0);
  ends = new Int32Array(0);
  contributions = new Float64Array(0);
  inverses = new Float64Array(0);
  readonly top = new TopHits(0);

  /** Makes room for `count` query terms; the first `count` entries of each array are the search's. */
  fit(count: number): void {
    if (count <= this.ordered.length) return;
    const capacity = Math.max(count, 2 * this.ordered.length, 16);
    this.ordered = new Int32Array(capacity);
    this.cumulative = new Float64Array(capacity);
    this.cursors = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.contributions = new Float64Array(capacity);
    this.inverses = new Float64Array(capacity);
  }
}

const arrays = new SearchArrays();

/**
 * Top-k BM25, document at a time with MaxScore: query terms whose bounds together cannot lift a document past the
 * k-th best score so far are not walked; they are looked up (by binary search in their position-ordered postings)
 * only for documents the other terms make a contender. Returns exactly the hits an exhaustive scoring returns —
 * the same scores, summed in query-word order, and the same order (ties: corpus order).
 * `norms[position]` is k1 · (1 − b + b · length / average length).
 */
export function maxScoreSearch(terms: readonly QueryTerm[], postings: Uint32Array, norms: Float64Array, limit: number): KeywordHit[] {
  const count = terms.length;
  if (limit <= 0 || count === 0) return [];
  arrays.fit(count);
  const { ordered, cumulative, cursors, ends, contributions, inverses, top } = arrays;
  top.reset(limit);
  // Terms from the smallest bound up (ties: query order), by insertion: a question has a few dozen terms at most,
  // and a sort with a comparator called back per comparison cost more, and was deoptimised once in every run.
  for (let term = 0; term < count; term += 1) {
    const bound = terms[term]!.bound;
    let rank = term;
    while (rank > 0 && terms[ordered[rank - 1]!]!.bound > bound) {
      ordered[rank] = ordered[rank - 1]!;
      rank -= 1;
    }
    ordered[rank] = term;
  }
  // cumulative[rank]: the widened sum of the bounds up to that rank.
  let sum = 0;
  for (let rank = 0; rank < count; rank += 1) {
    sum += terms[ordered[rank]!]!.bound;
    cumulative[rank] = sum * boundSlack;
  }
  for (let term = 0; term < count; term += 1) {
    cursors[term] = terms[term]!.offset;
    ends[term] = terms[term]!.offset + terms[term]!.documents * 2;
    inverses[term] = terms[term]!.inverse;
  }
  const contribution = (term: number, cursor: number) => {
    const frequency = postings[cursor + 1]!;
    return (inverses[term]! * frequency * (termSaturation + 1)) / (frequency + norms[postings[cursor]!]!);
  };
  // ordered[0 .. optional − 1] cannot make a contender on their own: only the others' postings are walked.
  let optional = 0;
  let threshold = Number.NEGATIVE_INFINITY;
  for (;;) {
    let position = noPosition;
    for (let rank = optional; rank < count; rank += 1) {
      const term = ordered[rank]!;
      const cursor = cursors[term]!;
      if (cursor < ends[term]! && postings[cursor]! < position) position = postings[cursor]!;
    }
    if (position === noPosition) break;
    contributions.fill(0, 0, count);
    let partial = 0;
    for (let rank = optional; rank < count; rank += 1) {
      const term = ordered[rank]!;
      const cursor = cursors[term]!;
      if (cursor < ends[term]! && postings[cursor] === position) {
        partial += contributions[term] = contribution(term, cursor);
        cursors[term] = cursor + 2;
      }
    }
    let excluded = false;
    for (let rank = optional - 1; rank >= 0; rank -= 1) {
      // An equal score does not get in either: every kept hit has an earlier position.
      if (partial * boundSlack + cumulative[rank]! <= threshold) {
        excluded = true;
        break;
      }
      const term = ordered[rank]!;
      const cursor = (cursors[term] = seek(postings, cursors[term]!, ends[term]!, position));
      if (cursor < ends[term]! && postings[cursor] === position) partial += contributions[term] = contribution(term, cursor);
    }
    if (excluded) continue;
    // The score as an exhaustive pass adds it up: term by term in query-word order (absent terms add 0).
    let score = 0;
    for (let term = 0; term < count; term += 1) score += contributions[term]!;
    top.offer(position, score);
    if (top.full && top.worstScore > threshold) {
      threshold = top.worstScore;
      while (optional < count && cumulative[optional]! <= threshold) optional += 1;
    }
  }
  return top.sorted();
}

/** The first pair at or after `from` whose position is at least `position` (pairs are in position order). */
function seek(postings: Uint32Array, from: number, end: number, position: number): number {
  if (from >= end || postings[from]! >= position) return from;
  // Gallop to bracket the target, then halve: near targets cost a step or two.
  let low = from;
  let step = 2;
  let high = from + step;
  while (high < end && postings[high]! < position) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, end);
  // postings[low] < position; the answer is in (low, high], in pairs.
  let lowPair = low / 2;
  let highPair = high / 2;
  while (highPair - lowPair > 1) {
    const middle = (lowPair + highPair) >>> 1;
    if (postings[middle * 2]! < position) lowPair = middle;
    else highPair = middle;
  }
  return highPair * 2;
}
