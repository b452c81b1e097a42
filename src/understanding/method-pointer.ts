import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { MatchableText } from "../lexicon/cue-set.js";
import type { AccessMethod } from "../rules/rules-schema.js";
import { matchable, sourceOf } from "./clauses.js";

/**
 * "插件那个呢", "用插件的那个审核多久", "the plugin one": a method word with a pointer at one thing right after it
 * (lexicon dialogue.oneByMethod) points at the category talked about that streams by it. Null when none does, or
 * both methods are pointed by.
 */
export function methodPointedAt(text: MatchableText, lexicon: Lexicon): AccessMethod | null {
  const pointed = (["native", "plugin"] as const).filter((method) =>
    lexicon.methods[method].find(text).some((hit) => lexicon.dialogue.oneByMethod.startsText(matchable(sourceOf(text, hit.script).slice(hit.end).trimStart(), hit.script))),
  );
  return pointed.length === 1 ? pointed[0]! : null;
}
