// The local embedding's features, named by hash. A feature is a string — "c2:直播" for a character bigram of a Han
// run, "w:带货" for a tokenizer word — and everything the embedding does with it goes through its 32-bit FNV-1a
// hash: the vector slot, the sign and (since local-hash-v2) the corpus statistics. So the hash is worked out from
// the text's code units as the string would be hashed, without building the string: a question's ~150 features
// cost no string allocations and no string-keyed lookups.

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const hanRuns = /\p{Script=Han}+/gu;
const surrogates = /[\uD800-\uDFFF]/;

/** FNV-1a of `text`, continued from `hash`. */
export function continueFnv1a(hash: number, text: string, from = 0, to = text.length): number {
  for (let index = from; index < to; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime) >>> 0;
  return hash;
}

/** FNV-1a (32-bit, unsigned) of a feature string. */
export const fnv1a = (text: string): number => continueFnv1a(fnvOffset, text);

/** The hash state after each feature kind's prefix: "c1:", "c2:", "c3:" (index = n-gram size) and "w:". */
const gramPrefixes = [0, fnv1a("c1:"), fnv1a("c2:"), fnv1a("c3:")] as const;
const wordPrefix = fnv1a("w:");

/** The hash of the feature `w:<word>`. */
export const wordFeatureHash = (word: string): number => continueFnv1a(wordPrefix, word);

/**
 * Pushes the hash of every character 1-, 2- and 3-gram of each Han run of `text` (already NFKC-normalised and
 * lower-cased): a run's unigrams, then its bigrams, then its trigrams, run after run — the order the features are
 * first met in, which the vector sums keep. A character outside the Basic Multilingual Plane counts as one.
 */
export function pushGramHashes(text: string, out: number[]): void {
  // No `match(…) ?? []`: an English question's empty array has another hidden class than a match's, and the
  // optimised loop over runs was thrown away the first time one came.
  const runs = text.match(hanRuns);
  if (runs === null) return;
  for (let runIndex = 0; runIndex < runs.length; runIndex += 1) {
    const run = runs[runIndex]!;
    if (!surrogates.test(run)) {
      for (let size = 1; size <= 3; size += 1) {
        for (let start = 0; start + size <= run.length; start += 1) out.push(continueFnv1a(gramPrefixes[size]!, run, start, start + size));
      }
      continue;
    }
    // Code point boundaries in code units: a gram of `size` characters spans boundaries[start] to boundaries[start + size].
    const boundaries = [0];
    for (let index = 0; index < run.length; ) {
      index += run.codePointAt(index)! > 0xffff ? 2 : 1;
      boundaries.push(index);
    }
    const characters = boundaries.length - 1;
    for (let size = 1; size <= 3; size += 1) {
      for (let start = 0; start + size <= characters; start += 1) out.push(continueFnv1a(gramPrefixes[size]!, run, boundaries[start]!, boundaries[start + size]!));
    }
  }
}
