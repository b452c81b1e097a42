/**
 * A cached function of a string: the corpus check scans text, and questions repeat the same short words; the
 * model guard reads the same backing lines answer after answer. The cache is emptied when it reaches `limit`
 * entries, so a long-running bot fed ever new strings does not grow without end; keys longer than
 * `longestKey` (a whole corpus, a joined answer) are computed every time, so one entry never holds megabytes.
 */
export function memoized<Value>(compute: (key: string) => Value, limit = 50_000, longestKey = Number.POSITIVE_INFINITY): (key: string) => Value {
  const cache = new Map<string, Value>();
  return (key) => {
    if (key.length > longestKey) return compute(key);
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
