import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clausePunctuation, sourceOf } from "./clauses.js";

/**
 * The topic words the asker gives only as examples of what it asks ("社交直播注意事项, 比如时政那块", "notes, e.g. on
 * politics"): those in the rest of the clause after a word of giving an example (lexicon exampleMarkers). Such a word
 * does not narrow what is asked to itself.
 */
export function exampleWordsOf(text: MatchableText, topicWords: readonly string[], lexicon: Lexicon): string[] {
  const markers = lexicon.dialogue.exampleMarkers.find(text);
  if (markers.length === 0) return [];
  const examples = markers.map((marker) => {
    const rest = sourceOf(text, marker.script).slice(marker.end);
    const end = rest.search(clausePunctuation);
    return (end === -1 ? rest : rest.slice(0, end)).toLowerCase();
  });
  // A Chinese word may follow an English marker ("eg 时政那块"): the lower-case text holds both scripts.
  return topicWords.filter((word) => examples.some((example) => example.includes(word.toLowerCase())));
}
