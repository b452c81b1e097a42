import { foldText, type FoldedText } from "./fold-text.js";
import { pushToList } from "../../shared/push-to-list.js";

export interface PhraseHit {
  /** The cue as folded. */
  readonly cue: string;
  readonly start: number;
  readonly end: number;
}

interface CompiledCue {
  readonly folded: string;
  /** The cue starts with an English letter or digit: it must start a word. */
  readonly startsWord: boolean;
  /** It ends with one and has no trailing `*`: it must end a word. */
  readonly endsWord: boolean;
  /** A trailing `*`: any ending of the word matches. */
  readonly open: boolean;
}

const latin = /[a-z0-9]/;

/**
 * One list of guard words, both scripts, compiled once and matched on folded text
 * (see fold-text.ts). English words must sit on word edges; Chinese ones match anywhere.
 */
export class PhraseSet {
  /** The cues by their first code unit: a text is searched only for cues whose first character it contains. */
  private readonly cuesByFirstUnit = new Map<string, CompiledCue[]>();

  constructor(words: Iterable<string>) {
    const seen = new Set<string>();
    const cues: CompiledCue[] = [];
    for (const word of words) {
      const open = word.trim().endsWith("*");
      const folded = foldText(open ? word.trim().slice(0, -1) : word).text;
      if (!folded || seen.has(`${folded}${open ? "*" : ""}`)) continue;
      seen.add(`${folded}${open ? "*" : ""}`);
      cues.push({ folded, open, startsWord: latin.test(folded[0]!), endsWord: !open && latin.test(folded.at(-1)!) });
    }
    // Longest first inside each bucket: of two hits over the same span (an open "plugin*" and a listed "plugins"),
    // the longer cue comes first and is the one find() keeps; find() also lets the longest of overlapping hits win
    // ("云直播插件" over "插件").
    for (const cue of cues.sort((a, b) => b.folded.length - a.folded.length)) {
      pushToList(this.cuesByFirstUnit, cue.folded[0]!, cue);
    }
  }

  static of(cues: { readonly zh: readonly string[]; readonly en: readonly string[] }): PhraseSet {
    return new PhraseSet([...cues.zh, ...cues.en]);
  }

  /** Every occurrence on word edges, overlapping ones included. */
  findAll(text: FoldedText): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const folded = text.text;
    // A guard text is a sentence and the lists hold hundreds of cues: at each position only the cues starting with
    // its code unit are tried. Hits starting at one position come longest cue first, as find() needs.
    for (let from = 0; from < folded.length; from += 1) {
      const cues = this.cuesByFirstUnit.get(folded[from]!);
      if (cues === undefined) continue;
      for (const cue of cues) {
        if (!folded.startsWith(cue.folded, from)) continue;
        let end = from + cue.folded.length;
        if (cue.startsWord && !text.wordStart[from]) continue;
        if (cue.endsWord && !text.wordEnd[end - 1]) continue;
        if (cue.open) while (end < folded.length && !text.wordEnd[end - 1] && latin.test(folded[end]!)) end += 1;
        hits.push({ cue: cue.folded, start: from, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Occurrences that do not overlap, the longest winning. */
  find(text: FoldedText): PhraseHit[] {
    return longestFirst(this.findAll(text));
  }

  test(text: FoldedText): boolean {
    return this.findAll(text).length > 0;
  }
}

/** Keeps the longest of overlapping hits (earliest on ties), in text order. */
export function longestFirst(hits: readonly PhraseHit[]): PhraseHit[] {
  const chosen: PhraseHit[] = [];
  for (const hit of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.every((other) => hit.end <= other.start || hit.start >= other.end)) chosen.push(hit);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
