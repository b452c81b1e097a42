import type { CueHit, CueSet, LatinCue, MatchableText } from "./cue-set.js";
import type { WordSequenceMatch } from "../shared/word-sequence.js";
import { pushToList } from "../shared/push-to-list.js";
import { CodeUnitIndex } from "../shared/code-unit-index.js";
import { WordStartIndex } from "../shared/word-start-index.js";
import { latinEdgesOf, standsApart, type LatinEdges } from "./latin-edges.js";

interface HanEntry {
  readonly cue: string;
  /** Positions (in `sets`) of the sets holding this cue. */
  readonly owners: readonly number[];
  /** Latin letters at an end of the cue ("icp", "a是"), which a Latin word must not run on into; null for most. */
  readonly edges: LatinEdges | null;
}

interface LatinEntry extends LatinCue {
  /** The sets holding this cue, each with the cue's place among that set's own Latin cues. */
  readonly owners: Array<{ readonly owner: number; readonly rank: number }>;
}

const noHits: readonly CueHit[] = Object.freeze([]);
/** What the English cues' word boundaries look at (latinCueSequence). */
const wordCharacters = "a-z0-9";

/**
 * Every cue set of the lexicon in one index, so a question is read once for all ~60 sets instead of once per
 * set. Chinese cues are looked up by the character at each position; an English cue that starts with a letter
 * or digit can only match where a word starts, so it is looked up by that word's first two characters (or
 * one, for a one-letter first word). Each set's hits come out exactly as its own scan orders them.
 */
export class CueIndex {
  /** Chinese cues by their first code unit. */
  private readonly hanByFirst = new CodeUnitIndex<HanEntry>();
  /** English cues by where they can stand; a word here is letters and digits, as the cue patterns' boundaries are. */
  private readonly latinStarts = new WordStartIndex<LatinEntry>((entry) => entry.literal, wordCharacters);
  /** Per scanned text, each set's hits (absent: none). */
  private readonly scanned = new WeakMap<MatchableText, Array<CueHit[] | undefined>>();
  /** The text scanned last and its hits: an answer asks about its question ~100 times, with no lookup by text. */
  private lastText: MatchableText | null = null;
  private lastHits: Array<CueHit[] | undefined> = [];

  constructor(private readonly sets: readonly CueSet[]) {
    const han = new Map<string, number[]>();
    const latin = new Map<string, LatinEntry>();
    sets.forEach((set, index) => {
      for (const cue of set.chineseCues) pushToList(han, cue, index);
    });
    sets.forEach((set, owner) =>
      set.latinCues.forEach((cue, rank) => {
        let entry = latin.get(cue.cue);
        if (!entry) {
          // Spelled out, not `{ ...cue, owners }`: V8 gave each spread copy a map of its own here, and every
          // lookup of an entry's fields then missed its inline cache (hundreds of maps at one site).
          entry = { cue: cue.cue, sequence: cue.sequence, literal: cue.literal, owners: [] };
          latin.set(cue.cue, entry);
          this.latinStarts.add(entry);
        }
        entry.owners.push({ owner, rank });
      }),
    );
    // Longest first, as each set orders its own: at one position, equally long cues are the same text.
    for (const [cue, owners] of [...han].sort((a, b) => b[0].length - a[0].length)) {
      this.hanByFirst.add(cue.charCodeAt(0), { cue, owners, edges: latinEdgesOf(cue) });
    }
    sets.forEach((set, position) => set.useIndex(this, position));
  }

  /** Reads `text` for every set now; the sets' `find`, `test` and `startsText` on this object then only look up. */
  scan(text: MatchableText): void {
    if (text === this.lastText || this.scanned.has(text)) return;
    const hits: Array<CueHit[] | undefined> = new Array(this.sets.length);
    const add = (owner: number, hit: CueHit) => (hits[owner] ??= []).push(hit);
    const { compact, lower } = text;
    // Indexed loops, not for…of: until V8 optimises this, each for…of step is a call to the array iterator.
    const { hanByFirst } = this;
    for (let start = 0; start < compact.length; start += 1) {
      const entries = hanByFirst.at(compact.charCodeAt(start));
      if (entries === undefined) continue;
      for (let index = 0; index < entries.length; index += 1) {
        const { cue, owners, edges } = entries[index]!;
        if (!compact.startsWith(cue, start)) continue;
        if (edges !== null && !standsApart(edges, compact, lower, start, start + cue.length)) continue;
        for (let owner = 0; owner < owners.length; owner += 1) add(owners[owner]!, { cue, script: "zh", start, end: start + cue.length });
      }
    }
    const candidates = this.latinStarts.candidatesIn(lower);
    // Each candidate is matched once; its hits go to every set holding it, in that set's own cue order.
    const found: Array<{ owner: number; rank: number; matches: WordSequenceMatch[]; cue: string }> = [];
    for (const { cue, sequence, owners } of candidates) {
      const matches = sequence.all(lower);
      if (matches.length > 0) for (const { owner, rank } of owners) found.push({ owner, rank, matches, cue });
    }
    found.sort((a, b) => a.owner - b.owner || a.rank - b.rank);
    for (let index = 0; index < found.length; index += 1) {
      const { owner, matches, cue } = found[index]!;
      for (let at = 0; at < matches.length; at += 1) add(owner, { cue, script: "en", start: matches[at]!.start, end: matches[at]!.end });
    }
    this.scanned.set(text, hits);
    this.lastText = text;
    this.lastHits = hits;
  }

  /** The hits of the set at `position` (as given to useIndex) in a scanned text, or undefined when the text was not scanned here. */
  hitsOf(text: MatchableText, position: number): readonly CueHit[] | undefined {
    const hits = text === this.lastText ? this.lastHits : this.scanned.get(text);
    return hits ? (hits[position] ?? noHits) : undefined;
  }
}
