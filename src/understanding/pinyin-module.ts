import { createRequire } from "node:module";

/** The part of `@napi-rs/pinyin` read here. */
export type PinyinModule = { pinyin(input: string, options: { heteronym: boolean; style: number }): string[] | string[][] };

// PINYIN_STYLE.Plain: letters without tones. The enum is a const enum in the package's types.
export const plainStyle = 0;
const requireFromHere = createRequire(import.meta.url);
let loaded: PinyinModule | null | undefined;

/**
 * The pinyin module (native, ~10 ms to load), loaded at its first use: few questions need it. Null where it cannot
 * load (a platform without its binary); its readers then read as they did before it.
 */
export function pinyinModule(): PinyinModule | null {
  if (loaded === undefined) {
    try {
      loaded = requireFromHere("@napi-rs/pinyin") as PinyinModule;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}
