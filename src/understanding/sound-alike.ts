import { pinyinModule, plainStyle } from "./pinyin-module.js";

/**
 * Whether the character typed sounds like the one meant (one Chinese character each); null when it cannot be told (no
 * pinyin module), which lets a typo be read as before the check existed but counts as no evidence of its sound.
 */
export type SoundsAlike = (typed: string, meant: string) => boolean | null;

/** Sounds folded together before comparing: an initial or a final written as another (lexicon › soundAlike). */
export interface SoundFolds {
  readonly initials: Readonly<Record<string, string>>;
  readonly finals: Readonly<Record<string, string>>;
}

/**
 * Compares characters by their pinyin readings (every reading of a polyphone, tones aside) after the folds. The
 * pinyin module (native, ~10 ms to load) is loaded at the first comparison: only a question with a near-miss of a
 * long term asks. Where it cannot load (a platform without its binary), every character is taken to sound alike,
 * which reads typos as before this check existed rather than failing the answer.
 */
export function soundAlikeReader(folds: SoundFolds): SoundsAlike {
  // Longest first, so "zh" folds before a one-letter initial could.
  const initials = Object.entries(folds.initials).sort((a, b) => b[0].length - a[0].length);
  const finals = Object.entries(folds.finals).sort((a, b) => b[0].length - a[0].length);
  const fold = (syllable: string): string => {
    let folded = syllable;
    const initial = initials.find(([from]) => folded.startsWith(from) && folded.length > from.length);
    if (initial) folded = initial[1] + folded.slice(initial[0].length);
    const final = finals.find(([from]) => folded.endsWith(from));
    if (final) folded = folded.slice(0, folded.length - final[0].length) + final[1];
    return folded;
  };
  const readings = new Map<string, ReadonlySet<string>>();
  const readingsOf = (character: string): ReadonlySet<string> | null => {
    const module = pinyinModule();
    if (module === null) return null;
    let found = readings.get(character);
    if (!found) {
      const [forCharacter = []] = module.pinyin(character, { heteronym: true, style: plainStyle }) as string[][];
      found = new Set(forCharacter.map(fold));
      readings.set(character, found);
    }
    return found;
  };
  return (typed, meant) => {
    const typedReadings = readingsOf(typed);
    const meantReadings = readingsOf(meant);
    if (!typedReadings || !meantReadings) return null;
    for (const reading of meantReadings) if (typedReadings.has(reading)) return true;
    return false;
  };
}
