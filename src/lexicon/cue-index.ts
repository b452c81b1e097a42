import type { CueHit, CueSet, LatinCue, MatchableText } from "./cue-set.js";

interface HanEntry {
  readonly cue: string;
  /** Positions (in `sets`) of the sets holding this cue. */
  readonly owners: readonly number[];
}

interface LatinEntry extends LatinCue {
  /** Its place among every set's Latin cues, for the per-text candidate flags. */
  readonly id: number;
}

/**
 * Every cue set of the lexicon in one index, so a question is read once for all ~60 sets instead of once per
 * set. Chinese cues are looked up by the character at each position; an English cue that starts with a letter
 * or digit can only match where a word starts, so it is looked up by that word's first two characters (or
 * one, for a one-letter first word). Each set's hits come out exactly as its own scan orders them.
 */
export class CueIndex {
  private readonly hanByFirst = new Map<string, HanEntry[]>();
  private readonly latinByStart = new Map<string, LatinEntry[]>();
  /** Cues starting with neither a letter nor a digit ("<live-pusher>"): kept to the plain substring test. */
  private readonly latinAnywhere: LatinEntry[] = [];
  /** Each set's Latin cues, in its own order. */
  private readonly latinOf: LatinEntry[][];
  private readonly position = new Map<CueSet, number>();
  private readonly scanned = new WeakMap<MatchableText, Array<readonly CueHit[]>>();

  constructor(private readonly sets: readonly CueSet[]) {
    const han = new Map<string, number[]>();
    const latin = new Map<string, LatinEntry>();
    sets.forEach((set, index) => {
      this.position.set(set, index);
      for (const cue of set.chineseCues) {
        const owners = han.get(cue);
        if (owners) owners.push(index);
        else han.set(cue, [index]);
      }
    });
    this.latinOf = sets.map((set) =>
      set.latinCues.map((cue) => {
        let entry = latin.get(cue.cue);
        if (!entry) {
          entry = { ...cue, id: latin.size };
          latin.set(cue.cue, entry);
          if (/^[a-z0-9]/.test(cue.literal)) push(this.latinByStart, cue.literal.slice(0, 2), entry);
          else this.latinAnywhere.push(entry);
        }
        return entry;
      }),
    );
    // Longest first, as each set orders its own: at one position, equally long cues are the same text.
    for (const [cue, owners] of [...han].sort((a, b) => b[0].length - a[0].length)) push(this.hanByFirst, cue[0]!, { cue, owners });
    for (const set of sets) set.useIndex(this);
  }

  /** Reads `text` for every set now; the sets' `find`, `test` and `startsText` on this object then only look up. */
  scan(text: MatchableText): void {
    if (this.scanned.has(text)) return;
    const hits: CueHit[][] = this.sets.map(() => []);
    const { compact, lower } = text;
    for (let start = 0; start < compact.length; start += 1) {
      for (const { cue, owners } of this.hanByFirst.get(compact[start]!) ?? []) {
        if (!compact.startsWith(cue, start)) continue;
        for (const owner of owners) hits[owner]!.push({ cue, script: "zh", start, end: start + cue.length });
      }
    }
    const candidates = new Set<number>();
    for (let start = 0; start < lower.length; start += 1) {
      if (!isWordCharacter(lower.charCodeAt(start)) || (start > 0 && isWordCharacter(lower.charCodeAt(start - 1)))) continue;
      for (const key of [lower.slice(start, start + 2), lower[start]!]) {
        for (const entry of this.latinByStart.get(key) ?? []) if (lower.startsWith(entry.literal, start)) candidates.add(entry.id);
      }
    }
    for (const entry of this.latinAnywhere) if (lower.includes(entry.literal)) candidates.add(entry.id);
    if (candidates.size > 0) {
      this.latinOf.forEach((entries, owner) => {
        for (const { cue, pattern, id } of entries) {
          if (!candidates.has(id)) continue;
          for (const hit of lower.matchAll(pattern)) hits[owner]!.push({ cue, script: "en", start: hit.index, end: hit.index + hit[0].length });
        }
      });
    }
    this.scanned.set(text, hits);
  }

  /** The set's hits in a scanned text, or undefined when the text was not scanned here. */
  hitsOf(text: MatchableText, set: CueSet): readonly CueHit[] | undefined {
    const position = this.position.get(set);
    return position === undefined ? undefined : this.scanned.get(text)?.[position];
  }
}

/** [a-z0-9]: what the English patterns' word boundaries look at. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
