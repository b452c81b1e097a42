/** How notes hold a word: somewhere as it is, only right after a word negating it (with the form written), or not at all. */
export type WordInNotes = { readonly kind: "plain" } | { readonly kind: "negated"; readonly written: string } | { readonly kind: "absent" };

/**
 * Whether the notes hold `word` as it is, or only negated ("非处方药品" holds 处方药 only as 「非处方药」): `negators` are
 * the words that negate the one right after them, as the notes' language writes them ("非", "non-").
 */
export function wordInNotes(notes: readonly string[], word: string, negators: readonly string[]): WordInNotes {
  let written: string | null = null;
  for (const note of notes) {
    for (let at = note.indexOf(word); at !== -1; at = note.indexOf(word, at + 1)) {
      const negator = negators.find((candidate) => note.startsWith(candidate, at - candidate.length));
      if (negator === undefined) return { kind: "plain" };
      written ??= `${negator}${word}`;
    }
  }
  return written === null ? { kind: "absent" } : { kind: "negated", written };
}
