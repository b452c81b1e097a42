import { compactForMatching } from "../understanding/normalize-question.js";
import { fill } from "./answer-templates.js";
import { compositionTools, displayName } from "./compose-lines.js";
import { quotedNames } from "./quoted-names.js";
import { unlistedTermsIn } from "../understanding/streamed-content.js";
import type { CompositionInput } from "./compose-types.js";
import { bareUnlistedName, type CategoryRule } from "../rules/rules-schema.js";

/**
 * "社交直播类目能播游戏吗": after the category's scope and scenario (its rows, answered above), what the question asks
 * to stream that the rules list as outside the document (游戏) and neither those rows nor the notes name — said not to be
 * named, with where to look. Only such words: one compared with the rows' literal text would miss what they say in other
 * words (看房 for 带看); those rows, quoted, answer it.
 */
export function streamedContentLines(input: CompositionInput, categories: readonly CategoryRule[]): string[] {
  const termsIn = (word: string) => unlistedTermsIn(word, input.understanding.roled);
  const words = input.understanding.streamedContent.filter((word) => termsIn(word).length > 0);
  if (words.length === 0 || !input.aspects.every((aspect) => aspect === "method")) return [];
  const { citeOfficialReference } = compositionTools(input);
  const lines = categories.flatMap((category) => {
    const { scope, scenario, notes } = input.fields(category);
    const rows = [scope, scenario, ...notes].filter((row): row is string => typeof row === "string" && row.length > 0);
    const names = (word: string) =>
      rows.some((row) => compactForMatching(row).includes(compactForMatching(word)) || input.documentText(row).toLowerCase().includes(word.toLowerCase()));
    // The rows may name it by the rules' name for it ("时政新闻" is 时政信息, which 社交-直播's note names).
    const unnamed = words.filter((word) => !names(word) && !termsIn(word).some((mention) => names(bareUnlistedName(mention.unlisted!))));
    if (unnamed.length === 0) return [];
    return [fill(input.templates.line.contentNotNamed, { category: displayName(category, input.language), words: quotedNames(unnamed, input.templates.line.separator) })];
  });
  if (lines.length > 0) citeOfficialReference();
  return lines;
}
