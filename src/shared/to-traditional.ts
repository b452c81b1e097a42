import { dictionaryConverter, type ConverterPreset } from "./dictionary-converter.js";

/** The preset `Converter({ from: "cn", to: "tw" })` builds its dictionaries from: character by character, Taiwan forms. */
const presetName = "s2tw";

let converter: Promise<(text: string) => string> | null = null;

/**
 * Simplified Chinese to traditional (as written in Taiwan), character by character: what opencc-js's
 * `Converter({ from: "cn", to: "tw" })` gives, from its dictionaries (dictionary-converter.ts). The phrase table
 * ("twp") is not used: it would turn 小程序 into 小程式 and the document's names into other words.
 *
 * The dictionaries are imported, and the converter built (about 50 ms), when a text first needs converting: a process
 * that never answers a question written in traditional characters never loads them.
 */
export async function toTraditional(text: string): Promise<string> {
  converter ??= import("opencc-js/cn2t").then((OpenCC) => {
    const preset = (OpenCC.Locale.configs as Record<string, ConverterPreset | undefined>)[presetName];
    return preset ? dictionaryConverter(preset) : OpenCC.Converter({ from: "cn", to: "tw" });
  });
  return (await converter)(text);
}
