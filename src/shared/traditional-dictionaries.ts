/**
 * The dictionaries toTraditional converts with (opencc-js's Taiwan preset without its 49,000-phrase table), in one
 * module: imported together when a text first needs converting, they come as one chunk of the bundle. Imported one by
 * one they were five chunks, and five module loads cost a process's first answer in traditional characters ~4 ms
 * against ~1.5 ms for one.
 */
export { default as compatibilityIdeographs } from "opencc-js/dict/CJK_Compatibility_Ideographs";
export { default as regionalPhrases } from "opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases";
export { default as characters } from "opencc-js/dict/STCharacters";
export { default as variantPhrases } from "opencc-js/dict/TWVariantsPhrases";
export { default as variants } from "opencc-js/dict/TWVariants";
