/**
 * Where the first `count` code points of the text end (a code-unit index), counted without splitting the text into
 * an array of characters: a surrogate pair is one code point, a lone surrogate one too. `text.slice(0, end)` cuts a
 * long text to `count` characters without breaking a pair.
 */
export function endOfFirstCodePoints(text: string, count: number): number {
  // No surrogate among the first `count` code units: each of them is a code point (one search, native).
  if (Number.isInteger(count) && count >= 0 && !surrogate.test(text.slice(0, count))) return Math.min(count, text.length);
  let end = 0;
  for (let taken = 0; taken < count && end < text.length; taken += 1) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

const surrogate = /[\uD800-\uDFFF]/;

/** How many code points the text has, as `[...text].length` counts them, without making the array. */
export function codePointCount(text: string): number {
  let count = 0;
  for (let end = 0; end < text.length; count += 1) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return count;
}
