/**
 * An OpenCC preset's conversion (opencc-js's `Converter`, for presets with a conversion chain), read from the same
 * dictionaries and giving the same text, with each dictionary group kept as one map from key to value. opencc-js
 * keeps a group as a trie with a Map per node: for the tw → cn preset ~2 MB of small objects, 11–19 ms to build on a
 * question's first conversion, and copied twice by the garbage collector in a process that answers on. These maps of
 * ~6,600 keys in all are built in about 5 ms. Matching tries a lookup per length up to the longest key that starts
 * with the character there — one for most characters, which start no phrase.
 *
 * What is matched is the same: at each position the longest key the text starts with there (the first dictionary of a
 * group wins a key two of them hold), else one character, or a whole ideographic description sequence, is kept.
 */

/** A dictionary as opencc-js ships one: "key value|key value", or [key, value] pairs. */
export type Dictionary = string | ReadonlyArray<readonly [string, string]>;

/** The fields of an opencc-js preset (`Locale.configs`) this converter reads. */
export interface ConverterPreset {
  readonly normalizationChain?: ReadonlyArray<readonly Dictionary[]>;
  /** A group of dictionaries, or one dictionary of pairs. */
  readonly segmentation?: readonly Dictionary[] | ReadonlyArray<readonly [string, string]>;
  readonly conversionChain: ReadonlyArray<readonly Dictionary[]>;
}

/**
 * The preset's converter: the normalization groups over the whole text, then the text cut where the segmentation
 * dictionary's keys match, and each piece through every conversion group in turn.
 */
export function dictionaryConverter(preset: ConverterPreset): (text: string) => string {
  const normalization = (preset.normalizationChain ?? []).map((group) => new KeyTable(group));
  const segmentation = preset.segmentation ? new KeyTable(asGroup(preset.segmentation)) : null;
  const conversion = preset.conversionChain.map((group) => new KeyTable(group));
  return (text) => {
    let normalized = text;
    for (const table of normalization) normalized = table.convert(normalized);
    const pieces = segmentation ? segmentation.segment(normalized) : [normalized];
    let converted = "";
    for (const piece of pieces) {
      let result = piece;
      for (const table of conversion) result = table.convert(result);
      converted += result;
    }
    return converted;
  };
}

/**
 * Each entry of a dictionary, as opencc-js reads it: a string's entries are split at "|", and an entry's first two
 * fields at " " are its key and value (an entry without a value is skipped, where opencc-js refuses the dictionary).
 * Read in place, without the arrays `split` makes: ~6,600 entries, read on a process's first question.
 */
export function readEntries(dictionary: Dictionary, visit: (key: string, value: string) => void): void {
  if (typeof dictionary !== "string") {
    for (const [key, value] of dictionary) visit(key, value);
    return;
  }
  for (let at = 0; at <= dictionary.length; ) {
    const bar = dictionary.indexOf("|", at);
    const entryEnd = bar === -1 ? dictionary.length : bar;
    const space = dictionary.indexOf(" ", at);
    if (space !== -1 && space < entryEnd) {
      const valueEnd = dictionary.indexOf(" ", space + 1);
      visit(dictionary.slice(at, space), dictionary.slice(space + 1, valueEnd !== -1 && valueEnd < entryEnd ? valueEnd : entryEnd));
    }
    if (bar === -1) break;
    at = bar + 1;
  }
}

/** As opencc-js reads a segmentation dictionary: an array of strings is a group, anything else one dictionary. */
function asGroup(dictionaries: NonNullable<ConverterPreset["segmentation"]>): readonly Dictionary[] {
  return dictionaries.every((dictionary) => typeof dictionary === "string") ? (dictionaries as readonly string[]) : [dictionaries as ReadonlyArray<readonly [string, string]>];
}

/** One dictionary group's keys and values. */
class KeyTable {
  private readonly values = new Map<string, string>();
  /**
   * The longest key in code units by its first code point: where a match can start, and how far it can reach from
   * there (most characters start no key longer than themselves: one lookup, not one per length of the longest key).
   */
  private readonly longestFrom = new Map<number, number>();

  constructor(group: readonly Dictionary[]) {
    // Last set wins: the group read from its last dictionary to its first, so the first one's value stands.
    for (let index = group.length - 1; index >= 0; index -= 1) readEntries(group[index]!, (key, value) => this.add(key, value));
  }

  private add(key: string, value: string): void {
    // An empty key matches nothing (a trie stores it at its root, which is never read).
    if (key === "") return;
    this.values.set(key, value);
    const first = key.codePointAt(0)!;
    if (key.length > (this.longestFrom.get(first) ?? 0)) this.longestFrom.set(first, key.length);
  }

  /** The longest key `text` holds at `start`, as its end; -1 when none does. */
  private matchAt(text: string, start: number): number {
    const longest = this.longestFrom.get(text.codePointAt(start)!);
    if (longest === undefined) return -1;
    // Where each code point ends, as far as the longest key starting here reaches, then tried from the farthest back.
    const ends: number[] = [];
    const limit = Math.min(text.length, start + longest);
    for (let end = start; end < limit; ) {
      end += codeUnitsAt(text, end);
      if (end <= limit) ends.push(end);
    }
    for (let index = ends.length - 1; index >= 0; index -= 1) {
      if (this.values.has(text.slice(start, ends[index]))) return ends[index]!;
    }
    return -1;
  }

  convert(text: string): string {
    return this.cut(text, (key) => this.values.get(key)!).join("");
  }

  /** The text cut into its matched keys and the stretches between them. */
  segment(text: string): string[] {
    return this.cut(text, (key) => key);
  }

  /** The matched keys (as `matched` gives them) and the stretches between them (as they are), in order. */
  private cut(text: string, matched: (key: string) => string): string[] {
    const pieces: string[] = [];
    let unmatchedFrom = -1;
    for (let position = 0; position < text.length; ) {
      const end = this.matchAt(text, position);
      if (end === -1) {
        if (unmatchedFrom === -1) unmatchedFrom = position;
        position += stepOver(text, position);
        continue;
      }
      if (unmatchedFrom !== -1) pieces.push(text.slice(unmatchedFrom, position));
      unmatchedFrom = -1;
      pieces.push(matched(text.slice(position, end)));
      position = end;
    }
    if (unmatchedFrom !== -1) pieces.push(text.slice(unmatchedFrom));
    return pieces;
  }
}

/** Code units of the character at `position`: 2 for an astral one. */
function codeUnitsAt(text: string, position: number): number {
  return text.codePointAt(position)! > 0xffff ? 2 : 1;
}

/**
 * How far an unmatched stretch moves on at `position`: a whole ideographic description sequence (⿰木木) when one
 * starts there and is complete, else one character.
 */
function stepOver(text: string, position: number): number {
  const end = endOfDescription(text, position);
  return end > position ? end - position : codeUnitsAt(text, position);
}

/** Where the ideographic description sequence starting at `position` ends, or 0 when none does (or it is cut short). */
function endOfDescription(text: string, position: number): number {
  const operands = operandsOf(text.codePointAt(position)!);
  if (operands === 0) return 0;
  let end = position + codeUnitsAt(text, position);
  for (let operand = 0; operand < operands; operand += 1) {
    if (end >= text.length) return 0;
    end = endOfDescription(text, end) || end + codeUnitsAt(text, end);
  }
  return end;
}

/** The operands an ideographic description character takes (⿲ and ⿳ three, the others two); 0 for another character. */
function operandsOf(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}
