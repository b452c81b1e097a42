/**
 * Where a segmenter cuts a text between two words, as positions of its compact form: "补习社直播" cut 补习 / 社 / 直播
 * has cuts at 2 and 3. `words` are the segmenter's words of the text in order (punctuation dropped); each is found
 * in `compact` after the one before, and a word not found there (written differently in the compact form) marks no
 * cut, so a cut is only ever one the segmenter made.
 */
export function wordCutsIn(compact: string, words: readonly string[]): ReadonlySet<number> {
  const ends = new Set<number>();
  const cuts = new Set<number>();
  let from = 0;
  for (const word of words) {
    const at = compact.indexOf(word, from);
    if (at === -1 || word.length === 0) continue;
    // A cut is where one word ends and the next begins, with nothing between them.
    if (ends.has(at)) cuts.add(at);
    ends.add(at + word.length);
    from = at + word.length;
  }
  return cuts;
}

/**
 * Whether a two-character name found at `start` is cut in two by the segmenter: "补习社直播" holds 社直 (社交-直播's
 * short name) across 补习社 and 直播. Two characters have no parts of their own, so a cut between them reads each with
 * another word — even though every category name is given to the segmenter as a word to keep whole. Longer names
 * are left alone: a compound ("在线教育平台") may be cut inside a name it holds. `cuts` is asked only for a
 * two-character name.
 */
export function cutsTwoCharacterName(cuts: () => ReadonlySet<number>, start: number, end: number): boolean {
  return end - start === 2 && cuts().has(start + 1);
}
