/** A cached predicate: the corpus check scans text, and questions repeat the same short words. */
export function memoized(predicate: (word: string) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  const limit = 50_000;
  return (word) => {
    let known = cache.get(word);
    if (known === undefined) {
      if (cache.size >= limit) cache.clear();
      known = predicate(word);
      cache.set(word, known);
    }
    return known;
  };
}

