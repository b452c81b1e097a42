import { dictionaryConverter, type ConverterPreset } from "./dictionary-converter.js";

/** The preset whose character table and Taiwan variants the converter is built from. */
const presetName = "s2tw";

let converter: Promise<(text: string) => string> | null = null;

/**
 * Simplified Chinese to traditional as written in Taiwan, for answers to questions written in traditional characters.
 * Character by character: opencc-js's character table (and its short phrase list) then its Taiwan variants, built in
 * about 2 ms when a text first needs converting. The preset's 49,000-phrase table is left out: building it took 55 ms
 * a process, and over every line the bot answers with it changes 信托 (信託, given here by `forms`, lexicon
 * traditionalForms) and turns 写明了 into 寫明瞭, which is wrong. `forms` are whole words converted first.
 */
export async function toTraditional(text: string, forms: ReadonlyMap<string, string>): Promise<string> {
  converter ??= import("opencc-js/cn2t").then((OpenCC) => {
    const preset = (OpenCC.Locale.configs as Record<string, ConverterPreset | undefined>)[presetName];
    if (!preset) return OpenCC.Converter({ from: "cn", to: "tw" });
    // The first conversion group is [phrases, short phrases, characters]: all but the phrases, in the same order.
    const [phrasesAndCharacters, ...variants] = preset.conversionChain;
    return dictionaryConverter({ normalizationChain: preset.normalizationChain, conversionChain: [phrasesAndCharacters!.slice(1), ...variants] });
  });
  let withForms = text;
  forms.forEach((traditional, simplified) => {
    if (withForms.includes(simplified)) withForms = withForms.split(simplified).join(traditional);
  });
  return (await converter)(withForms);
}
