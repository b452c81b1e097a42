import type { Aspect } from "../lexicon/lexicon-schema.js";

/** Aspects narrower than "how do they differ": asked with it, they are what is compared. */
const narrowerAspects: ReadonlySet<Aspect> = new Set(["qualification", "notes", "review", "scenario", "scope"]);

/**
 * "公募和私募有啥不一样", "电商平台和社交直播有啥区别": two or more categories asked how they differ, nothing narrower —
 * every row the document gives them differs by: their scopes (the compare aspect's own lines), and their counts and notes
 * too. The aspects to answer, and how many source lines that takes at most (a scope, a count and a note of each; 0 when
 * nothing is added).
 */
export function rowsToTellApart(aspects: readonly Aspect[], categories: number): { readonly aspects: readonly Aspect[]; readonly sourcesWanted: number } {
  const differs = aspects.includes("compare") && categories >= 2 && !aspects.some((aspect) => narrowerAspects.has(aspect));
  return differs ? { aspects: [...aspects, "qualification", "notes"], sourcesWanted: categories * 3 } : { aspects, sourcesWanted: 0 };
}
