import { dictionaryConverter } from "./dictionary-converter.js";

let converter: Promise<(text: string) => string> | null = null;

/**
 * Simplified Chinese to traditional as written in Taiwan, for answers to questions written in traditional characters.
 * By the character table with the short phrase lists: the dictionaries of opencc-js's Taiwan preset (s2tw) but its
 * 49,000-phrase table — the normalization, the short phrase list and the character table, then the Taiwan variants —
 * imported together (57 KB, not the preset's 1 MB; traditional-dictionaries.ts) and built in about 2 ms when a text first needs converting. Over every line the bot answers
 * with, the phrase table only changes 信托 (信託, given here by `forms`, lexicon traditionalForms) and turns 写明了 into
 * 寫明瞭, which is wrong. `forms` are whole words converted first.
 */
export async function toTraditional(text: string, forms: ReadonlyMap<string, string>): Promise<string> {
  converter ??= import("./traditional-dictionaries.js").then(({ compatibilityIdeographs, regionalPhrases, characters, variantPhrases, variants }) =>
    dictionaryConverter({
      normalizationChain: [[compatibilityIdeographs]],
      conversionChain: [
        [regionalPhrases, characters],
        [variantPhrases, variants],
      ],
    }),
  );
  let withForms = text;
  forms.forEach((traditional, simplified) => {
    if (withForms.includes(simplified)) withForms = withForms.split(simplified).join(traditional);
  });
  return (await converter)(withForms);
}
